// The large result at the door: green with the number admitted, or red with the reason.

import { Text, View } from '@tarojs/components';
import { BOOKING_KIND_LABELS, VISITOR_STATUS_LABELS } from '@zz/shared/visits/statuses';
import { Button } from '../../../components/Button';
import { Tag } from '../../../components/Tag';
import { cx } from '../../../lib/cx';
import { clockOf } from '../format';
import { VISITOR_STATUS_TONES } from '../labels';
import { OverrideForm } from './OverrideForm';
import type { CheckInOutcome } from './outcome';
import './checkin.css';

/** A group's roster is too long to read at the door; its counts say enough. */
const MAX_NAMES = 6;

export interface OutcomePanelProps {
  outcome: CheckInOutcome;
  onDismiss: () => void;
  /** 特殊放行 of a refusal by the entry window, for managers only; answers the reason's error, or null. */
  onOverride?: ((reason: string) => Promise<string | null>) | null;
}

export function OutcomePanel({ outcome, onDismiss, onOverride }: OutcomePanelProps) {
  if (outcome.kind === 'refused') {
    return (
      <View className="checkin-outcome checkin-outcome--refused" data-testid="checkin-refused">
        <Text className="checkin-outcome__mark">✕</Text>
        <Text className="checkin-outcome__verdict">不予入馆</Text>
        <Text className="checkin-outcome__title" data-testid="checkin-refused-reason">
          {outcome.title}
        </Text>
        {outcome.who ? (
          <Text className="checkin-outcome__who" data-testid="checkin-refused-who">
            {outcome.who}
          </Text>
        ) : null}
        <Text className="checkin-outcome__detail">{outcome.detail}</Text>
        {outcome.overridable && onOverride ? <OverrideForm onConfirm={onOverride} /> : null}
        <Button variant="secondary" block className="checkin-outcome__dismiss" onClick={onDismiss}>
          知道了
        </Button>
      </View>
    );
  }
  if (outcome.kind === 'queued') {
    return (
      <View className="checkin-outcome checkin-outcome--queued" data-testid="checkin-queued">
        <Text className="checkin-outcome__mark">…</Text>
        <Text className="checkin-outcome__verdict">网络已断开，已暂存</Text>
        <Text className="checkin-outcome__detail">
          本机暂存 {outcome.waiting} 条扫码，网络恢复后自动提交，以扫码时间为准。请先核对证件放行，结果稍后在下方列出。
        </Text>
        <Button variant="secondary" block className="checkin-outcome__dismiss" onClick={onDismiss}>
          继续核验
        </Button>
      </View>
    );
  }
  const { result } = outcome;
  const { booking } = result;
  return (
    <View className="checkin-outcome checkin-outcome--admitted" data-testid="checkin-admitted">
      <Text className="checkin-outcome__mark">✓</Text>
      <Text className="checkin-outcome__verdict">准予入馆</Text>
      <Text className="checkin-outcome__count" data-testid="checkin-admitted-count">
        {result.admitted} 人
      </Text>
      {result.revealed.length > 0 ? (
        <View className="checkin-outcome__revealed" data-testid="checkin-revealed">
          <Text className="checkin-outcome__hint">请核对身份证件</Text>
          {result.revealed.map((person) => (
            <View key={person.visitorId} className="checkin-outcome__person">
              <Text className="checkin-outcome__fullname" data-testid="checkin-revealed-name">
                {person.name}
              </Text>
              <Text className="checkin-outcome__tail">证件尾号 {person.documentTail}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text className="checkin-outcome__line">{booking.exhibition?.title ?? ''}</Text>
      <Text className="checkin-outcome__line">
        场次 {clockOf(result.slotStartAt)}–{clockOf(booking.slot.endAt)} · {BOOKING_KIND_LABELS[booking.kind]}
        {booking.organization ? ` · ${booking.organization}` : ''}
      </Text>
      {booking.visitors.length <= MAX_NAMES ? (
        <View className="checkin-outcome__visitors">
          {booking.visitors.map((visitor) => (
            <View key={visitor.id} className="checkin-outcome__visitor">
              <Text className="checkin-outcome__name">{visitor.name}</Text>
              {visitor.isMinor ? <Tag tone="warning">未成年</Tag> : null}
              <Tag tone={VISITOR_STATUS_TONES[visitor.status]}>{VISITOR_STATUS_LABELS[visitor.status]}</Tag>
            </View>
          ))}
        </View>
      ) : null}
      <Text className={cx('checkin-outcome__line', 'checkin-outcome__progress')}>
        本预约已入馆 {booking.checkedInCount} / {booking.partySize} 人 · 预约号 {booking.reference}
      </Text>
      <Button variant="secondary" block className="checkin-outcome__dismiss" onClick={onDismiss}>
        继续核验
      </Button>
    </View>
  );
}
