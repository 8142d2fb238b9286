import { Page } from '../../components/Page';
import { LookupServices } from '../../features/lookup/LookupServices';
import { useUnreadMessages } from '../../features/notifications/unread';

export default function LookupPage() {
  // The 我的 tab's badge follows the message centre on every tab.
  useUnreadMessages();
  return (
    <Page name="lookup">
      <LookupServices />
    </Page>
  );
}
