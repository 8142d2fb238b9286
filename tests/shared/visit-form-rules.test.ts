// The visit forms' rules that the edge tests of visits-models.test.ts leave open: the messages of a visitor
// with a field missing or of the wrong type, the size message of a party, entries that failed parsing never
// counted as repeats, the booking form's count of saved and typed visitors, the group roster's adult ratio
// judged only on well-formed entries, minors declared on other documents, and the staff place counts that are
// not whole numbers.
import {
  addDays,
  bookingModel,
  fieldErrorsOf,
  groupRosterModel,
  groupVisitModel,
  isMinorVisitor,
  placeCountsModel,
  residentIdCheckCharacter,
  visitorPartyModel,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';

const TODAY = '2026-11-24';
const RATIO = '每10名未成年人至少需要1名成年人带队';

let serial = 0;
/** A valid resident ID, different on every call, of someone born on `birthDate`. */
function residentId(birthDate: string): string {
  serial += 1;
  const first17 = `350602${birthDate.replace(/-/g, '')}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
/** The same number with another check character. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const adult = () => ({ name: '林晓', documentType: 'RESIDENT_ID' as const, documentNumber: residentId('1988-05-17') });
const minor = () => ({ name: '林小', documentType: 'RESIDENT_ID' as const, documentNumber: residentId('2016-03-01') });
const people = (n: number, make: () => ReturnType<typeof adult>) => Array.from({ length: n }, make);
const PHONE = '13800138000';

function issues(model: z.ZodMiniType, value: unknown): string[] {
  const result = model.safeParse(value);
  return result.success ? [] : fieldErrorsOf(result.error).map((e) => `${e.path}: ${e.message}`);
}

describe('a visitor with a field missing or of the wrong type', () => {
  const party = visitorPartyModel({ min: 1, max: 5, today: TODAY });

  it('asks for the document number when it is missing', () => {
    expect(issues(party, [{ name: '林晓', documentType: 'RESIDENT_ID' }])).toEqual([
      '0.documentNumber: 请填写证件号码',
    ]);
  });

  it('asks for the document type when it is not one of the accepted ones', () => {
    expect(issues(party, [{ name: '林晓', documentType: 'DRIVING_LICENCE', documentNumber: 'E12345678' }])).toEqual([
      '0.documentType: 请选择证件类型',
    ]);
  });

  it('never reports as a repeat two entries of a type that is not accepted', () => {
    const entry = { name: '林晓', documentType: 'DRIVING_LICENCE', documentNumber: 'E12345678' };
    expect(issues(party, [entry, { ...entry }])).toEqual([
      '0.documentType: 请选择证件类型',
      '1.documentType: 请选择证件类型',
    ]);
  });

  it('never reports as a repeat two entries with the same wrong number, only the number itself (a party with a failed entry is not judged as a whole)', () => {
    const number = wrongCheck(residentId('1988-05-17'));
    expect(
      issues(party, [
        { name: '林晓', documentNumber: number },
        { name: '林晓', documentNumber: number },
      ]),
    ).toEqual(['0.documentNumber: 身份证号码校验位不正确，请核对', '1.documentNumber: 身份证号码校验位不正确，请核对']);
  });

  it('judges birth dates against the given day', () => {
    const tomorrow = addDays(TODAY, 1);
    expect(issues(party, [{ name: '林晓', documentNumber: residentId(tomorrow) }])).toEqual([
      '0.documentNumber: 身份证号码中的出生日期有误',
    ]);
    expect(issues(party, [{ name: '林晓', documentNumber: residentId(TODAY) }])).toEqual([]);
  });
});

describe('the size message of a party', () => {
  it('names the range when the bounds differ', () => {
    expect(issues(visitorPartyModel({ min: 1, max: 3, today: TODAY }), [])).toEqual([': 参观人数应为1–3人']);
  });

  it('names the one size when the bounds are equal', () => {
    expect(issues(visitorPartyModel({ min: 2, max: 2, today: TODAY }), [adult()])).toEqual([': 参观人数应为2人']);
  });
});

describe('the booking form', () => {
  const form = bookingModel({ maxVisitors: 3, today: TODAY });

  it('reads absent lists as empty ones', () => {
    expect(form.parse({ frequentVisitorIds: ['7'], phone: PHONE })).toEqual({
      frequentVisitorIds: ['7'],
      visitors: [],
      phone: PHONE,
    });
    const typed = adult();
    expect(form.parse({ visitors: [typed], phone: PHONE })).toEqual({
      frequentVisitorIds: [],
      visitors: [typed],
      phone: PHONE,
    });
  });

  it('asks for at least one visitor when neither saved nor typed ones are given', () => {
    expect(issues(form, { phone: PHONE })).toEqual(['visitors: 请至少选择或添加1位参观人']);
  });

  it('counts saved and typed visitors together against the maximum', () => {
    expect(issues(form, { frequentVisitorIds: ['1', '2'], visitors: people(2, adult), phone: PHONE })).toEqual([
      'visitors: 每单最多3人',
    ]);
    expect(issues(form, { frequentVisitorIds: ['1', '2'], visitors: people(1, adult), phone: PHONE })).toEqual([]);
  });

  it('names the maximum for too many typed visitors alone', () => {
    expect(issues(form, { visitors: people(4, adult), phone: PHONE })).toEqual(['visitors: 每单最多3人']);
  });
});

describe('the group roster', () => {
  const roster = groupRosterModel({ today: TODAY });

  it('names the group size for a roster of 9', () => {
    expect(issues(roster, [adult(), ...people(8, minor)])).toEqual([': 团体人数应为10–50人']);
  });

  it('says only the size of an empty roster, not the ratio', () => {
    expect(issues(roster, [])).toEqual([': 团体人数应为10–50人']);
  });

  it('judges the ratio on well-formed entries only: a minor with a wrong number does not count', () => {
    const badMinor = { ...minor(), documentNumber: wrongCheck(minor().documentNumber) };
    expect(issues(roster, [adult(), ...people(10, minor), badMinor])).toEqual([
      '11.documentNumber: 身份证号码校验位不正确，请核对',
    ]);
  });

  it('says nothing of the ratio when no entry is well-formed', () => {
    const bad = () => ({ ...adult(), documentNumber: wrongCheck(adult().documentNumber) });
    const found = issues(roster, people(10, bad));
    expect(found).toHaveLength(10);
    expect(found).not.toContain(`: ${RATIO}`);
    expect(found[0]).toBe('0.documentNumber: 身份证号码校验位不正确，请核对');
  });

  it('asks for the organisation with its limit, when blank and when one character too long', () => {
    const group = groupVisitModel({ today: TODAY });
    const input = (organization: string) => ({
      organization,
      leaderName: '林老师',
      leaderPhone: PHONE,
      roster: [adult(), ...people(9, minor)],
      idempotencyKey: 'group-key-1',
    });
    expect(issues(group, input(' '))).toEqual(['organization: 请填写单位或学校名称（60字以内）']);
    expect(issues(group, input('校'.repeat(61)))).toEqual(['organization: 请填写单位或学校名称（60字以内）']);
    expect(issues(group, input('校'.repeat(60)))).toEqual([]);
  });
});

describe('isMinorVisitor on a document without a birth date', () => {
  it('takes the holder as a minor only when declared so', () => {
    const passport = { documentType: 'PASSPORT', documentNumber: 'E12345678' };
    expect(isMinorVisitor(passport, TODAY)).toBe(false);
    expect(isMinorVisitor({ ...passport, minor: null }, TODAY)).toBe(false);
    expect(isMinorVisitor({ ...passport, minor: false }, TODAY)).toBe(false);
    expect(isMinorVisitor({ ...passport, minor: true }, TODAY)).toBe(true);
  });
});

describe('place counts that are not whole numbers', () => {
  const counts = placeCountsModel({ minCapacity: 1 });

  it('names the range of each count', () => {
    expect(issues(counts, { capacity: 1.5, walkinQuota: 0, groupQuota: 0 })).toEqual(['capacity: 容量应为1–10000']);
    expect(issues(counts, { capacity: 10, walkinQuota: '2', groupQuota: 0 })).toEqual([
      'walkinQuota: 现场预留名额应在0与容量之间',
    ]);
    expect(issues(counts, { capacity: 10, walkinQuota: 0, groupQuota: null })).toEqual([
      'groupQuota: 团体名额应为0–10000',
    ]);
  });
});
