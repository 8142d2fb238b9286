// 工作日历: the city's working days a month at a time, as the 查档 targets count them — weekends, holidays (节假日)
// and make-up working days (调休上班) from workingCalendar, in business dates (Asia/Shanghai). The administrator
// taps a day to mark or clear it; other staff read it.
import { Text, View } from '@tarojs/components';
import { CALENDAR_DAY_KIND_LABELS, type CalendarDayKind } from '@zz/shared/lookup/vocabularies';
import { isoWeekday } from '@zz/shared/time/business-time';
import { addMonths, type BusinessMonth, datesOfMonth, monthOf } from '@zz/shared/time/months';
import { holidayCalendarOf, isWorkingDay } from '@zz/shared/time/working-days';
import { useState } from 'react';
import { Cell, CellGroup } from '../../../components/Cell';
import { DataState, FailureState } from '../../../components/DataState';
import { Section } from '../../../components/Section';
import { Tag, type TagTone } from '../../../components/Tag';
import { useQuery } from '../../../graphql/use-query';
import { cx } from '../../../lib/cx';
import { formatShortDate, todayDate } from '../../../lib/format';
import { type StaffCalendarDayFieldsFragment, StaffWorkingCalendarDocument } from '../graphql';
import { WEEKDAY_NAMES } from '../labels';
import { useStaffRefresh } from '../use-staff-refresh';
import { CalendarDayDialog } from './CalendarDayDialog';
import '../staff.css';
import './lookup-admin.css';

/** The mark a wall calendar prints on the day, and the tag colour of each kind. */
const KIND_MARKS: Record<CalendarDayKind, string> = { HOLIDAY: '休', WORKDAY: '班' };
const KIND_TONES: Record<CalendarDayKind, TagTone> = { HOLIDAY: 'accent', WORKDAY: 'primary' };

/** How a day counts: a marked day by its kind, otherwise by the weekly rule. */
type DayType = CalendarDayKind | 'WEEKEND' | 'REGULAR';

const formatMonth = (month: BusinessMonth) => {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
};

export function WorkingCalendar({ editable }: { editable: boolean }) {
  const today = todayDate();
  const [month, setMonth] = useState(monthOf(today));
  const dates = datesOfMonth(month);
  const query = useQuery(StaffWorkingCalendarDocument, { from: dates[0], to: dates[dates.length - 1] });
  useStaffRefresh(query.refetch);
  const [editing, setEditing] = useState<{ date: string; marked: StaffCalendarDayFieldsFragment | null } | null>(null);

  return (
    <View className="lookup-admin working-calendar" data-testid="working-calendar" data-month={month}>
      <View className="staff-stepbar">
        <View className="staff-stepbar__step working-calendar__prev" onClick={() => setMonth(addMonths(month, -1))}>
          <Text>‹</Text>
        </View>
        <Text className="working-calendar__month" data-testid="working-calendar-month">
          {formatMonth(month)}
        </Text>
        <View className="staff-stepbar__step working-calendar__next" onClick={() => setMonth(addMonths(month, 1))}>
          <Text>›</Text>
        </View>
      </View>
      {month !== monthOf(today) ? (
        <Text className="staff-stepbar__back working-calendar__today" onClick={() => setMonth(monthOf(today))}>
          回到本月
        </Text>
      ) : null}
      <Text className="staff-hint">
        {editable
          ? '点按日期，设为法定节假日或调休上班，或恢复为常规安排。查档办理时限按此计算工作日。'
          : '工作日历由管理员维护，查档办理时限按此计算工作日。'}
      </Text>

      <DataState state={query.state} onRetry={query.refetch}>
        {(data) => {
          const answer = data.workingCalendar;
          if (answer.__typename === 'InputValidationError') {
            return <FailureState message={answer.fieldErrors[0]?.message ?? answer.message} onRetry={query.refetch} />;
          }
          const marked = new Map(answer.data.map((day) => [day.date, day]));
          const choose = editable
            ? (date: string) => setEditing({ date, marked: marked.get(date) ?? null })
            : undefined;
          return (
            <>
              <View className="working-calendar__card">
                <MonthGrid dates={dates} days={answer.data} today={today} onChoose={choose} />
                <Legend />
              </View>
              <Section title="本月节假日与调休">
                {answer.data.length === 0 ? (
                  <Text className="staff-hint" data-testid="working-calendar-none">
                    本月没有节假日或调休安排，周一至周五为工作日。
                  </Text>
                ) : (
                  <CellGroup className="working-calendar__list">
                    {answer.data.map((day) => (
                      <Cell
                        key={day.date}
                        className="working-calendar__entry"
                        label={formatShortDate(day.date)}
                        hint={day.note ?? undefined}
                        value={<Tag tone={KIND_TONES[day.kind]}>{CALENDAR_DAY_KIND_LABELS[day.kind]}</Tag>}
                        onClick={choose ? () => choose(day.date) : undefined}
                      />
                    ))}
                  </CellGroup>
                )}
              </Section>
            </>
          );
        }}
      </DataState>

      {editing ? (
        <CalendarDayDialog
          date={editing.date}
          marked={editing.marked}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void query.refetch();
          }}
        />
      ) : null}
    </View>
  );
}

function MonthGrid(props: {
  dates: readonly string[];
  days: readonly StaffCalendarDayFieldsFragment[];
  today: string;
  onChoose?: (date: string) => void;
}) {
  const calendar = holidayCalendarOf(props.days);
  const kinds = new Map(props.days.map((day) => [day.date, day.kind]));
  // Weeks start on Monday; the first row is indented to the first day's weekday.
  const blanks = isoWeekday(props.dates[0]) - 1;
  return (
    <View className="working-calendar__grid" data-testid="working-calendar-grid">
      {WEEKDAY_NAMES.map((name) => (
        <Text key={name} className="working-calendar__weekday">
          {name.slice(1)}
        </Text>
      ))}
      {WEEKDAY_NAMES.slice(0, blanks).map((name) => (
        <View key={`before-${name}`} className="working-calendar__blank" />
      ))}
      {props.dates.map((date) => {
        const kind = kinds.get(date);
        const type: DayType = kind ?? (isoWeekday(date) > 5 ? 'WEEKEND' : 'REGULAR');
        return (
          <View
            key={date}
            className={cx(
              'working-calendar__day',
              `working-calendar__day--${type.toLowerCase()}`,
              date === props.today && 'working-calendar__day--today',
              props.onChoose && 'working-calendar__day--editable',
            )}
            hoverClass={props.onChoose ? 'working-calendar__day--pressed' : 'none'}
            data-testid="working-calendar-day"
            data-date={date}
            data-type={type}
            data-working={isWorkingDay(date, calendar) ? 'true' : 'false'}
            onClick={props.onChoose ? () => props.onChoose?.(date) : undefined}
          >
            <Text className="working-calendar__number">{Number(date.slice(8))}</Text>
            {kind ? <Text className="working-calendar__mark">{KIND_MARKS[kind]}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}

function Legend() {
  return (
    <View className="working-calendar__legend">
      <LegendItem type="REGULAR" label="工作日" />
      <LegendItem type="WEEKEND" label="周末" />
      <LegendItem type="HOLIDAY" label={CALENDAR_DAY_KIND_LABELS.HOLIDAY} mark={KIND_MARKS.HOLIDAY} />
      <LegendItem type="WORKDAY" label={CALENDAR_DAY_KIND_LABELS.WORKDAY} mark={KIND_MARKS.WORKDAY} />
    </View>
  );
}

function LegendItem({ type, label, mark }: { type: DayType; label: string; mark?: string }) {
  return (
    <View className="working-calendar__legend-item">
      <Text className={cx('working-calendar__swatch', `working-calendar__day--${type.toLowerCase()}`)}>
        {mark ?? ''}
      </Text>
      <Text className="working-calendar__legend-label">{label}</Text>
    </View>
  );
}
