import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { StaffGate } from '../../../features/staff/StaffGate';
import { VenueEditor } from '../../../features/staff/venues/VenueEditor';

export default function StaffVenuePage() {
  const { params } = useRouter();
  return (
    <Page name="staff-venue">
      <StaffGate>{(account) => <VenueEditor account={account} exhibitionId={params.exhibitionId} />}</StaffGate>
    </Page>
  );
}
