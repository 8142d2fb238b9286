// Masking of personal data for display, and the phone and name rules of the forms.
import { maskDocumentNumber, maskName, maskPhone, nameMessage, normalizePhone, phoneMessage } from '@zz/shared';
import { describe, expect, it } from 'vitest';

describe('maskDocumentNumber', () => {
  it('keeps the region code and the last four characters of a resident ID', () => {
    expect(maskDocumentNumber('350602199001011235')).toBe('350602********1235');
    expect(maskDocumentNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('keeps two characters at each end of shorter documents, and hides very short ones entirely', () => {
    expect(maskDocumentNumber('E12345678')).toBe('E1*****78');
    expect(maskDocumentNumber('H1234')).toBe('H1*34');
    expect(maskDocumentNumber('1234')).toBe('****');
    expect(maskDocumentNumber('')).toBe('');
  });

  it('never shows the birth date of a resident ID', () => {
    expect(maskDocumentNumber('350602199001011235')).not.toContain('19900101');
  });
});

describe('maskPhone', () => {
  it('shows the first three and the last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('hides short values entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});

describe('maskName', () => {
  it('keeps the first character, counting characters rather than UTF-16 units', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('𠮷野家')).toBe('𠮷**');
    expect(maskName('张')).toBe('张');
  });
});

describe('phone and name rules', () => {
  it('normalises spaces, dashes and the +86 prefix', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(phoneMessage('+86 138 1234 5678')).toBeNull();
  });
  it('rejects numbers that are not mainland mobiles', () => {
    expect(phoneMessage('')).toBe('请填写手机号码');
    expect(phoneMessage('12812345678')).toBe('手机号码应为11位大陆手机号');
    expect(phoneMessage('1381234567')).toBe('手机号码应为11位大陆手机号');
  });
  it('requires a name of at most 30 characters', () => {
    expect(nameMessage('  ')).toBe('请填写姓名');
    expect(nameMessage('张三')).toBeNull();
    expect(nameMessage('张'.repeat(30))).toBeNull();
    expect(nameMessage('张'.repeat(31))).toBe('姓名不能超过30个字');
  });
});

describe('masking at its length boundaries', () => {
  it('masks 15 characters or more like a resident ID (old 15-digit IDs included), and 14 like any document', () => {
    expect(maskDocumentNumber('350602900101123')).toBe('350602*****1123');
    expect(maskDocumentNumber('P123456789012345')).toBe('P12345******2345');
    expect(maskDocumentNumber('P1234567890123')).toBe('P1**********23');
    expect(maskDocumentNumber('H1234')).toBe('H1*34');
  });

  it('shows three and four digits of a phone of 8 digits or more, and nothing of a shorter one', () => {
    expect(maskPhone('12345678')).toBe('123*5678');
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('138123456789')).toBe('138*****6789');
    expect(maskPhone('')).toBe('');
  });

  it('masks names by characters: empty stays empty, one character stays, the rest become stars', () => {
    expect(maskName('')).toBe('');
    expect(maskName('张')).toBe('张');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    // '𠀋' (U+2000B) is one character written as two UTF-16 units (a surrogate pair): it is shown whole,
    // never split into a lone surrogate, and counts as one star when it is not the first character.
    expect(maskName('𠀋子')).toBe('𠀋*');
    expect(maskName('𠀋')).toBe('𠀋');
    expect(maskName('子𠀋')).toBe('子*');
  });
});
