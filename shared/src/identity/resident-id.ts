// Resident ID numbers (GB 11643-1999): 17 digits plus an ISO 7064 MOD 11-2 check character.
// Used by the client forms and re-checked by the server.
import type { BusinessDate } from '../time/business-time';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character that GB 11643 prescribes for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export type ResidentIdProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

/**
 * The province-level codes GB/T 2260 assigns (the first two digits): 11–15 north, 21–23 north-east, 31–37
 * east, 41–46 south-central, 50–54 south-west, 61–65 north-west, 71 Taiwan, 81 Hong Kong, 82 Macao, and 83,
 * which residence permits for Taiwan residents use. Anything else (000000…) is a typo or made up.
 */
const PROVINCE_CODE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 83],
];

export function isProvinceCode(code: number): boolean {
  return PROVINCE_CODE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/**
 * Why a resident ID number is not valid, or null when it is. With `today` (a business date, YYYY-MM-DD),
 * a birth date after it is refused too: the caller passes its own clock's date, so tests can move it.
 */
export function residentIdProblem(raw: string, today?: BusinessDate): ResidentIdProblem | null {
  const id = normalizeResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!isProvinceCode(Number(id.slice(0, 2)))) return 'region';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day
  ) {
    return 'birthDate';
  }
  if (today !== undefined && birthDateOfResidentId(id) > today) return 'birthDate';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'checkDigit';
  return null;
}

export function isValidResidentId(raw: string, today?: BusinessDate): boolean {
  return residentIdProblem(raw, today) === null;
}

/** Upper-cases a trailing x and removes spaces, as people type them. */
export function normalizeResidentId(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** Birth date (YYYY-MM-DD) encoded in a valid resident ID number. */
export function birthDateOfResidentId(id: string): string {
  const n = normalizeResidentId(id);
  return `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
}
