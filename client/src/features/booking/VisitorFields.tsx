// The fields of one visitor typed in by hand: 姓名, 证件类型 (居民身份证 first) and 证件号码, checked as they
// are typed with the shared rules the server applies again.
import { Input, Picker, Text, View } from '@tarojs/components';
import {
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  type DocumentType,
  documentNumberMessage,
  nameMessage,
  normalizeDocumentNumber,
} from '@zz/shared';
import { useState } from 'react';
import { cx } from '../../lib/cx';

export interface VisitorDraft {
  key: string;
  name: string;
  documentType: DocumentType;
  documentNumber: string;
}

let draftSerial = 0;
export function emptyDraft(): VisitorDraft {
  draftSerial += 1;
  return { key: `v${draftSerial}`, name: '', documentType: 'RESIDENT_ID', documentNumber: '' };
}

export interface DraftProblems {
  name: string | null;
  documentNumber: string | null;
}

export function draftProblems(draft: VisitorDraft): DraftProblems {
  return {
    name: nameMessage(draft.name),
    documentNumber: documentNumberMessage(draft.documentType, draft.documentNumber),
  };
}

/** What the server receives for a draft: the name trimmed, the number as the shared rules normalise it. */
export function visitorInputOf(draft: VisitorDraft) {
  return {
    name: draft.name.trim(),
    documentType: draft.documentType,
    documentNumber: normalizeDocumentNumber(draft.documentType, draft.documentNumber),
  };
}

const TYPE_LABELS = DOCUMENT_TYPES.map((type) => DOCUMENT_TYPE_LABELS[type]);
const RESIDENT_ID_LENGTH = 18;

export interface VisitorFieldsProps {
  draft: VisitorDraft;
  onChange: (draft: VisitorDraft) => void;
  /** After a submit attempt every problem shows, touched or not. */
  showAll: boolean;
  /** Messages the server returned for these fields; they win until the field changes. */
  serverErrors?: Partial<Record<'name' | 'documentNumber', string>>;
  /** Extra problem of the number found across visitors (e.g. the same document twice). */
  documentConflict?: string | null;
  className?: string;
}

export function VisitorFields({
  draft,
  onChange,
  showAll,
  serverErrors,
  documentConflict,
  className,
}: VisitorFieldsProps) {
  const [touched, setTouched] = useState({ name: false, documentNumber: false });
  const problems = draftProblems(draft);
  // A full-length resident ID is judged at once; shorter input waits for the field to be left.
  const numberComplete =
    draft.documentType === 'RESIDENT_ID' &&
    normalizeDocumentNumber(draft.documentType, draft.documentNumber).length >= RESIDENT_ID_LENGTH;
  const nameError = serverErrors?.name ?? (showAll || touched.name ? problems.name : null);
  const numberError =
    serverErrors?.documentNumber ??
    (showAll || touched.documentNumber || numberComplete
      ? (problems.documentNumber ?? documentConflict ?? null)
      : null);
  const typeIndex = Math.max(DOCUMENT_TYPES.indexOf(draft.documentType), 0);

  return (
    <View className={cx('visitor-fields', className)} data-testid="visitor-fields">
      <View className="zz-field">
        <Text className="zz-field__label">姓名</Text>
        <Input
          className={cx('zz-input', nameError && 'zz-input--invalid', 'visitor-fields__name')}
          value={draft.name}
          placeholder="与证件上的姓名一致"
          maxlength={30}
          onInput={(event) => onChange({ ...draft, name: event.detail.value })}
          onBlur={() => setTouched((t) => ({ ...t, name: true }))}
        />
        {nameError ? <Text className="zz-field__error">{nameError}</Text> : null}
      </View>
      <View className="zz-field">
        <Text className="zz-field__label">证件类型</Text>
        <Picker
          mode="selector"
          range={TYPE_LABELS}
          value={typeIndex}
          onChange={(event) => onChange({ ...draft, documentType: DOCUMENT_TYPES[Number(event.detail.value)] })}
        >
          <View className="zz-input visitor-fields__type">
            <Text>{DOCUMENT_TYPE_LABELS[draft.documentType]}</Text>
            <Text className="visitor-fields__type-arrow">▾</Text>
          </View>
        </Picker>
      </View>
      <View className="zz-field">
        <Text className="zz-field__label">证件号码</Text>
        <Input
          className={cx('zz-input', numberError && 'zz-input--invalid', 'visitor-fields__number')}
          type={draft.documentType === 'RESIDENT_ID' ? 'idcard' : 'text'}
          value={draft.documentNumber}
          placeholder={draft.documentType === 'RESIDENT_ID' ? '18位身份证号码' : '证件上的号码'}
          maxlength={draft.documentType === 'RESIDENT_ID' ? 18 : 20}
          onInput={(event) => onChange({ ...draft, documentNumber: event.detail.value })}
          onBlur={() => setTouched((t) => ({ ...t, documentNumber: true }))}
        />
        {numberError ? <Text className="zz-field__error">{numberError}</Text> : null}
      </View>
    </View>
  );
}
