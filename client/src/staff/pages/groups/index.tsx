import { Page } from '../../../components/Page';
import { GroupReview } from '../../../features/staff/groups/GroupReview';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffGroupsPage() {
  return (
    <Page name="staff-groups">
      <StaffGate manager>{() => <GroupReview />}</StaffGate>
    </Page>
  );
}
