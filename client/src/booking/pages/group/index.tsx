import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { GroupForm } from '../../../features/booking/GroupForm';

export default function GroupVisitPage() {
  const { params } = useRouter();
  return (
    <Page name="group-visit">
      <GroupForm slotId={params.slotId} bookingId={params.bookingId} />
    </Page>
  );
}
