// 趋势: the last 30 or 90 days: booked visitors who came and walk-ins per day as bars, the attendance and no-show
// rates (of visitors who booked; a sample under 20 shows as counts), 查档 per archive with the median days to an
// answer, and the most-read articles. Bars are plain Views (no canvas library in the staff subpackage).
import { Text, View } from '@tarojs/components';
import { ratioLabel } from '@zz/shared/reporting/ratios';
import { useState } from 'react';
import { DataState } from '../../../components/DataState';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { isSuccessResult } from '../../../graphql/errors';
import { useQuery } from '../../../graphql/use-query';
import { BranchFilter } from '../dashboard/DashboardToday';
import { staffErrorMessage } from '../errors';
import { monthDay } from '../format';
import { StaffTrendsViewDocument, type StaffTrendsViewQuery } from '../graphql';
import { Figures } from '../ui/Stats';
import '../staff.css';
import './stats.css';

type Range = '30' | '90';
const RANGES: ReadonlyArray<TabItem<Range>> = [
  { key: '30', label: '近 30 天' },
  { key: '90', label: '近 90 天' },
];

type Trends = Extract<StaffTrendsViewQuery['staffTrends'], { data: unknown }>['data'];

export function TrendsView({ cityAdmin }: { cityAdmin: boolean }) {
  const [range, setRange] = useState<Range>('30');
  const [branchId, setBranchId] = useState('');
  const query = useQuery(StaffTrendsViewDocument, { days: Number(range), branchId: branchId || null });
  return (
    <View className="trends" data-testid="trends">
      <Tabs items={RANGES} value={range} onChange={setRange} />
      {cityAdmin ? <BranchFilter value={branchId} onChange={setBranchId} /> : null}
      <DataState state={query.state} onRetry={query.refetch} loadingText="正在加载趋势…">
        {(data) =>
          isSuccessResult(data.staffTrends) ? (
            <TrendFigures trends={data.staffTrends.data} />
          ) : (
            <Text className="staff-hint">{staffErrorMessage(data.staffTrends)}</Text>
          )
        }
      </DataState>
    </View>
  );
}

function TrendFigures({ trends }: { trends: Trends }) {
  const { attendance, noShowRate } = trends;
  const peak = Math.max(1, ...trends.days.map((d) => d.bookedArrived + d.walkIns));
  return (
    <View>
      <View className="zz-card staff-card">
        <Figures
          items={[
            { label: '到馆率', value: ratioLabel(attendance.part, attendance.whole), tone: 'success' },
            { label: '爽约率', value: ratioLabel(noShowRate.part, noShowRate.whole), tone: 'warning' },
            { label: '现场登记', value: `${trends.walkIns} 人` },
          ]}
        />
        <Text className="stats__note" data-testid="trends-rate-note">
          到馆率只算预约的参观者（已入馆 ÷ 已入馆与未到场），现场登记另计；不足 20 人时只显示人数。
        </Text>
      </View>
      <View className="zz-card staff-card">
        <Text className="staff-card__title">每日入馆人数</Text>
        <Text className="staff-hint">
          {trends.from} 至 {trends.to} · 深色为预约入馆，浅色为现场登记
        </Text>
        {trends.days.length === 0 ? (
          <Text className="staff-hint">该时段没有参观记录</Text>
        ) : (
          <View className="trend-bars" data-testid="trend-bars">
            {trends.days.map((d) => (
              <View key={d.date} className="trend-bars__day">
                <View className="trend-bars__stack">
                  <View
                    className="trend-bars__bar trend-bars__bar--walkin"
                    style={{ height: `${(d.walkIns / peak) * 100}%` }}
                  />
                  <View className="trend-bars__bar" style={{ height: `${(d.bookedArrived / peak) * 100}%` }} />
                </View>
                <Text className="trend-bars__label">{monthDay(d.date)}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
      <View className="zz-card staff-card" data-testid="trend-lookups">
        <Text className="staff-card__title">查档（按档案馆）</Text>
        {trends.lookups.length === 0 ? (
          <Text className="staff-hint">该时段没有查档申请</Text>
        ) : (
          <View className="stats-table">
            <View className="stats-table__row stats-table__row--head">
              <Text className="stats-table__cell stats-table__cell--date">档案馆</Text>
              <Text className="stats-table__cell">申请</Text>
              <Text className="stats-table__cell">答复</Text>
              <Text className="stats-table__cell">答复用时中位数</Text>
            </View>
            {trends.lookups.map((l) => (
              <View key={l.branchId} className="stats-table__row">
                <Text className="stats-table__cell stats-table__cell--date">{l.branchName}</Text>
                <Text className="stats-table__cell">{l.submitted}</Text>
                <Text className="stats-table__cell">{l.answered}</Text>
                <Text className="stats-table__cell">
                  {l.medianDaysToAnswer === null ? '—' : `${l.medianDaysToAnswer} 天`}
                </Text>
              </View>
            ))}
          </View>
        )}
      </View>
      <View className="zz-card staff-card" data-testid="trend-articles">
        <Text className="staff-card__title">阅读最多的文章</Text>
        {trends.articles.length === 0 ? (
          <Text className="staff-hint">该时段没有阅读记录</Text>
        ) : (
          trends.articles.map((a, index) => (
            <View key={a.id} className="trend-article">
              <Text className="trend-article__rank">{index + 1}</Text>
              <View className="trend-article__body">
                <Text className="trend-article__title">{a.title}</Text>
                <View className="staff-bar">
                  <View
                    className="staff-bar__fill"
                    style={{ width: `${(a.reads / Math.max(1, trends.articles[0].reads)) * 100}%` }}
                  />
                </View>
              </View>
              <Text className="trend-article__reads">{a.reads}</Text>
            </View>
          ))
        )}
      </View>
    </View>
  );
}
