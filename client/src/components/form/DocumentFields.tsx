// 证件类型 and 证件号码 of one person: the type as a picker (居民身份证 first), the number with the keyboard and
// length that type needs. Used for visitors typed in, walk-ins and check-in by document.
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '@zz/shared/identity/documents';
import { PickerField } from './PickerField';
import { TextField } from './TextField';

const DOCUMENT_OPTIONS = DOCUMENT_TYPES.map((value) => ({ value, label: DOCUMENT_TYPE_LABELS[value] }));

/** 18 for a resident ID (its keyboard has no space); other documents have at most 20 characters. */
const NUMBER_LENGTH: Record<DocumentType, number> = {
  RESIDENT_ID: 18,
  PASSPORT: 20,
  HK_MACAO_PERMIT: 20,
  TAIWAN_PERMIT: 20,
};

export interface DocumentFieldsProps {
  documentType: DocumentType;
  documentNumber: string;
  onTypeChange: (documentType: DocumentType) => void;
  onNumberChange: (documentNumber: string) => void;
  onNumberBlur?: () => void;
  numberError?: string | null;
  /** The number takes the focus when this turns true (the form's first wrong field). */
  numberFocus?: boolean;
  /** Anchor of the number's row, for scrolling to it. */
  numberId?: string;
  /** Replaces the placeholder that names the expected number. */
  numberPlaceholder?: string;
  /** Handles of the two rows, for styles and tests. */
  typeClassName?: string;
  numberClassName?: string;
}

export function DocumentFields(props: DocumentFieldsProps) {
  const residentId = props.documentType === 'RESIDENT_ID';
  return (
    <>
      <PickerField
        label="证件类型"
        value={props.documentType}
        options={DOCUMENT_OPTIONS}
        onChange={props.onTypeChange}
        className={props.typeClassName}
      />
      <TextField
        label="证件号码"
        type={residentId ? 'idcard' : 'text'}
        value={props.documentNumber}
        placeholder={props.numberPlaceholder ?? (residentId ? '18位身份证号码' : '证件上的号码')}
        maxlength={NUMBER_LENGTH[props.documentType]}
        onChange={props.onNumberChange}
        onBlur={props.onNumberBlur}
        error={props.numberError}
        focus={props.numberFocus}
        id={props.numberId}
        className={props.numberClassName}
      />
    </>
  );
}
