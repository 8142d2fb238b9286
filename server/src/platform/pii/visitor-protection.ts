// Protects the people of a visit once the shared models have checked them: names and documents are
// encrypted, with a blind index for the one-booking-per-document rule and for finding a visit by document.
import {
  birthDateOfResidentId,
  type DocumentType,
  isMinorOn,
  maskDocumentNumber,
  maskName,
  normalizeDocumentNumber,
  normalizePhone,
  type Visitor,
} from '@zz/shared';
import type { PersonalDataVault } from './vault';

export interface ProtectedVisitor {
  nameCipher: string;
  documentType: DocumentType;
  documentCipher: string;
  documentIndex: string;
  maskedDocumentNumber: string;
  isMinor: boolean;
}

/** Blind index of a document: type and normalised number, so the same passport and ID number never collide. */
export function documentIndexOf(vault: PersonalDataVault, type: DocumentType, number: string): string {
  return vault.blindIndex('document', `${type}:${normalizeDocumentNumber(type, number)}`);
}

/** A parsed visitor (visitorModel's output: trimmed name, normalised number) as it is stored. */
export function protectVisitor(vault: PersonalDataVault, v: Visitor, visitDate: string): ProtectedVisitor {
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
