import { Page } from '../../../components/Page';
import { CheckInDesk } from '../../../features/staff/checkin/CheckInDesk';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffScanPage() {
  return (
    <Page name="staff-scan">
      <StaffGate>{() => <CheckInDesk />}</StaffGate>
    </Page>
  );
}
