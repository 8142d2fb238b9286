// The three slot actions that need input and confirmation: change places, close one slot, close the day.
// Closing cancels bookings and notifies citizens, so the dialogs say so and require a reason.
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import {
  CLOSE_REASON_MAX_LENGTH,
  closeReasonModel,
  MAX_SLOT_CAPACITY,
  placeCountsModel,
} from '@zz/shared/visits/staff-models';
import { useState } from 'react';
import { TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { formatShortDate } from '../../../lib/format';
import { wholeNumber } from '../../../lib/whole-number';
import { staffErrorMessage } from '../errors';
import { slotTimeRange } from '../format';
import {
  StaffChangeSlotCapacityDocument,
  type StaffChangeSlotCapacityMutation,
  StaffCloseDayDocument,
  StaffCloseSlotDocument,
  type StaffSlotFieldsFragment,
} from '../graphql';
import { Dialog } from '../ui/Dialog';
import './slots.css';

type CapacityError = Exclude<StaffChangeSlotCapacityMutation['changeSlotCapacity'], { data: unknown }>;

function capacityErrorMessage(error: CapacityError): string {
  switch (error.__typename) {
    case 'CapacityBelowBookedError':
      // The form already checks the figures it was opened with, so this means places were taken meanwhile.
      return error.limit === 'GROUP_QUOTA'
        ? `团体名额刚有变化：团体已约 ${error.taken} 人，团体名额不能低于此数。请关闭对话框刷新后再调整。`
        : `个人名额刚有变化：已有 ${error.taken} 个名额被预约或保留，容量不能低于此数。请关闭对话框刷新后再调整。`;
    case 'NotFoundError':
      return '场次不存在，可能已被删除';
    default:
      return staffErrorMessage(error);
  }
}

const COUNT_LENGTH = String(MAX_SLOT_CAPACITY).length;
/** A slot may be set to 0 places (no more online bookings); what is booked is checked below and by the database. */
const slotCountsModel = placeCountsModel({ minCapacity: 0 });

export function CapacityDialog(props: { slot: StaffSlotFieldsFragment; onDone: () => void; onCancel: () => void }) {
  const { slot } = props;
  const [capacity, setCapacity] = useState(String(slot.capacity));
  const [walkin, setWalkin] = useState(String(slot.walkinQuota));
  const [group, setGroup] = useState(String(slot.groupQuota));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffChangeSlotCapacityDocument);
  const taken = slot.booked + slot.offerHeld;

  async function confirm() {
    const checked = slotCountsModel.safeParse({
      capacity: wholeNumber(capacity),
      walkinQuota: wholeNumber(walkin),
      groupQuota: wholeNumber(group),
    });
    const found = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
    // What this slot already holds: known here, so said before sending (the database decides in the end).
    if (checked.success && checked.data.capacity < taken) {
      found.capacity = `已约 ${taken} 人，容量不能低于 ${taken}；如需减少，请关闭场次`;
    }
    if (checked.success && checked.data.groupQuota < slot.groupBooked) {
      found.groupQuota = `团体已约 ${slot.groupBooked} 人，团体名额不能低于 ${slot.groupBooked}`;
    }
    setErrors(found);
    setFailure(null);
    if (!checked.success || Object.keys(found).length > 0) return;
    const result = await mutation.run({ slotId: slot.id, ...checked.data });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.changeSlotCapacity;
    if ('data' in answer) {
      void Taro.showToast({ title: '名额已更新', icon: 'success' });
      props.onDone();
      return;
    }
    if (answer.__typename === 'InputValidationError') setErrors(messagesByPath(answer.fieldErrors));
    setFailure(capacityErrorMessage(answer));
  }

  return (
    <Dialog
      title={`调整名额 · ${slotTimeRange(slot)}`}
      confirmText="保存"
      pending={mutation.pending}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="capacity-dialog"
    >
      <Text className="staff-hint">
        已约 {slot.booked} 人{slot.offerHeld > 0 ? `，候补保留 ${slot.offerHeld} 人` : ''}：容量不能低于 {taken}。
        增加的名额会先提供给候补访客。
      </Text>
      <TextField
        label="容量"
        type="number"
        value={capacity}
        maxlength={COUNT_LENGTH}
        onChange={setCapacity}
        error={errors.capacity}
      />
      <TextField
        label="现场预留"
        type="number"
        value={walkin}
        maxlength={COUNT_LENGTH}
        onChange={setWalkin}
        error={errors.walkinQuota}
        hint={`已现场登记 ${slot.walkinUsed} 人`}
      />
      <TextField
        label="团体名额"
        type="number"
        value={group}
        maxlength={COUNT_LENGTH}
        onChange={setGroup}
        error={errors.groupQuota}
        hint={`团体已约 ${slot.groupBooked} 人`}
      />
    </Dialog>
  );
}

/** The reason citizens are told; checked with the shared model, whose trimmed output is what is sent. */
function ReasonInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const checked = closeReasonModel.safeParse(value);
  // Empty is not an error yet: the confirm button stays disabled until there is a reason.
  const error = !checked.success && value.trim() ? checked.error.issues[0]?.message : null;
  return (
    <TextField
      value={value}
      maxlength={CLOSE_REASON_MAX_LENGTH}
      placeholder="原因（将告知预约的市民）"
      onChange={onChange}
      error={error}
      className="slots__reason"
    />
  );
}

export function CloseSlotDialog(props: { slot: StaffSlotFieldsFragment; onDone: () => void; onCancel: () => void }) {
  const { slot } = props;
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffCloseSlotDocument);

  async function confirm() {
    setFailure(null);
    const reason = closeReasonModel.safeParse(text);
    if (!reason.success) return;
    const result = await mutation.run({ slotId: slot.id, reason: reason.data });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.closeSlot;
    if ('data' in answer) {
      void Taro.showToast({ title: '场次已关闭', icon: 'success' });
      props.onDone();
      return;
    }
    setFailure(answer.__typename === 'NotFoundError' ? '场次不存在，可能已被删除' : staffErrorMessage(answer));
  }

  return (
    <Dialog
      title={`关闭场次 · ${slotTimeRange(slot)}`}
      confirmText="确认关闭"
      danger
      pending={mutation.pending}
      confirmDisabled={!closeReasonModel.safeParse(text).success}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="close-slot-dialog"
    >
      <Text className="slots__warning">
        {slot.booked > 0
          ? `该场次已约 ${slot.booked} 人。关闭后这些预约将被取消，并通知预约的市民。此操作不可撤销。`
          : '该场次暂无预约。关闭后市民将不能再预约此场次。此操作不可撤销。'}
      </Text>
      <ReasonInput value={text} onChange={setText} />
    </Dialog>
  );
}

export function CloseDayDialog(props: {
  exhibitionId: string;
  date: string;
  slots: ReadonlyArray<StaffSlotFieldsFragment>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffCloseDayDocument);
  const open = props.slots.filter((s) => s.status === 'OPEN');
  const booked = open.reduce((sum, s) => sum + s.booked, 0);

  async function confirm() {
    setFailure(null);
    const reason = closeReasonModel.safeParse(text);
    if (!reason.success) return;
    const result = await mutation.run({ exhibitionId: props.exhibitionId, date: props.date, reason: reason.data });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.closeDay;
    if ('data' in answer) {
      void Taro.showToast({ title: '已设为闭馆', icon: 'success' });
      props.onDone();
      return;
    }
    setFailure(answer.__typename === 'NotFoundError' ? '展览不存在，可能已被删除' : staffErrorMessage(answer));
  }

  return (
    <Dialog
      title={`全天闭馆 · ${formatShortDate(props.date)}`}
      confirmText="确认闭馆"
      danger
      pending={mutation.pending}
      confirmDisabled={!closeReasonModel.safeParse(text).success}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="close-day-dialog"
    >
      <Text className="slots__warning">
        {`当日 ${open.length} 个开放场次将全部关闭`}
        {booked > 0 ? `，已约的 ${booked} 人的预约将被取消，并通知预约的市民` : ''}
        。该日也不会再生成场次。此操作不可撤销。
      </Text>
      <ReasonInput value={text} onChange={setText} />
    </Dialog>
  );
}
