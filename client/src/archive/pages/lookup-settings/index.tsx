import { Page } from '../../../components/Page';
import { LookupSettings } from '../../../features/staff/lookup-admin/LookupSettings';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffLookupSettingsPage() {
  return (
    <Page name="staff-lookup-settings">
      <StaffGate>{(account) => <LookupSettings account={account} />}</StaffGate>
    </Page>
  );
}
