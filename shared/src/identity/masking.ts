// Masks personal data for display. Every API response that carries personal data goes through these.

/** 350602199001011234 → 350602********1234; shorter documents keep their first 2 and last 2 characters. */
export function maskDocumentNumber(value: string): string {
  if (value.length >= 15) return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${value.slice(0, 2)}${'*'.repeat(value.length - 4)}${value.slice(-2)}`;
}

/** 13812345678 → 138****5678 */
export function maskPhone(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; a single character stays visible because a name alone identifies nobody. */
export function maskName(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return value;
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 福建省漳州市芗城区新华北路12号 → 福建省漳州市******: the city stays readable, the street and number do not. */
export function maskAddress(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 6) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(Math.min(chars.length - 6, 6));
}
