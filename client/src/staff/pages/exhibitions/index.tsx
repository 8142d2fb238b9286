import { Page } from '../../../components/Page';
import { ExhibitionList } from '../../../features/staff/exhibitions/ExhibitionList';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffExhibitionsPage() {
  return (
    <Page name="staff-exhibitions">
      <StaffGate manager>{(account) => <ExhibitionList showBranch={account.role === 'ADMIN'} />}</StaffGate>
    </Page>
  );
}
