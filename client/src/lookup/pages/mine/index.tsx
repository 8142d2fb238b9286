import { Page } from '../../../components/Page';
import { MyLookups } from '../../../features/lookup-requests/MyLookups';

export default function MyLookupsPage() {
  return (
    <Page name="my-lookups">
      <MyLookups />
    </Page>
  );
}
