import { Page } from '../../components/Page';
import { ExhibitionList } from '../../features/exhibitions/ExhibitionList';

export default function ExhibitionsPage() {
  return (
    <Page name="exhibitions">
      <ExhibitionList />
    </Page>
  );
}
