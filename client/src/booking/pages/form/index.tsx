import { Page } from '../../../components/Page';
import { BookingComingSoon } from '../../../features/booking/BookingComingSoon';

export default function BookingFormPage() {
  return (
    <Page name="booking-form">
      <BookingComingSoon
        title="预约参观"
        detail="选择日期与场次、填写参观人信息的线上预约正在建设中，开放后即可在此提交预约。"
      />
    </Page>
  );
}
