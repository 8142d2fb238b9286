import { Page } from '../../../components/Page';
import { canEditWorkingCalendar } from '../../../features/staff/access';
import { WorkingCalendar } from '../../../features/staff/lookup-admin/WorkingCalendar';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffWorkingCalendarPage() {
  return (
    <Page name="staff-working-calendar">
      <StaffGate>{(account) => <WorkingCalendar editable={canEditWorkingCalendar(account.role)} />}</StaffGate>
    </Page>
  );
}
