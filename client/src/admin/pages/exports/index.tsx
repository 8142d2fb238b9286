import { Page } from '../../../components/Page';
import { ExportsView } from '../../../features/staff/exports/ExportsView';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffExportsPage() {
  return (
    <Page name="staff-exports">
      <StaffGate manager>{(account) => (account.role ? <ExportsView role={account.role} /> : null)}</StaffGate>
    </Page>
  );
}
