// 现场登记: staff register 1–5 visitors at the door; they take places (the walk-in reserve first) and are
// checked in at once. Names and documents are checked here with the shared rules, then again by the server.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  type DocumentType,
  documentNumberMessage,
  MAX_VISITORS_PER_BOOKING,
  nameMessage,
  normalizeDocumentNumber,
} from '@zz/shared';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { describeFailure } from '../../../graphql/client';
import { messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { staffErrorMessage } from '../errors';
import { StaffRegisterWalkInDocument, type StaffRegisterWalkInMutation } from '../graphql';
import { SelectField, TextField } from '../ui/Field';
import '../staff.css';
import './roster.css';

const DOCUMENT_OPTIONS = DOCUMENT_TYPES.map((value) => ({ value, label: DOCUMENT_TYPE_LABELS[value] }));

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
    case 'DuplicateVisitorError':
      return `证件 ${error.documentNumber} 当日已有预约，请用证件号核验入馆`;
    case 'NotFoundError':
      return '场次不存在，可能已被删除';
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

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const nameProblem = nameMessage(row.name);
      if (nameProblem) found[`visitors.${i}.name`] = nameProblem;
      const documentProblem = documentNumberMessage(row.documentType, row.documentNumber);
      if (documentProblem) found[`visitors.${i}.documentNumber`] = documentProblem;
      const key = `${row.documentType}:${normalizeDocumentNumber(row.documentType, row.documentNumber)}`;
      if (!documentProblem && seen.has(key)) found[`visitors.${i}.documentNumber`] = '同一证件不能重复登记';
      seen.add(key);
    });
    return found;
  }

  async function submit() {
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    const result = await mutation.run({
      slotId: props.slotId,
      visitors: rows.map((row) => ({
        name: row.name.trim(),
        documentType: row.documentType,
        documentNumber: normalizeDocumentNumber(row.documentType, row.documentNumber),
      })),
    });
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
            maxlength={30}
            placeholder="与证件一致"
            onChange={(name) => update(row.key, { name })}
            error={errors[`visitors.${i}.name`]}
            className="walk-in__name"
          />
          <SelectField
            label="证件类型"
            value={row.documentType}
            options={DOCUMENT_OPTIONS}
            onChange={(documentType) => update(row.key, { documentType })}
          />
          <TextField
            label="证件号码"
            value={row.documentNumber}
            type={row.documentType === 'RESIDENT_ID' ? 'idcard' : 'text'}
            maxlength={24}
            onChange={(documentNumber) => update(row.key, { documentNumber })}
            error={errors[`visitors.${i}.documentNumber`]}
            className="walk-in__document"
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
