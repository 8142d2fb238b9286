import { Page } from '../../../components/Page';
import { BookingComingSoon } from '../../../features/booking/BookingComingSoon';

export default function MyBookingsPage() {
  return (
    <Page name="my-bookings">
      <BookingComingSoon title="我的预约" detail="线上预约开放后，您的预约记录与电子票将在这里查看和管理。" />
    </Page>
  );
}
