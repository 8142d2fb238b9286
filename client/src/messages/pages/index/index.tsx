import { Page } from '../../../components/Page';
import { MessageCentre } from '../../../features/messages/MessageCentre';

export default function MessagesPage() {
  return (
    <Page name="messages">
      <MessageCentre />
    </Page>
  );
}
