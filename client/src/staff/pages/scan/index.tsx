import { Page } from '../../../components/Page';
import { isManager } from '../../../features/staff/access';
import { CheckInDesk } from '../../../features/staff/checkin/CheckInDesk';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffScanPage() {
  return (
    <Page name="staff-scan">
      <StaffGate>{(account) => <CheckInDesk manager={isManager(account.role)} />}</StaffGate>
    </Page>
  );
}
