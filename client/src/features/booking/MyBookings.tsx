// 我的预约: a suspension notice when booking is paused, the waiting lists with offers to confirm, and the
// bookings as 待参观 / 已取消 / 历史 (the server sorts them into the tabs), each opening its e-ticket.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { businessDateOf, weekdayLabel } from '@zz/shared/time/business-time';
import { NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS } from '@zz/shared/visits/limits';
import { BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS, WAITLIST_STATUS_LABELS } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { PagedList } from '../../components/PagedList';
import { Section } from '../../components/Section';
import { Tabs } from '../../components/Tabs';
import { Tag } from '../../components/Tag';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  AcceptWaitlistOfferDocument,
  type BookingListItemFragment,
  BookingSuspensionDocument,
  LeaveWaitlistDocument,
  MyBookingsDocument,
  type MyBookingsQuery,
  MyWaitlistDocument,
  type MyWaitlistQuery,
  type WaitlistEntryFieldsFragment,
} from '../../graphql/generated/booking/operations';
import type { BookingList } from '../../graphql/generated/schema';
import { useConnection } from '../../graphql/use-connection';
import { useMutation } from '../../graphql/use-mutation';
import { type QueryHandle, useQuery } from '../../graphql/use-query';
import { formatDate, formatDateTime } from '../../lib/format';
import { go, goTab, routes } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { formatTimeRange } from '../exhibitions/booking-rules';
import { useSubscriptionAsk } from '../notifications/subscribe';
import { SignInGate } from '../session/SignInGate';
import { bookingErrorMessage } from './messages';
import { STATUS_TONES } from './tones';
import './booking.css';

const TABS: ReadonlyArray<{ key: BookingList; label: string }> = [
  { key: 'UPCOMING', label: '待参观' },
  { key: 'CANCELLED', label: '已取消' },
  { key: 'PAST', label: '历史' },
];

const EMPTY_TEXT: Record<BookingList, string> = {
  UPCOMING: '暂无待参观的预约',
  CANCELLED: '暂无已取消的预约',
  PAST: '暂无历史预约',
};

const PAGE_SIZE = 10;
const selectBookings = (data: MyBookingsQuery) => data.myBookings;

export function MyBookings() {
  return <SignInGate reason="登录后查看您的预约、电子票与候补。">{() => <MyBookingsBody />}</SignInGate>;
}

function MyBookingsBody() {
  const [tab, setTab] = useState<BookingList>('UPCOMING');
  const list = useConnection(MyBookingsDocument, { list: tab, first: PAGE_SIZE }, selectBookings);
  const waitlist = useQuery(MyWaitlistDocument, {});
  const suspension = useQuery(BookingSuspensionDocument, {});

  // Coming back from a ticket (cancelled?) or a booking, everything here may have changed.
  useOnReturn(() => {
    void list.refetch();
    void waitlist.refetch();
    void suspension.refetch();
  });

  const suspended = suspension.state.status === 'success' ? suspension.state.data.bookingSuspension : null;

  return (
    <View className="my-bookings">
      {suspended?.suspendedUntil ? (
        <Notice tone="accent" title="预约功能已暂停" className="my-bookings__suspension">
          <Text data-testid="booking-suspension">
            {`因${NO_SHOW_WINDOW_DAYS}天内${NO_SHOW_LIMIT}次未到场，暂停预约至 ${businessDateOf(
              Date.parse(suspended.suspendedUntil),
            )}。暂停期间已有的预约仍然有效。`}
          </Text>
        </Notice>
      ) : suspended && suspended.recentNoShows > 0 ? (
        <Notice tone="warning" className="my-bookings__suspension">
          <Text>
            {`近${NO_SHOW_WINDOW_DAYS}天内已有${suspended.recentNoShows}次未到场，累计${NO_SHOW_LIMIT}次将暂停预约${SUSPENSION_DAYS}天。`}
          </Text>
        </Notice>
      ) : null}
      {suspension.state.status === 'failure' ? (
        <Text className="my-bookings__quiet-failure" onClick={() => void suspension.refetch()}>
          {`预约资格查询失败（${describeFailure(suspension.state.failure)}），点此重试`}
        </Text>
      ) : null}

      <Tabs items={TABS} value={tab} onChange={setTab} className="my-bookings__tabs" />

      {tab === 'UPCOMING' ? <WaitlistSection query={waitlist} onChanged={() => void list.refetch()} /> : null}

      <PagedList
        list={list}
        renderItem={(booking) => <BookingItem key={booking.id} booking={booking} />}
        emptyText={EMPTY_TEXT[tab]}
        emptyAction={
          tab === 'UPCOMING' ? (
            <Button size="sm" variant="secondary" onClick={() => goTab('exhibitions')}>
              去看看展览
            </Button>
          ) : undefined
        }
        className="my-bookings__items"
      />
    </View>
  );
}

function BookingItem({ booking: b }: { booking: BookingListItemFragment }) {
  return (
    <View
      className="zz-card booking-item"
      hoverClass="zz-card--pressed"
      data-testid="booking-item"
      data-id={b.id}
      data-status={b.status}
      onClick={() => go(routes.bookingTicket(b.id))}
    >
      <View className="booking-item__head">
        <Tag tone={STATUS_TONES[b.status]} className="booking-item__status">
          {BOOKING_STATUS_LABELS[b.status]}
        </Tag>
        {b.kind !== 'INDIVIDUAL' ? <Tag tone="muted">{BOOKING_KIND_LABELS[b.kind]}</Tag> : null}
      </View>
      <Text className="booking-item__title">{b.exhibition?.title ?? '展览'}</Text>
      <Text className="booking-item__when">
        {`${formatDate(b.visitDate)} ${weekdayLabel(b.visitDate)} ${formatTimeRange(b.slot.startAt, b.slot.endAt)}`}
      </Text>
      <View className="booking-item__foot">
        <Text className="booking-item__meta">
          {`${b.organization ? `${b.organization} · ` : ''}${b.partySize}人 · 预约号 ${b.reference}`}
        </Text>
        <Text className="booking-item__link">电子票 ›</Text>
      </View>
    </View>
  );
}

/** Only entries still waiting or holding an offer; the rest already became bookings or lapsed. */
function WaitlistSection({ query, onChanged }: { query: QueryHandle<MyWaitlistQuery>; onChanged: () => void }) {
  const { state } = query;
  // Loaded with the list, for the 确认预约 tap of an offer (hooks before the early returns below).
  const askSubscriptions = useSubscriptionAsk();
  if (state.status === 'idle' || (state.status === 'loading' && !state.previous)) return null;
  if (state.status === 'failure') {
    return (
      <Text className="my-bookings__quiet-failure" onClick={() => void query.refetch()}>
        {`候补信息加载失败（${describeFailure(state.failure)}），点此重试`}
      </Text>
    );
  }
  const data = state.status === 'success' ? state.data : state.previous;
  const active = (data?.myWaitlist ?? []).filter((e) => e.status === 'WAITING' || e.status === 'OFFERED');
  if (active.length === 0) return null;
  return (
    <Section title="候补" className="waitlist">
      {active.map((entry) => (
        <WaitlistItem
          key={entry.id}
          entry={entry}
          askSubscriptions={askSubscriptions}
          onChanged={() => {
            void query.refetch();
            onChanged();
          }}
        />
      ))}
    </Section>
  );
}

function WaitlistItem({
  entry,
  askSubscriptions,
  onChanged,
}: {
  entry: WaitlistEntryFieldsFragment;
  askSubscriptions: ReturnType<typeof useSubscriptionAsk>;
  onChanged: () => void;
}) {
  const accept = useMutation(AcceptWaitlistOfferDocument);
  const leave = useMutation(LeaveWaitlistDocument);
  const slot = entry.slot;
  const offered = entry.status === 'OFFERED';

  async function confirmOffer() {
    // First, before any await: accepting makes a booking, whose result and reminder the citizen expects.
    void askSubscriptions(['BOOKING_RESULT', 'VISIT_REMINDER']);
    const result = await accept.run({ id: entry.id });
    if (!result.ok) {
      void Taro.showModal({ title: '确认失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.acceptWaitlistOffer;
    if (!isSuccessResult(payload)) {
      void Taro.showModal({ title: '无法确认', content: bookingErrorMessage(payload), showCancel: false });
      onChanged();
      return;
    }
    onChanged();
    go(routes.bookingTicket(payload.data.id));
  }

  async function giveUp() {
    const { confirm } = await Taro.showModal({
      title: offered ? '放弃保留的名额' : '取消候补',
      content: offered ? '放弃后名额将顺延给下一位候补观众，确定放弃吗？' : '确定退出该场次的候补队列吗？',
      confirmText: offered ? '放弃' : '取消候补',
      cancelText: '再想想',
    });
    if (!confirm) return;
    const result = await leave.run({ id: entry.id });
    if (!result.ok) {
      void Taro.showModal({ title: '操作失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.leaveWaitlist;
    if (!isSuccessResult(payload)) {
      void Taro.showModal({ title: '操作失败', content: bookingErrorMessage(payload), showCancel: false });
    }
    onChanged();
  }

  return (
    <View className="zz-card waitlist-item" data-testid="waitlist-item" data-status={entry.status}>
      <View className="booking-item__head">
        <Tag tone={offered ? 'accent' : 'warning'}>{WAITLIST_STATUS_LABELS[entry.status]}</Tag>
        {!offered && entry.position ? (
          <Text className="waitlist-item__position">{`第 ${entry.position} 位`}</Text>
        ) : null}
      </View>
      <Text className="booking-item__title">{slot?.exhibition?.title ?? '展览'}</Text>
      {slot ? (
        <Text className="booking-item__when">
          {`${formatDate(slot.visitDate)} ${weekdayLabel(slot.visitDate)} ${formatTimeRange(slot.startAt, slot.endAt)} · ${entry.partySize}人`}
        </Text>
      ) : null}
      {offered ? (
        <Text className="waitlist-item__offer">
          {`已为您保留名额，请在 ${entry.offeredUntil ? formatDateTime(entry.offeredUntil) : '规定时间'} 前确认，逾期顺延给下一位。`}
        </Text>
      ) : null}
      <View className="waitlist-item__actions">
        {offered ? (
          <Button size="sm" loading={accept.pending} onClick={() => void confirmOffer()}>
            确认预约
          </Button>
        ) : null}
        <Button size="sm" variant="ghost" loading={leave.pending} onClick={() => void giveUp()}>
          {offered ? '放弃' : '取消候补'}
        </Button>
      </View>
    </View>
  );
}
