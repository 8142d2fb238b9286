import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { TicketView } from '../../../features/booking/Ticket';

export default function BookingTicketPage() {
  const { params } = useRouter();
  return (
    <Page name="booking-ticket">
      {/* booked=1: opened right after booking (routes.bookingTicket's justBooked), the 预约成功 moment. */}
      <TicketView id={params.id} justBooked={params.booked === '1'} />
    </Page>
  );
}
