// Identity documents accepted for real-name visits and archive lookups.
import type { BusinessDate } from '../time/business-time';
import { normalizeResidentId, residentIdProblem } from './resident-id';

export const DOCUMENT_TYPES = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  RESIDENT_ID: '居民身份证',
  PASSPORT: '护照',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
};

// Permit and passport numbers vary by issuer; these bounds reject typos without rejecting real documents.
const OTHER_DOCUMENT_PATTERN = /^[A-Z0-9]{5,20}$/;

/** Longest number a form accepts as typed, spaces included; normalised numbers are at most 20 characters. */
export const DOCUMENT_NUMBER_INPUT_MAX = 40;

export function normalizeDocumentNumber(type: DocumentType, raw: string): string {
  return type === 'RESIDENT_ID' ? normalizeResidentId(raw) : normalizeAnyDocumentNumber(raw);
}

/**
 * What every document type's normal form shares (no spaces, upper case): for a number whose type is not known,
 * as when staff type one into the audit log's search.
 */
export function normalizeAnyDocumentNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/**
 * A Chinese message for the form, or null when the number is acceptable. With `today`, a resident ID whose
 * birth date is after it is refused as well.
 */
export function documentNumberMessage(type: DocumentType, raw: string, today?: BusinessDate): string | null {
  if (raw.length > DOCUMENT_NUMBER_INPUT_MAX)
    return type === 'RESIDENT_ID' ? '身份证号码应为18位' : '证件号码格式不正确';
  const value = normalizeDocumentNumber(type, raw);
  if (value.length === 0) return '请填写证件号码';
  if (type === 'RESIDENT_ID') {
    const problem = residentIdProblem(value, today);
    if (problem === 'format') return '身份证号码应为18位';
    if (problem === 'region') return '身份证号码前两位地区码有误';
    if (problem === 'birthDate') return '身份证号码中的出生日期有误';
    if (problem === 'checkDigit') return '身份证号码校验位不正确，请核对';
    return null;
  }
  return OTHER_DOCUMENT_PATTERN.test(value) ? null : '证件号码格式不正确';
}
