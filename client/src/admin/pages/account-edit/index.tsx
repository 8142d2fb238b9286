import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { AdministratorOnly } from '../../../features/staff/accounts/AdministratorOnly';
import { StaffAccountEditor } from '../../../features/staff/accounts/StaffAccountEditor';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffAccountEditPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-account-edit">
      <StaffGate>
        {(account) => (
          <AdministratorOnly role={account.role}>
            <StaffAccountEditor id={params.id} viewer={account} />
          </AdministratorOnly>
        )}
      </StaffGate>
    </Page>
  );
}
