import { Page } from '../../../components/Page';
import { AdministratorOnly } from '../../../features/staff/accounts/AdministratorOnly';
import { StaffAccountList } from '../../../features/staff/accounts/StaffAccountList';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffAccountsPage() {
  return (
    <Page name="staff-accounts">
      <StaffGate>
        {(account) => (
          <AdministratorOnly role={account.role}>
            <StaffAccountList cityWide={account.role === 'ADMIN'} />
          </AdministratorOnly>
        )}
      </StaffGate>
    </Page>
  );
}
