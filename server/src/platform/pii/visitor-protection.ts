// Validates and protects the people of a visit: names and documents are checked with the shared rules,
// then encrypted, with a blind index for the one-booking-per-document rule.
import {
  birthDateOfResidentId,
  type DocumentType,
  documentNumberMessage,
  isMinorOn,
  maskDocumentNumber,
  maskName,
  nameMessage,
  normalizeDocumentNumber,
  normalizePhone,
  phoneMessage,
} from '@zz/shared';
import type { FieldError } from '../../errors';
import type { PersonalDataVault } from './vault';

export interface VisitorInput {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
  /** Declared for documents that carry no birth date (groups need the adult ratio). */
  minor?: boolean | null;
}

export interface ProtectedVisitor {
  nameCipher: string;
  documentType: DocumentType;
  documentCipher: string;
  documentIndex: string;
  maskedDocumentNumber: string;
  isMinor: boolean;
}

export function validateVisitors(
  visitors: VisitorInput[],
  limits: { min: number; max: number; path?: string },
): FieldError[] {
  const path = limits.path ?? 'visitors';
  const errors: FieldError[] = [];
  if (visitors.length < limits.min || visitors.length > limits.max) {
    errors.push({
      path,
      message: limits.min === limits.max ? `参观人数应为${limits.min}人` : `参观人数应为${limits.min}–${limits.max}人`,
    });
  }
  const seen = new Set<string>();
  visitors.forEach((v, i) => {
    const nameProblem = nameMessage(v.name);
    if (nameProblem) errors.push({ path: `${path}.${i}.name`, message: nameProblem });
    const documentProblem = documentNumberMessage(v.documentType, v.documentNumber);
    if (documentProblem) errors.push({ path: `${path}.${i}.documentNumber`, message: documentProblem });
    const key = `${v.documentType}:${normalizeDocumentNumber(v.documentType, v.documentNumber)}`;
    if (!documentProblem && seen.has(key)) {
      errors.push({ path: `${path}.${i}.documentNumber`, message: '同一证件不能重复添加' });
    }
    seen.add(key);
  });
  return errors;
}

export function validatePhone(phone: string, path = 'phone'): FieldError[] {
  const problem = phoneMessage(phone);
  return problem ? [{ path, message: problem }] : [];
}

/** Blind index of a document: type and normalised number, so the same passport and ID number never collide. */
export function documentIndexOf(vault: PersonalDataVault, type: DocumentType, number: string): string {
  return vault.blindIndex('document', `${type}:${normalizeDocumentNumber(type, number)}`);
}

export function protectVisitor(vault: PersonalDataVault, v: VisitorInput, visitDate: string): ProtectedVisitor {
  const number = normalizeDocumentNumber(v.documentType, v.documentNumber);
  const isMinor =
    v.documentType === 'RESIDENT_ID' ? isMinorOn(birthDateOfResidentId(number), visitDate) : v.minor === true;
  return {
    nameCipher: vault.encrypt(v.name.trim()),
    documentType: v.documentType,
    documentCipher: vault.encrypt(number),
    documentIndex: documentIndexOf(vault, v.documentType, number),
    maskedDocumentNumber: maskDocumentNumber(number),
    isMinor,
  };
}

export function protectPhone(vault: PersonalDataVault, phone: string): string {
  return vault.encrypt(normalizePhone(phone));
}

export const maskedNameOf = (vault: PersonalDataVault, cipher: string) => maskName(vault.decrypt(cipher));
export const maskedDocumentOf = (vault: PersonalDataVault, cipher: string) => maskDocumentNumber(vault.decrypt(cipher));
