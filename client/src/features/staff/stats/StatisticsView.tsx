// 统计: bookings, visitors, check-ins, no-shows, walk-ins and cancellations per day for the last 7 or 30
// days, for one exhibition or all in scope, with totals and the check-in rate.

import { Text, View } from '@tarojs/components';
import { ratioLabel } from '@zz/shared/reporting/ratios';
import { addDays } from '@zz/shared/time/business-time';
import { useState } from 'react';
import { DataState } from '../../../components/DataState';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { isSuccessResult } from '../../../graphql/errors';
import { useQuery } from '../../../graphql/use-query';
import { cx } from '../../../lib/cx';
import { todayDate } from '../../../lib/format';
import { staffErrorMessage } from '../errors';
import { monthDay } from '../format';
import { StaffExhibitionChoicesDocument, StaffStatisticsDocument, type StaffStatisticsQuery } from '../graphql';
import { Chips } from '../ui/Chips';
import { Figures } from '../ui/Stats';
import '../staff.css';
import './stats.css';

type Range = '7' | '30';
const RANGES: ReadonlyArray<TabItem<Range>> = [
  { key: '7', label: '近 7 天' },
  { key: '30', label: '近 30 天' },
];

type Answer = StaffStatisticsQuery['bookingStatistics'];
type Day = Extract<Answer, { data: unknown }>['data'][number];
type Totals = Omit<Day, '__typename' | 'date'>;

const COLUMNS: ReadonlyArray<{ key: keyof Totals; label: string }> = [
  { key: 'bookings', label: '预约' },
  { key: 'bookedVisitors', label: '人数' },
  { key: 'checkedIn', label: '入馆' },
  { key: 'noShows', label: '未到' },
  { key: 'walkIns', label: '现场' },
  { key: 'cancelled', label: '取消' },
];

function totalsOf(days: ReadonlyArray<Day>): Totals {
  const zero: Totals = {
    bookings: 0,
    bookedVisitors: 0,
    checkedIn: 0,
    noShows: 0,
    cancelled: 0,
    walkIns: 0,
    groupVisitors: 0,
  };
  return days.reduce(
    (sum, d) => ({
      bookings: sum.bookings + d.bookings,
      bookedVisitors: sum.bookedVisitors + d.bookedVisitors,
      checkedIn: sum.checkedIn + d.checkedIn,
      noShows: sum.noShows + d.noShows,
      cancelled: sum.cancelled + d.cancelled,
      walkIns: sum.walkIns + d.walkIns,
      groupVisitors: sum.groupVisitors + d.groupVisitors,
    }),
    zero,
  );
}

/**
 * Of the booked visits whose outcome is known (came or did not), the share that came. Walk-ins are left out: they
 * are checked in as they register, so counting them made one walk-in read 100%. Under 20 people it stays a count.
 */
function checkInRate(t: Totals): string {
  const bookedArrived = Math.max(t.checkedIn - t.walkIns, 0);
  return ratioLabel(bookedArrived, bookedArrived + t.noShows);
}

export function StatisticsView() {
  const [range, setRange] = useState<Range>('7');
  const [exhibitionId, setExhibitionId] = useState<string>('');
  const to = todayDate();
  const from = addDays(to, -(Number(range) - 1));
  const exhibitions = useQuery(StaffExhibitionChoicesDocument, {});
  const query = useQuery(StaffStatisticsDocument, { exhibitionId: exhibitionId || null, from, to });
  const choices =
    exhibitions.state.status === 'success'
      ? [
          { value: '', label: '全部展览' },
          ...exhibitions.state.data.staffExhibitions
            .filter((e) => e.mode === 'ONSITE')
            .map((e) => ({ value: e.id, label: e.title.length > 10 ? `${e.title.slice(0, 10)}…` : e.title })),
        ]
      : [{ value: '', label: '全部展览' }];

  return (
    <View className="stats" data-testid="stats">
      <Tabs items={RANGES} value={range} onChange={setRange} />
      <Chips options={choices} selected={[exhibitionId]} onToggle={setExhibitionId} testId="stats-exhibitions" />
      <Text className="staff-hint">
        {from} 至 {to}（含今日）
      </Text>
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => isSuccessResult(data.bookingStatistics) && data.bookingStatistics.data.length === 0}
        emptyText="该时段没有预约记录"
      >
        {(data) =>
          isSuccessResult(data.bookingStatistics) ? (
            <StatisticsTable days={data.bookingStatistics.data} />
          ) : (
            <Text className="staff-hint">{staffErrorMessage(data.bookingStatistics)}</Text>
          )
        }
      </DataState>
    </View>
  );
}

function StatisticsTable({ days }: { days: ReadonlyArray<Day> }) {
  const totals = totalsOf(days);
  return (
    <View>
      <View className="zz-card staff-card">
        <Figures
          items={[
            { label: '参观人数', value: totals.bookedVisitors },
            { label: '已入馆', value: totals.checkedIn, tone: 'success' },
            { label: '到馆率', value: checkInRate(totals), tone: 'warning' },
          ]}
        />
        <Text className="stats__note">
          到馆率 = 预约入馆 ÷（预约入馆 + 未到），现场登记 {totals.walkIns} 人另计；团体参观 {totals.groupVisitors}{' '}
          人。人数不含已取消。
        </Text>
      </View>
      <View className="stats-table" data-testid="stats-table">
        <View className="stats-table__row stats-table__row--head">
          <Text className="stats-table__cell stats-table__cell--date">日期</Text>
          {COLUMNS.map((c) => (
            <Text key={c.key} className="stats-table__cell">
              {c.label}
            </Text>
          ))}
        </View>
        {days.map((day) => (
          <View key={day.date} className="stats-table__row">
            <Text className="stats-table__cell stats-table__cell--date">{monthDay(day.date)}</Text>
            {COLUMNS.map((c) => (
              <Text key={c.key} className="stats-table__cell">
                {day[c.key]}
              </Text>
            ))}
          </View>
        ))}
        <View className={cx('stats-table__row', 'stats-table__row--total')} data-testid="stats-total">
          <Text className="stats-table__cell stats-table__cell--date">合计</Text>
          {COLUMNS.map((c) => (
            <Text key={c.key} className="stats-table__cell">
              {totals[c.key]}
            </Text>
          ))}
        </View>
      </View>
    </View>
  );
}
