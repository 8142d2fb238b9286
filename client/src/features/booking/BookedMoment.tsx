// 预约成功: the moment after booking, at the top of the ticket. When and where in one glance (date, time, the
// archive, the hall, the address and the entrance), 添加到日历, and the reminders WeChat may send.
import { Text, View } from '@tarojs/components';
import { weekdayLabel } from '@zz/shared/time/business-time';
import { a11y } from '../../components/a11y';
import type { TicketFieldsFragment } from '../../graphql/generated/booking/operations';
import { formatDate } from '../../lib/format';
import { formatPlace, formatTimeRange } from '../exhibitions/booking-rules';
import { ReminderSettings } from '../notifications/ReminderSettings';
import { AddToCalendar } from './AddToCalendar';

export function BookedMoment({ ticket }: { ticket: TicketFieldsFragment }) {
  const exhibition = ticket.exhibition;
  const venue = exhibition?.venueDetails;
  const place = exhibition ? formatPlace(exhibition.branch.name, exhibition.venue) : '';
  const when = `${formatDate(ticket.visitDate)} ${weekdayLabel(ticket.visitDate)} ${formatTimeRange(
    ticket.slot.startAt,
    ticket.slot.endAt,
  )}`;
  const people = ticket.visitors.filter((v) => v.status !== 'CANCELLED').map((v) => v.fullName ?? v.name);
  return (
    <View className="booked" data-testid="booked-moment">
      <Text className="booked__title" {...a11y({ role: 'heading', level: 1 })}>
        预约成功
      </Text>
      <View className="booked__facts">
        <Text className="booked__line" data-testid="booked-when">
          {when}
        </Text>
        {place ? (
          <Text className="booked__line" data-testid="booked-place">
            {place}
          </Text>
        ) : null}
        {venue ? <Text className="booked__line booked__line--muted">{venue.address}</Text> : null}
        {venue?.entrance ? <Text className="booked__line booked__line--muted">{`入口：${venue.entrance}`}</Text> : null}
        <Text className="booked__line booked__line--muted">{`参观人：${people.join('、')}`}</Text>
      </View>
      <AddToCalendar
        fileName={`参观预约-${ticket.reference}.ics`}
        event={{
          uid: `booking-${ticket.id}@zz-archive`,
          title: `参观：${exhibition?.title ?? '展览'}`,
          startAt: Date.parse(ticket.slot.startAt),
          endAt: Date.parse(ticket.slot.endAt),
          location: [place, venue?.address].filter(Boolean).join(' '),
          description: `预约号 ${ticket.reference}；参观人 ${people.join('、')}。入馆时出示「我的预约」中的电子票。`,
        }}
      />
      <ReminderSettings where="ticket" />
    </View>
  );
}
