import { Page } from '../../../components/Page';
import { PublicationList } from '../../../features/online-exhibitions/PublicationList';

export default function PublicationsPage() {
  return (
    <Page name="publications">
      <PublicationList />
    </Page>
  );
}
