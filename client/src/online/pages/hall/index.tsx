import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { OnlineHall } from '../../../features/online-exhibitions/OnlineHall';

export default function OnlineHallPage() {
  const { params } = useRouter();
  return (
    <Page name="online-hall" flush>
      <OnlineHall id={params.id} exhibitId={params.exhibit} />
    </Page>
  );
}
