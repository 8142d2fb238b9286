// Every id argument is read here: a positive safe integer written the canonical way ("106"), nothing else.
// " 106 ", "0x6a", "106e0", "1.5", "" and "abc" all mean no record, so they can never act on row 106 or
// reach SQL as NaN.
import { InputValidationError } from '../errors';

const CANONICAL_ID = /^[1-9]\d{0,15}$/;

/** The id, or null when the text is not a canonical id (callers answer "not found" or null). */
export function idOrNull(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw);
  if (!CANONICAL_ID.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

/** The id, or an InputValidationError naming the argument. */
export function parseId(raw: string | number, path: string): number {
  const id = idOrNull(raw);
  if (id === null) throw InputValidationError.single(path, '编号无效');
  return id;
}

/** A list of ids; the first bad one is reported at its position (`frequentVisitorIds.2`). */
export function parseIds(raw: ReadonlyArray<string | number> | null | undefined, path: string): number[] {
  return (raw ?? []).map((value, index) => parseId(value, `${path}.${index}`));
}
