// 预约规则: the booking policy of one exhibition (setBookingPolicy), checked with the shared policy model
// whose bounds (POLICY_BOUNDS) each field shows; the server parses the same model again.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { POLICY_BOUNDS, type PolicyNumberField } from '@zz/shared/visits/policy';
import { bookingPolicyModel } from '@zz/shared/visits/policy-model';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { FieldRow } from '../../../components/form/Field';
import { TimeField } from '../../../components/form/PickerField';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { wholeNumber } from '../../../lib/whole-number';
import { staffErrorMessage } from '../errors';
import { type StaffPolicyFieldsFragment, StaffSetBookingPolicyDocument } from '../graphql';
import { WEEKDAY_NAMES } from '../labels';
import { Chips } from '../ui/Chips';
import '../staff.css';
import './exhibitions.css';

/** Each number of the policy with its label and hint, in the order the form shows them; bounds are shared. */
const NUMBER_FIELDS: ReadonlyArray<{ key: PolicyNumberField; label: string; hint: string }> = [
  { key: 'releaseDaysAhead', label: '提前放票（天）', hint: '参观日前几天开放预约' },
  { key: 'maxVisitors', label: '每单最多人数', hint: '个人预约一次可带的参观人' },
  { key: 'closeMinutesBeforeStart', label: '停止预约（开场前分钟）', hint: '0 表示开场前都可预约' },
  { key: 'cancelCutoffMinutes', label: '取消截止（开场前分钟）', hint: '此后取消计为爽约' },
  { key: 'checkinEarlyMinutes', label: '提前入场（分钟）', hint: '开场前多久可核验入馆' },
  { key: 'checkinLateMinutes', label: '散场后仍可入场（分钟）', hint: '场次结束后多久停止核验' },
  { key: 'walkinReleaseMinutes', label: '现场预留释放（开场前分钟）', hint: '此后现场预留名额转为线上可约' },
  { key: 'waitlistHoldMinutes', label: '候补保留（分钟）', hint: '候补名额为访客保留的时长' },
  { key: 'groupRosterDeadlineHours', label: '团体名单截止（开场前小时）', hint: '此后团体不能修改名单' },
];

const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: i + 1, label }));

export function PolicyForm({
  exhibitionId,
  policy,
  onSaved,
}: {
  exhibitionId: string;
  policy: StaffPolicyFieldsFragment;
  /** The weekly plan shows the closed weekdays, so the editor reloads after a change. */
  onSaved: () => void;
}) {
  const [bookingEnabled, setBookingEnabled] = useState(policy.bookingEnabled);
  const [releaseTime, setReleaseTime] = useState(policy.releaseTime);
  const [closedWeekdays, setClosedWeekdays] = useState<number[]>([...policy.closedWeekdays]);
  const [numbers, setNumbers] = useState<Record<PolicyNumberField, string>>(
    () =>
      Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, String(policy[f.key])])) as Record<PolicyNumberField, string>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffSetBookingPolicyDocument);

  async function save() {
    const checked = bookingPolicyModel.safeParse({
      bookingEnabled,
      releaseTime,
      closedWeekdays,
      ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, wholeNumber(numbers[f.key])])),
    });
    // Paths as the server reports them: policy.releaseDaysAhead, …
    setErrors(checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error, 'policy')));
    setFailure(null);
    if (!checked.success) return setFailure('请按提示修改标红的项目');
    const result = await mutation.run({ exhibitionId, policy: checked.data });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.setBookingPolicy;
    if ('data' in answer) {
      void Taro.showToast({ title: '预约规则已保存', icon: 'success' });
      onSaved();
      return;
    }
    if (answer.__typename === 'InputValidationError') {
      setErrors(messagesByPath(answer.fieldErrors));
      return setFailure('请按提示修改标红的项目');
    }
    setFailure(answer.__typename === 'NotFoundError' ? '展览不存在，可能已被删除' : staffErrorMessage(answer));
  }

  return (
    <View className="staff-form" data-testid="policy-form">
      <SwitchField
        label="开放线上预约"
        hint={bookingEnabled ? '市民可在小程序预约' : '暂停预约，已有预约不受影响'}
        checked={bookingEnabled}
        onChange={setBookingEnabled}
      />
      <TimeField label="放票时间" value={releaseTime} onChange={setReleaseTime} error={errors['policy.releaseTime']} />
      <FieldRow label="每周闭馆日" error={errors['policy.closedWeekdays']} hint="闭馆日不生成场次">
        <Chips
          options={WEEKDAY_OPTIONS}
          selected={closedWeekdays}
          onToggle={(day) =>
            setClosedWeekdays((current) =>
              current.includes(day) ? current.filter((d) => d !== day) : [...current, day].sort(),
            )
          }
          testId="policy-closed-weekdays"
        />
      </FieldRow>
      {NUMBER_FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          type="number"
          value={numbers[field.key]}
          maxlength={String(POLICY_BOUNDS[field.key].max).length}
          onChange={(value) => setNumbers((current) => ({ ...current, [field.key]: value }))}
          error={errors[`policy.${field.key}`]}
          hint={`${field.hint}（${POLICY_BOUNDS[field.key].min}–${POLICY_BOUNDS[field.key].max}）`}
        />
      ))}
      {failure ? <Text className="staff-form__error">{failure}</Text> : null}
      <Button block loading={mutation.pending} onClick={() => void save()} className="policy-form__save">
        保存预约规则
      </Button>
    </View>
  );
}
