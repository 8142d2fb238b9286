import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { ExhibitionEditor } from '../../../features/staff/exhibitions/ExhibitionEditor';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffExhibitionEditPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-exhibition-edit">
      <StaffGate manager>{(account) => <ExhibitionEditor id={params.id} admin={account.role === 'ADMIN'} />}</StaffGate>
    </Page>
  );
}
