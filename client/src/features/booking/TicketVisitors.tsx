// The ticket's 参观人: each visitor by full name for their own account (the document number stays masked), their
// state, and 取消此人 while the visit may still be cancelled, with a confirm dialog that says what it costs.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import { NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS } from '@zz/shared/visits/limits';
import { VISITOR_STATUS_LABELS } from '@zz/shared/visits/statuses';
import { a11y } from '../../components/a11y';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import { CancelBookingVisitorDocument, type TicketFieldsFragment } from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { formatDateTime } from '../../lib/format';
import { bookingErrorMessage } from './messages';
import { writeCachedTicket } from './ticket-cache';

type Ticket = TicketFieldsFragment;
type TicketVisitor = Ticket['visitors'][number];

/** Whether one person of this ticket may be cancelled now: an individual visit still standing, before it starts. */
function visitorsCancellable(ticket: Ticket, offline: boolean): boolean {
  return (
    !offline &&
    ticket.kind === 'INDIVIDUAL' &&
    ticket.status === 'CONFIRMED' &&
    Date.now() < Date.parse(ticket.slot.startAt)
  );
}

export function TicketVisitors({
  ticket,
  onChange,
  offline,
}: {
  ticket: Ticket;
  onChange: (ticket: Ticket) => void;
  offline: boolean;
}) {
  const cancel = useMutation(CancelBookingVisitorDocument);
  const canCancel = visitorsCancellable(ticket, offline);
  const standing = ticket.visitors.filter((v) => v.status === 'CONFIRMED');

  async function cancelOne(visitor: TicketVisitor) {
    const name = visitor.fullName ?? visitor.name;
    const late = ticket.cancelDeadline ? Date.now() > Date.parse(ticket.cancelDeadline) : false;
    const last = standing.length === 1;
    const { confirm } = await Taro.showModal({
      title: `取消${name}的预约`,
      content: [
        last
          ? `${name}是本单最后一位参观人，取消后整单预约将取消。`
          : `取消后${name}的名额将释放，其他参观人的预约不受影响。`,
        late
          ? `已过免费取消时间（${formatDateTime(ticket.cancelDeadline ?? '')}），将计为一次未到场；${NO_SHOW_WINDOW_DAYS}天内累计${NO_SHOW_LIMIT}次将暂停预约${SUSPENSION_DAYS}天。`
          : '',
      ].join(''),
      confirmText: '确认取消',
      cancelText: '再想想',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    const result = await cancel.run({ bookingId: ticket.id, visitorId: visitor.id });
    if (!result.ok) {
      void Taro.showModal({ title: '取消失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.cancelBookingVisitor;
    if (!isSuccessResult(payload)) {
      void Taro.showModal({ title: '无法取消', content: bookingErrorMessage(payload), showCancel: false });
      return;
    }
    writeCachedTicket(payload.data);
    onChange(payload.data);
    void Taro.showToast({ title: last ? '已取消预约' : `已取消${name}`, icon: 'success' });
  }

  return (
    <Section title={ticket.kind === 'GROUP' ? '团体名单' : '参观人'}>
      <View className="ticket__visitors zz-cell-group">
        {ticket.visitors.map((v) => {
          const name = v.fullName ?? v.name;
          return (
            <View key={v.id} className="ticket-visitor" data-testid="ticket-visitor" data-status={v.status}>
              <View className="ticket-visitor__main">
                <Text className="ticket-visitor__name" data-testid="ticket-visitor-name">
                  {name}
                </Text>
                <Text className="ticket-visitor__document">{`${DOCUMENT_TYPE_LABELS[v.documentType]} ${v.documentNumber}`}</Text>
              </View>
              {v.status !== 'CONFIRMED' ? (
                <Tag tone={v.status === 'CHECKED_IN' ? 'primary' : 'muted'}>{VISITOR_STATUS_LABELS[v.status]}</Tag>
              ) : v.isMinor ? (
                <Tag tone="muted">未成年</Tag>
              ) : null}
              {canCancel && v.status === 'CONFIRMED' ? (
                <View
                  className="ticket-visitor__cancel"
                  hoverClass="ticket-visitor__cancel--pressed"
                  {...a11y({
                    role: 'button',
                    label: `取消${name}的预约`,
                    disabled: cancel.pending,
                    onActivate: () => void cancelOne(v),
                  })}
                  data-testid="cancel-visitor"
                  onClick={cancel.pending ? undefined : () => void cancelOne(v)}
                >
                  <Text>取消此人</Text>
                </View>
              ) : null}
            </View>
          );
        })}
      </View>
    </Section>
  );
}
