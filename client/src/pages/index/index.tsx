import { Page } from '../../components/Page';
import { ElderModeOffer } from '../../features/elder-mode/ElderModeOffer';
import { ElderModeToggle } from '../../features/elder-mode/ElderModeToggle';
import { HomeFeed } from '../../features/home/HomeFeed';
import { useUnreadMessages } from '../../features/notifications/unread';

export default function HomePage() {
  // The 我的 tab's badge follows the message centre on every tab.
  useUnreadMessages();
  return (
    <Page name="home" flush>
      <ElderModeToggle />
      <HomeFeed />
      <ElderModeOffer />
    </Page>
  );
}
