import { Page } from '../../components/Page';
import { LookupServices } from '../../features/lookup/LookupServices';

export default function LookupPage() {
  return (
    <Page name="lookup">
      <LookupServices />
    </Page>
  );
}
