// The rules of identity data that every form and the server share: resident ID region codes and birth dates
// relative to today, names and display names (length in characters, no control characters, no broken
// Unicode), and mobile numbers.
import {
  charCount,
  DISPLAY_NAME_MAX_LENGTH,
  displayNameModel,
  documentNumberMessage,
  firstMessage,
  hasControlCharacter,
  hasLoneSurrogate,
  isProvinceCode,
  NAME_MAX_LENGTH,
  nameMessage,
  personNameModel,
  phoneMessage,
  phoneModel,
  residentIdCheckCharacter,
  residentIdProblem,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
const TODAY = '2026-11-24';

describe('resident ID region code', () => {
  it('accepts the first and last code of every province-level range', () => {
    for (const code of [11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83]) {
      expect(isProvinceCode(code), String(code)).toBe(true);
      expect(residentIdProblem(withCheck(`${code}0602199001011`.padEnd(17, '2'))), String(code)).toBeNull();
    }
  });

  it('refuses the codes just outside each range, and 000000', () => {
    for (const code of [0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 99]) {
      expect(isProvinceCode(code), String(code)).toBe(false);
      const id = withCheck(`${String(code).padStart(2, '0')}0602199001011`.padEnd(17, '2'));
      expect(residentIdProblem(id), id).toBe('region');
    }
    const zeros = withCheck('00000019900101123');
    expect(residentIdProblem(zeros)).toBe('region');
    expect(documentNumberMessage('RESIDENT_ID', zeros)).toBe('身份证号码前两位地区码有误');
  });
});

describe('resident ID birth date relative to today', () => {
  it('accepts a birth date of today and refuses tomorrow, once today is given', () => {
    const bornToday = withCheck('35060220261124001');
    const bornTomorrow = withCheck('35060220261125001');
    expect(residentIdProblem(bornToday, TODAY)).toBeNull();
    expect(residentIdProblem(bornTomorrow, TODAY)).toBe('birthDate');
    expect(documentNumberMessage('RESIDENT_ID', bornTomorrow, TODAY)).toBe('身份证号码中的出生日期有误');
    // The same number a day later is fine: the rule follows the caller's clock, not the machine's.
    expect(residentIdProblem(bornTomorrow, '2026-11-25')).toBeNull();
  });

  it('refuses a far-future birth date', () => {
    expect(residentIdProblem(withCheck('35060220990101001'), TODAY)).toBe('birthDate');
  });
});

describe('names', () => {
  it(`accepts 1 to ${NAME_MAX_LENGTH} characters after trimming, counting characters rather than UTF-16 units`, () => {
    expect(nameMessage('')).toBe('请填写姓名');
    expect(nameMessage('   ')).toBe('请填写姓名');
    expect(nameMessage('林')).toBeNull();
    expect(nameMessage('林'.repeat(NAME_MAX_LENGTH))).toBeNull();
    expect(nameMessage(` ${'林'.repeat(NAME_MAX_LENGTH)} `)).toBeNull();
    expect(nameMessage('林'.repeat(NAME_MAX_LENGTH + 1))).toBe('姓名不能超过30个字');
    // 𠀋 (U+2000B) is one character in two UTF-16 units, as MySQL's utf8mb4 counts it.
    expect(charCount('𠀋')).toBe(1);
    expect(nameMessage('𠀋'.repeat(NAME_MAX_LENGTH))).toBeNull();
    expect(nameMessage('𠀋'.repeat(NAME_MAX_LENGTH + 1))).toBe('姓名不能超过30个字');
  });

  it('refuses a 100 KB name with one message', () => {
    const result = personNameModel.safeParse('林'.repeat(100 * 1024));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['姓名不能超过30个字']);
  });

  it('refuses NUL and every C0 and C1 control character, tab and line breaks included', () => {
    for (const code of [0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
      const name = `林${String.fromCharCode(code)}晓`;
      expect(nameMessage(name), code.toString(16)).toBe('姓名含有无法识别的字符，请删除后重试');
    }
    // Characters next to the control ranges are ordinary text.
    expect(nameMessage('林 晓')).toBeNull();
    expect(nameMessage('Anne-Marie')).toBeNull();
    expect(nameMessage('林\u00a0晓')).toBeNull();
    expect(nameMessage('阿依古丽·买买提')).toBeNull();
  });

  it('refuses lone surrogates and accepts surrogate pairs', () => {
    expect(hasLoneSurrogate('\ud840\udc0b')).toBe(false);
    for (const broken of ['\ud840', '林\ud840', '\udc0b林', '林\udc0b\ud840晓', '\ud840\ud840']) {
      expect(hasLoneSurrogate(broken), JSON.stringify(broken)).toBe(true);
      expect(nameMessage(broken), JSON.stringify(broken)).toBe('姓名含有无法识别的字符，请删除后重试');
    }
  });

  it(`bounds display names to ${DISPLAY_NAME_MAX_LENGTH} characters and refuses control characters in them`, () => {
    expect(firstMessage(displayNameModel, '')).toBe('请填写1–20个字的昵称');
    expect(firstMessage(displayNameModel, '访'.repeat(DISPLAY_NAME_MAX_LENGTH))).toBeNull();
    expect(firstMessage(displayNameModel, '访'.repeat(DISPLAY_NAME_MAX_LENGTH + 1))).toBe('请填写1–20个字的昵称');
    expect(firstMessage(displayNameModel, '访\u0000客')).toBe('昵称含有无法识别的字符，请删除后重试');
    expect(displayNameModel.parse('  访客 ')).toBe('访客');
  });

  it('tells paragraphs from single lines', () => {
    expect(hasControlCharacter('第一段\n\n第二段', { allowLineBreaks: true })).toBe(false);
    expect(hasControlCharacter('第一段\n\n第二段')).toBe(true);
    expect(hasControlCharacter('第一段\u0000', { allowLineBreaks: true })).toBe(true);
  });
});

describe('mobile numbers', () => {
  it('accepts 11 digits starting 13–19, typed with spaces, dashes or +86', () => {
    expect(phoneModel.parse('139 1234 5678')).toBe('13912345678');
    expect(phoneModel.parse('+86 139-1234-5678')).toBe('13912345678');
    expect(phoneMessage('13912345678')).toBeNull();
  });

  it('refuses 10 and 12 digits, a wrong prefix, nothing, and a 100 KB string', () => {
    expect(phoneMessage('1391234567')).toBe('手机号码应为11位大陆手机号');
    expect(phoneMessage('139123456789')).toBe('手机号码应为11位大陆手机号');
    expect(phoneMessage('12912345678')).toBe('手机号码应为11位大陆手机号');
    expect(phoneMessage('')).toBe('请填写手机号码');
    expect(phoneMessage(`1391234567${' '.repeat(100 * 1024)}8`)).toBe('手机号码应为11位大陆手机号');
    expect(phoneModel.safeParse(13912345678).success).toBe(false);
  });
});
