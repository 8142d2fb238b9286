// Who is a minor on a visit date (the 18th birthday, 29 February included) and the group rule of one adult
// per ten minors, on its own and through the roster model with resident IDs whose check characters were
// worked out by hand, so a wrong rule cannot hide behind a fixture built by the code under test.
import { fieldErrorsOf, groupRosterModel, hasEnoughAdults, isMinorOn } from '@zz/shared';
import { describe, expect, it } from 'vitest';

describe('isMinorOn: the 18th birthday', () => {
  it('is a minor the day before the 18th birthday and an adult from that day on', () => {
    expect(isMinorOn('2008-11-24', '2026-11-23')).toBe(true);
    expect(isMinorOn('2008-11-24', '2026-11-24')).toBe(false);
    expect(isMinorOn('2008-11-24', '2026-11-25')).toBe(false);
  });

  it('crosses month and year ends on the calendar, not by counting days', () => {
    expect(isMinorOn('2008-12-31', '2026-12-30')).toBe(true);
    expect(isMinorOn('2008-12-31', '2026-12-31')).toBe(false);
    expect(isMinorOn('2009-01-01', '2026-12-31')).toBe(true);
    expect(isMinorOn('2009-01-01', '2027-01-01')).toBe(false);
    // 18 × 365 days after 2008-11-24 falls on 2026-11-20 (four leap days in between): still a minor then.
    expect(isMinorOn('2008-11-24', '2026-11-20')).toBe(true);
  });

  it('makes someone born on 29 February an adult on 1 March, never on 28 February', () => {
    // In China one turns 18 on the anniversary of the birth date; a year with no 29 February has no such
    // day, and the law counts the age from 1 March in that year. Eighteen years after a leap year is never
    // a leap year (18 ≡ 2 mod 4), so 29 February births always come of age on 1 March. The code compares
    // the visit date with the string '2026-02-29': 28 February sorts before it, 1 March after it.
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
    expect(isMinorOn('2008-02-29', '2026-03-02')).toBe(false);
    expect(isMinorOn('2012-02-29', '2030-02-28')).toBe(true);
    expect(isMinorOn('2012-02-29', '2030-03-01')).toBe(false);
  });
});

describe('hasEnoughAdults: one adult per ten minors', () => {
  it('accepts exactly ten minors per adult and refuses one more', () => {
    expect(hasEnoughAdults(1, 10)).toBe(true);
    expect(hasEnoughAdults(1, 11)).toBe(false);
    expect(hasEnoughAdults(2, 20)).toBe(true);
    expect(hasEnoughAdults(2, 21)).toBe(false);
    expect(hasEnoughAdults(1, 0)).toBe(true);
  });

  it('refuses a group without an adult, even one without minors', () => {
    expect(hasEnoughAdults(0, 10)).toBe(false);
    expect(hasEnoughAdults(0, 1)).toBe(false);
    expect(hasEnoughAdults(0, 0)).toBe(false);
  });
});

describe('groupRosterModel: one adult per ten minors with hand-made resident IDs', () => {
  // Weights of GB 11643: 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; check characters by sum mod 11: 1 0 X 9 8 7 6 5 4 3 2.
  //
  // Minors, born 2012-06-15 in 350602 (14 years old on the visit date). The first 14 digits weigh
  // 3·7 + 5·9 + 0·10 + 6·5 + 0·8 + 2·4 + 2·2 + 0·1 + 1·6 + 2·3 + 0·7 + 6·9 + 1·10 + 5·5 = 209 (≡ 0 mod 11),
  // and the serial abc adds a·8 + b·4 + c·2:
  //   001: 209 + 2 = 211 ≡ 2 → X     002: 213 ≡ 4 → 8     003: 215 ≡ 6 → 6     004: 217 ≡ 8 → 4
  //   005: 219 ≡ 10 → 2              006: 221 ≡ 1 → 0     007: 223 ≡ 3 → 9     008: 225 ≡ 5 → 7
  //   009: 227 ≡ 7 → 5               010: 209 + 4 = 213 ≡ 4 → 8                011: 209 + 4 + 2 = 215 ≡ 6 → 6
  const MINOR_IDS = [
    '35060220120615001X',
    '350602201206150028',
    '350602201206150036',
    '350602201206150044',
    '350602201206150052',
    '350602201206150060',
    '350602201206150079',
    '350602201206150087',
    '350602201206150095',
    '350602201206150108',
    '350602201206150116',
  ];
  // The adult, born 1985-03-08 in 350602: 3·7 + 5·9 + 0 + 6·5 + 0 + 2·4 + 1·2 + 9·1 + 8·6 + 5·3 + 0·7 + 3·9
  // + 0·10 + 8·5 = 245, serial 021 adds 0·8 + 2·4 + 1·2 = 10: 255 ≡ 2 → X.
  const ADULT_ID = '35060219850308021X';

  const roster = groupRosterModel({ today: '2026-11-24', visitDate: '2026-11-27' });
  const minors = (n: number) => MINOR_IDS.slice(0, n).map((documentNumber) => ({ name: '林小', documentNumber }));
  const adult = { name: '陈老师', documentNumber: ADULT_ID };
  const issues = (value: unknown) => {
    const result = roster.safeParse(value);
    return result.success ? [] : fieldErrorsOf(result.error).map((e) => `${e.path}: ${e.message}`);
  };

  it('accepts one adult with ten minors', () => {
    expect(issues([adult, ...minors(10)])).toEqual([]);
  });

  it('refuses one adult with eleven minors, on the roster as a whole', () => {
    expect(issues([adult, ...minors(11)])).toEqual([': 每10名未成年人至少需要1名成年人带队']);
  });

  it('refuses ten minors without an adult', () => {
    expect(issues(minors(10))).toEqual([': 每10名未成年人至少需要1名成年人带队']);
  });
});
