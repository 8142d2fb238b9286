// 团体审核: group visits awaiting review (or already decided), each with its organisation, date, size and
// masked leader; approving confirms the places, refusing releases them. The citizen is notified either way.

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REVIEW_NOTE_MAX_LENGTH, reviewNoteModel } from '@zz/shared/visits/staff-models';
import { BOOKING_STATUS_LABELS, type BookingStatus } from '@zz/shared/visits/statuses';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { TextField } from '../../../components/form/TextField';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { Tag } from '../../../components/Tag';
import { describeFailure } from '../../../graphql/client';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { formatShortDate } from '../../../lib/format';
import { staffErrorMessage } from '../errors';
import { clockOf, dateOf, slotTimeRange } from '../format';
import {
  StaffGroupVisitsDocument,
  type StaffGroupVisitsQuery,
  StaffReviewGroupVisitDocument,
  type StaffReviewGroupVisitMutation,
} from '../graphql';
import { BOOKING_STATUS_TONES } from '../labels';
import { Dialog } from '../ui/Dialog';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';

type GroupVisit = StaffGroupVisitsQuery['groupVisits'][number];
type ReviewError = Exclude<StaffReviewGroupVisitMutation['reviewGroupVisit'], { data: unknown }>;

const TABS: ReadonlyArray<TabItem<BookingStatus>> = [
  { key: 'PENDING_REVIEW', label: BOOKING_STATUS_LABELS.PENDING_REVIEW },
  // A confirmed group is one that passed review; 待参观 would say less here.
  { key: 'CONFIRMED', label: '已通过' },
  { key: 'REJECTED', label: BOOKING_STATUS_LABELS.REJECTED },
];

function reviewErrorMessage(error: ReviewError): string {
  switch (error.__typename) {
    case 'GroupRuleError':
      return error.rule === 'NOT_PENDING' ? '该团体预约已被审核（可能是其他同事），列表已刷新' : error.message;
    case 'BookingNotFoundError':
    case 'NotFoundError':
      return '该团体预约不存在，可能已被取消';
    default:
      return staffErrorMessage(error);
  }
}

export function GroupReview() {
  const [status, setStatus] = useState<BookingStatus>('PENDING_REVIEW');
  const [review, setReview] = useState<{ visit: GroupVisit; approve: boolean } | null>(null);
  const query = useQuery(StaffGroupVisitsDocument, { status });
  useStaffRefresh(query.refetch);

  return (
    <View className="groups" data-testid="groups">
      <Tabs items={TABS} value={status} onChange={setStatus} />
      <Text className="staff-hint">显示今天及以后的团体预约。</Text>
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => data.groupVisits.length === 0}
        emptyText={status === 'PENDING_REVIEW' ? '没有待审核的团体预约' : '暂无记录'}
      >
        {(data) => (
          <View>
            {data.groupVisits.map((visit) => (
              <GroupCard
                key={visit.id}
                visit={visit}
                onReview={status === 'PENDING_REVIEW' ? (approve) => setReview({ visit, approve }) : undefined}
              />
            ))}
          </View>
        )}
      </DataState>
      {review ? (
        <ReviewDialog
          visit={review.visit}
          approve={review.approve}
          onCancel={() => setReview(null)}
          onDone={() => {
            setReview(null);
            void query.refetch();
          }}
        />
      ) : null}
    </View>
  );
}

function GroupCard({ visit, onReview }: { visit: GroupVisit; onReview?: (approve: boolean) => void }) {
  return (
    <View className="zz-card staff-card" data-testid="group-visit">
      <View className="staff-card__head">
        <Text className="staff-card__title">{visit.organization ?? '团体'}</Text>
        <Tag tone={BOOKING_STATUS_TONES[visit.status]}>{BOOKING_STATUS_LABELS[visit.status]}</Tag>
      </View>
      <Text className="staff-card__meta">{visit.exhibition?.title ?? ''}</Text>
      <Text className="staff-card__meta">
        {formatShortDate(visit.visitDate)} {slotTimeRange(visit.slot)} · {visit.partySize} 人
      </Text>
      <Text className="staff-card__meta">
        领队 {visit.leaderName ?? '—'}
        {visit.phone ? ` · ${visit.phone}` : ''} · 预约号 {visit.reference}
      </Text>
      <Text className="staff-card__meta">
        提交于 {formatShortDate(dateOf(visit.createdAt))} {clockOf(visit.createdAt)}
      </Text>
      {visit.reviewNote ? <Text className="staff-card__meta">审核意见：{visit.reviewNote}</Text> : null}
      {onReview ? (
        <View className="staff-card__actions">
          <Button variant="danger" size="sm" onClick={() => onReview(false)} className="group-visit__refuse">
            不通过
          </Button>
          <Button size="sm" onClick={() => onReview(true)} className="group-visit__approve">
            通过
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function ReviewDialog(props: { visit: GroupVisit; approve: boolean; onDone: () => void; onCancel: () => void }) {
  const { visit, approve } = props;
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffReviewGroupVisitDocument);

  // The shared model trims the note and makes a blank one null; a refusal must give one.
  const checked = reviewNoteModel.safeParse(note);
  const noteError = checked.success ? null : checked.error.issues[0]?.message;

  async function confirm() {
    setFailure(null);
    if (!checked.success) return;
    const result = await mutation.run({ bookingId: visit.id, approve, note: checked.data });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.reviewGroupVisit;
    if ('data' in answer) {
      void Taro.showToast({ title: approve ? '已通过' : '已拒绝', icon: 'success' });
      props.onDone();
      return;
    }
    setFailure(reviewErrorMessage(answer));
    // Someone else decided it: the list is stale either way.
    if (answer.__typename === 'GroupRuleError' && answer.rule === 'NOT_PENDING') props.onDone();
  }

  return (
    <Dialog
      title={approve ? '通过团体预约' : '不通过团体预约'}
      confirmText={approve ? '确认通过' : '确认不通过'}
      danger={!approve}
      pending={mutation.pending}
      // A refusal tells the organiser why; an approval may go without a note.
      confirmDisabled={!checked.success || (!approve && !checked.data)}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="review-dialog"
    >
      <Text className="staff-hint">
        {visit.organization} · {formatShortDate(visit.visitDate)} {clockOf(visit.slot.startAt)} · {visit.partySize} 人。
        {approve ? '通过后名额确认，' : '不通过将释放团体名额，'}并通知预约人。
      </Text>
      <TextField
        value={note}
        maxlength={REVIEW_NOTE_MAX_LENGTH}
        placeholder={approve ? '审核意见（可不填）' : '请填写不通过的原因'}
        onChange={setNote}
        error={noteError}
        className="review__note"
      />
    </Dialog>
  );
}
