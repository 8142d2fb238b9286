// The fields of one visitor typed in by hand: 姓名, 证件类型 (居民身份证 first) and 证件号码. The form that holds
// them validates with its shared model and passes each field's message in; this component decides when to
// show it (after the field was left, at once for a complete resident ID, or after a submit attempt).
import { View } from '@tarojs/components';
import { type DocumentType, normalizeDocumentNumber } from '@zz/shared/identity/documents';
import { NAME_MAX_LENGTH } from '@zz/shared/identity/names';
import { useState } from 'react';
import { DocumentFields } from '../../components/form/DocumentFields';
import { TextField } from '../../components/form/TextField';
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

/** A draft as the shared visitor model reads it (the key is only the form's). */
export function visitorOf(draft: VisitorDraft) {
  return { name: draft.name, documentType: draft.documentType, documentNumber: draft.documentNumber };
}

export type VisitorMessages = Partial<Record<'name' | 'documentNumber', string>>;

const RESIDENT_ID_LENGTH = 18;

export interface VisitorFieldsProps {
  draft: VisitorDraft;
  onChange: (draft: VisitorDraft) => void;
  /** After a submit attempt every problem shows, touched or not. */
  showAll: boolean;
  /** The model's messages for these fields, shown once the field was left (or at once, see above). */
  problems: VisitorMessages;
  /** Messages the server returned for these fields; they show at once and win until the field changes. */
  serverErrors?: VisitorMessages;
  className?: string;
  /** The anchor id the form wants focused (its first wrong field); see visitorFieldId. */
  focused?: string | null;
  /** The focused field was left. */
  onFocusDone?: () => void;
}

/** The anchor of one of a draft's fields, for scrolling to it and focusing it. */
export function visitorFieldId(draft: Pick<VisitorDraft, 'key'>, field: keyof VisitorMessages): string {
  return `visitor-${draft.key}-${field}`;
}

export function VisitorFields({
  draft,
  onChange,
  showAll,
  problems,
  serverErrors,
  className,
  focused,
  onFocusDone,
}: VisitorFieldsProps) {
  const [touched, setTouched] = useState({ name: false, documentNumber: false });
  // A full-length resident ID is judged at once; shorter input waits for the field to be left.
  const numberComplete =
    draft.documentType === 'RESIDENT_ID' &&
    normalizeDocumentNumber(draft.documentType, draft.documentNumber).length >= RESIDENT_ID_LENGTH;
  const nameError = serverErrors?.name ?? (showAll || touched.name ? problems.name : null);
  const numberError =
    serverErrors?.documentNumber ??
    (showAll || touched.documentNumber || numberComplete ? problems.documentNumber : null);

  return (
    <View className={cx('visitor-fields', className)} data-testid="visitor-fields">
      <TextField
        label="姓名"
        value={draft.name}
        placeholder="与证件上的姓名一致"
        maxlength={NAME_MAX_LENGTH}
        onChange={(name) => onChange({ ...draft, name })}
        onBlur={() => {
          setTouched((t) => ({ ...t, name: true }));
          onFocusDone?.();
        }}
        error={nameError}
        id={visitorFieldId(draft, 'name')}
        focus={focused === visitorFieldId(draft, 'name')}
        className="visitor-fields__name"
      />
      <DocumentFields
        documentType={draft.documentType}
        documentNumber={draft.documentNumber}
        onTypeChange={(documentType) => onChange({ ...draft, documentType })}
        onNumberChange={(documentNumber) => onChange({ ...draft, documentNumber })}
        onNumberBlur={() => {
          setTouched((t) => ({ ...t, documentNumber: true }));
          onFocusDone?.();
        }}
        numberError={numberError}
        numberId={visitorFieldId(draft, 'documentNumber')}
        numberFocus={focused === visitorFieldId(draft, 'documentNumber')}
        typeClassName="visitor-fields__type"
        numberClassName="visitor-fields__number"
      />
    </View>
  );
}
