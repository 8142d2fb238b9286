// 今日场次: today's slots of every exhibition in the viewer's scope, with booked / capacity / checked in.
// Tapping a slot opens its roster.

import { Text, View } from '@tarojs/components';
import { DataState } from '../../components/DataState';
import { Tag } from '../../components/Tag';
import { useQuery } from '../../graphql/use-query';
import { todayDate } from '../../lib/format';
import { go } from '../../lib/navigation';
import { slotTimeRange } from './format';
import { StaffTodayDocument, type StaffTodayQuery } from './graphql';
import { staffRoutes } from './routes';
import { useStaffRefresh } from './use-staff-refresh';
import './staff.css';

type TodayExhibition = StaffTodayQuery['staffExhibitions'][number];
type TodaySlot = TodayExhibition['slots'][number];

export function TodaySlots({ showBranch }: { showBranch: boolean }) {
  const today = todayDate();
  const query = useQuery(StaffTodayDocument, { date: today });
  useStaffRefresh(query.refetch);
  const withSlots = (data: StaffTodayQuery) => data.staffExhibitions.filter((e) => e.slots.length > 0);

  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => withSlots(data).length === 0}
      emptyText="今日没有场次"
      loadingText="正在加载今日场次…"
    >
      {(data) => (
        <View className="staff-today" data-testid="staff-today">
          {withSlots(data).map((exhibition) => (
            <TodayExhibitionCard key={exhibition.id} exhibition={exhibition} showBranch={showBranch} />
          ))}
        </View>
      )}
    </DataState>
  );
}

function TodayExhibitionCard({ exhibition, showBranch }: { exhibition: TodayExhibition; showBranch: boolean }) {
  return (
    <View className="zz-card staff-today__card">
      <View className="staff-today__head">
        <Text className="staff-today__title">{exhibition.title}</Text>
        {showBranch ? <Tag tone="muted">{exhibition.branch.shortName}</Tag> : null}
      </View>
      {exhibition.slots.map((slot) => (
        <TodaySlotRow key={slot.id} slot={slot} />
      ))}
    </View>
  );
}

function TodaySlotRow({ slot }: { slot: TodaySlot }) {
  const closed = slot.status === 'CLOSED';
  return (
    <View
      className="staff-slot-row"
      hoverClass="staff-slot-row--pressed"
      onClick={() => go(staffRoutes.roster(slot.id))}
      data-testid="staff-today-slot"
    >
      <Text className="staff-slot-row__time">{slotTimeRange(slot)}</Text>
      <View className="staff-slot-row__figures">
        {closed ? (
          <Tag tone="muted">已关闭</Tag>
        ) : (
          <>
            <Text className="staff-slot-row__figure">
              已约 <Text className="staff-slot-row__number">{slot.booked}</Text>/{slot.capacity}
            </Text>
            {/* Group places are a quota of their own, beside the capacity. */}
            {slot.groupQuota > 0 || slot.groupBooked > 0 ? (
              <Text className="staff-slot-row__figure">
                团体 <Text className="staff-slot-row__number">{slot.groupBooked}</Text>/{slot.groupQuota}
              </Text>
            ) : null}
            <Text className="staff-slot-row__figure staff-slot-row__figure--in">
              入馆 <Text className="staff-slot-row__number">{slot.checkedIn}</Text>
            </Text>
          </>
        )}
      </View>
      <Text className="staff-slot-row__arrow">›</Text>
    </View>
  );
}
