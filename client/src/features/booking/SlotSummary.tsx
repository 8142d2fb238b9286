// The head of the booking and group forms: which exhibition, where, which day and session.
import { Text, View } from '@tarojs/components';
import { weekdayLabel } from '@zz/shared/time/business-time';
import type { ReactNode } from 'react';
import type { BookingSlotQuery } from '../../graphql/generated/booking/operations';
import { formatDate } from '../../lib/format';
import { formatPlace, formatTimeRange } from '../exhibitions/booking-rules';

export type BookableSlot = NonNullable<BookingSlotQuery['slot']>;

export function SlotSummary({ slot, children }: { slot: BookableSlot; children?: ReactNode }) {
  const exhibition = slot.exhibition;
  return (
    <View className="slot-summary" data-testid="slot-summary">
      <Text className="slot-summary__title">{exhibition?.title ?? '展览'}</Text>
      <Text className="slot-summary__when">
        {`${formatDate(slot.visitDate)} ${weekdayLabel(slot.visitDate)} · ${formatTimeRange(slot.startAt, slot.endAt)}`}
      </Text>
      {exhibition ? (
        <Text className="slot-summary__where">{formatPlace(exhibition.branch.name, exhibition.venue)}</Text>
      ) : null}
      {children}
    </View>
  );
}
