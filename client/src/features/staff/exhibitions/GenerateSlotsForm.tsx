// 生成场次: creates the weekly plan's slots for a date range (at most 120 days); existing slots, weekly
// closed days and closed dates are skipped, so it can be run again safely.

import { Text, View } from '@tarojs/components';
import { addDays } from '@zz/shared/time/business-time';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/form/PickerField';
import { describeFailure } from '../../../graphql/client';
import { useMutation } from '../../../graphql/use-mutation';
import { todayDate } from '../../../lib/format';
import { go } from '../../../lib/navigation';
import { staffErrorMessage } from '../errors';
import { staffRoutes } from '../routes';
import '../staff.css';
import { StaffGenerateSlotsDocument } from '../graphql';

export function GenerateSlotsForm({ exhibitionId }: { exhibitionId: string }) {
  const today = todayDate();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 27));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mutation = useMutation(StaffGenerateSlotsDocument);

  async function generate() {
    if (to < from) return setMessage({ ok: false, text: '结束日期不能早于开始日期' });
    setMessage(null);
    const result = await mutation.run({ exhibitionId, from, to });
    if (!result.ok) return setMessage({ ok: false, text: describeFailure(result.failure) });
    const answer = result.data.generateSlots;
    if ('data' in answer) {
      setMessage({
        ok: true,
        text:
          answer.data > 0
            ? `已新建 ${answer.data} 个场次`
            : '没有新建场次：所选日期的场次已存在，或为闭馆日，或每周计划为空',
      });
      return;
    }
    setMessage({
      ok: false,
      text: answer.__typename === 'NotFoundError' ? '展览不存在，可能已被删除' : staffErrorMessage(answer),
    });
  }

  return (
    <View className="staff-form" data-testid="generate-slots">
      <Text className="staff-hint">按每周计划生成所选日期内的场次（一次最多 120 天）。已有的场次保持不变。</Text>
      <View className="staff-form__row">
        <DateField label="开始日期" value={from} onChange={setFrom} />
        <DateField label="结束日期" value={to} start={from} onChange={setTo} />
      </View>
      {message ? (
        <Text className={message.ok ? 'staff-form__ok' : 'staff-form__error'} data-testid="generate-result">
          {message.text}
        </Text>
      ) : null}
      <Button block loading={mutation.pending} onClick={() => void generate()} className="generate__submit">
        生成场次
      </Button>
      {message?.ok ? (
        <Button variant="ghost" block onClick={() => go(staffRoutes.slots(exhibitionId, from))}>
          查看场次 ›
        </Button>
      ) : null}
    </View>
  );
}
