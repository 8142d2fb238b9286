import { Page } from '../../../components/Page';
import { FrequentVisitors } from '../../../features/booking/FrequentVisitors';

export default function VisitorsPage() {
  return (
    <Page name="visitors">
      <FrequentVisitors />
    </Page>
  );
}
