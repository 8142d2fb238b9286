// 现场登记: staff register 1–5 visitors at the door; they take places (the walk-in reserve first) and are
// checked in at once. The form is checked with the shared walk-in model, which the server parses again.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DocumentType } from '@zz/shared/identity/documents';
import { NAME_MAX_LENGTH } from '@zz/shared/identity/names';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { MAX_VISITORS_PER_BOOKING } from '@zz/shared/visits/limits';
import { walkInModel } from '@zz/shared/visits/visitor-models';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { DocumentFields } from '../../../components/form/DocumentFields';
import { TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { todayDate } from '../../../lib/format';
import { staffErrorMessage } from '../errors';
import { StaffRegisterWalkInDocument, type StaffRegisterWalkInMutation } from '../graphql';
import '../staff.css';
import './roster.css';

interface Row {
  key: number;
  name: string;
  documentType: DocumentType;
  documentNumber: string;
}

type WalkInError = Exclude<StaffRegisterWalkInMutation['registerWalkIn'], { data: unknown }>;

function walkInErrorMessage(error: WalkInError): string {
  switch (error.__typename) {
    case 'SlotFullError':
      return error.remaining > 0 ? `名额不足：本场次只能再登记 ${error.remaining} 人` : '本场次已满，不能再登记';
    case 'SlotClosedError':
      return error.closedReason ? `本场次已关闭（${error.closedReason}），不能登记` : '本场次已关闭，不能登记';
    case 'DuplicateVisitorError':
      return `证件 ${error.documentNumber} 当日已有预约，请用证件号核验入馆`;
    case 'NotFoundError':
      return '场次不存在，可能已被删除';
    case 'OutsideEntryWindowError':
      // The same window as tickets, in the server's words: "尚未到入场时间：09:00 场次 08:30 起可入场".
      return error.message;
    default:
      return staffErrorMessage(error);
  }
}

export function WalkInForm(props: {
  slotId: string;
  /** Places a walk-in can still take now. */
  placesLeft: number;
  maxVisitors: number;
  onRegistered: () => void;
}) {
  const max = Math.min(props.maxVisitors, MAX_VISITORS_PER_BOOKING, Math.max(props.placesLeft, 1));
  const nextKey = useRef(1);
  const blank = (): Row => ({ key: nextKey.current++, name: '', documentType: 'RESIDENT_ID', documentNumber: '' });
  const [rows, setRows] = useState<Row[]>(() => [blank()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffRegisterWalkInDocument);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  async function submit() {
    const visitors = rows.map(({ name, documentType, documentNumber }) => ({ name, documentType, documentNumber }));
    const checked = walkInModel({ maxVisitors: max, today: todayDate() }).safeParse({ visitors });
    const found = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
    setErrors(found);
    // A party too large for the slot has no field of its own.
    setFailure(found.visitors ?? null);
    if (!checked.success) return;
    // Names trimmed and numbers normalised by the model; the server reports errors at the same paths.
    const result = await mutation.run({ slotId: props.slotId, visitors: checked.data.visitors });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.registerWalkIn;
    if ('data' in answer) {
      void Taro.showToast({ title: `已登记 ${answer.data.partySize} 人入馆`, icon: 'success' });
      nextKey.current = 1;
      setRows([blank()]);
      props.onRegistered();
      return;
    }
    if (answer.__typename === 'InputValidationError') setErrors(messagesByPath(answer.fieldErrors));
    setFailure(walkInErrorMessage(answer));
  }

  return (
    <View className="staff-form walk-in" data-testid="walk-in-form">
      {rows.map((row, i) => (
        <View key={row.key} className="walk-in__visitor">
          <View className="walk-in__visitor-head">
            <Text className="walk-in__visitor-title">访客 {i + 1}</Text>
            {rows.length > 1 ? (
              <Text
                className="walk-in__remove"
                onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
              >
                删除
              </Text>
            ) : null}
          </View>
          <TextField
            label="姓名"
            value={row.name}
            maxlength={NAME_MAX_LENGTH}
            placeholder="与证件一致"
            onChange={(name) => update(row.key, { name })}
            error={errors[`visitors.${i}.name`]}
            className="walk-in__name"
          />
          <DocumentFields
            documentType={row.documentType}
            documentNumber={row.documentNumber}
            onTypeChange={(documentType) => update(row.key, { documentType })}
            onNumberChange={(documentNumber) => update(row.key, { documentNumber })}
            numberError={errors[`visitors.${i}.documentNumber`]}
            numberPlaceholder=""
            numberClassName="walk-in__document"
          />
        </View>
      ))}
      {rows.length < max ? (
        <Button variant="ghost" size="sm" onClick={() => setRows((current) => [...current, blank()])}>
          ＋ 再加一位访客
        </Button>
      ) : (
        <Text className="staff-hint">一次最多登记 {max} 人</Text>
      )}
      {failure ? (
        <Text className="staff-form__error" data-testid="walk-in-error">
          {failure}
        </Text>
      ) : null}
      <Button block loading={mutation.pending} onClick={() => void submit()} className="walk-in__submit">
        登记并入馆（{rows.length} 人）
      </Button>
    </View>
  );
}
