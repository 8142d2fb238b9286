// The numbers a lookup request and its certificate carry: a receipt number people can read out over the
// phone, unique per archive and day (ZZDA-LH-20261124-0007), and a certificate serial per archive and year
// (ZZDA-LH-ZM-2026-00012). The sequence comes from the server's counter; these only format and recognise.
import type { BusinessDate } from '../time/business-time';

/** 漳州档案: the system prefix of every number. */
export const NUMBER_PREFIX = 'ZZDA';

export function formatReceiptNumber(abbreviation: string, date: BusinessDate, sequence: number): string {
  return `${NUMBER_PREFIX}-${abbreviation}-${date.replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;
}

export function formatCertificateSerial(abbreviation: string, year: string, sequence: number): string {
  return `${NUMBER_PREFIX}-${abbreviation}-ZM-${year}-${String(sequence).padStart(5, '0')}`;
}

/** A receipt number as typed into the staff search: spaces dropped, letters upper-cased. */
export function normalizeReceiptNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase().slice(0, 40);
}

/** The shape of a certificate serial; anything else is not ours and is not looked up. */
export const CERTIFICATE_SERIAL_PATTERN = /^ZZDA-[A-Z]{2}-ZM-\d{4}-\d{5,9}$/;
