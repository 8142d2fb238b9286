import { Page } from '../../../components/Page';
import { StaffGate } from '../../../features/staff/StaffGate';
import { StatisticsView } from '../../../features/staff/stats/StatisticsView';

export default function StaffStatsPage() {
  return (
    <Page name="staff-stats">
      <StaffGate>{() => <StatisticsView />}</StaffGate>
    </Page>
  );
}
