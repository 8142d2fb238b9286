import Taro from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { PasswordChangeForm } from '../../../features/staff/accounts/PasswordChangeForm';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffPasswordPage() {
  return (
    <Page name="staff-password">
      {/* A forced change is the gate's own form; this page is the voluntary one. */}
      <StaffGate>{() => <PasswordChangeForm forced={false} onChanged={() => void Taro.navigateBack()} />}</StaffGate>
    </Page>
  );
}
