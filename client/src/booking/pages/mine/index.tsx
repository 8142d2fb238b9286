import { Page } from '../../../components/Page';
import { MyBookings } from '../../../features/booking/MyBookings';

export default function MyBookingsPage() {
  return (
    <Page name="my-bookings">
      <MyBookings />
    </Page>
  );
}
