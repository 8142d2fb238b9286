import { Page } from '../../components/Page';
import { MeOverview } from '../../features/me/MeOverview';

export default function MePage() {
  return (
    <Page name="me">
      <MeOverview />
    </Page>
  );
}
