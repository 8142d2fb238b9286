// 预约到馆: a request that needs a visit (查阅, or anyone but the person at the desk) books a seat in the reading
// room of its receiving archive. The days come as the exhibition calendar's strip (余量 / 约满 / 闭馆), the
// sessions of the chosen day below it; seats, closed days and the lead time are the server's (scheduling).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { weekdayLabel } from '@zz/shared/time/business-time';
import { DAY_AVAILABILITY_LABELS } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  BookReadingRoomVisitDocument,
  CancelReadingRoomVisitDocument,
  ReadingRoomDaysDocument,
  ReadingRoomSlotsDocument,
  type ReadingRoomSlotsQuery,
} from '../../graphql/generated/lookup/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { formatDate, formatShortDate } from '../../lib/format';
import { formatTimeRange } from '../exhibitions/booking-rules';
import { DayStrip, defaultDay } from '../exhibitions/DayStrip';
import { VenueFacts } from '../venues/VenueFacts';
import { lookupErrorMessage } from './messages';
import type { LookupDetail } from './types';

const CALENDAR_DAYS = 14;

type Seat = NonNullable<NonNullable<ReadingRoomSlotsQuery['lookupArchive']>['readingRoom']>['slots'][number];

export function VisitPanel({ request, onChange }: { request: LookupDetail; onChange: (r: LookupDetail) => void }) {
  const visit = request.visit?.status === 'BOOKED' ? request.visit : null;
  return (
    <Section title="预约到馆" className="lookup-visit">
      {visit ? (
        <BookedVisit request={request} visit={visit} onChange={onChange} />
      ) : (
        <SeatPicker request={request} onChange={onChange} />
      )}
    </Section>
  );
}

function BookedVisit(props: {
  request: LookupDetail;
  visit: NonNullable<LookupDetail['visit']>;
  onChange: (r: LookupDetail) => void;
}) {
  const { request, visit } = props;
  const cancel = useMutation(CancelReadingRoomVisitDocument);

  async function confirmCancel() {
    const { confirm } = await Taro.showModal({
      title: '取消到馆预约',
      content: '取消后座位将释放给其他市民，可再重新预约。确定取消吗？',
      confirmText: '确认取消',
      cancelText: '再想想',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    const result = await cancel.run({ requestId: request.id });
    if (!result.ok) {
      void Taro.showModal({ title: '取消失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.cancelLookupVisit;
    if (isSuccessResult(payload)) {
      props.onChange(payload.data);
      void Taro.showToast({ title: '已取消预约', icon: 'success' });
    } else {
      void Taro.showModal({ title: '无法取消', content: lookupErrorMessage(payload), showCancel: false });
    }
  }

  return (
    <View className="zz-card lookup-visit__booked" data-testid="lookup-visit-booked">
      <Text className="lookup-visit__when">
        {`${formatDate(visit.visitDate)} ${weekdayLabel(visit.visitDate)} ${formatTimeRange(visit.slot.startAt, visit.slot.endAt)}`}
      </Text>
      <Text className="lookup-visit__where">{`${request.receivingBranch.name} 查阅室`}</Text>
      {request.receivingBranch.venueDetails ? (
        <VenueFacts venue={request.receivingBranch.venueDetails} name={request.receivingBranch.name} />
      ) : null}
      <Text className="lookup-hint">请携带本人身份证件及所传材料的原件，按时到馆。</Text>
      <Button
        variant="secondary"
        size="sm"
        loading={cancel.pending}
        onClick={() => void confirmCancel()}
        className="lookup-visit__cancel"
      >
        取消预约
      </Button>
    </View>
  );
}

function SeatPicker({ request, onChange }: { request: LookupDetail; onChange: (r: LookupDetail) => void }) {
  const branchId = request.receivingBranch.id;
  const days = useQuery(ReadingRoomDaysDocument, { branchId, days: CALENDAR_DAYS });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <View className="lookup-visit__picker" data-testid="lookup-visit-picker">
      <Text className="lookup-hint">
        {`本次查档需到${request.receivingBranch.name}查阅室办理，请选择到馆时间。`}
        {request.visit?.status === 'CANCELLED' ? '（上次预约已取消）' : ''}
      </Text>
      <DataState
        state={days.state}
        onRetry={days.refetch}
        loadingText="正在加载查阅室日历…"
        isEmpty={(data) => !data.lookupArchive?.readingRoom?.calendar.length}
        emptyText="该档案馆暂未开放查阅室预约，请致电咨询"
      >
        {(data) => {
          const calendar = data.lookupArchive?.readingRoom?.calendar ?? [];
          const day = calendar.find((d) => d.date === chosen) ?? defaultDay(calendar);
          const lead = data.lookupArchive?.visitLeadDays ?? 0;
          return (
            <View>
              {lead > 0 ? <Text className="lookup-hint">{`需至少提前${lead}个工作日预约。`}</Text> : null}
              <DayStrip days={calendar} selected={day.date} onChoose={setChosen} />
              {day.availability === 'CLOSED' || day.availability === 'NOT_OPEN_YET' ? (
                <Notice
                  className="visit-day-panel"
                  title={`${formatShortDate(day.date)} ${DAY_AVAILABILITY_LABELS[day.availability]}`}
                >
                  <Text>
                    {day.closedReason ? `${day.closedReason}，请选择其他日期。` : '当天不能预约，请选择其他日期。'}
                  </Text>
                </Notice>
              ) : (
                <Seats request={request} branchId={branchId} date={day.date} onBooked={onChange} />
              )}
            </View>
          );
        }}
      </DataState>
    </View>
  );
}

function Seats(props: { request: LookupDetail; branchId: string; date: string; onBooked: (r: LookupDetail) => void }) {
  const seats = useQuery(ReadingRoomSlotsDocument, { branchId: props.branchId, date: props.date });
  const book = useMutation(BookReadingRoomVisitDocument);
  const [failure, setFailure] = useState<string | null>(null);

  async function confirmBook(seat: Seat) {
    setFailure(null);
    const when = `${formatShortDate(props.date)} ${formatTimeRange(seat.startAt, seat.endAt)}`;
    const { confirm } = await Taro.showModal({
      title: '预约到馆',
      content: `${props.request.receivingBranch.name}查阅室，${when}。确定预约吗？`,
      confirmText: '确认预约',
    });
    if (!confirm) return;
    const result = await book.run({ requestId: props.request.id, slotId: seat.id });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const payload = result.data.bookLookupVisit;
    if (isSuccessResult(payload)) {
      props.onBooked(payload.data);
      void Taro.showToast({ title: '预约成功', icon: 'success' });
      return;
    }
    setFailure(lookupErrorMessage(payload));
    // Seats may have gone meanwhile: show what is left now.
    void seats.refetch();
  }

  return (
    <View className="visit-slots" data-testid="lookup-seats" data-date={props.date}>
      <Text className="visit-slots__title">{`${formatShortDate(props.date)} 可选时段`}</Text>
      {failure ? (
        <Text className="zz-field__error" data-testid="lookup-visit-error">
          {failure}
        </Text>
      ) : null}
      <DataState
        state={seats.state}
        onRetry={seats.refetch}
        loadingText="正在加载时段…"
        isEmpty={(data) => !data.lookupArchive?.readingRoom?.slots.length}
        emptyText="当天没有可预约的时段"
      >
        {(data) => (
          <View className="visit-slots__list">
            {(data.lookupArchive?.readingRoom?.slots ?? []).map((seat) => {
              const open = seat.status !== 'CLOSED' && seat.remaining > 0;
              return (
                <View
                  key={seat.id}
                  className={cx('visit-slot', open ? 'visit-slot--open' : 'visit-slot--full')}
                  data-testid="lookup-seat"
                  data-slot-id={seat.id}
                  hoverClass={open ? 'visit-slot--pressed' : 'none'}
                  onClick={open && !book.pending ? () => void confirmBook(seat) : undefined}
                >
                  <View className="visit-slot__info">
                    <Text className="visit-slot__time">{formatTimeRange(seat.startAt, seat.endAt)}</Text>
                    <Text className="visit-slot__remaining">
                      {seat.status === 'CLOSED'
                        ? `已关闭${seat.closedReason ? `：${seat.closedReason}` : ''}`
                        : open
                          ? `余 ${seat.remaining} 座`
                          : DAY_AVAILABILITY_LABELS.FULL}
                    </Text>
                  </View>
                  {open ? (
                    <Button size="sm" loading={book.pending} className="visit-slot__book">
                      预约
                    </Button>
                  ) : null}
                </View>
              );
            })}
          </View>
        )}
      </DataState>
    </View>
  );
}
