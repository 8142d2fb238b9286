// The rules every free-text field shares: trimmed, a maximum length counted the way MySQL counts characters,
// and no characters that cannot be stored or shown. Each model builds its text fields from `textModel`.
import * as z from 'zod/mini';
import { ruleCheck } from './checks';

/**
 * Characters in a string as MySQL's utf8mb4 VARCHAR counts them (code points): '𠀋' is one, though it takes
 * two UTF-16 units. A limit checked this way is the limit the column enforces, on every database.
 */
export function charCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** At most `max` characters; decided from the UTF-16 length alone when that settles it, so 100 KB costs nothing. */
export function fitsLength(value: string, max: number): boolean {
  if (value.length <= max) return true;
  if (value.length > max * 2) return false;
  return charCount(value) <= max;
}

/**
 * A high surrogate without a low one after it, or a low one without a high one before it: not Unicode text.
 * MySQL refuses it and SQLite stores it, so it is refused here. A loop rather than a lookbehind regex,
 * which older mini-program engines cannot compile.
 */
export function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return true;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/**
 * NUL and the other C0 controls, DEL and the C1 controls: they print as nothing or break layouts, logs and
 * CSV exports. Paragraph text may keep tabs and line breaks. (A loop: Biome rightly flags such regexes.)
 */
export function hasControlCharacter(value: string, options: { allowLineBreaks?: boolean } = {}): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit > 0x9f || (unit > 0x1f && unit < 0x7f)) continue;
    if (options.allowLineBreaks && (unit === 0x09 || unit === 0x0a || unit === 0x0d)) continue;
    return true;
  }
  return false;
}

export interface TextRules {
  /** Longest accepted value after trimming, in characters (see charCount). */
  max: number;
  /** Message for a value longer than `max`. */
  tooLong: string;
  /** Message for an empty value (after trimming); without it the field may be empty. */
  required?: string;
  /** Paragraph text: tabs and line breaks are allowed. */
  multiline?: boolean;
  /** Message for control characters and lone surrogates. */
  invalid?: string;
  /** A further rule for a non-empty value (e.g. a web address), as a message or null. */
  rule?: (value: string) => string | null;
}

const INVALID_TEXT = '含有无法识别的字符，请删除后重试';

/**
 * A trimmed string within its rules. The other checks skip a value that is too long, so an oversized value is
 * refused with one message and never scanned. No check aborts: a model around the field still runs its own
 * checks (a visitor's document number is checked even when the name is missing).
 */
export function textModel(rules: TextRules) {
  const { max, multiline, rule } = rules;
  const invalid = rules.invalid ?? INVALID_TEXT;
  return z.string({ error: rules.required ?? invalid }).check(
    z.trim(),
    z.refine((value: string) => fitsLength(value, max), rules.tooLong),
    ...(rules.required ? [z.minLength(1, rules.required)] : []),
    z.refine(
      (value: string) =>
        !fitsLength(value, max) ||
        (!hasControlCharacter(value, { allowLineBreaks: multiline }) && !hasLoneSurrogate(value)),
      invalid,
    ),
    ...(rule ? [ruleCheck((value: string) => (value && fitsLength(value, max) ? rule(value) : null))] : []),
  );
}

/** An optional text: absent, null and blank all become null, so a stored value is never ''. */
export function optionalTextModel(rules: Omit<TextRules, 'required'>) {
  return z.pipe(
    z.optional(z.nullable(textModel(rules))),
    z.transform((value: string | null | undefined) => value || null),
  );
}
