// The pure rules and form models of lookups: working days over weekends, holidays and make-up working days;
// due dates after each move; the clue models of each record type; the request form (the subject, the documents
// a pair needs, purpose and delivery); the archive a place names; receipt and serial numbers; address masking.
import {
  addWorkingDays,
  CLUE_FIELDS,
  clueEntries,
  DEFAULT_LOOKUP_TARGETS,
  dueDateAfter,
  fieldErrorsOf,
  formatCertificateSerial,
  formatReceiptNumber,
  holidayCalendarOf,
  isOverdue,
  isWorkingDay,
  LOOKUP_RECORD_TYPES,
  lookupCluesModel,
  lookupMoveModel,
  lookupRequestModel,
  lookupSettingsModel,
  maskAddress,
  NO_HOLIDAYS,
  normalizeReceiptNumber,
  residentIdCheckCharacter,
  suggestHoldingBranch,
  supplementModel,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

const TODAY = '2026-11-24';

function residentId(birthDate: string, sequence: string): string {
  const first17 = `350602${birthDate.replace(/-/g, '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

// 2026: National Day week off 1–7 October, worked on Sunday 27 September and Saturday 10 October.
const NATIONAL_DAY = holidayCalendarOf([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const })),
  { date: '2026-09-27', kind: 'WORKDAY' },
  { date: '2026-10-10', kind: 'WORKDAY' },
]);

describe('working days', () => {
  it('are Monday to Friday without a calendar', () => {
    expect(['2026-11-23', '2026-11-27', '2026-11-28', '2026-11-29'].map((d) => isWorkingDay(d, NO_HOLIDAYS))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('skip the holidays of the calendar and count its make-up working days', () => {
    expect(isWorkingDay('2026-10-01', NATIONAL_DAY)).toBe(false);
    expect(isWorkingDay('2026-09-27', NATIONAL_DAY)).toBe(true);
    expect(isWorkingDay('2026-10-10', NATIONAL_DAY)).toBe(true);
  });

  it('are added from the day after: one working day after a Friday is the Monday, after a Tuesday the Wednesday', () => {
    expect(addWorkingDays('2026-11-27', 1, NO_HOLIDAYS)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-24', 1, NO_HOLIDAYS)).toBe('2026-11-25');
    expect(addWorkingDays('2026-11-24', 4, NO_HOLIDAYS)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-24', 0, NO_HOLIDAYS)).toBe('2026-11-24');
  });

  it('jump the National Day week, landing on its make-up Saturday', () => {
    // Wednesday 30 September + 1 → the holidays and the weekend pass → Thursday 8 October.
    expect(addWorkingDays('2026-09-30', 1, NATIONAL_DAY)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, NATIONAL_DAY)).toBe('2026-10-10');
    // Friday 25 September + 1 is the make-up Sunday.
    expect(addWorkingDays('2026-09-25', 1, NATIONAL_DAY)).toBe('2026-09-27');
  });

  it('stop after 400 days when a calendar declares no working day at all', () => {
    const everyDayOff = holidayCalendarOf(
      Array.from({ length: 500 }, (_, i) => ({
        date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        kind: 'HOLIDAY' as const,
      })),
    );
    expect(addWorkingDays('2026-01-01', 1, everyDayOff)).toBe('2027-02-05');
  });
});

describe('due dates', () => {
  const context = { today: TODAY, currentDue: '2026-11-30', targets: DEFAULT_LOOKUP_TARGETS, calendar: NO_HOLIDAYS };

  it('start the accept, answer and notify targets, keep the answer clock through forwarding, and stop while waiting', () => {
    expect(dueDateAfter('SUBMITTED', context)).toBe('2026-11-25');
    expect(dueDateAfter('ACCEPTED', context)).toBe('2026-11-30');
    expect(dueDateAfter('FORWARDED', { ...context, currentDue: '2026-12-01' })).toBe('2026-12-01');
    expect(dueDateAfter('SEARCHING', { ...context, currentDue: '2026-12-01' })).toBe('2026-12-01');
    expect(dueDateAfter('FOUND', context)).toBe('2026-11-26');
    expect(dueDateAfter('NOT_FOUND', context)).toBe('2026-11-26');
    expect(dueDateAfter('CERTIFIED', context)).toBe('2026-11-30');
    expect(
      ['NEEDS_MORE', 'REFUSED', 'COMPLETED', 'WITHDRAWN'].map((s) => dueDateAfter(s as 'REFUSED', context)),
    ).toEqual([null, null, null, null]);
  });

  it('follow an archive’s own targets', () => {
    const slow = { ...DEFAULT_LOOKUP_TARGETS, acceptDays: 3 };
    expect(dueDateAfter('SUBMITTED', { ...context, targets: slow })).toBe('2026-11-27');
  });

  it('are overdue the day after, not on the day', () => {
    expect(isOverdue('2026-11-25', '2026-11-25')).toBe(false);
    expect(isOverdue('2026-11-25', '2026-11-26')).toBe(true);
    expect(isOverdue(null, '2026-11-26')).toBe(false);
  });

  it('are configured within 1–30 working days', () => {
    const parsed = lookupSettingsModel.safeParse({
      enabledRecordTypes: ['MARRIAGE', 'MARRIAGE'],
      targets: { acceptDays: 0, answerDays: 31, notifyDays: 2 },
      visitLeadDays: 15,
    });
    expect(parsed.success ? [] : fieldErrorsOf(parsed.error)).toEqual([
      { path: 'enabledRecordTypes', message: '档案类型不能重复' },
      { path: 'targets.acceptDays', message: '应为1–30个工作日' },
      { path: 'targets.answerDays', message: '应为1–30个工作日' },
      { path: 'visitLeadDays', message: '应为0–14个工作日' },
    ]);
  });
});

describe('clue models', () => {
  const thisYear = 2026;
  const errors = (recordType: (typeof LOOKUP_RECORD_TYPES)[number], clues: Record<string, unknown>) => {
    const parsed = lookupCluesModel(recordType, { thisYear }).safeParse(clues);
    return parsed.success ? [] : fieldErrorsOf(parsed.error);
  };

  it('ask marriage for both parties, the year and the registering office', () => {
    expect(errors('MARRIAGE', {})).toEqual([
      { path: 'partyOneName', message: '请填写一方姓名' },
      { path: 'partyTwoName', message: '请填写另一方姓名' },
      { path: 'year', message: '请填写登记年份' },
      { path: 'office', message: '请填写登记机关' },
    ]);
    expect(
      errors('MARRIAGE', { partyOneName: '林海', partyTwoName: '陈静', year: '1982', office: '龙溪县民政局' }),
    ).toEqual([]);
  });

  it('bound years to 1900 – this year and a school’s leaving year to its entry', () => {
    expect(errors('EDUCATED_YOUTH', { year: '2027', destination: '平和县', workUnit: '小溪公社' })).toEqual([
      { path: 'year', message: '下乡年份应为1900–2026年之间的四位数字' },
    ]);
    expect(errors('SCHOOL', { school: '漳州一中', fromYear: '1978', toYear: '1975' })).toEqual([
      { path: 'toYear', message: '离校年份不能早于入学年份' },
    ]);
    expect(errors('MILITARY', { unit: '31集团军', year: '85' })).toEqual([
      { path: 'year', message: '入伍或退伍年份应为1900–2026年之间的四位数字' },
    ]);
  });

  it('ask property for its address and take the certificate number as optional', () => {
    expect(errors('PROPERTY', { certificateNumber: '漳房权证字第001号' })).toEqual([
      { path: 'address', message: '请填写坐落地址' },
    ]);
    expect(errors('PROPERTY', { address: '芗城区新华北路12号' })).toEqual([]);
  });

  it('ask the other types for a free description of at most 500 characters', () => {
    const others = LOOKUP_RECORD_TYPES.filter((t) => CLUE_FIELDS[t].length === 1);
    expect(others).toEqual(['EMPLOYMENT', 'FAMILY_PLANNING', 'TITLES', 'RETIREMENT', 'NOTARY', 'OTHER']);
    expect(others.map((t) => errors(t, { description: '' }))).toEqual(
      others.map(() => [{ path: 'description', message: '请填写档案情况描述' }]),
    );
    expect(errors('OTHER', { description: '档'.repeat(501) })).toEqual([
      { path: 'description', message: '档案情况描述不能超过500个字' },
    ]);
  });

  it('mask the names of people in a request’s clues unless revealed', () => {
    const clues = { partyOneName: '林海', partyTwoName: '欧阳娜娜', year: '1982', office: '龙溪县民政局' };
    expect(clueEntries('MARRIAGE', clues).map((c) => c.value)).toEqual(['林*', '欧***', '1982', '龙溪县民政局']);
    expect(clueEntries('MARRIAGE', clues, true).map((c) => c.value)).toEqual([
      '林海',
      '欧阳娜娜',
      '1982',
      '龙溪县民政局',
    ]);
  });
});

describe('the request form', () => {
  const applicant = {
    name: '张伟',
    documentType: 'RESIDENT_ID' as const,
    documentNumber: residentId('1960-03-01', '011'),
  };
  const base = {
    receivingBranchId: '4',
    holdingBranchId: null,
    recordType: 'EMPLOYMENT' as const,
    relation: 'SELF' as const,
    applicant,
    phone: '138 0013 8000',
    clues: { description: '1985年进漳州糖厂' },
    purpose: 'RETIREMENT_APPROVAL' as const,
    use: 'COPY' as const,
    delivery: 'PICKUP' as const,
  };
  const errors = (input: Record<string, unknown>) => {
    const parsed = lookupRequestModel({ today: TODAY }).safeParse(input);
    return parsed.success ? [] : fieldErrorsOf(parsed.error);
  };

  it('takes a 本人 request with the applicant as the person the record is about', () => {
    const parsed = lookupRequestModel({ today: TODAY }).parse(base);
    expect(parsed).toMatchObject({
      subject: applicant,
      phone: '13800138000',
      clues: { description: '1985年进漳州糖厂' },
      purposeText: null,
      postalAddress: null,
      attachments: [],
    });
  });

  it('asks for the person and the documents when the record is someone else’s, naming each missing document', () => {
    expect(errors({ ...base, relation: 'HEIR' })).toEqual([
      { path: 'subject', message: '请填写档案当事人的姓名和证件' },
      { path: 'attachments', message: '请上传：当事人死亡证明、亲属关系或继承关系证明' },
    ]);
    const subject = { name: '张建国', documentType: 'RESIDENT_ID', documentNumber: residentId('1935-08-09', '013') };
    // Another archive holds it: the authorisation must be notarised.
    expect(
      errors({
        ...base,
        relation: 'PROXY',
        subject,
        holdingBranchId: '5',
        attachments: [{ uploadId: '7'.repeat(32), kind: 'AUTHORISATION' }],
      }),
    ).toEqual([{ path: 'attachments', message: '请上传：当事人身份证件、经公证的授权委托书' }]);
    expect(
      errors({
        ...base,
        relation: 'PROXY',
        subject,
        attachments: [
          { uploadId: '7'.repeat(32), kind: 'AUTHORISATION' },
          { uploadId: '8'.repeat(32), kind: 'PRINCIPAL_ID' },
        ],
      }),
    ).toEqual([]);
    expect(errors({ ...base, relation: 'SPOUSE', subject: applicant, attachments: [] })[0]).toEqual({
      path: 'relation',
      message: '当事人是申请人本人时，请选择“本人”',
    });
  });

  it('takes as attachment ids only what POST /uploads answers: 32 lowercase hex characters', () => {
    const proxy = (uploadId: string) =>
      errors({
        ...base,
        relation: 'PROXY',
        subject: { name: '张建国', documentType: 'RESIDENT_ID', documentNumber: residentId('1935-08-09', '013') },
        attachments: [
          { uploadId, kind: 'AUTHORISATION' },
          { uploadId: 'b'.repeat(32), kind: 'PRINCIPAL_ID' },
        ],
      });
    expect(proxy('0123456789abcdef0123456789abcdef')).toEqual([]);
    for (const bad of ['41', 'A'.repeat(32), 'a'.repeat(31), 'a'.repeat(33), `${'a'.repeat(31)}g`, ' '.repeat(32)]) {
      expect(proxy(bad), bad).toEqual([{ path: 'attachments.0.uploadId', message: '附件无效，请重新上传' }]);
    }
  });

  it('asks for the purpose of 其他, the address of a posting, and keeps electronic delivery to certificates', () => {
    expect(errors({ ...base, purpose: 'OTHER', delivery: 'POST' })).toEqual([
      { path: 'purposeText', message: '请说明查档用途' },
      { path: 'postalAddress', message: '请填写邮寄地址' },
    ]);
    expect(errors({ ...base, delivery: 'ELECTRONIC' })).toEqual([
      { path: 'delivery', message: '电子证明仅适用于“出具证明”' },
    ]);
    expect(errors({ ...base, use: 'CERTIFY', delivery: 'ELECTRONIC' })).toEqual([]);
  });

  it('reports the clues of the chosen type at their paths', () => {
    expect(errors({ ...base, recordType: 'MARRIAGE', clues: { partyOneName: '林海', year: '1982' } })).toEqual([
      { path: 'clues.partyTwoName', message: '请填写另一方姓名' },
      { path: 'clues.office', message: '请填写登记机关' },
    ]);
  });

  it('needs a note to ask for more or to refuse, the archive to forward to, and the 档号 of a found record', () => {
    const moveErrors = (action: Parameters<typeof lookupMoveModel>[0], input: Record<string, unknown>) => {
      const parsed = lookupMoveModel(action).safeParse(input);
      return parsed.success ? [] : fieldErrorsOf(parsed.error);
    };
    expect(moveErrors('ASK_FOR_MORE', { note: ' ' })).toEqual([
      { path: 'note', message: '请说明需要补充的材料或线索' },
    ]);
    expect(moveErrors('REFUSE', {})).toEqual([{ path: 'note', message: '请填写不予受理的原因' }]);
    expect(moveErrors('FORWARD', {})).toEqual([{ path: 'holdingBranchId', message: '请选择保管档案的档案馆' }]);
    expect(moveErrors('RECORD_FOUND', { archiveReference: '' })).toEqual([
      { path: 'archiveReference', message: '请填写档号' },
    ]);
    expect(moveErrors('ACCEPT', {})).toEqual([]);
  });

  it('needs something in a supplement', () => {
    const parsed = supplementModel('EMPLOYMENT', { today: TODAY }).safeParse({});
    expect(parsed.success ? [] : fieldErrorsOf(parsed.error)).toEqual([
      { path: 'note', message: '请补充线索、材料或说明' },
    ]);
  });
});

describe('suggestHoldingBranch', () => {
  it('names the archive of the county or district named first in the text', () => {
    expect(suggestHoldingBranch('EDUCATED_YOUTH', '1975年从芗城下乡到平和县小溪公社')).toEqual({
      code: 'xiangcheng',
      matched: '芗城',
    });
    expect(suggestHoldingBranch('PROPERTY', '龙海市石码镇新华路')).toEqual({ code: 'longhai', matched: '龙海' });
    expect(suggestHoldingBranch('SCHOOL', '角美中学')).toEqual({ code: 'longhai', matched: '角美' });
    expect(suggestHoldingBranch('EMPLOYMENT', '古雷港区')).toEqual({ code: 'zhangpu', matched: '古雷' });
  });

  it('gives foreign-related marriages and city-level bodies to the city archive, and nothing for no place', () => {
    expect(suggestHoldingBranch('MARRIAGE', '涉外婚姻，在东山登记')).toEqual({ code: 'city', matched: '涉外' });
    expect(suggestHoldingBranch('TITLES', '漳州市直机关职称评审')).toEqual({ code: 'city', matched: '漳州市直' });
    expect(suggestHoldingBranch('EMPLOYMENT', '漳州糖厂')).toEqual({ code: 'city', matched: '漳州' });
    expect(suggestHoldingBranch('EMPLOYMENT', '厦门')).toBeNull();
    // 涉外 matters for marriages only.
    expect(suggestHoldingBranch('NOTARY', '涉外公证，东山')).toEqual({ code: 'dongshan', matched: '东山' });
  });
});

describe('numbers', () => {
  it('print receipts per archive and day, and certificate serials per archive and year', () => {
    expect(formatReceiptNumber('LH', '2026-11-24', 7)).toBe('ZZDA-LH-20261124-0007');
    expect(formatReceiptNumber('SJ', '2026-11-24', 12345)).toBe('ZZDA-SJ-20261124-12345');
    expect(formatCertificateSerial('LH', '2026', 12)).toBe('ZZDA-LH-ZM-2026-00012');
    expect(normalizeReceiptNumber(' zzda-lh-20261124-0007 ')).toBe('ZZDA-LH-20261124-0007');
  });

  it('mask an address after its first six characters', () => {
    expect(maskAddress('福建省漳州市芗城区新华北路12号')).toBe('福建省漳州市******');
    expect(maskAddress('漳州市')).toBe('***');
  });
});
