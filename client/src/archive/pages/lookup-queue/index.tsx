import { Page } from '../../../components/Page';
import { LookupQueue } from '../../../features/staff/lookup/LookupQueue';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffLookupQueuePage() {
  return (
    <Page name="staff-lookup-queue">
      <StaffGate manager>{() => <LookupQueue />}</StaffGate>
    </Page>
  );
}
