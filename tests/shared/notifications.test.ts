// Every notice's WeChat data keeps the field rules (thing ≤ 20, phrase ≤ 5 Chinese characters, character_string
// ≤ 32, time as '2026年12月4日 09:00') for the longest real titles, archive names and notes, carries exactly its
// template's keys, and links to a page the app has.
import {
  ARCHIVE_BRANCHES,
  type FactsOf,
  familyOf,
  fitsField,
  NOTICES,
  NOTIFICATION_KINDS,
  type NotificationKind,
  phrase,
  renderForCentre,
  renderForWechat,
  TEMPLATE_FIELDS,
  thing,
  wechatTime,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { SUBPACKAGES } from '../../client/src/packages';
import { demoExhibitions } from '../../server/src/seed/demo-content';

const longest = (values: string[]) => values.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a));
const title = longest(demoExhibitions.map((e) => e.title));
const archiveName = longest(ARCHIVE_BRANCHES.map((b) => b.name));
const longNote = '请携带户口簿原件及复印件、申请人身份证原件，并补充提供结婚登记的大致年份和登记机关名称'.repeat(2);
const startAt = Date.parse('2026-12-04T01:00:00Z'); // 09:00 in Shanghai
const RECEIPT = 'ZZDA-LH-20261124-0007';

function factsFor(kind: NotificationKind, note: string | null): FactsOf<NotificationKind> {
  switch (familyOf(kind)) {
    case 'VISIT':
      return { bookingId: 7, exhibitionTitle: title, archiveName, startAt, note };
    case 'OFFER':
      return { waitlistEntryId: 3, exhibitionTitle: title, archiveName, startAt, offeredUntil: startAt - 3600_000 };
    case 'SUSPENSION':
      return { suspendedFrom: startAt, suspendedUntil: startAt + 60 * 86_400_000 };
    case 'LOOKUP':
      return { requestId: 11, receiptNumber: RECEIPT, archiveName, note, at: startAt };
  }
}

const MAIN_PAGES = ['pages/index/index', 'pages/exhibitions/index', 'pages/lookup/index', 'pages/me/index'];
const APP_PAGES = new Set([...MAIN_PAGES, ...SUBPACKAGES.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]);

describe('notification templates', () => {
  it('uses the longest real titles (so the limits are really tested)', () => {
    expect(Array.from(title).length).toBeGreaterThan(10);
    expect(archiveName.endsWith('档案馆')).toBe(true);
  });

  it.each(NOTIFICATION_KINDS)('%s keeps every field within WeChat’s limits and opens a real page', (kind) => {
    for (const note of [longNote, null, '']) {
      const rendered = renderForWechat(kind, factsFor(kind, note) as never);
      expect(Object.keys(rendered.data)).toEqual(TEMPLATE_FIELDS[NOTICES[kind].template]);
      for (const [key, { value }] of Object.entries(rendered.data)) {
        expect(fitsField(key, value), `${kind} ${key}="${value}"`).toBe(true);
      }
      expect(APP_PAGES.has(rendered.page.split('?')[0]), rendered.page).toBe(true);
      const centre = renderForCentre(kind, factsFor(kind, note) as never);
      expect(centre.title.length).toBeGreaterThan(0);
      expect(centre.body).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('links bookings to their ticket and requests to their page', () => {
    expect(renderForWechat('BOOKING_CONFIRMED', factsFor('BOOKING_CONFIRMED', null) as never).page).toBe(
      'booking/pages/ticket/index?id=7',
    );
    expect(renderForWechat('LOOKUP_FORWARDED', factsFor('LOOKUP_FORWARDED', null) as never).page).toBe(
      'lookup/pages/request/index?id=11',
    );
  });

  it('writes times the way WeChat reads them, in Shanghai time', () => {
    expect(wechatTime(startAt)).toBe('2026年12月4日 09:00');
    expect(wechatTime(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027年1月1日 00:30');
  });

  it('cuts a long thing to 20 characters and refuses a phrase that is not 5 Chinese characters', () => {
    expect(Array.from(thing(title.repeat(3))).length).toBe(20);
    expect(thing('  ')).toBe('无');
    expect(() => phrase('预约成功了吗啊')).toThrow();
    expect(() => phrase('OK')).toThrow();
    expect(fitsField('character_string1', RECEIPT)).toBe(true);
    expect(fitsField('character_string1', '受理编号')).toBe(false);
  });

  it('gives the offer’s deadline in the message', () => {
    const facts = factsFor('WAITLIST_OFFER', null) as FactsOf<'WAITLIST_OFFER'>;
    expect(renderForWechat('WAITLIST_OFFER', facts).data.time4.value).toBe('2026年12月4日 08:00');
    expect(renderForCentre('WAITLIST_OFFER', facts).body).toContain('2026-12-04 08:00');
  });
});
