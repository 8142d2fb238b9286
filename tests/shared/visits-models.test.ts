// The form models of visits, each bound at its edges (min − 1, min, max, max + 1): the same models the
// forms validate with and the server parses again, so what they refuse here is refused everywhere.
import {
  ADULT_RATIO_MESSAGE,
  addDays,
  bookingModel,
  bookingPolicyModel,
  closeReasonModel,
  EXHIBITION_LIMITS,
  exhibitionFormModel,
  fieldErrorsOf,
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  groupVisitModel,
  MAX_SLOT_CAPACITY,
  MAX_WEEKLY_TEMPLATES,
  MINORS_PER_ADULT,
  POLICY_BOUNDS,
  POLICY_NUMBER_FIELDS,
  placeCountsModel,
  residentIdCheckCharacter,
  reviewNoteModel,
  slotTemplateModel,
  visitorModel,
  visitorPartyModel,
  walkInModel,
  weeklyPlanModel,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';

const TODAY = '2026-11-24';
const context = { today: TODAY };

let serial = 0;
/** A valid resident ID, different on every call, of someone born on `birthDate`. */
function residentId(birthDate = '1988-05-17'): string {
  serial += 1;
  const first17 = `350602${birthDate.replace(/-/g, '')}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const adult = () => ({ name: '林晓', documentType: 'RESIDENT_ID' as const, documentNumber: residentId() });
const minor = () => ({ name: '林小', documentType: 'RESIDENT_ID' as const, documentNumber: residentId('2016-03-01') });
const people = (n: number, make = adult) => Array.from({ length: n }, make);

/** The issues of a parse as 'path: message', for exact comparisons. */
function issues(model: z.ZodMiniType, value: unknown, prefix?: string): string[] {
  const result = model.safeParse(value);
  return result.success ? [] : fieldErrorsOf(result.error, prefix).map((e) => `${e.path}: ${e.message}`);
}

describe('visitorModel', () => {
  it('normalises the number of a valid visitor and trims the name', () => {
    const id = residentId();
    const parsed = visitorModel(context).parse({ name: ' 林晓 ', documentNumber: `${id.slice(0, 6)} ${id.slice(6)}` });
    expect(parsed).toEqual({ name: '林晓', documentType: 'RESIDENT_ID', documentNumber: id });
  });

  it('reports the number against its document type, at documentNumber', () => {
    expect(
      issues(visitorModel(context), { name: '林晓', documentType: 'RESIDENT_ID', documentNumber: '1234' }),
    ).toEqual(['documentNumber: 身份证号码应为18位']);
    expect(
      issues(visitorModel(context), { name: '林晓', documentType: 'PASSPORT', documentNumber: 'E1234567' }),
    ).toEqual([]);
  });

  it('refuses a birth date after today, and reports the name and the number together', () => {
    expect(issues(visitorModel(context), { name: '', documentNumber: residentId(addDays(TODAY, 1)) })).toEqual([
      'name: 请填写姓名',
      'documentNumber: 身份证号码中的出生日期有误',
    ]);
    expect(issues(visitorModel(context), { name: '林晓', documentNumber: residentId(TODAY) })).toEqual([]);
  });
});

describe('visitorPartyModel', () => {
  const party = visitorPartyModel({ min: 1, max: 5, ...context });

  it('accepts min to max visitors and refuses one fewer or one more', () => {
    expect(issues(party, [])).toEqual([': 参观人数应为1–5人']);
    expect(issues(party, people(1))).toEqual([]);
    expect(issues(party, people(5))).toEqual([]);
    expect(issues(party, people(6))).toEqual([': 参观人数应为1–5人']);
    expect(issues(visitorPartyModel({ min: 1, max: 1, ...context }), people(2))).toEqual([': 参观人数应为1人']);
  });

  it('refuses the second entry of a document at its own path, however the number was typed', () => {
    const first = adult();
    const again = { ...first, name: '林晓晓', documentNumber: ` ${first.documentNumber.toLowerCase()} ` };
    expect(issues(party, [first, adult(), again], 'visitors')).toEqual([
      'visitors.2.documentNumber: 同一证件不能重复添加',
    ]);
  });

  it('lets the same number stand for two different document types', () => {
    expect(
      issues(party, [
        { name: '甲', documentType: 'PASSPORT', documentNumber: 'E12345678' },
        { name: '乙', documentType: 'HK_MACAO_PERMIT', documentNumber: 'E12345678' },
      ]),
    ).toEqual([]);
  });
});

describe('bookingModel', () => {
  const booking = bookingModel({ maxVisitors: 3, ...context });

  it('counts saved and typed visitors together, from 1 to the policy maximum', () => {
    expect(issues(booking, { frequentVisitorIds: [], visitors: [], phone: '13912345678' })).toEqual([
      'visitors: 请至少选择或添加1位参观人',
    ]);
    expect(issues(booking, { frequentVisitorIds: ['7'], visitors: null, phone: '13912345678' })).toEqual([]);
    expect(issues(booking, { frequentVisitorIds: ['7', '8'], visitors: people(1), phone: '13912345678' })).toEqual([]);
    expect(issues(booking, { frequentVisitorIds: ['7', '8'], visitors: people(2), phone: '13912345678' })).toEqual([
      'visitors: 每单最多3人',
    ]);
  });

  it('reports typed visitors by their place in the list as sent, whatever was saved', () => {
    const sent = { frequentVisitorIds: ['7'], visitors: [adult(), { ...adult(), name: '' }], phone: '1391234' };
    expect(issues(booking, sent)).toEqual(['visitors.1.name: 请填写姓名', 'phone: 手机号码应为11位大陆手机号']);
  });
});

describe('groupVisitModel', () => {
  const group = groupVisitModel({ ...context, visitDate: addDays(TODAY, 3) });
  const request = (roster: unknown[], overrides: Record<string, unknown> = {}) => ({
    organization: '漳州市第一中学',
    leaderName: '陈老师',
    leaderPhone: '13912345678',
    roster,
    idempotencyKey: 'group-key-0001',
    ...overrides,
  });

  it(`accepts ${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE} people and refuses one fewer or one more`, () => {
    const size = `roster: 团体人数应为${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人`;
    expect(issues(group, request(people(GROUP_MIN_SIZE - 1)))).toEqual([size]);
    expect(issues(group, request(people(GROUP_MIN_SIZE)))).toEqual([]);
    expect(issues(group, request(people(GROUP_MAX_SIZE)))).toEqual([]);
    expect(issues(group, request(people(GROUP_MAX_SIZE + 1)))).toEqual([size]);
  });

  it(`needs one adult for every ${MINORS_PER_ADULT} minors, minors judged on the visit date or as declared`, () => {
    expect(issues(group, request([adult(), ...people(MINORS_PER_ADULT, minor)]))).toEqual([]);
    expect(issues(group, request([adult(), ...people(MINORS_PER_ADULT + 1, minor)]))).toEqual([
      `roster: ${ADULT_RATIO_MESSAGE}`,
    ]);
    const declared = Array.from({ length: MINORS_PER_ADULT + 1 }, (_, i) => ({
      name: '学生',
      documentType: 'PASSPORT' as const,
      documentNumber: `E${String(10000000 + i)}`,
      minor: true,
    }));
    expect(issues(group, request([adult(), ...declared]))).toEqual([`roster: ${ADULT_RATIO_MESSAGE}`]);
    // Someone turning 18 between today and the visit counts as an adult on the visit date.
    const turning18 = { name: '成年', documentType: 'RESIDENT_ID' as const, documentNumber: residentId('2008-11-26') };
    expect(issues(group, request([turning18, ...people(MINORS_PER_ADULT, minor)]))).toEqual([]);
    expect(
      issues(
        groupVisitModel({ ...context, visitDate: TODAY }),
        request([turning18, ...people(MINORS_PER_ADULT, minor)]),
      ),
    ).toEqual([`roster: ${ADULT_RATIO_MESSAGE}`]);
  });

  it('bounds the organisation to 60 characters and checks the leader like a visitor', () => {
    expect(issues(group, request(people(10), { organization: '校'.repeat(60) }))).toEqual([]);
    expect(issues(group, request(people(10), { organization: '校'.repeat(61) }))).toEqual([
      'organization: 请填写单位或学校名称（60字以内）',
    ]);
    expect(issues(group, request(people(10), { organization: '  ' }))).toEqual([
      'organization: 请填写单位或学校名称（60字以内）',
    ]);
    expect(issues(group, request(people(10), { leaderName: '陈\u0007老师', leaderPhone: '' }))).toEqual([
      'leaderName: 姓名含有无法识别的字符，请删除后重试',
      'leaderPhone: 请填写手机号码',
    ]);
    expect(issues(group, request(people(10), { idempotencyKey: 'short' }))).toEqual(['idempotencyKey: 请求标识无效']);
  });
});

describe('walkInModel', () => {
  it('registers 1 to the policy maximum', () => {
    const walkIn = walkInModel({ maxVisitors: 4, ...context });
    expect(issues(walkIn, { visitors: [] })).toEqual(['visitors: 一次可登记1–4人']);
    expect(issues(walkIn, { visitors: people(1) })).toEqual([]);
    expect(issues(walkIn, { visitors: people(4) })).toEqual([]);
    expect(issues(walkIn, { visitors: people(5) })).toEqual(['visitors: 一次可登记1–4人']);
  });
});

describe('bookingPolicyModel', () => {
  it.each(POLICY_NUMBER_FIELDS)('accepts %s from its min to its max and refuses one beyond either', (field) => {
    const { min, max } = POLICY_BOUNDS[field];
    const message = `policy.${field}: 应为${min}–${max}之间的整数`;
    expect(issues(bookingPolicyModel, { [field]: min - 1 }, 'policy')).toEqual([message]);
    expect(issues(bookingPolicyModel, { [field]: min }, 'policy')).toEqual([]);
    expect(issues(bookingPolicyModel, { [field]: max }, 'policy')).toEqual([]);
    expect(issues(bookingPolicyModel, { [field]: max + 1 }, 'policy')).toEqual([message]);
    expect(issues(bookingPolicyModel, { [field]: min + 0.5 }, 'policy')).toEqual([message]);
  });

  it('has the bounds the policy form shows', () => {
    expect(POLICY_BOUNDS).toEqual({
      releaseDaysAhead: { min: 0, max: 60 },
      closeMinutesBeforeStart: { min: 0, max: 1440 },
      cancelCutoffMinutes: { min: 0, max: 10080 },
      maxVisitors: { min: 1, max: 5 },
      checkinEarlyMinutes: { min: 0, max: 240 },
      checkinLateMinutes: { min: 0, max: 240 },
      walkinReleaseMinutes: { min: 0, max: 1440 },
      waitlistHoldMinutes: { min: 5, max: 1440 },
      groupRosterDeadlineHours: { min: 0, max: 336 },
    });
  });

  it('takes a partial change: absent and null fields are kept as they are', () => {
    expect(issues(bookingPolicyModel, {})).toEqual([]);
    expect(bookingPolicyModel.parse({ maxVisitors: null, releaseTime: '20:00' })).toEqual({
      maxVisitors: null,
      releaseTime: '20:00',
    });
  });

  it('checks the release time as HH:MM and the closed weekdays as 1–7', () => {
    for (const time of ['00:00', '09:30', '23:59'])
      expect(issues(bookingPolicyModel, { releaseTime: time })).toEqual([]);
    for (const time of ['24:00', '9:30', '09:60', '', '20:00:00']) {
      expect(issues(bookingPolicyModel, { releaseTime: time }, 'policy'), time).toEqual([
        'policy.releaseTime: 时间格式应为HH:MM',
      ]);
    }
    expect(issues(bookingPolicyModel, { closedWeekdays: [] })).toEqual([]);
    expect(issues(bookingPolicyModel, { closedWeekdays: [1, 2, 3, 4, 5, 6, 7] })).toEqual([]);
    for (const days of [[0], [8], [1, 2.5], [1, 2, 3, 4, 5, 6, 7, 1]]) {
      expect(issues(bookingPolicyModel, { closedWeekdays: days }, 'policy'), String(days)).toEqual([
        'policy.closedWeekdays: 星期应为1–7',
      ]);
    }
  });
});

describe('placeCountsModel', () => {
  it.each([0, 1])('accepts a capacity from %i to the maximum', (minCapacity) => {
    const counts = placeCountsModel({ minCapacity });
    const at = (capacity: number) => ({ capacity, walkinQuota: 0, groupQuota: 0 });
    const message = `capacity: 容量应为${minCapacity}–${MAX_SLOT_CAPACITY}`;
    expect(issues(counts, at(minCapacity - 1))).toEqual([message]);
    expect(issues(counts, at(minCapacity))).toEqual([]);
    expect(issues(counts, at(MAX_SLOT_CAPACITY))).toEqual([]);
    expect(issues(counts, at(MAX_SLOT_CAPACITY + 1))).toEqual([message]);
  });

  it('keeps the walk-in reserve between 0 and the capacity, and the group quota between 0 and the maximum', () => {
    const counts = placeCountsModel({ minCapacity: 1 });
    const walkin = 'walkinQuota: 现场预留名额应在0与容量之间';
    expect(issues(counts, { capacity: 40, walkinQuota: -1, groupQuota: 0 })).toEqual([walkin]);
    expect(issues(counts, { capacity: 40, walkinQuota: 0, groupQuota: 0 })).toEqual([]);
    expect(issues(counts, { capacity: 40, walkinQuota: 40, groupQuota: 0 })).toEqual([]);
    expect(issues(counts, { capacity: 40, walkinQuota: 41, groupQuota: 0 })).toEqual([walkin]);
    const group = `groupQuota: 团体名额应为0–${MAX_SLOT_CAPACITY}`;
    expect(issues(counts, { capacity: 40, walkinQuota: 0, groupQuota: -1 })).toEqual([group]);
    expect(issues(counts, { capacity: 40, walkinQuota: 0, groupQuota: MAX_SLOT_CAPACITY })).toEqual([]);
    expect(issues(counts, { capacity: 40, walkinQuota: 0, groupQuota: MAX_SLOT_CAPACITY + 1 })).toEqual([group]);
  });
});

describe('weekly plan', () => {
  const row = (weekday: number, overrides: Record<string, unknown> = {}) => ({
    weekday,
    startTime: '09:00',
    endTime: '11:00',
    capacity: 50,
    walkinQuota: 5,
    groupQuota: 20,
    ...overrides,
  });

  it('takes weekdays 1–7 and an end after the start', () => {
    expect(issues(slotTemplateModel, row(0))).toEqual(['weekday: 星期应为1–7']);
    expect(issues(slotTemplateModel, row(1))).toEqual([]);
    expect(issues(slotTemplateModel, row(7))).toEqual([]);
    expect(issues(slotTemplateModel, row(8))).toEqual(['weekday: 星期应为1–7']);
    expect(issues(slotTemplateModel, row(2, { endTime: '09:00' }))).toEqual(['endTime: 结束时间应晚于开始时间']);
    expect(issues(slotTemplateModel, row(2, { startTime: '9:00' }))).toEqual(['startTime: 开始时间格式应为HH:MM']);
    expect(issues(slotTemplateModel, row(2, { capacity: 0 }))).toEqual([
      'capacity: 容量应为1–10000',
      'walkinQuota: 现场预留名额应在0与容量之间',
    ]);
  });

  it(`accepts ${MAX_WEEKLY_TEMPLATES} rows, refuses one more, and refuses 1,000 with one message without reading them`, () => {
    const plan = (n: number) => Array.from({ length: n }, (_, i) => row((i % 7) + 1));
    expect(issues(weeklyPlanModel, plan(MAX_WEEKLY_TEMPLATES), 'templates')).toEqual([]);
    expect(issues(weeklyPlanModel, plan(MAX_WEEKLY_TEMPLATES + 1), 'templates')).toEqual([
      `templates: 每周最多${MAX_WEEKLY_TEMPLATES}个场次`,
    ]);
    // Rows that are not even objects: had they been parsed, each would add an issue.
    expect(
      issues(
        weeklyPlanModel,
        Array.from({ length: 1000 }, () => null),
        'templates',
      ),
    ).toEqual([`templates: 每周最多${MAX_WEEKLY_TEMPLATES}个场次`]);
  });

  it('reports a row by its index in the plan', () => {
    expect(issues(weeklyPlanModel, [row(1), row(2, { walkinQuota: 51 })], 'templates')).toEqual([
      'templates.1.walkinQuota: 现场预留名额应在0与容量之间',
    ]);
  });
});

describe('exhibitionFormModel', () => {
  const valid = {
    title: '侨批档案展',
    subtitle: '',
    mode: 'ONSITE',
    summary: '侨批是海外侨胞寄回家乡的书信与汇款凭证。',
    description: '第一段\n\n第二段',
    venue: '  ',
    notes: null,
    coverUrl: '',
    opensOn: '2026-09-25',
    closesOn: '',
    featured: false,
    published: true,
  };

  it('trims texts and turns blank optional ones into null', () => {
    expect(exhibitionFormModel.parse({ ...valid, title: ' 侨批档案展 ' })).toEqual({
      ...valid,
      subtitle: null,
      venue: null,
      notes: null,
      coverUrl: null,
      closesOn: null,
    });
  });

  it.each([
    ['title', `title: 请填写展览名称（${EXHIBITION_LIMITS.title}字以内）`],
    ['subtitle', `subtitle: 副标题不能超过${EXHIBITION_LIMITS.subtitle}字`],
    ['summary', `summary: 请填写简介（${EXHIBITION_LIMITS.summary}字以内）`],
    ['description', `description: 展览介绍不能超过${EXHIBITION_LIMITS.description}字`],
    ['venue', `venue: 展厅 / 地点不能超过${EXHIBITION_LIMITS.venue}字`],
    ['notes', `notes: 参观须知不能超过${EXHIBITION_LIMITS.notes}字`],
  ] as const)('accepts %s at its maximum and refuses one character more', (field, message) => {
    const max = EXHIBITION_LIMITS[field];
    expect(issues(exhibitionFormModel, { ...valid, [field]: '档'.repeat(max) })).toEqual([]);
    expect(issues(exhibitionFormModel, { ...valid, [field]: '档'.repeat(max + 1) })).toEqual([message]);
  });

  it('requires a title, a summary and a description, and refuses control characters in them', () => {
    expect(issues(exhibitionFormModel, { ...valid, title: ' ', summary: '', description: '\n' })).toEqual([
      'title: 请填写展览名称（60字以内）',
      'summary: 请填写简介（200字以内）',
      'description: 请填写展览介绍',
    ]);
    expect(issues(exhibitionFormModel, { ...valid, title: '侨批\u0000', notes: '须知\u001b' })).toEqual([
      'title: 含有无法识别的字符，请删除后重试',
      'notes: 含有无法识别的字符，请删除后重试',
    ]);
  });

  it('takes a cover as an http(s) address of at most 500 characters', () => {
    const url = (length: number) => `https://img.example.cn/${'a'.repeat(length - 23)}`;
    expect(issues(exhibitionFormModel, { ...valid, coverUrl: url(500) })).toEqual([]);
    expect(issues(exhibitionFormModel, { ...valid, coverUrl: url(501) })).toEqual([
      'coverUrl: 封面地址不能超过500个字符',
    ]);
    expect(issues(exhibitionFormModel, { ...valid, coverUrl: 'ftp://img.example.cn/a.jpg' })).toEqual([
      'coverUrl: 封面地址应为网址',
    ]);
    expect(issues(exhibitionFormModel, { ...valid, coverUrl: 'javascript:alert(1)' })).toEqual([
      'coverUrl: 封面地址应为网址',
    ]);
  });

  it('needs an opening date and a closing date on or after it', () => {
    expect(issues(exhibitionFormModel, { ...valid, opensOn: '2026-02-30' })).toEqual(['opensOn: 请选择开展日期']);
    expect(issues(exhibitionFormModel, { ...valid, closesOn: '2026-09-25' })).toEqual([]);
    expect(issues(exhibitionFormModel, { ...valid, closesOn: '2026-09-24' })).toEqual([
      'closesOn: 闭展日期不能早于开展日期',
    ]);
  });
});

describe('reasons and notes', () => {
  it('needs a close reason of 1–100 characters after trimming', () => {
    const message = '请填写关闭原因（100字以内）';
    expect(issues(closeReasonModel, '   ')).toEqual([`: ${message}`]);
    expect(closeReasonModel.parse(` ${'修'.repeat(100)} `)).toBe('修'.repeat(100));
    expect(issues(closeReasonModel, '修'.repeat(101))).toEqual([`: ${message}`]);
    expect(issues(closeReasonModel, '设备\u0000检修')).toEqual([': 含有无法识别的字符，请删除后重试']);
  });

  it('takes a review note of up to 200 characters, blank as null', () => {
    expect(reviewNoteModel.parse('  ')).toBeNull();
    expect(reviewNoteModel.parse(null)).toBeNull();
    expect(reviewNoteModel.parse('同意')).toBe('同意');
    expect(issues(reviewNoteModel, '意'.repeat(200))).toEqual([]);
    expect(issues(reviewNoteModel, '意'.repeat(201))).toEqual([': 审核意见不能超过200字']);
    expect(issues(reviewNoteModel, '意见\u0085')).toEqual([': 含有无法识别的字符，请删除后重试']);
  });
});
