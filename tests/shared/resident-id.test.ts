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

// Every number below was worked out independently of the code under test: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8
// 4 2, the weighted sum mod 11 picks from 1 0 X 9 8 7 6 5 4 3 2. A few sums are written out beside them.

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
    // 3·7 + 5·9 + 0 + 6·5 + 0 + 2·4 + 1·2 + 9·1 + 9·6 + 0 + 0 + 1·9 + 0 + 1·5 + 0·8 + 0·4 + 8·2 = 199 → 1 → '0'.
    expect(residentIdCheckCharacter('35060219900101008')).toBe('0');
    expect(isValidResidentId('350602199001010080')).toBe(true);
  });

  it('agrees with the examples published in GB 11643-1999', () => {
    // The standard's example of a Beijing Dongcheng number: check character X (its sum is written out above).
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(residentIdProblem('110105194912310021')).toBe('checkDigit');
    expect(residentIdProblem('110105194912310020')).toBe('checkDigit');
    // Its Guangdong Shantou example: 4·7 + 4·9 + 0 + 5·5 + 2·8 + 4·4 + 1·2 + 8·1 + 8·6 + 0 + 0 + 1·9 + 0 + 1·5
    // + 0 + 0 + 1·2 = 195 → 8 → '4' (its birth year is refused further down, not its check character).
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('rejects a wrong check character, and each single-digit change of a valid number', () => {
    expect(residentIdProblem('350602199001011234')).toBe('checkDigit'); // its check character is 5, see above
    expect(residentIdProblem('110101199003078038')).toBe('checkDigit'); // its check character is X
    expect(residentIdProblem('35060219900101008X')).toBe('checkDigit'); // its check character is 0
    const valid = '350602199001011235';
    expect(isValidResidentId(valid)).toBe(true);
    // MOD 11-2 catches every single-digit substitution in the 17 digits (outside the birth date, which
    // would fail first for some substitutions).
    for (const position of [0, 1, 2, 3, 4, 5, 14, 15, 16]) {
      const digit = Number(valid[position]);
      const changed = `${valid.slice(0, position)}${(digit + 1) % 10}${valid.slice(position + 1)}`;
      expect(residentIdProblem(changed), changed).toBe('checkDigit');
    }
  });

  it('computes the check character of every remainder of the weighted sum', () => {
    // One number per remainder 0–10, worked out apart from the code (the sums are 183 plus the last three
    // digits' 8·d15 + 4·d16 + 2·d17).
    const byRemainder: Array<[first17: string, sum: number, check: string]> = [
      ['35060219900101002', 187, '1'],
      ['35060219900101008', 199, '0'],
      ['35060219900101003', 189, 'X'],
      ['35060219900101009', 201, '9'],
      ['35060219900101004', 191, '8'],
      ['35060219900101018', 203, '7'],
      ['35060219900101005', 193, '6'],
      ['35060219900101000', 183, '5'],
      ['35060219900101006', 195, '4'],
      ['35060219900101001', 185, '3'],
      ['35060219900101007', 197, '2'],
    ];
    expect(byRemainder.map(([, sum]) => sum % 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const [first17, , check] of byRemainder) {
      expect(residentIdCheckCharacter(first17), first17).toBe(check);
      expect(isValidResidentId(first17 + check), first17 + check).toBe(true);
    }
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
    expect(residentIdProblem('350602200002290016')).toBeNull();
    expect(birthDateOfResidentId('350602200002290016')).toBe('2000-02-29');
    expect(birthDateOfResidentId('11010519491231002x')).toBe('1949-12-31');
  });

  // The impossible dates carry the check character their 17 digits would give, so only the date is wrong.
  it('rejects impossible dates and years before 1900', () => {
    expect(residentIdProblem('35060219000229001X')).toBe('birthDate'); // 1900 is not a leap year
    expect(residentIdProblem('350602199002300012')).toBe('birthDate');
    expect(residentIdProblem('350602199013010010')).toBe('birthDate');
    expect(residentIdProblem('350602199001000018')).toBe('birthDate');
    expect(residentIdProblem('35060218990101001X')).toBe('birthDate');
    // The standard's own sample has a correct check character (see above) but a birth year (1880) no visitor has.
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
    expect(documentNumberMessage('RESIDENT_ID', '350602199002300012')).toBe('身份证号码中的出生日期有误');
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
