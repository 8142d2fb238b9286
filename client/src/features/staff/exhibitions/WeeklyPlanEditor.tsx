// 每周场次: the weekly plan (setSlotTemplates) — rows of weekday, start, end and places. Saving replaces the
// plan; slots already generated keep their places.

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { MAX_SLOT_CAPACITY, MAX_WEEKLY_TEMPLATES, weeklyPlanModel } from '@zz/shared/visits/staff-models';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { PickerField, TimeField } from '../../../components/form/PickerField';
import { TextField } from '../../../components/form/TextField';
import { Tag } from '../../../components/Tag';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { wholeNumber } from '../../../lib/whole-number';
import { staffErrorMessage } from '../errors';
import { StaffSetSlotTemplatesDocument, type StaffTemplateFieldsFragment } from '../graphql';
import { WEEKDAY_NAMES, weekdayName } from '../labels';
import '../staff.css';
import './exhibitions.css';

interface Row {
  key: number;
  weekday: number;
  startTime: string;
  endTime: string;
  capacity: string;
  walkinQuota: string;
  groupQuota: string;
}

const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: i + 1, label }));
const byDayAndTime = (a: Row, b: Row) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime);
const COUNT_LENGTH = String(MAX_SLOT_CAPACITY).length;

export function WeeklyPlanEditor(props: {
  exhibitionId: string;
  templates: ReadonlyArray<StaffTemplateFieldsFragment>;
  closedWeekdays: ReadonlyArray<number>;
}) {
  const nextKey = useRef(1);
  const toRow = (t: Omit<Row, 'key'>): Row => ({ ...t, key: nextKey.current++ });
  const fromTemplates = (templates: ReadonlyArray<StaffTemplateFieldsFragment>) =>
    templates
      .map((t) =>
        toRow({
          weekday: t.weekday,
          startTime: t.startTime,
          endTime: t.endTime,
          capacity: String(t.capacity),
          walkinQuota: String(t.walkinQuota),
          groupQuota: String(t.groupQuota),
        }),
      )
      .sort(byDayAndTime);
  const [rows, setRows] = useState<Row[]>(() => fromTemplates(props.templates));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffSetSlotTemplatesDocument);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  function addRow() {
    const last = rows[rows.length - 1];
    setRows((current) => [
      ...current,
      toRow(
        last
          ? { ...last, weekday: (last.weekday % 7) + 1 }
          : { weekday: 2, startTime: '09:00', endTime: '11:00', capacity: '50', walkinQuota: '5', groupQuota: '0' },
      ),
    ]);
  }

  /** Copies one row to every other weekday that is open and has no slot starting at that time. */
  function copyToOpenDays(row: Row) {
    setRows((current) => {
      const added = [1, 2, 3, 4, 5, 6, 7]
        .filter((day) => !props.closedWeekdays.includes(day))
        .filter((day) => !current.some((r) => r.weekday === day && r.startTime === row.startTime))
        .map((weekday) => toRow({ ...row, weekday }));
      return [...current, ...added].sort(byDayAndTime);
    });
  }

  async function save() {
    const checked = weeklyPlanModel.safeParse(
      rows.map((row) => ({
        weekday: row.weekday,
        startTime: row.startTime,
        endTime: row.endTime,
        capacity: wholeNumber(row.capacity),
        walkinQuota: wholeNumber(row.walkinQuota),
        groupQuota: wholeNumber(row.groupQuota),
      })),
    );
    // Paths as the server reports them: templates.3.capacity, and templates for the plan as a whole.
    const found = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error, 'templates'));
    setErrors(found);
    setFailure(null);
    if (!checked.success) return setFailure(found.templates ?? '请按提示修改标红的项目');
    const templates = checked.data;
    const result = await mutation.run({ exhibitionId: props.exhibitionId, templates });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.setSlotTemplates;
    if ('data' in answer) {
      setRows(fromTemplates(answer.data));
      void Taro.showToast({ title: '每周场次已保存', icon: 'success' });
      return;
    }
    if (answer.__typename === 'InputValidationError') {
      setErrors(messagesByPath(answer.fieldErrors));
      return setFailure('请按提示修改标红的项目');
    }
    setFailure(answer.__typename === 'NotFoundError' ? '展览不存在，可能已被删除' : staffErrorMessage(answer));
  }

  return (
    <View className="staff-form" data-testid="weekly-plan">
      <Text className="staff-hint">
        保存后替换每周计划；已生成的场次不受影响。每周闭馆日：
        {props.closedWeekdays.length > 0 ? props.closedWeekdays.map(weekdayName).join('、') : '无'}。
      </Text>
      {rows.length === 0 ? <Text className="staff-hint">还没有每周场次，请添加。</Text> : null}
      {rows.map((row, i) => (
        <View key={row.key} className="plan-row" data-testid="plan-row">
          <View className="plan-row__head">
            <Text className="plan-row__title">
              {weekdayName(row.weekday)} {row.startTime}–{row.endTime}
            </Text>
            {props.closedWeekdays.includes(row.weekday) ? <Tag tone="warning">闭馆日，不生成</Tag> : null}
          </View>
          <View className="staff-form__row">
            <PickerField
              label="星期"
              value={row.weekday}
              options={WEEKDAY_OPTIONS}
              onChange={(weekday) => update(row.key, { weekday })}
              error={errors[`templates.${i}.weekday`]}
            />
            <TimeField
              label="开始"
              value={row.startTime}
              onChange={(startTime) => update(row.key, { startTime })}
              error={errors[`templates.${i}.startTime`]}
            />
            <TimeField
              label="结束"
              value={row.endTime}
              onChange={(endTime) => update(row.key, { endTime })}
              error={errors[`templates.${i}.endTime`]}
            />
          </View>
          <View className="staff-form__row">
            <TextField
              label="容量"
              type="number"
              value={row.capacity}
              maxlength={COUNT_LENGTH}
              onChange={(capacity) => update(row.key, { capacity })}
              error={errors[`templates.${i}.capacity`]}
            />
            <TextField
              label="现场预留"
              type="number"
              value={row.walkinQuota}
              maxlength={COUNT_LENGTH}
              onChange={(walkinQuota) => update(row.key, { walkinQuota })}
              error={errors[`templates.${i}.walkinQuota`]}
            />
            <TextField
              label="团体名额"
              type="number"
              value={row.groupQuota}
              maxlength={COUNT_LENGTH}
              onChange={(groupQuota) => update(row.key, { groupQuota })}
              error={errors[`templates.${i}.groupQuota`]}
            />
          </View>
          <View className="plan-row__actions">
            <Text className="plan-row__action" onClick={() => copyToOpenDays(row)}>
              复制到每个开放日
            </Text>
            <Text
              className="plan-row__action plan-row__action--danger"
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
            >
              删除
            </Text>
          </View>
        </View>
      ))}
      <Button
        variant="secondary"
        block
        disabled={rows.length >= MAX_WEEKLY_TEMPLATES}
        onClick={addRow}
        className="plan__add"
      >
        ＋ 添加场次
      </Button>
      {failure ? <Text className="staff-form__error">{failure}</Text> : null}
      <Button block loading={mutation.pending} onClick={() => void save()} className="plan__save">
        保存每周场次
      </Button>
    </View>
  );
}
