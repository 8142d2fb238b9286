// Resident ID numbers (GB 11643-1999, ISO 7064 MOD 11-2) and the form messages built on them.
import {
  birthDateOfResidentId,
  DOCUMENT_TYPES,
  documentNumberMessage,
  isValidResidentId,
  normalizeDocumentNumber,
  normalizeResidentId,
  residentIdCheckCharacter,
  residentIdProblem,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

/** A valid number built with the function under test: 17 digits plus their check character. */
const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('resident ID check character', () => {
  it('accepts numbers whose check character was worked out by hand', () => {
    // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
    // = 167; 167 mod 11 = 2 → 'X' (the table is 1 0 X 9 8 7 6 5 4 3 2).
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    // 3·7 + 5·9 + 0 + 6·5 + 0 + 2·4 + 1·2 + 9·1 + 9·6 + 0 + 0 + 1·9 + 0 + 1·5 + 1·8 + 2·4 + 3·2 = 205 → 7 → '5'.
    expect(residentIdCheckCharacter('35060219900101123')).toBe('5');
    expect(isValidResidentId('350602199001011235')).toBe(true);
    // 1·7 + 1·9 + 0 + 1·5 + 0 + 1·4 + 1·2 + 9·1 + 9·6 + 0 + 0 + 3·9 + 0 + 7·5 + 8·8 + 0 + 3·2 = 222 → 2 → 'X'.
    expect(isValidResidentId('11010119900307803X')).toBe(true);
  });

  it('rejects a wrong check character, and each single-digit change of a valid number', () => {
    expect(residentIdProblem('350602199001011234')).toBe('checkDigit'); // its check character is 5, see above
    expect(residentIdProblem('110101199003078038')).toBe('checkDigit'); // its check character is X
    const valid = withCheck('35060219900101123');
    expect(isValidResidentId(valid)).toBe(true);
    // MOD 11-2 catches every single-digit substitution in the 17 digits (outside the birth date, which
    // would fail first for some substitutions).
    for (const position of [0, 1, 2, 3, 4, 5, 14, 15, 16]) {
      const digit = Number(valid[position]);
      const changed = `${valid.slice(0, position)}${(digit + 1) % 10}${valid.slice(position + 1)}`;
      expect(residentIdProblem(changed), changed).toBe('checkDigit');
    }
  });

  it('computes a check character in 0–9 or X for every remainder', () => {
    const seen = new Set<string>();
    for (let serial = 0; serial < 200; serial++) {
      const first17 = `35060219900101${String(serial).padStart(3, '0')}`;
      const check = residentIdCheckCharacter(first17);
      expect(check).toMatch(/^[0-9X]$/);
      expect(isValidResidentId(first17 + check)).toBe(true);
      seen.add(check);
    }
    expect(seen.size).toBe(11);
  });
});

describe('resident ID normalisation and format', () => {
  it('removes spaces and upper-cases a trailing x', () => {
    expect(normalizeResidentId(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(normalizeDocumentNumber('RESIDENT_ID', '110105 1949 1231 002x')).toBe('11010519491231002X');
    expect(normalizeDocumentNumber('PASSPORT', ' e1234 5678 ')).toBe('E12345678');
  });

  it('requires 17 digits and a digit or X', () => {
    expect(residentIdProblem('11010519491231002')).toBe('format');
    expect(residentIdProblem('11010519491231002XX')).toBe('format');
    expect(residentIdProblem('1101051949123100AX')).toBe('format');
    expect(residentIdProblem('11010519491231002Y')).toBe('format');
    expect(residentIdProblem('')).toBe('format');
  });
});

describe('resident ID birth date', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(residentIdProblem(withCheck('35060220000229001'))).toBeNull();
    expect(birthDateOfResidentId(withCheck('35060220000229001'))).toBe('2000-02-29');
    expect(birthDateOfResidentId('11010519491231002x')).toBe('1949-12-31');
  });

  it('rejects impossible dates and years before 1900', () => {
    expect(residentIdProblem(withCheck('35060219000229001'))).toBe('birthDate'); // 1900 is not a leap year
    expect(residentIdProblem(withCheck('35060219900230001'))).toBe('birthDate');
    expect(residentIdProblem(withCheck('35060219901301001'))).toBe('birthDate');
    expect(residentIdProblem(withCheck('35060219900100001'))).toBe('birthDate');
    expect(residentIdProblem(withCheck('35060218990101001'))).toBe('birthDate');
    // The standard's own sample has a correct check character but a birth year (1880) no visitor has.
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
    expect(residentIdProblem('440524188001010014')).toBe('birthDate');
  });
});

describe('documentNumberMessage', () => {
  it('asks for a number for every document type when empty', () => {
    for (const type of DOCUMENT_TYPES) expect(documentNumberMessage(type, '  ')).toBe('请填写证件号码');
  });

  it('explains each resident ID problem in Chinese', () => {
    expect(documentNumberMessage('RESIDENT_ID', '11010519491231002X')).toBeNull();
    expect(documentNumberMessage('RESIDENT_ID', '1101051949')).toBe('身份证号码应为18位');
    expect(documentNumberMessage('RESIDENT_ID', withCheck('35060219900230001'))).toBe('身份证号码中的出生日期有误');
    expect(documentNumberMessage('RESIDENT_ID', '350602199001011234')).toBe('身份证号码校验位不正确，请核对');
  });

  it('checks passports and permits by shape only', () => {
    for (const type of DOCUMENT_TYPES.filter((t) => t !== 'RESIDENT_ID')) {
      expect(documentNumberMessage(type, 'E12345678'), type).toBeNull();
      expect(documentNumberMessage(type, 'h 1234 5678'), type).toBeNull();
      expect(documentNumberMessage(type, 'AB12'), type).toBe('证件号码格式不正确');
      expect(documentNumberMessage(type, 'E1234-5678'), type).toBe('证件号码格式不正确');
      expect(documentNumberMessage(type, 'A'.repeat(21)), type).toBe('证件号码格式不正确');
    }
  });
});

describe('resident ID birth years around 1900', () => {
  // Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; check characters by sum mod 11: 1 0 X 9 8 7 6 5 4 3 2.
  // 35060219000101001: 3·7 + 5·9 + 0·10 + 6·5 + 0·8 + 2·4 + 1·2 + 9·1 + 0·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5
  //   + 0·8 + 0·4 + 1·2 = 131; 131 mod 11 = 10 → '2'.
  const FIRST_DAY_OF_1900 = '350602190001010012';
  // 35060218991231001: 3·7 + 5·9 + 0·10 + 6·5 + 0·8 + 2·4 + 1·2 + 8·1 + 9·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5
  //   + 0·8 + 0·4 + 1·2 = 257; 257 mod 11 = 4 → '8'.
  const LAST_DAY_OF_1899 = '350602189912310018';

  it('accepts someone born on 1 January 1900', () => {
    expect(residentIdProblem(FIRST_DAY_OF_1900)).toBeNull();
    expect(documentNumberMessage('RESIDENT_ID', FIRST_DAY_OF_1900, '2026-11-24')).toBeNull();
  });

  it('refuses someone born on 31 December 1899 for the birth date, though the check character is right', () => {
    expect(residentIdCheckCharacter(LAST_DAY_OF_1899.slice(0, 17))).toBe('8');
    expect(residentIdProblem(LAST_DAY_OF_1899)).toBe('birthDate');
    expect(documentNumberMessage('RESIDENT_ID', LAST_DAY_OF_1899)).toBe('身份证号码中的出生日期有误');
  });
});
