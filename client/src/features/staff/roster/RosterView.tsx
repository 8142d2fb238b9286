// 今日名单: every booking of one slot with masked visitors and their state, the slot's counts, and
// 现场登记 with the places a walk-in can still take.
import { Text, View } from '@tarojs/components';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import { placesLeftForWalkIns } from '@zz/shared/visits/rules';
import { BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS, VISITOR_STATUS_LABELS } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState, EmptyState, FailureState } from '../../../components/DataState';
import { Section } from '../../../components/Section';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { Tag } from '../../../components/Tag';
import { useQuery } from '../../../graphql/use-query';
import { formatShortDate } from '../../../lib/format';
import { slotTimeRange } from '../format';
import { StaffRosterDocument, type StaffRosterQuery } from '../graphql';
import { BOOKING_STATUS_TONES, VISITOR_STATUS_TONES } from '../labels';
import { Figures } from '../ui/Stats';
import { useStaffRefresh } from '../use-staff-refresh';
import { WalkInForm } from './WalkInForm';
import '../staff.css';
import './roster.css';

type RosterBooking = StaffRosterQuery['slotRoster'][number];
type Filter = 'ALL' | 'WAITING' | 'IN' | 'OTHER';

const FILTERS: ReadonlyArray<TabItem<Filter>> = [
  { key: 'ALL', label: '全部' },
  { key: 'WAITING', label: '待入馆' },
  { key: 'IN', label: '已入馆' },
  { key: 'OTHER', label: '取消/未到' },
];

function matches(filter: Filter, booking: RosterBooking): boolean {
  switch (filter) {
    case 'ALL':
      return true;
    case 'WAITING':
      return booking.status === 'CONFIRMED' || booking.status === 'PENDING_REVIEW' || isPartlyIn(booking);
    case 'IN':
      return booking.checkedInCount > 0;
    case 'OTHER':
      return booking.status === 'CANCELLED' || booking.status === 'NO_SHOW' || booking.status === 'REJECTED';
  }
}

/** A group admitted in part: CHECKED_IN while some of the party have not come through yet. */
const isPartlyIn = (b: RosterBooking) => b.status === 'CHECKED_IN' && b.checkedInCount < b.partySize;

/** The roster once its slot is known to exist. */
type LoadedRoster = StaffRosterQuery & { staffSlot: NonNullable<StaffRosterQuery['staffSlot']> };

function counts(data: LoadedRoster) {
  const live = data.slotRoster.filter((b) => b.status === 'CONFIRMED' || b.status === 'CHECKED_IN');
  return {
    checkedIn: data.slotRoster.reduce((sum, b) => sum + b.checkedInCount, 0),
    expected: live.reduce((sum, b) => sum + Math.max(b.partySize - b.checkedInCount, 0), 0),
    cancelled: data.slotRoster.filter((b) => b.status === 'CANCELLED').reduce((sum, b) => sum + b.partySize, 0),
    // A walk-in may take any place not booked or offered to the waiting list, the walk-in reserve included.
    placesLeft: placesLeftForWalkIns(data.staffSlot),
  };
}

export function RosterView({ slotId }: { slotId?: string }) {
  const query = useQuery(StaffRosterDocument, { slotId: slotId ?? '' }, { skip: !slotId });
  useStaffRefresh(query.refetch);
  if (!slotId) return <FailureState message="缺少场次，请从工作台的今日场次进入" />;
  return (
    <DataState state={query.state} onRetry={query.refetch}>
      {(data) =>
        data.staffSlot ? (
          <Roster data={{ ...data, staffSlot: data.staffSlot }} onChanged={() => void query.refetch()} />
        ) : (
          <FailureState message="该场次不存在或已删除" />
        )
      }
    </DataState>
  );
}

function Roster({ data, onChanged }: { data: LoadedRoster; onChanged: () => void }) {
  const [filter, setFilter] = useState<Filter>('ALL');
  const [walkInOpen, setWalkInOpen] = useState(false);
  const slot = data.staffSlot;
  const figures = counts(data);
  const shown = data.slotRoster.filter((b) => matches(filter, b));

  return (
    <View className="roster" data-testid="roster">
      <View className="zz-card staff-card roster__head">
        <Text className="staff-card__title">{slot.exhibition?.title ?? '展览'}</Text>
        <Text className="staff-card__meta">
          {formatShortDate(slot.visitDate)} · {slotTimeRange(slot)}
        </Text>
        {slot.status === 'CLOSED' ? (
          <View className="staff-card__tags">
            <Tag tone="accent">已关闭</Tag>
            {slot.closedReason ? <Text className="staff-card__meta">{slot.closedReason}</Text> : null}
          </View>
        ) : null}
        <Figures
          items={[
            { label: '已约/容量', value: `${slot.booked}/${slot.capacity}` },
            { label: '团体/名额', value: `${slot.groupBooked}/${slot.groupQuota}` },
            { label: '已入馆', value: figures.checkedIn, tone: 'success' },
            { label: '待入馆', value: figures.expected, tone: 'warning' },
          ]}
        />
        <Text className="staff-hint roster__walkin-line" data-testid="roster-places-left">
          现场可登记 {figures.placesLeft} 人（现场预留 {slot.walkinHeld} 人，已现场登记 {slot.walkinUsed} 人）
          {figures.cancelled > 0 ? ` · 已取消 ${figures.cancelled} 人` : ''}
        </Text>
      </View>

      <Section title="现场登记">
        {slot.status === 'CLOSED' ? (
          <Text className="staff-hint">场次已关闭，不能现场登记。</Text>
        ) : figures.placesLeft === 0 ? (
          <Text className="staff-hint">本场次已满，不能现场登记。</Text>
        ) : walkInOpen ? (
          <WalkInForm
            slotId={slot.id}
            placesLeft={figures.placesLeft}
            maxVisitors={slot.exhibition?.bookingPolicy.maxVisitors ?? 5}
            onRegistered={() => {
              setWalkInOpen(false);
              onChanged();
            }}
          />
        ) : (
          <Button block variant="secondary" onClick={() => setWalkInOpen(true)} className="roster__walkin-open">
            登记现场访客（还可登记 {figures.placesLeft} 人）
          </Button>
        )}
      </Section>

      <Section title={`预约名单（${data.slotRoster.length}）`}>
        <Tabs items={FILTERS} value={filter} onChange={setFilter} />
        {shown.length === 0 ? (
          <EmptyState text={data.slotRoster.length === 0 ? '本场次还没有预约' : '没有符合条件的预约'} />
        ) : (
          shown.map((booking) => <BookingCard key={booking.id} booking={booking} />)
        )}
      </Section>
    </View>
  );
}

function BookingCard({ booking }: { booking: RosterBooking }) {
  return (
    <View className="zz-card staff-card roster-booking" data-testid="roster-booking">
      <View className="staff-card__head">
        <Text className="roster-booking__ref">{booking.reference}</Text>
        <View className="staff-card__tags">
          <Tag tone="muted">{BOOKING_KIND_LABELS[booking.kind]}</Tag>
          <Tag tone={BOOKING_STATUS_TONES[booking.status]}>{BOOKING_STATUS_LABELS[booking.status]}</Tag>
        </View>
      </View>
      <Text className="staff-card__meta">
        {booking.partySize} 人 · 已入馆 {booking.checkedInCount} 人{booking.phone ? ` · ${booking.phone}` : ''}
      </Text>
      {booking.organization ? (
        <Text className="staff-card__meta">
          {booking.organization}
          {booking.leaderName ? ` · 领队 ${booking.leaderName}` : ''}
        </Text>
      ) : null}
      <View className="roster-booking__visitors">
        {booking.visitors.map((visitor) => (
          <View key={visitor.id} className="roster-visitor">
            <View className="roster-visitor__main">
              <Text className="roster-visitor__name">
                {visitor.name}
                {visitor.isMinor ? <Text className="roster-visitor__minor">（未成年）</Text> : null}
              </Text>
              <Text className="roster-visitor__doc">
                {DOCUMENT_TYPE_LABELS[visitor.documentType]} {visitor.documentNumber}
              </Text>
            </View>
            <Tag tone={VISITOR_STATUS_TONES[visitor.status]}>{VISITOR_STATUS_LABELS[visitor.status]}</Tag>
          </View>
        ))}
      </View>
    </View>
  );
}
