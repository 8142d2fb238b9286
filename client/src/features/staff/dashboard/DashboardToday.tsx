// 今日概况 for managers on the staff home: the counters that start a day (group visits to review, open 查档
// requests and the overdue ones, messages WeChat did not deliver) and today's slots with booked / arrived /
// remaining, from one query. The city administration picks an archive (or all). Tapping opens the matching tool.
import { Text, View } from '@tarojs/components';
import { LOOKUP_STATUS_LABELS } from '@zz/shared/lookup/status-machine';
import { useState } from 'react';
import { DataState } from '../../../components/DataState';
import { Tag } from '../../../components/Tag';
import { isSuccessResult } from '../../../graphql/errors';
import { useQuery } from '../../../graphql/use-query';
import { cx } from '../../../lib/cx';
import { go } from '../../../lib/navigation';
import { staffErrorMessage } from '../errors';
import { slotTimeRange } from '../format';
import { StaffBranchChoicesDocument, StaffDashboardTodayDocument, type StaffDashboardTodayQuery } from '../graphql';
import { staffRoutes } from '../routes';
import { Chips } from '../ui/Chips';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';
import './dashboard.css';

type Today = Extract<StaffDashboardTodayQuery['staffDashboard'], { data: unknown }>['data'];

/** Archive choices for the city administration: 全部 and each archive. */
export function BranchFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const branches = useQuery(StaffBranchChoicesDocument, {});
  const options = [
    { value: '', label: '全部档案馆' },
    ...(branches.state.status === 'success'
      ? branches.state.data.branches.map((b) => ({ value: b.id, label: b.shortName }))
      : []),
  ];
  return <Chips options={options} selected={[value]} onToggle={onChange} testId="staff-branch-filter" />;
}

export function DashboardToday({ cityAdmin }: { cityAdmin: boolean }) {
  const [branchId, setBranchId] = useState('');
  const query = useQuery(StaffDashboardTodayDocument, { branchId: branchId || null });
  useStaffRefresh(query.refetch);
  return (
    <View className="staff-overview" data-testid="staff-overview">
      {cityAdmin ? <BranchFilter value={branchId} onChange={setBranchId} /> : null}
      <DataState state={query.state} onRetry={query.refetch} loadingText="正在加载今日概况…">
        {(data) =>
          isSuccessResult(data.staffDashboard) ? (
            <Overview today={data.staffDashboard.data} showBranch={cityAdmin && !branchId} />
          ) : (
            <Text className="staff-hint">{staffErrorMessage(data.staffDashboard)}</Text>
          )
        }
      </DataState>
    </View>
  );
}

function Counter(props: { label: string; value: number; alert?: boolean; onClick: () => void; name: string }) {
  return (
    <View
      className={cx('staff-counter', props.alert && props.value > 0 && 'staff-counter--alert')}
      hoverClass="staff-counter--pressed"
      onClick={props.onClick}
      data-testid={`staff-counter-${props.name}`}
    >
      <Text className="staff-counter__value">{props.value}</Text>
      <Text className="staff-counter__label">{props.label}</Text>
    </View>
  );
}

function Overview({ today, showBranch }: { today: Today; showBranch: boolean }) {
  const openLookups = today.openLookups.reduce((sum, s) => sum + s.count, 0);
  return (
    <View>
      <View className="staff-counters">
        <Counter
          name="groups"
          label="团体待审核"
          value={today.groupsAwaitingReview}
          alert
          onClick={() => go(staffRoutes.groups())}
        />
        <Counter name="lookups" label="查档办理中" value={openLookups} onClick={() => go(staffRoutes.lookupQueue())} />
        <Counter
          name="overdue"
          label="查档已超期"
          value={today.lookupsOverdue}
          alert
          onClick={() => go(staffRoutes.lookupQueue())}
        />
        <Counter
          name="messages"
          label="消息未送达"
          value={today.undeliveredMessages}
          alert
          onClick={() => go(staffRoutes.messages())}
        />
      </View>
      {today.openLookups.length > 0 ? (
        <View className="staff-lookup-states" data-testid="staff-lookup-states">
          {today.openLookups.map((s) => (
            <Tag key={s.status} tone={s.overdue > 0 ? 'warning' : 'muted'}>
              {`${LOOKUP_STATUS_LABELS[s.status]} ${s.count}${s.overdue > 0 ? `（超期 ${s.overdue}）` : ''}`}
            </Tag>
          ))}
        </View>
      ) : null}
      {today.slots.length === 0 ? (
        <Text className="staff-hint">今日没有场次</Text>
      ) : (
        <View className="zz-card staff-today__card" data-testid="staff-overview-slots">
          {today.slots.map((slot) => (
            <View
              key={slot.id}
              className="staff-overview-slot"
              hoverClass="staff-slot-row--pressed"
              onClick={() => go(staffRoutes.roster(slot.id))}
              data-testid="staff-overview-slot"
            >
              <View className="staff-overview-slot__head">
                <Text className="staff-slot-row__time">{slotTimeRange(slot)}</Text>
                <Text className="staff-overview-slot__title">
                  {showBranch ? `${slot.branchName} · ` : ''}
                  {slot.exhibitionTitle}
                </Text>
              </View>
              {slot.status === 'CLOSED' ? (
                <Tag tone="muted">已关闭</Tag>
              ) : (
                <View className="staff-overview-slot__figures">
                  <Text className="staff-overview-slot__figure">已约 {slot.booked}</Text>
                  <Text className="staff-overview-slot__figure">
                    已到 {slot.arrived}
                    {slot.walkIns > 0 ? `（现场 ${slot.walkIns}）` : ''}
                  </Text>
                  <Text className="staff-overview-slot__figure">余 {slot.remaining}</Text>
                  {/* A bar of arrivals against places: booked in light, arrived in full. */}
                  <View className="staff-bar">
                    <View
                      className="staff-bar__fill staff-bar__fill--light"
                      style={{ width: `${percentOf(slot.booked, slot.capacity)}%` }}
                    />
                    <View className="staff-bar__fill" style={{ width: `${percentOf(slot.arrived, slot.capacity)}%` }} />
                  </View>
                </View>
              )}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

const percentOf = (part: number, whole: number) => (whole <= 0 ? 0 : Math.min(100, Math.round((part / whole) * 100)));
