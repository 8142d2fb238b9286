// Number inputs hand over text; forms turn it into a number before their shared model checks the range.

/** Digits as typed → their number; anything else → NaN, which a model refuses with the field's own bounds. */
export function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
