// One day of the working calendar, as the administrator marks it: a holiday (法定节假日) or a make-up working day
// (调休上班) with a short note, checked with the shared calendar-day model; or back to the weekly rule.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { calendarDayModel, LOOKUP_LIMITS } from '@zz/shared/lookup/request-models';
import { CALENDAR_DAY_KIND_LABELS, CALENDAR_DAY_KINDS, type CalendarDayKind } from '@zz/shared/lookup/vocabularies';
import { isoWeekday } from '@zz/shared/time/business-time';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { FieldRow } from '../../../components/form/Field';
import { TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { formatShortDate } from '../../../lib/format';
import {
  type StaffCalendarDayFieldsFragment,
  StaffClearWorkingCalendarDayDocument,
  StaffSetWorkingCalendarDayDocument,
} from '../graphql';
import { Chips } from '../ui/Chips';
import { Dialog } from '../ui/Dialog';
import { CHECK_MARKED_FIELDS, lookupAdminErrorMessage } from './messages';

/** What marking a day does to it, beside each choice. */
const KIND_HINTS: Record<CalendarDayKind, string> = { HOLIDAY: '当天不上班', WORKDAY: '周末照常上班' };
const KIND_OPTIONS = CALENDAR_DAY_KINDS.map((kind) => ({
  value: kind,
  label: CALENDAR_DAY_KIND_LABELS[kind],
  hint: KIND_HINTS[kind],
}));

export function CalendarDayDialog(props: {
  date: string;
  /** The day's mark in the calendar, or null while it follows the weekly rule. */
  marked: StaffCalendarDayFieldsFragment | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { date, marked } = props;
  const weekend = isoWeekday(date) > 5;
  // A weekday is usually marked as a holiday, a weekend day as worked instead.
  const [kind, setKind] = useState<CalendarDayKind>(marked?.kind ?? (weekend ? 'WORKDAY' : 'HOLIDAY'));
  const [note, setNote] = useState(marked?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation(StaffSetWorkingCalendarDayDocument);
  const clear = useMutation(StaffClearWorkingCalendarDayDocument);
  const pending = save.pending || clear.pending;

  const now = marked
    ? `现为${CALENDAR_DAY_KIND_LABELS[marked.kind]}${marked.note ? `（${marked.note}）` : ''}`
    : weekend
      ? '现为周末，按常规休息'
      : '现为工作日';

  async function confirm() {
    const checked = calendarDayModel.safeParse({ date, kind, note });
    setErrors(checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error)));
    setFailure(null);
    if (!checked.success) return setFailure(CHECK_MARKED_FIELDS);
    const result = await save.run(checked.data);
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.setWorkingCalendarDay;
    if (isSuccessResult(answer)) {
      void Taro.showToast({ title: `已设为${CALENDAR_DAY_KIND_LABELS[answer.data.kind]}`, icon: 'success' });
      props.onDone();
      return;
    }
    if (answer.__typename === 'InputValidationError') setErrors(messagesByPath(answer.fieldErrors));
    setFailure(lookupAdminErrorMessage(answer, 'calendar'));
  }

  async function reset() {
    setFailure(null);
    const result = await clear.run({ date });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.clearWorkingCalendarDay;
    if (!isSuccessResult(answer)) return setFailure(lookupAdminErrorMessage(answer, 'calendar'));
    void Taro.showToast({ title: '已恢复常规安排', icon: 'success' });
    props.onDone();
  }

  return (
    <Dialog
      title={formatShortDate(date)}
      confirmText="保存"
      pending={pending}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="calendar-day-dialog"
    >
      <Text className="staff-hint calendar-day__now">{now}</Text>
      <FieldRow label="设为" error={errors.kind} className="calendar-day__kind">
        <Chips options={KIND_OPTIONS} selected={[kind]} onToggle={setKind} testId="calendar-day-kinds" />
      </FieldRow>
      <TextField
        label="说明"
        value={note}
        placeholder="如 元旦、春节调休"
        maxlength={LOOKUP_LIMITS.calendarNote}
        onChange={setNote}
        error={errors.note}
        hint={`选填，${LOOKUP_LIMITS.calendarNote}字以内`}
        className="calendar-day__note"
      />
      {marked ? (
        <View className="calendar-day__clear-row">
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => void reset()}
            className="calendar-day__clear"
          >
            恢复为常规安排
          </Button>
        </View>
      ) : null}
    </Dialog>
  );
}
