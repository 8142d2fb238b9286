// 预约参观 on an onsite exhibition: the next 14 days as a strip (余量 / 约满 / 闭馆 / 未放票 / 未开展 / 已结束),
// the chosen day's sessions with 预约 or 加入候补 and, on a row of its own, 团体预约; the booking rules in plain words;
// and a bar fixed at the bottom of the page (立即预约, the next day with places) that brings the strip into view.
// Lives in the main package with the detail page, so it stays small: the forms are in the booking subpackage.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BOOKING_GLANCE_DAYS, bookingGlanceOf } from '@zz/shared/visits/day-availability';
import { DAY_AVAILABILITY_LABELS } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { a11y } from '../../components/a11y';
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
import { type Glance, glanceBarText } from './booking-glance';
import { bookingRules, formatMonthDayTime, formatTimeRange } from './booking-rules';
import { DayStrip, defaultDay, isBookableDay } from './DayStrip';

/** The strip shows the days the cards' glance looks at, so the bar's day is always in it. */
const CALENDAR_DAYS = BOOKING_GLANCE_DAYS;
/** The bar scrolls the page to this element (Taro.pageScrollTo finds it on weapp and H5 alike). */
const STRIP_ID = 'visit-day-strip';

type Visit = NonNullable<ExhibitionVisitQuery['exhibition']>;
type Day = Visit['calendar'][number];
type Slot = NonNullable<ExhibitionSlotsQuery['exhibition']>['slots'][number];

/** `again`: 再次预约's booking id, handed on to the booking form of the slot chosen. */
export function VisitPlanner({ exhibitionId, again }: { exhibitionId: string; again?: string }) {
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
        {(data) => (data.exhibition ? <Planner visit={data.exhibition} again={again} /> : null)}
      </DataState>
    </Section>
  );
}

function Planner({ visit, again }: { visit: Visit; again?: string }) {
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
  if (!days.some((d) => isBookableDay(d) || d.availability === 'NOT_OPEN_YET')) {
    const glance = bookingGlanceOf(days, visit);
    return (
      <View className="visit-planner__body">
        <Notice
          title={glance.state === 'NOT_STARTED' ? glanceBarText(glance).title : '近两周暂无可预约场次'}
          className="visit-planner__none"
        >
          <Text>
            {glance.state === 'NOT_STARTED'
              ? '展览尚未开幕，开放预约后可在此选择日期和场次。'
              : '近两周没有开放预约的场次，请稍后再来看看，或致电咨询。'}
          </Text>
        </Notice>
        <Rules visit={visit} />
      </View>
    );
  }
  const showDay = (date: string) => {
    setChosen(date);
    void Taro.pageScrollTo({ selector: `#${STRIP_ID}`, duration: 200 })?.catch(() => undefined);
  };
  return (
    <View className="visit-planner__body">
      <View id={STRIP_ID}>
        <DayStrip days={days} selected={day.date} onChoose={setChosen} />
      </View>
      <DayPanel visit={visit} day={day} again={again} />
      <Rules visit={visit} />
      <BookingBar glance={bookingGlanceOf(days, visit)} onShow={showDay} />
    </View>
  );
}

/**
 * The bar fixed at the bottom: the next day with places (立即预约), or when a full or unreleased day opens. Its
 * tap chooses that day and scrolls the strip into view; a spacer as tall as the bar keeps it off the content.
 */
function BookingBar({ glance, onShow }: { glance: Glance; onShow: (date: string) => void }) {
  const { date } = glance;
  if (!date || !['AVAILABLE', 'FULL', 'NOT_OPEN_YET'].includes(glance.state)) return null;
  const text = glanceBarText(glance);
  const action = { AVAILABLE: '立即预约', FULL: '候补预约' }[glance.state as string] ?? '查看日期';
  return (
    <>
      <View className="booking-bar__spacer" />
      <View className="booking-bar" data-testid="booking-bar" data-state={glance.state} data-date={date}>
        <View className="booking-bar__text">
          <Text className="booking-bar__title">{text.title}</Text>
          {text.detail ? <Text className="booking-bar__detail">{text.detail}</Text> : null}
        </View>
        <View
          className={cx('booking-bar__action', glance.state !== 'AVAILABLE' && 'booking-bar__action--quiet')}
          hoverClass="booking-bar__action--pressed"
          data-testid="booking-bar-action"
          {...a11y({ role: 'button', label: `${action}：${text.title}`, onActivate: () => onShow(date) })}
          onClick={() => onShow(date)}
        >
          <Text>{action}</Text>
        </View>
      </View>
    </>
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

function DayPanel({ visit, day, again }: { visit: Visit; day: Day; again?: string }) {
  const closeMinutes = visit.bookingPolicy.closeMinutesBeforeStart;
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
  if (day.availability === 'NOT_STARTED') {
    return (
      <Notice
        className="visit-day-panel"
        title={glanceBarText({ ...NO_GLANCE, state: 'NOT_STARTED', date: visit.opensOn }).title}
      >
        <Text>{`${formatShortDate(day.date)} 展览尚未开幕，请选择开展后的日期。`}</Text>
      </Notice>
    );
  }
  if (day.availability === 'ENDED') {
    const runOver = visit.closesOn !== null && visit.closesOn !== undefined && day.date > visit.closesOn;
    return (
      <Notice className="visit-day-panel" title={runOver ? '展览已结束' : '今日场次已结束'}>
        <Text>
          {runOver
            ? `本展览已于 ${formatShortDate(visit.closesOn ?? '')} 闭幕。`
            : '今天的场次已停止预约，请选择其他日期。'}
        </Text>
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
  return <SlotList exhibitionId={visit.id} date={day.date} closeMinutes={closeMinutes} again={again} />;
}

const NO_GLANCE: Glance = { state: 'NONE', date: null, remaining: 0, releaseAt: null };

function SlotList(props: { exhibitionId: string; date: string; closeMinutes: number; again?: string }) {
  const { exhibitionId, date, closeMinutes, again } = props;
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
              <SlotRow key={slot.id} slot={slot} closeMinutes={closeMinutes} again={again} />
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

function SlotRow({ slot, closeMinutes, again }: { slot: Slot; closeMinutes: number; again?: string }) {
  const state = slotState(slot, closeMinutes);
  const bookable = state === 'open' || state === 'full';
  const status = {
    open: `余 ${slot.remaining}`,
    full: DAY_AVAILABILITY_LABELS.FULL,
    closed: slot.closedReason ? `已关闭：${slot.closedReason}` : '已关闭',
    over: '已停止预约',
  }[state];
  const action = state === 'open' ? '预约' : '加入候补';
  const book = () => go(routes.bookingForm(slot.id, { waitlist: state === 'full', again: again || undefined }));
  const bookAsGroup = () => go(routes.groupVisit(slot.id));
  return (
    <View className="visit-slot-item">
      <View
        className={cx('visit-slot', `visit-slot--${state}`)}
        data-testid="visit-slot"
        data-slot-id={slot.id}
        data-state={state}
        hoverClass={bookable ? 'visit-slot--pressed' : 'none'}
        {...(bookable
          ? a11y({
              role: 'button',
              label: `${action} ${formatTimeRange(slot.startAt, slot.endAt)}，${status}`,
              onActivate: book,
            })
          : {})}
        // The whole row is the tap target; the button only shows what the tap does.
        onClick={bookable ? book : undefined}
      >
        <View className="visit-slot__info">
          <Text className="visit-slot__time">{formatTimeRange(slot.startAt, slot.endAt)}</Text>
          <Text className="visit-slot__remaining">{status}</Text>
        </View>
        {bookable ? (
          <Button variant={state === 'open' ? 'primary' : 'secondary'} className="visit-slot__book">
            {action}
          </Button>
        ) : null}
      </View>
      {bookable && slot.groupRemaining > 0 ? (
        // Its own row under the session, not inside the row that books for individuals: no mis-taps.
        <View
          className="visit-slot__group"
          data-testid="visit-slot-group"
          hoverClass="visit-slot__group--pressed"
          {...a11y({
            role: 'button',
            label: `团体预约 ${formatTimeRange(slot.startAt, slot.endAt)}，团体名额余${slot.groupRemaining}人`,
            onActivate: bookAsGroup,
          })}
          onClick={bookAsGroup}
        >
          <Text className="visit-slot__group-label">团体预约</Text>
          <Text className="visit-slot__group-hint">{`余 ${slot.groupRemaining} 人 · 提交后需审核 ›`}</Text>
        </View>
      ) : null}
    </View>
  );
}
