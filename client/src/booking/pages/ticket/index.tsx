import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { TicketView } from '../../../features/booking/Ticket';

export default function BookingTicketPage() {
  const { params } = useRouter();
  return (
    <Page name="booking-ticket">
      <TicketView id={params.id} />
    </Page>
  );
}
