// The e-ticket: status, where and when, the reference, one QR for the whole booking and one per visitor, the
// visitors (取消此人), 取消预约 and 再次预约. Opened right after booking it starts with 预约成功 (calendar, reminders).
// The last copy seen is kept on the device, so the ticket still shows at the door without network.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { weekdayLabel } from '@zz/shared/time/business-time';
import { NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS } from '@zz/shared/visits/limits';
import {
  BOOKING_KIND_LABELS,
  BOOKING_STATUS_LABELS,
  type CancelReason,
  isCancelReason,
} from '@zz/shared/visits/statuses';
import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { EmptyState, FailureState, LoadingState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  BookingDocument,
  CancelBookingDocument,
  type TicketFieldsFragment,
} from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { formatDate, formatDateTime } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { formatPlace, formatTimeRange } from '../exhibitions/booking-rules';
import { SignInGate } from '../session/SignInGate';
import { VenueFacts } from '../venues/VenueFacts';
import { BookedMoment } from './BookedMoment';
import { bookingErrorMessage } from './messages';
import { TicketQr } from './TicketQr';
import { TicketVisitors } from './TicketVisitors';
import { readCachedTicket, writeCachedTicket } from './ticket-cache';
import './booking.css';

type Ticket = TicketFieldsFragment;

export function TicketView({ id, justBooked = false }: { id: string | undefined; justBooked?: boolean }) {
  if (!id) return <EmptyState text="未指定预约" />;
  return <TicketLoader id={id} justBooked={justBooked} />;
}

function TicketLoader({ id, justBooked }: { id: string; justBooked: boolean }) {
  const [cached] = useState(() => readCachedTicket(id));
  const query = useQuery(BookingDocument, { id });
  // A cancellation answers with the updated booking; it replaces what the query last returned.
  const [updated, setUpdated] = useState<Ticket | null>(null);
  // Back from 修改团体名单 or 我的预约, the booking may have changed.
  useOnReturn(() => void query.refetch());

  const fresh = query.state.status === 'success' ? query.state.data.booking : null;
  useEffect(() => {
    if (fresh) {
      writeCachedTicket(fresh);
      setUpdated(null);
    }
  }, [fresh]);

  const state = query.state;
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading': {
      const shownTicket = updated ?? state.previous?.booking ?? cached?.ticket;
      return shownTicket ? (
        <TicketBody ticket={shownTicket} onChange={setUpdated} justBooked={justBooked} />
      ) : (
        <LoadingState text="正在加载电子票…" />
      );
    }
    case 'success':
      if (!state.data.booking) return <EmptyState text="未找到该预约，可能不属于当前账号" />;
      return <TicketBody ticket={updated ?? state.data.booking} onChange={setUpdated} justBooked={justBooked} />;
    case 'failure':
      if (state.failure.kind === 'graphql' && state.failure.code === 'UNAUTHENTICATED') {
        return (
          <SignInGate reason="登录后查看电子票。">{() => <TicketLoader id={id} justBooked={justBooked} />}</SignInGate>
        );
      }
      if (cached) {
        return (
          <View>
            <Notice tone="warning" title="网络不可用" className="ticket-offline">
              <Text data-testid="ticket-offline">
                {`以下是 ${formatDateTime(new Date(cached.savedAt).toISOString())} 保存的电子票，可离线出示；状态以联网后为准。`}
              </Text>
              <View className="ticket-offline__retry">
                <Button size="sm" variant="secondary" onClick={() => void query.refetch()}>
                  重新加载
                </Button>
              </View>
            </Notice>
            <TicketBody ticket={updated ?? cached.ticket} onChange={setUpdated} offline />
          </View>
        );
      }
      return <FailureState failure={state.failure} onRetry={query.refetch} />;
  }
}

function TicketBody({
  ticket,
  onChange,
  offline = false,
  justBooked = false,
}: {
  ticket: Ticket;
  onChange: (ticket: Ticket) => void;
  offline?: boolean;
  justBooked?: boolean;
}) {
  const group = ticket.kind === 'GROUP';
  return (
    <View className="ticket" data-testid="ticket" data-status={ticket.status} data-id={ticket.id}>
      {justBooked && !offline && ticket.status === 'CONFIRMED' ? <BookedMoment ticket={ticket} /> : null}
      <View className={cx('ticket__head', `ticket__head--${ticket.status.toLowerCase()}`)}>
        <Text className="ticket__status" data-testid="ticket-status">
          {BOOKING_STATUS_LABELS[ticket.status]}
        </Text>
        <Text className="ticket__title">{ticket.exhibition?.title ?? '展览'}</Text>
        <Text className="ticket__when">
          {`${formatDate(ticket.visitDate)} ${weekdayLabel(ticket.visitDate)} ${formatTimeRange(
            ticket.slot.startAt,
            ticket.slot.endAt,
          )}`}
        </Text>
      </View>

      <StatusNotice ticket={ticket} />
      <TicketCodes ticket={ticket} />

      <CellGroup className="ticket__facts">
        <Cell label="预约号" value={<Text userSelect>{ticket.reference}</Text>} className="ticket__reference" />
        <Cell label="类型" value={BOOKING_KIND_LABELS[ticket.kind]} />
        {group && ticket.organization ? <Cell label="单位" value={ticket.organization} /> : null}
        {group && ticket.leaderName ? <Cell label="领队" value={ticket.leaderName} /> : null}
        <Cell label="人数" value={`${ticket.partySize}人`} />
        {ticket.exhibition ? (
          <Cell label="场馆" value={formatPlace(ticket.exhibition.branch.name, ticket.exhibition.venue)} />
        ) : null}
        {ticket.phone ? <Cell label="手机号码" value={ticket.phone} /> : null}
      </CellGroup>

      {ticket.exhibition?.venueDetails ? (
        <Section title="到馆信息">
          <VenueFacts venue={ticket.exhibition.venueDetails} name={ticket.exhibition.branch.name} />
        </Section>
      ) : null}

      <TicketVisitors ticket={ticket} onChange={onChange} offline={offline} />

      {offline ? null : <TicketActions ticket={ticket} onChange={onChange} />}
    </View>
  );
}

/** What the ticket tells the citizen about a cancellation; the reason's short label is for lists and staff. */
const CANCELLED_BECAUSE: Record<CancelReason, string> = {
  CITIZEN: '您已取消本次预约',
  LATE_CITIZEN: '您在免费取消时间之后取消，已计为一次未到场',
  SLOT_CLOSED: '场次因故关闭，预约已自动取消',
  REJECTED: '团体预约未通过审核',
};

function StatusNotice({ ticket }: { ticket: Ticket }) {
  switch (ticket.status) {
    case 'PENDING_REVIEW':
      return (
        <Notice tone="warning" title="团体预约审核中" className="ticket__notice">
          <Text>工作人员审核通过后，此处将显示领队入馆二维码，全团凭此码入馆。</Text>
        </Notice>
      );
    case 'REJECTED':
      return (
        <Notice tone="accent" title="团体预约未通过" className="ticket__notice">
          <Text>{ticket.reviewNote ? `审核意见：${ticket.reviewNote}` : '如有疑问请致电展馆咨询。'}</Text>
        </Notice>
      );
    case 'CANCELLED':
      return (
        <Notice className="ticket__notice" title="预约已取消">
          <Text>
            {`${isCancelReason(ticket.cancelReason) ? CANCELLED_BECAUSE[ticket.cancelReason] : '本次预约已取消'}${
              ticket.cancelledAt ? `（${formatDateTime(ticket.cancelledAt)}）` : ''
            }`}
          </Text>
        </Notice>
      );
    case 'NO_SHOW':
      return (
        <Notice tone="accent" className="ticket__notice" title="未到场">
          <Text>{`本次预约未按时入馆，已计为一次未到场。${NO_SHOW_WINDOW_DAYS}天内累计${NO_SHOW_LIMIT}次将暂停预约${SUSPENSION_DAYS}天。`}</Text>
        </Notice>
      );
    case 'CHECKED_IN':
      return (
        <Notice className="ticket__notice" title="已入馆">
          <Text>{`已入馆 ${ticket.checkedInCount} 人${ticket.checkedInAt ? `，${formatDateTime(ticket.checkedInAt)}` : ''}。`}</Text>
        </Notice>
      );
    default:
      return null;
  }
}

/** One QR at a time: the whole booking (or a group's leader) first, then each visitor's own. */
function TicketCodes({ ticket }: { ticket: Ticket }) {
  const codes = [
    ...(ticket.ticketToken
      ? [
          {
            key: 'booking',
            label: ticket.kind === 'GROUP' ? '领队码' : `全部${ticket.partySize}人`,
            caption:
              ticket.kind === 'GROUP' ? '领队入馆码 · 全团凭此码入馆' : `整单入馆码 · ${ticket.partySize}人一起入馆`,
            value: ticket.ticketToken,
          },
        ]
      : []),
    ...ticket.visitors.flatMap((v) =>
      v.ticketToken
        ? [
            {
              key: v.id,
              label: v.fullName ?? v.name,
              caption: `${v.fullName ?? v.name} 个人入馆码`,
              value: v.ticketToken,
            },
          ]
        : [],
    ),
  ];
  const [chosen, setChosen] = useState<string | null>(null);
  if (codes.length === 0) return null;
  const code = codes.find((c) => c.key === chosen) ?? codes[0];
  return (
    <View className="ticket-codes" data-testid="ticket-codes">
      {codes.length > 1 ? (
        <View className="ticket-codes__switch">
          {codes.map((c) => (
            <Text
              key={c.key}
              className={cx('ticket-codes__chip', c.key === code.key && 'is-active')}
              data-testid="ticket-code-chip"
              onClick={() => setChosen(c.key)}
            >
              {c.label}
            </Text>
          ))}
        </View>
      ) : null}
      <TicketQr value={code.value} caption={code.caption} />
      <Text className="ticket-codes__hint">入馆时出示此码，工作人员扫码核验</Text>
    </View>
  );
}

function TicketActions({ ticket, onChange }: { ticket: Ticket; onChange: (ticket: Ticket) => void }) {
  const cancel = useMutation(CancelBookingDocument);
  const started = Date.now() >= Date.parse(ticket.slot.startAt);
  const cancellable =
    !started && (ticket.status === 'CONFIRMED' || (ticket.kind === 'GROUP' && ticket.status === 'PENDING_REVIEW'));
  const canEditRoster = ticket.kind === 'GROUP' && !started && ['PENDING_REVIEW', 'CONFIRMED'].includes(ticket.status);

  async function confirmCancel() {
    const late =
      ticket.kind === 'INDIVIDUAL' && ticket.cancelDeadline !== null && ticket.cancelDeadline !== undefined
        ? Date.now() > Date.parse(ticket.cancelDeadline)
        : false;
    const { confirm } = await Taro.showModal({
      title: late ? '将计为未到场' : '取消预约',
      content: late
        ? `已过免费取消时间（${formatDateTime(ticket.cancelDeadline ?? '')}），现在取消将计为一次未到场；${NO_SHOW_WINDOW_DAYS}天内累计${NO_SHOW_LIMIT}次将暂停预约${SUSPENSION_DAYS}天。仍要取消吗？`
        : '取消后名额将释放给其他观众，确定取消本次预约吗？',
      confirmText: '确认取消',
      cancelText: '再想想',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    const result = await cancel.run({ id: ticket.id });
    if (!result.ok) {
      void Taro.showModal({ title: '取消失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.cancelBooking;
    if (!isSuccessResult(payload)) {
      void Taro.showModal({ title: '无法取消', content: bookingErrorMessage(payload), showCancel: false });
      return;
    }
    writeCachedTicket(payload.data);
    onChange(payload.data);
    void Taro.showToast({ title: '已取消预约', icon: 'success' });
  }

  return (
    <View className="ticket__actions">
      {canEditRoster ? (
        <Button block variant="secondary" onClick={() => go(routes.groupRoster(ticket.id))}>
          修改团体名单
        </Button>
      ) : null}
      {cancellable ? (
        <Button
          block
          variant="danger"
          loading={cancel.pending}
          onClick={() => void confirmCancel()}
          className="ticket__cancel"
        >
          取消预约
        </Button>
      ) : null}
      {ticket.kind === 'INDIVIDUAL' && ticket.exhibition ? (
        <Button
          block
          variant="secondary"
          onClick={() => go(routes.exhibition(ticket.exhibition?.id ?? '', { again: ticket.id }))}
          className="ticket__again"
        >
          再次预约
        </Button>
      ) : null}
      <Button block variant="ghost" onClick={() => go(routes.myBookings())} className="ticket__mine">
        查看我的预约
      </Button>
    </View>
  );
}
