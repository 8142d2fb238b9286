// 今日名单: every booking of one slot with masked visitors and their state, found by name, phone tail or
// reference; per-visitor check-in (a party arriving split) and undo of a mistaken one within minutes; live
// counters of booked, arrived and remaining polled from the server (right whichever door admitted); and
// 现场登记 with the places a walk-in can still take.
import { Input, Text, View } from '@tarojs/components';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import { placesLeftForWalkIns } from '@zz/shared/visits/rules';
import { BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS, VISITOR_STATUS_LABELS } from '@zz/shared/visits/statuses';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState, EmptyState, FailureState } from '../../../components/DataState';
import { Section } from '../../../components/Section';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { Tag } from '../../../components/Tag';
import { execute } from '../../../graphql/client';
import { useQuery } from '../../../graphql/use-query';
import { formatShortDate } from '../../../lib/format';
import { signalVerdict } from '../checkin/feedback';
import { slotTimeRange } from '../format';
import {
  StaffCheckInVisitorsDocument,
  StaffDoorFiguresDocument,
  StaffRosterDocument,
  type StaffRosterQuery,
  StaffUndoCheckInDocument,
} from '../graphql';
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

/** How often the door's counters are read again while the roster is open. */
const FIGURES_POLL_MS = 10_000;

export function RosterView({ slotId }: { slotId?: string }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const query = useQuery(StaffRosterDocument, { slotId: slotId ?? '', search: search || null }, { skip: !slotId });
  const figures = useQuery(StaffDoorFiguresDocument, { slotId: slotId ?? '' }, { skip: !slotId });
  useStaffRefresh(async () => {
    await Promise.all([query.refetch(), figures.refetch()]);
  });
  const refetchFigures = figures.refetch;
  useEffect(() => {
    if (!slotId) return;
    const timer = setInterval(() => void refetchFigures(), FIGURES_POLL_MS);
    return () => clearInterval(timer);
  }, [slotId, refetchFigures]);
  if (!slotId) return <FailureState message="缺少场次，请从工作台的今日场次进入" />;
  const door = figures.state.status === 'success' ? figures.state.data.slotDoorFigures : null;
  return (
    <View>
      <View className="zz-card staff-card roster__door" data-testid="roster-door-figures">
        <Figures
          items={[
            { label: '已预约', value: door?.booked ?? '–' },
            { label: '已到', value: door?.arrived ?? '–', tone: 'success' },
            { label: '未到', value: door?.remaining ?? '–', tone: 'warning' },
          ]}
        />
      </View>
      <View className="staff-form roster__search">
        <Input
          className="zz-input"
          value={typed}
          placeholder="搜索姓名、手机尾号或预约号"
          maxlength={40}
          confirmType="search"
          onInput={(event) => setTyped(event.detail.value)}
          onConfirm={() => setSearch(typed.trim())}
          data-testid="roster-search"
        />
        <Button variant="secondary" onClick={() => setSearch(typed.trim())} className="roster__search-submit">
          搜索
        </Button>
      </View>
      <DataState state={query.state} onRetry={query.refetch}>
        {(data) =>
          data.staffSlot ? (
            <Roster
              data={{ ...data, staffSlot: data.staffSlot }}
              undoMinutes={door?.undoMinutes ?? 0}
              searching={search !== ''}
              onChanged={() => void Promise.all([query.refetch(), figures.refetch()])}
            />
          ) : (
            <FailureState message="该场次不存在或已删除" />
          )
        }
      </DataState>
    </View>
  );
}

/** The last door action on the roster, shown above the list (the full name is for matching the ID card). */
type DoorNotice = { tone: 'ok' | 'refused'; text: string } | null;

function Roster({
  data,
  undoMinutes,
  searching,
  onChanged,
}: {
  data: LoadedRoster;
  undoMinutes: number;
  searching: boolean;
  onChanged: () => void;
}) {
  const [notice, setNotice] = useState<DoorNotice>(null);
  const [pending, setPending] = useState(false);

  async function admit(bookingId: string, visitorIds: string[]) {
    if (pending) return;
    setPending(true);
    const result = await execute(StaffCheckInVisitorsDocument, { bookingId, visitorIds });
    setPending(false);
    const answer = result.ok ? result.data.checkInVisitors : null;
    if (answer?.__typename === 'MutationCheckInVisitorsSuccess') {
      const names = answer.data.revealed.map((p) => `${p.name}（证件尾号 ${p.documentTail}）`).join('、');
      setNotice({ tone: 'ok', text: `已入馆 ${answer.data.admitted} 人：${names}` });
      signalVerdict('admitted');
    } else {
      setNotice({ tone: 'refused', text: answer && 'message' in answer ? answer.message : '网络异常，请重试' });
      signalVerdict('refused');
    }
    onChanged();
  }

  async function undo(visitorId: string) {
    if (pending) return;
    setPending(true);
    const result = await execute(StaffUndoCheckInDocument, { visitorId });
    setPending(false);
    const answer = result.ok ? result.data.undoCheckIn : null;
    setNotice(
      answer?.__typename === 'MutationUndoCheckInSuccess'
        ? { tone: 'ok', text: '已撤销入馆' }
        : { tone: 'refused', text: answer && 'message' in answer ? answer.message : '网络异常，请重试' },
    );
    onChanged();
  }

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
        {notice ? (
          <Text
            className={`roster__notice roster__notice--${notice.tone}`}
            data-testid={notice.tone === 'ok' ? 'roster-notice' : 'roster-notice-refused'}
          >
            {notice.text}
          </Text>
        ) : null}
        <Tabs items={FILTERS} value={filter} onChange={setFilter} />
        {shown.length === 0 ? (
          <EmptyState text={data.slotRoster.length === 0 && !searching ? '本场次还没有预约' : '没有符合条件的预约'} />
        ) : (
          shown.map((booking) => (
            <BookingCard
              key={booking.id}
              booking={booking}
              undoMinutes={undoMinutes}
              pending={pending}
              onAdmit={(ids) => void admit(booking.id, ids)}
              onUndo={(id) => void undo(id)}
            />
          ))
        )}
      </Section>
    </View>
  );
}

/** Whether a check-in at `checkedInAt` may still be undone (the server decides; this only hides a dead button). */
function undoable(checkedInAt: string | null | undefined, undoMinutes: number): boolean {
  const at = checkedInAt ? Date.parse(checkedInAt) : Number.NaN;
  return !Number.isNaN(at) && Date.now() - at <= undoMinutes * 60_000;
}

function BookingCard({
  booking,
  undoMinutes,
  pending,
  onAdmit,
  onUndo,
}: {
  booking: RosterBooking;
  undoMinutes: number;
  pending: boolean;
  onAdmit: (visitorIds: string[]) => void;
  onUndo: (visitorId: string) => void;
}) {
  const live = booking.status === 'CONFIRMED' || booking.status === 'CHECKED_IN';
  const expected = live ? booking.visitors.filter((v) => v.status === 'CONFIRMED') : [];
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
            <View className="roster-visitor__actions">
              <Tag tone={VISITOR_STATUS_TONES[visitor.status]}>{VISITOR_STATUS_LABELS[visitor.status]}</Tag>
              {live && visitor.status === 'CONFIRMED' ? (
                <Button
                  size="sm"
                  disabled={pending}
                  onClick={() => onAdmit([visitor.id])}
                  className="roster-visitor__admit"
                >
                  入馆
                </Button>
              ) : null}
              {visitor.status === 'CHECKED_IN' && undoable(visitor.checkedInAt, undoMinutes) ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => onUndo(visitor.id)}
                  className="roster-visitor__undo"
                >
                  撤销
                </Button>
              ) : null}
            </View>
          </View>
        ))}
      </View>
      {expected.length > 1 ? (
        <Button
          variant="secondary"
          block
          disabled={pending}
          onClick={() => onAdmit(expected.map((v) => v.id))}
          className="roster-booking__admit-all"
        >
          其余 {expected.length} 人全部入馆
        </Button>
      ) : null}
    </View>
  );
}
