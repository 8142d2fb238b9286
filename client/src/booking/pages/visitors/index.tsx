import { Page } from '../../../components/Page';
import { BookingComingSoon } from '../../../features/booking/BookingComingSoon';

export default function VisitorsPage() {
  return (
    <Page name="visitors">
      <BookingComingSoon title="常用参观人" detail="线上预约开放后，可在这里保存常用参观人，预约时一键填写。" />
    </Page>
  );
}
