// The free-text rules at the edges of UTF-16: a surrogate pair is one character and the first and last code
// units of each surrogate range count as such, a lone surrogate is refused wherever it sits, paragraph text
// keeps each of tab, line feed and carriage return, and a text field's messages when none or some are given.
import {
  charCount,
  DOCUMENT_NUMBER_INPUT_MAX,
  documentNumberMessage,
  fieldErrorsOf,
  hasControlCharacter,
  hasLoneSurrogate,
  textModel,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';

/** The issues of a parse as 'path: message', for exact comparisons. */
function issues(model: z.ZodMiniType, value: unknown): string[] {
  const result = model.safeParse(value);
  return result.success ? [] : fieldErrorsOf(result.error).map((e) => `${e.path}: ${e.message}`);
}

// Code units written out, so each fixture says exactly what it holds.
const HIGH_FIRST = '\uD800';
const HIGH_LAST = '\uDBFF';
const LOW_FIRST = '\uDC00';
const LOW_LAST = '\uDFFF';
/** 𠀋 (U+2000B), a character of Chinese names outside the Basic Multilingual Plane. */
const EXTENSION_B = '\uD840\uDC0B';

describe('charCount', () => {
  it('counts a surrogate pair as one character', () => {
    expect(charCount(EXTENSION_B)).toBe(1);
    expect(charCount(`林${EXTENSION_B}明`)).toBe(3);
  });

  it('pairs the first and the last code units of the two surrogate ranges', () => {
    expect(charCount(HIGH_FIRST + LOW_FIRST)).toBe(1);
    expect(charCount(HIGH_LAST + LOW_LAST)).toBe(1);
    expect(charCount(HIGH_FIRST + LOW_LAST)).toBe(1);
    expect(charCount(HIGH_LAST + LOW_FIRST)).toBe(1);
  });

  it('counts a high surrogate followed by anything but a low one as two characters', () => {
    expect(charCount(`${HIGH_FIRST}a`)).toBe(2);
    expect(charCount(`${HIGH_LAST}\uE000`)).toBe(2);
    expect(charCount(HIGH_FIRST + HIGH_FIRST)).toBe(2);
    expect(charCount(`a${HIGH_LAST}`)).toBe(2);
  });

  it('never pairs a low surrogate with what follows it', () => {
    expect(charCount(LOW_FIRST + LOW_FIRST)).toBe(2);
    expect(charCount(`a${LOW_FIRST}`)).toBe(2);
    expect(charCount(`\uD7FF${LOW_FIRST}`)).toBe(2);
  });
});

describe('hasLoneSurrogate', () => {
  it('finds nothing wrong in text without surrogates or with whole pairs', () => {
    expect(hasLoneSurrogate('abc')).toBe(false);
    expect(hasLoneSurrogate(`林${EXTENSION_B}明`)).toBe(false);
    expect(hasLoneSurrogate(HIGH_FIRST + LOW_FIRST)).toBe(false);
    expect(hasLoneSurrogate(HIGH_LAST + LOW_LAST)).toBe(false);
    expect(hasLoneSurrogate(`\uD7FF\uE000`)).toBe(false);
  });

  it('finds a high surrogate followed by something other than a low one, or by nothing', () => {
    expect(hasLoneSurrogate(`${HIGH_FIRST}a`)).toBe(true);
    expect(hasLoneSurrogate(`${HIGH_LAST}\uE000`)).toBe(true);
    expect(hasLoneSurrogate(`${HIGH_FIRST}\uDBFF`)).toBe(true);
    expect(hasLoneSurrogate(`a${HIGH_LAST}`)).toBe(true);
  });

  it('finds a low surrogate with no high one before it, at either end of the low range', () => {
    expect(hasLoneSurrogate(LOW_FIRST)).toBe(true);
    expect(hasLoneSurrogate(`a${LOW_LAST}`)).toBe(true);
    expect(hasLoneSurrogate(`${EXTENSION_B}${LOW_FIRST}`)).toBe(true);
  });
});

describe('hasControlCharacter', () => {
  it('lets paragraph text keep a tab, a line feed and a carriage return, each on its own', () => {
    expect(hasControlCharacter('甲\t乙', { allowLineBreaks: true })).toBe(false);
    expect(hasControlCharacter('甲\n乙', { allowLineBreaks: true })).toBe(false);
    expect(hasControlCharacter('甲\r乙', { allowLineBreaks: true })).toBe(false);
  });

  it('refuses a tab and a carriage return in one-line text', () => {
    expect(hasControlCharacter('甲\t乙')).toBe(true);
    expect(hasControlCharacter('甲\r乙')).toBe(true);
  });

  it('still refuses the other controls next to them in paragraph text', () => {
    expect(hasControlCharacter('甲\u000b乙', { allowLineBreaks: true })).toBe(true);
    expect(hasControlCharacter('甲\u000c乙', { allowLineBreaks: true })).toBe(true);
  });
});

describe('textModel messages', () => {
  const plain = textModel({ max: 4, tooLong: '最多4字' });
  const required = textModel({ max: 4, tooLong: '最多4字', required: '请填写' });
  const ownInvalid = textModel({ max: 4, tooLong: '最多4字', invalid: '含有不允许的字符' });

  it('refuses control characters and lone surrogates with the shared message when the field names none', () => {
    expect(issues(plain, 'a\u0000b')).toEqual([': 含有无法识别的字符，请删除后重试']);
    expect(issues(plain, `a${LOW_FIRST}`)).toEqual([': 含有无法识别的字符，请删除后重试']);
  });

  it('refuses them with the field’s own message when it names one', () => {
    expect(issues(ownInvalid, 'a\u0000b')).toEqual([': 含有不允许的字符']);
  });

  it('answers a value that is not a string with the required message, or the invalid one when not required', () => {
    expect(issues(required, undefined)).toEqual([': 请填写']);
    expect(issues(required, 42)).toEqual([': 请填写']);
    expect(issues(plain, 42)).toEqual([': 含有无法识别的字符，请删除后重试']);
    expect(issues(ownInvalid, null)).toEqual([': 含有不允许的字符']);
  });

  it('refuses a blank required value once trimmed, and accepts a blank optional one as empty', () => {
    expect(issues(required, '   ')).toEqual([': 请填写']);
    expect(plain.parse('   ')).toBe('');
  });

  it('counts a surrogate pair as one character against the maximum', () => {
    expect(plain.parse(`${EXTENSION_B}${EXTENSION_B}${EXTENSION_B}${EXTENSION_B}`)).toBe(
      `${EXTENSION_B}${EXTENSION_B}${EXTENSION_B}${EXTENSION_B}`,
    );
    expect(issues(plain, `${EXTENSION_B}${EXTENSION_B}${EXTENSION_B}${EXTENSION_B}a`)).toEqual([': 最多4字']);
  });
});

describe('documentNumberMessage of a number typed with spaces', () => {
  const PASSPORT = 'E12345678';
  /** GB 11643's published example: weighted sum 167, 167 mod 11 = 2, so the check character is X. */
  const RESIDENT_ID = '11010519491231002X';

  it('accepts exactly the longest input, spaces included, when the number inside is valid', () => {
    const passport = PASSPORT.padEnd(DOCUMENT_NUMBER_INPUT_MAX, ' ');
    const residentId = RESIDENT_ID.padEnd(DOCUMENT_NUMBER_INPUT_MAX, ' ');
    expect(passport).toHaveLength(40);
    expect(documentNumberMessage('PASSPORT', passport)).toBeNull();
    expect(documentNumberMessage('RESIDENT_ID', residentId)).toBeNull();
  });

  it('refuses one character more with the message of its document type, though the number inside is valid', () => {
    expect(documentNumberMessage('PASSPORT', PASSPORT.padEnd(41, ' '))).toBe('证件号码格式不正确');
    expect(documentNumberMessage('HK_MACAO_PERMIT', PASSPORT.padEnd(41, ' '))).toBe('证件号码格式不正确');
    expect(documentNumberMessage('RESIDENT_ID', RESIDENT_ID.padEnd(41, ' '))).toBe('身份证号码应为18位');
  });
});
