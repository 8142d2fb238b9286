// A horizontal strip of days from today, each with what is left (余量 n / 约满 / 闭馆 / 未放票 and when it opens /
// 未开展 / 已结束):
// the exhibition calendar's, and the reading room's in the lookup subpackage. The caller holds the choice.
import { ScrollView, Text, View } from '@tarojs/components';
import { weekdayLabel } from '@zz/shared/time/business-time';
import { DAY_AVAILABILITY_LABELS, type DayAvailability } from '@zz/shared/visits/statuses';
import { cx } from '../../lib/cx';
import { formatMonthDayTime } from './booking-rules';
import './exhibitions.css';
import { a11y } from '../../components/a11y';

/** What the strip needs of a calendar day (CalendarDay in the schema). */
export interface StripDay {
  date: string;
  availability: DayAvailability;
  remaining: number;
  releaseAt: string;
}

/** A day whose sessions take bookings now (with places, or full with a waiting list). */
export const isBookableDay = (day: StripDay) => day.availability === 'AVAILABLE' || day.availability === 'FULL';

/** The first day with places, else a full one, else the first to be released, else the first day. */
export function defaultDay<D extends StripDay>(days: readonly D[]): D {
  return (
    days.find((d) => d.availability === 'AVAILABLE') ??
    days.find(isBookableDay) ??
    days.find((d) => d.availability === 'NOT_OPEN_YET') ??
    days[0]
  );
}

export function DayStrip(props: { days: readonly StripDay[]; selected: string; onChoose: (date: string) => void }) {
  return (
    <ScrollView scrollX className="visit-days" data-testid="visit-days">
      {props.days.map((d, index) => (
        <DayCell key={d.date} day={d} index={index} selected={d.date === props.selected} onChoose={props.onChoose} />
      ))}
    </ScrollView>
  );
}

/** The calendar starts today, so its first two days are named rather than given a weekday. */
const RELATIVE_DAY = ['今天', '明天'];

function DayCell(props: { day: StripDay; index: number; selected: boolean; onChoose: (date: string) => void }) {
  const { day, index } = props;
  const [, month, date] = day.date.split('-').map(Number);
  const status =
    day.availability === 'AVAILABLE'
      ? `${DAY_AVAILABILITY_LABELS.AVAILABLE} ${day.remaining}`
      : DAY_AVAILABILITY_LABELS[day.availability];
  return (
    <View
      className={cx(
        'visit-day',
        `visit-day--${day.availability.toLowerCase().replace(/_/g, '-')}`,
        props.selected && 'is-selected',
      )}
      data-testid="visit-day"
      data-date={day.date}
      data-availability={day.availability}
      onClick={() => props.onChoose(day.date)}
      {...a11y({ role: 'button', onActivate: () => props.onChoose(day.date) })}
    >
      <Text className="visit-day__weekday">{RELATIVE_DAY[index] ?? weekdayLabel(day.date)}</Text>
      <Text className="visit-day__date">{`${month}/${date}`}</Text>
      <Text className="visit-day__status">{status}</Text>
      {day.availability === 'NOT_OPEN_YET' ? (
        <Text className="visit-day__release">{formatMonthDayTime(day.releaseAt)}</Text>
      ) : null}
    </View>
  );
}
