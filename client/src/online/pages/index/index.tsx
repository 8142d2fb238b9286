import { Page } from '../../../components/Page';
import { OnlineExhibitionList } from '../../../features/online-exhibitions/OnlineExhibitionList';

export default function OnlineExhibitionsPage() {
  return (
    <Page name="online-exhibitions">
      <OnlineExhibitionList />
    </Page>
  );
}
