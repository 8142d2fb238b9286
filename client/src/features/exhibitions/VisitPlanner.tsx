// 预约参观 on an onsite exhibition: the next 14 days as a strip (余量 / 约满 / 闭馆 / 未放票), the chosen
// day's sessions with 预约, 加入候补 and 团体预约, and the booking rules in plain words.
// Lives in the main package with the detail page, so it stays small: the forms are in the booking subpackage.
import { Text, View } from '@tarojs/components';
import { DAY_AVAILABILITY_LABELS } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import {
  ExhibitionSlotsDocument,
  type ExhibitionSlotsQuery,
  ExhibitionVisitDocument,
  type ExhibitionVisitQuery,
} from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { formatShortDate } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { bookingRules, formatMonthDayTime, formatTimeRange } from './booking-rules';
import { DayStrip, defaultDay } from './DayStrip';

const CALENDAR_DAYS = 14;

type Visit = NonNullable<ExhibitionVisitQuery['exhibition']>;
type Day = Visit['calendar'][number];
type Slot = NonNullable<ExhibitionSlotsQuery['exhibition']>['slots'][number];

export function VisitPlanner({ exhibitionId }: { exhibitionId: string }) {
  const visit = useQuery(ExhibitionVisitDocument, { id: exhibitionId, days: CALENDAR_DAYS });
  // Coming back from a booking, the places have changed.
  useOnReturn(() => void visit.refetch());

  return (
    <Section title="预约参观" className="visit-planner">
      <DataState
        state={visit.state}
        onRetry={visit.refetch}
        loadingText="正在加载预约日历…"
        isEmpty={(data) => !data.exhibition || data.exhibition.calendar.length === 0}
        emptyText="暂无可预约的日期"
      >
        {(data) => (data.exhibition ? <Planner visit={data.exhibition} /> : null)}
      </DataState>
    </Section>
  );
}

function Planner({ visit }: { visit: Visit }) {
  const days = visit.calendar;
  const [chosen, setChosen] = useState<string | null>(null);
  const day = days.find((d) => d.date === chosen) ?? defaultDay(days);

  if (!visit.bookingPolicy.bookingEnabled) {
    return (
      <Notice title="暂未开放线上预约" className="visit-planner__disabled">
        <Text>本展览暂不接受线上预约，请按开放时间到馆参观，或致电咨询。</Text>
      </Notice>
    );
  }
  if (days.every((d) => d.availability === 'CLOSED')) {
    return (
      <View className="visit-planner__body">
        <Notice title="近两周暂无可预约场次" className="visit-planner__none">
          <Text>
            {visit.phase === 'UPCOMING'
              ? '展览尚未开幕，开放预约后可在此选择日期和场次。'
              : '近两周没有开放预约的场次，请稍后再来看看，或致电咨询。'}
          </Text>
        </Notice>
        <Rules visit={visit} />
      </View>
    );
  }
  return (
    <View className="visit-planner__body">
      <DayStrip days={days} selected={day.date} onChoose={setChosen} />
      <DayPanel exhibitionId={visit.id} day={day} closeMinutes={visit.bookingPolicy.closeMinutesBeforeStart} />
      <Rules visit={visit} />
    </View>
  );
}

function Rules({ visit }: { visit: Visit }) {
  return (
    <View className="visit-rules" data-testid="visit-rules">
      <Text className="visit-rules__title">预约须知</Text>
      {bookingRules(visit.bookingPolicy).map((rule) => (
        <Text key={rule} className="visit-rules__item">
          {rule}
        </Text>
      ))}
    </View>
  );
}

function DayPanel({ exhibitionId, day, closeMinutes }: { exhibitionId: string; day: Day; closeMinutes: number }) {
  if (day.availability === 'CLOSED') {
    // The weekly closing day comes as '闭馆日'; a closure by staff carries its reason; no reason means no sessions.
    const reason =
      day.closedReason === '闭馆日'
        ? '闭馆日，当天不开放参观。'
        : day.closedReason
          ? `${day.closedReason}，当天不开放参观。`
          : '当天没有可预约的场次，请选择其他日期。';
    return (
      <Notice className="visit-day-panel" title={`${formatShortDate(day.date)} 闭馆`}>
        <Text>{reason}</Text>
      </Notice>
    );
  }
  if (day.availability === 'NOT_OPEN_YET') {
    return (
      <Notice className="visit-day-panel" tone="warning" title={`${formatShortDate(day.date)} 尚未放票`}>
        <Text>{`将于 ${formatMonthDayTime(day.releaseAt)} 开放预约，请届时再来。`}</Text>
      </Notice>
    );
  }
  return <SlotList exhibitionId={exhibitionId} date={day.date} closeMinutes={closeMinutes} />;
}

function SlotList({ exhibitionId, date, closeMinutes }: { exhibitionId: string; date: string; closeMinutes: number }) {
  const slots = useQuery(ExhibitionSlotsDocument, { id: exhibitionId, date });
  useOnReturn(() => void slots.refetch());
  return (
    <View className="visit-slots" data-testid="visit-slots" data-date={date}>
      <Text className="visit-slots__title">{`${formatShortDate(date)} 可选场次`}</Text>
      <DataState
        state={slots.state}
        onRetry={slots.refetch}
        loadingText="正在加载场次…"
        isEmpty={(data) => !data.exhibition || data.exhibition.slots.length === 0}
        emptyText="当天没有可预约的场次"
      >
        {(data) => (
          <View className="visit-slots__list">
            {(data.exhibition?.slots ?? []).map((slot) => (
              <SlotRow key={slot.id} slot={slot} closeMinutes={closeMinutes} />
            ))}
          </View>
        )}
      </DataState>
    </View>
  );
}

type SlotState = 'open' | 'full' | 'closed' | 'over';

function slotState(slot: Slot, closeMinutes: number): SlotState {
  if (slot.status === 'CLOSED') return 'closed';
  // The server decides in the end; this only avoids offering a session that has already stopped taking bookings.
  if (Date.now() >= Date.parse(slot.startAt) - closeMinutes * 60_000) return 'over';
  return slot.remaining > 0 ? 'open' : 'full';
}

function SlotRow({ slot, closeMinutes }: { slot: Slot; closeMinutes: number }) {
  const state = slotState(slot, closeMinutes);
  const bookable = state === 'open' || state === 'full';
  const status = {
    open: `余 ${slot.remaining}`,
    full: DAY_AVAILABILITY_LABELS.FULL,
    closed: slot.closedReason ? `已关闭：${slot.closedReason}` : '已关闭',
    over: '已停止预约',
  }[state];
  return (
    <View
      className={cx('visit-slot', `visit-slot--${state}`)}
      data-testid="visit-slot"
      data-slot-id={slot.id}
      data-state={state}
      hoverClass={bookable ? 'visit-slot--pressed' : 'none'}
      // The whole row is the tap target; the button only shows what the tap does.
      onClick={bookable ? () => go(routes.bookingForm(slot.id, { waitlist: state === 'full' })) : undefined}
    >
      <View className="visit-slot__info">
        <Text className="visit-slot__time">{formatTimeRange(slot.startAt, slot.endAt)}</Text>
        <Text className="visit-slot__remaining">{status}</Text>
      </View>
      <View className="visit-slot__actions">
        {bookable ? (
          <Button size="sm" variant={state === 'open' ? 'primary' : 'secondary'} className="visit-slot__book">
            {state === 'open' ? '预约' : '加入候补'}
          </Button>
        ) : null}
        {bookable && slot.groupRemaining > 0 ? (
          <Text
            className="visit-slot__group"
            data-testid="visit-slot-group"
            onClick={(event) => {
              // The row itself books for individuals; this link is for groups only.
              event.stopPropagation();
              go(routes.groupVisit(slot.id));
            }}
          >
            {`团体预约 · 余${slot.groupRemaining}`}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
