import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { BookingForm } from '../../../features/booking/BookingForm';

export default function BookingFormPage() {
  const { params } = useRouter();
  return (
    <Page name="booking-form">
      <BookingForm slotId={params.slotId} waitlist={params.waitlist === '1'} />
    </Page>
  );
}
