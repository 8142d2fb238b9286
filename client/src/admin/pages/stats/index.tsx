import { View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Section } from '../../../components/Section';
import { StaffGate } from '../../../features/staff/StaffGate';
import { StatisticsView } from '../../../features/staff/stats/StatisticsView';
import { TrendsView } from '../../../features/staff/stats/TrendsView';

export default function StaffStatsPage() {
  return (
    <Page name="staff-stats">
      <StaffGate manager>
        {(account) => (
          <View>
            <Section title="趋势">
              <TrendsView cityAdmin={account.role === 'ADMIN'} />
            </Section>
            <Section title="每日明细">
              <StatisticsView />
            </Section>
          </View>
        )}
      </StaffGate>
    </Page>
  );
}
