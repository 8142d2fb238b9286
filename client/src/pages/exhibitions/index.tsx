import { Page } from '../../components/Page';
import { ExhibitionList } from '../../features/exhibitions/ExhibitionList';
import { useUnreadMessages } from '../../features/notifications/unread';

export default function ExhibitionsPage() {
  // The 我的 tab's badge follows the message centre on every tab.
  useUnreadMessages();
  return (
    <Page name="exhibitions">
      <ExhibitionList />
    </Page>
  );
}
