import { Page } from '../../components/Page';
import { HomeFeed } from '../../features/home/HomeFeed';
import { useUnreadMessages } from '../../features/notifications/unread';

export default function HomePage() {
  // The 我的 tab's badge follows the message centre on every tab.
  useUnreadMessages();
  return (
    <Page name="home" flush>
      <HomeFeed />
    </Page>
  );
}
