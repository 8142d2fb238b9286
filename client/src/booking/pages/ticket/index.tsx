import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { BookingComingSoon } from '../../../features/booking/BookingComingSoon';
import { TicketQr } from '../../../features/booking/TicketQr';

// Until bookings can be loaded, the page shows the QR of a ticket code passed in the link, if any.
export default function BookingTicketPage() {
  const { params } = useRouter();
  return (
    <Page name="booking-ticket">
      {params.code ? (
        <TicketQr value={params.code} caption={params.code} />
      ) : (
        <BookingComingSoon title="电子票" detail="预约成功后，入馆电子票（二维码）将显示在这里，入馆时出示即可。" />
      )}
    </Page>
  );
}
