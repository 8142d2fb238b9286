import { Page } from '../../../components/Page';
import { UndeliveredMessages } from '../../../features/staff/messages/UndeliveredMessages';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffMessagesPage() {
  return (
    <Page name="staff-messages">
      <StaffGate manager>{() => <UndeliveredMessages />}</StaffGate>
    </Page>
  );
}
