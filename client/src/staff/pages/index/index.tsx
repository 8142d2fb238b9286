import { Page } from '../../../components/Page';
import { StaffHome } from '../../../features/staff/StaffHome';

export default function StaffIndexPage() {
  return (
    <Page name="staff">
      <StaffHome />
    </Page>
  );
}
