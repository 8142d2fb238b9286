// WeChat subscribe-message field rules, written once: every template's data goes through these, so a value
// that WeChat would refuse (47003) is cut or rejected here instead. Lengths count characters (code points).
import { businessDateOf, businessTimeOf } from '../time/business-time';

export const FIELD_LIMITS = { thing: 20, phrase: 5, characterString: 32, name: 10 } as const;

const chars = (value: string) => Array.from(value);

/** Collapses whitespace and drops control characters, which WeChat refuses in every field. */
function clean(value: string): string {
  let text = '';
  for (const c of value) text += c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c;
  return text.replace(/\s+/g, ' ').trim();
}

function cut(value: string, limit: number): string {
  const all = chars(value);
  return all.length <= limit ? value : `${all.slice(0, limit - 1).join('')}…`;
}

/** `thing`: any text up to 20 characters; longer titles end in '…'. Empty text becomes '无'. */
export function thing(value: string | null | undefined): string {
  const text = clean(value ?? '');
  return text ? cut(text, FIELD_LIMITS.thing) : '无';
}

const PHRASE = /^[\u4e00-\u9fa5]{1,5}$/;

/** `phrase`: at most 5 Chinese characters and nothing else; a wrong constant is a programming error. */
export function phrase(value: string): string {
  if (!PHRASE.test(value)) throw new Error(`not a WeChat phrase (≤ 5 Chinese characters): "${value}"`);
  return value;
}

/** `character_string`: up to 32 letters, digits and symbols (no Chinese, no spaces). */
export function characterString(value: string): string {
  const ascii = value.replace(/[^\x21-\x7e]/g, '');
  return chars(ascii).slice(0, FIELD_LIMITS.characterString).join('');
}

/** `name`: up to 10 Chinese characters (or 20 letters); longer names are cut, never ended with '…'. */
export function personName(value: string): string {
  const text = clean(value);
  return /^[\x20-\x7e]*$/.test(text) ? text.slice(0, 20) : chars(text).slice(0, FIELD_LIMITS.name).join('');
}

/** `time`: '2026年12月4日 09:00' in business time (Asia/Shanghai). */
export function wechatTime(instantMs: number): string {
  const [year, month, day] = businessDateOf(instantMs).split('-').map(Number);
  return `${year}年${month}月${day}日 ${businessTimeOf(instantMs)}`;
}

/** Whether a value keeps the rule of its field's type (the field key's prefix: thing1, phrase2, time3…). */
export function fitsField(key: string, value: string): boolean {
  const type = key.replace(/\d+$/, '');
  const n = chars(value).length;
  switch (type) {
    case 'thing':
      return n >= 1 && n <= FIELD_LIMITS.thing;
    case 'phrase':
      return PHRASE.test(value);
    case 'character_string':
      return n >= 1 && n <= FIELD_LIMITS.characterString && /^[\x21-\x7e]+$/.test(value);
    case 'name':
      return n >= 1 && (n <= FIELD_LIMITS.name || (n <= 20 && /^[\x20-\x7e]+$/.test(value)));
    case 'time':
      return /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(value);
    default:
      return false;
  }
}
