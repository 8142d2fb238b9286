// 预约规则: the booking policy of one exhibition (setBookingPolicy). Ranges mirror the server's checks.

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { isClockTime } from '@zz/shared';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import type { BookingPolicyInput } from '../../../graphql/generated/schema';
import { useMutation } from '../../../graphql/use-mutation';
import { staffErrorMessage } from '../errors';
import { type StaffPolicyFieldsFragment, StaffSetBookingPolicyDocument } from '../graphql';
import { WEEKDAY_NAMES } from '../labels';
import { Chips } from '../ui/Chips';
import { FieldRow, SwitchRow, TextField, TimeField } from '../ui/Field';
import '../staff.css';
import './exhibitions.css';

type NumberKey = Exclude<
  keyof StaffPolicyFieldsFragment,
  '__typename' | 'bookingEnabled' | 'releaseTime' | 'closedWeekdays'
>;

/** Each number of the policy: its label, hint and the range the server accepts. */
const NUMBER_FIELDS: ReadonlyArray<{ key: NumberKey; label: string; hint: string; min: number; max: number }> = [
  { key: 'releaseDaysAhead', label: '提前放票（天）', hint: '参观日前几天开放预约', min: 0, max: 60 },
  { key: 'maxVisitors', label: '每单最多人数', hint: '个人预约一次可带的参观人', min: 1, max: 5 },
  { key: 'closeMinutesBeforeStart', label: '停止预约（开场前分钟）', hint: '0 表示开场前都可预约', min: 0, max: 1440 },
  { key: 'cancelCutoffMinutes', label: '取消截止（开场前分钟）', hint: '此后取消计为爽约', min: 0, max: 10080 },
  { key: 'checkinEarlyMinutes', label: '提前入场（分钟）', hint: '开场前多久可核验入馆', min: 0, max: 240 },
  { key: 'checkinLateMinutes', label: '散场后仍可入场（分钟）', hint: '场次结束后多久停止核验', min: 0, max: 240 },
  {
    key: 'walkinReleaseMinutes',
    label: '现场预留释放（开场前分钟）',
    hint: '此后现场预留名额转为线上可约',
    min: 0,
    max: 1440,
  },
  { key: 'waitlistHoldMinutes', label: '候补保留（分钟）', hint: '候补名额为访客保留的时长', min: 5, max: 1440 },
  {
    key: 'groupRosterDeadlineHours',
    label: '团体名单截止（开场前小时）',
    hint: '此后团体不能修改名单',
    min: 0,
    max: 336,
  },
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
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(
    () => Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, String(policy[f.key])])) as Record<NumberKey, string>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffSetBookingPolicyDocument);

  async function save() {
    const found: Record<string, string> = {};
    const input: BookingPolicyInput = { bookingEnabled, releaseTime, closedWeekdays };
    for (const field of NUMBER_FIELDS) {
      const text = numbers[field.key].trim();
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < field.min || value > field.max) {
        found[`policy.${field.key}`] = `应为${field.min}–${field.max}之间的整数`;
      } else {
        input[field.key] = value;
      }
    }
    if (!isClockTime(releaseTime)) found['policy.releaseTime'] = '时间格式应为HH:MM';
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return setFailure('请按提示修改标红的项目');
    const result = await mutation.run({ exhibitionId, policy: input });
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
      <SwitchRow
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
          onChange={(value) => setNumbers((current) => ({ ...current, [field.key]: value }))}
          error={errors[`policy.${field.key}`]}
          hint={field.hint}
        />
      ))}
      {failure ? <Text className="staff-form__error">{failure}</Text> : null}
      <Button block loading={mutation.pending} onClick={() => void save()} className="policy-form__save">
        保存预约规则
      </Button>
    </View>
  );
}
