// Every shape rule must match the whole value: a valid part with extra characters before or after it is
// refused. Each value below contains a valid one, so a pattern that lost its ^ or $ would accept it.
import {
  bookingPolicyModel,
  documentNumberMessage,
  idempotencyKeyModel,
  isClockTime,
  phoneMessage,
  phoneModel,
  residentIdProblem,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

const PHONE_MESSAGE = '手机号码应为11位大陆手机号';

describe('mobile numbers', () => {
  it('accepts exactly eleven digits starting with 1[3-9]', () => {
    expect(phoneMessage('13812345678')).toBeNull();
    expect(phoneModel.parse('13812345678')).toBe('13812345678');
  });

  it('refuses a valid number with a digit or letter before or after it', () => {
    for (const value of ['138123456789', '013812345678', 'x13812345678', '13812345678x', '08613812345678']) {
      expect(phoneMessage(value), value).toBe(PHONE_MESSAGE);
      expect(phoneModel.safeParse(value).success, value).toBe(false);
    }
  });
});

describe('clock times', () => {
  it('accepts 00:00 to 23:59', () => {
    for (const value of ['00:00', '09:00', '19:59', '23:59']) expect(isClockTime(value), value).toBe(true);
  });

  it('refuses extra characters, one-digit hours and out-of-range hours or minutes', () => {
    for (const value of ['09:00x', 'x09:00', '109:00', '09:000', '09:00 ', '9:00', '24:00', '23:60']) {
      expect(isClockTime(value), value).toBe(false);
    }
  });

  it('refuses them as a policy release time too', () => {
    expect(bookingPolicyModel.safeParse({ releaseTime: '20:00' }).success).toBe(true);
    for (const value of ['20:00x', 'x20:00', '24:00', '23:60']) {
      expect(bookingPolicyModel.safeParse({ releaseTime: value }).success, value).toBe(false);
    }
  });
});

describe('idempotency keys', () => {
  const accepts = (value: string) => idempotencyKeyModel.safeParse(value).success;

  it('accepts 8 to 64 letters, digits, _ and -', () => {
    expect(accepts('abcdefgh')).toBe(true);
    expect(accepts('group-key_0001')).toBe(true);
    expect(accepts('a'.repeat(64))).toBe(true);
  });

  it('refuses one character too few or too many', () => {
    expect(accepts('abcdefg')).toBe(false);
    expect(accepts('a'.repeat(65))).toBe(false);
  });

  it('refuses a valid key with another character before, inside or after it', () => {
    for (const value of ['abcdefgh!', '!abcdefgh', 'abcd efgh', 'abcdefgh\n', '键abcdefgh']) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('document numbers other than resident IDs', () => {
  const OTHER = ['PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT'] as const;

  it('accepts 5 to 20 letters and digits', () => {
    for (const type of OTHER) {
      expect(documentNumberMessage(type, 'A1234'), type).toBeNull();
      expect(documentNumberMessage(type, 'E12345678'), type).toBeNull();
      expect(documentNumberMessage(type, 'A'.repeat(20)), type).toBeNull();
    }
  });

  it('refuses a valid number with another character before or after it', () => {
    for (const type of OTHER) {
      for (const value of ['E12345678!', '!E12345678', 'E12345678-', '.E12345678', 'E12345678号']) {
        expect(documentNumberMessage(type, value), `${type} ${value}`).toBe('证件号码格式不正确');
      }
    }
  });

  it('refuses a resident ID with a character before it', () => {
    // 11010519491231002X is valid (its check character is worked out in resident-id.test.ts).
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('A11010519491231002X')).toBe('format');
    expect(residentIdProblem('011010519491231002X')).toBe('format');
  });
});
