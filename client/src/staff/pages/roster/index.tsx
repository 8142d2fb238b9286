import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { RosterView } from '../../../features/staff/roster/RosterView';
import { StaffGate } from '../../../features/staff/StaffGate';

export default function StaffRosterPage() {
  const { params } = useRouter();
  return (
    <Page name="staff-roster">
      <StaffGate>{() => <RosterView slotId={params.slotId} />}</StaffGate>
    </Page>
  );
}
