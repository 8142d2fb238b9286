import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { OnlineExhibitionEditor } from '../../../features/staff/content/OnlineExhibitionEditor';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffOnlineEditPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-online-edit">
      <StaffGate manager>
        {(account) => <OnlineExhibitionEditor id={params.id} admin={account.role === 'ADMIN'} />}
      </StaffGate>
    </Page>
  );
}
