import { Page } from '../../../components/Page';
import { PrivacyNotice } from '../../../features/booking/PrivacyNotice';

export default function PrivacyNoticePage() {
  return (
    <Page name="privacy-notice">
      <PrivacyNotice />
    </Page>
  );
}
