import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { StaffGate } from '../../../features/staff/StaffGate';
import { SlotManager } from '../../../features/staff/slots/SlotManager';

export default function StaffSlotsPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-slots">
      <StaffGate manager>{() => <SlotManager exhibitionId={params.exhibitionId} date={params.date} />}</StaffGate>
    </Page>
  );
}
