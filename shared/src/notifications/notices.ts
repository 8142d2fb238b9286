// Every notification the archive sends, declared once: its kind (the outbox's vocabulary), the WeChat
// template it goes out with, the page of the app it opens, the template's data (within WeChat's field
// limits, see fields.ts) and the Chinese title and text the in-app message centre shows. Pure: the server
// resolves the facts (titles, times, archives) and hands them in.
import { formatBusinessDateTime } from '../time/business-time';
import { characterString, phrase, thing, wechatTime } from './fields';

/** Event kinds, one per thing a citizen is told. The values are stored in the outbox and never change. */
export const NOTIFICATION_KINDS = [
  'BOOKING_CONFIRMED',
  'BOOKING_REMINDER',
  'BOOKING_CANCELLED_BY_ARCHIVE',
  'BOOKING_NO_SHOW',
  'BOOKING_SUSPENDED',
  'WAITLIST_OFFER',
  'WAITLIST_OFFER_EXPIRED',
  'GROUP_APPROVED',
  'GROUP_REJECTED',
  'LOOKUP_ACCEPTED',
  'LOOKUP_NEEDS_MORE',
  'LOOKUP_REFUSED',
  'LOOKUP_FORWARDED',
  'LOOKUP_FOUND',
  'LOOKUP_NOT_FOUND',
  'LOOKUP_CERTIFICATE_ISSUED',
  'LOOKUP_VISIT_CANCELLED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The WeChat templates the archive chose in its console (their ids come from the server's configuration).
 * A citizen subscribes per template, so grants are kept per template too.
 */
export const TEMPLATE_KEYS = [
  'BOOKING_RESULT',
  'VISIT_REMINDER',
  'WAITLIST_RESULT',
  'ACCOUNT_NOTICE',
  'LOOKUP_PROGRESS',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const TEMPLATE_LABELS: Record<TemplateKey, string> = {
  BOOKING_RESULT: '预约结果通知',
  VISIT_REMINDER: '参观提醒',
  WAITLIST_RESULT: '候补结果通知',
  ACCOUNT_NOTICE: '账号状态通知',
  LOOKUP_PROGRESS: '查档进度通知',
};

/** What requestSubscribeMessage answers for each template id; the client reports it, the grant ledger keeps it. */
export const SUBSCRIPTION_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscriptionResult = (typeof SUBSCRIPTION_RESULTS)[number];

/** The keys each template's data carries, as the template in WeChat's console names them. */
export const TEMPLATE_FIELDS: Record<TemplateKey, readonly string[]> = {
  BOOKING_RESULT: ['thing1', 'time2', 'thing3', 'phrase4', 'thing5'],
  VISIT_REMINDER: ['thing1', 'time2', 'thing3', 'thing4'],
  WAITLIST_RESULT: ['thing1', 'time2', 'phrase3', 'time4', 'thing5'],
  ACCOUNT_NOTICE: ['phrase1', 'time2', 'time3', 'thing4'],
  LOOKUP_PROGRESS: ['character_string1', 'phrase2', 'thing3', 'thing4', 'time5'],
};

/** A booked visit (individual or group). */
export interface VisitFacts {
  bookingId: number;
  exhibitionTitle: string;
  archiveName: string;
  startAt: number;
  /** What the archive said (a review note, the reason a slot closed). */
  note: string | null;
}
/** A waiting-list offer. */
export interface OfferFacts {
  waitlistEntryId: number;
  exhibitionTitle: string;
  archiveName: string;
  startAt: number;
  offeredUntil: number;
}
export interface SuspensionFacts {
  suspendedFrom: number;
  suspendedUntil: number;
}
/** A 查档 request at the moment of the move. */
export interface LookupFacts {
  requestId: number;
  receiptNumber: string;
  /** The archive that acted (for a forward: the archive it went to). */
  archiveName: string;
  note: string | null;
  at: number;
}

export const NOTICE_FAMILIES = {
  VISIT: [
    'BOOKING_CONFIRMED',
    'BOOKING_REMINDER',
    'BOOKING_CANCELLED_BY_ARCHIVE',
    'BOOKING_NO_SHOW',
    'GROUP_APPROVED',
    'GROUP_REJECTED',
  ],
  OFFER: ['WAITLIST_OFFER', 'WAITLIST_OFFER_EXPIRED'],
  SUSPENSION: ['BOOKING_SUSPENDED'],
  LOOKUP: [
    'LOOKUP_ACCEPTED',
    'LOOKUP_NEEDS_MORE',
    'LOOKUP_REFUSED',
    'LOOKUP_FORWARDED',
    'LOOKUP_FOUND',
    'LOOKUP_NOT_FOUND',
    'LOOKUP_CERTIFICATE_ISSUED',
    'LOOKUP_VISIT_CANCELLED',
  ],
} as const satisfies Record<string, readonly NotificationKind[]>;
export type NoticeFamily = keyof typeof NOTICE_FAMILIES;

interface FamilyFacts {
  VISIT: VisitFacts;
  OFFER: OfferFacts;
  SUSPENSION: SuspensionFacts;
  LOOKUP: LookupFacts;
}
type FamilyOf<K extends NotificationKind> = {
  [F in NoticeFamily]: K extends (typeof NOTICE_FAMILIES)[F][number] ? F : never;
}[NoticeFamily];
export type FactsOf<K extends NotificationKind> = FamilyFacts[FamilyOf<K>];

export function familyOf(kind: NotificationKind): NoticeFamily {
  for (const family of Object.keys(NOTICE_FAMILIES) as NoticeFamily[]) {
    if ((NOTICE_FAMILIES[family] as readonly string[]).includes(kind)) return family;
  }
  throw new Error(`notification kind without a family: ${kind}`);
}

/** `data` as subscribe/send takes it. */
export type TemplateData = Record<string, { value: string }>;

export interface Notice<F> {
  template: TemplateKey;
  /** The app page the message opens, with its query (no leading slash, as subscribe/send takes it). */
  page(facts: F): string;
  title: string;
  body(facts: F): string;
  data(facts: F): Record<string, string>;
}

const ticketPage = (f: VisitFacts) => `booking/pages/ticket/index?id=${f.bookingId}`;
const myBookingsPage = () => 'booking/pages/mine/index';
const requestPage = (f: LookupFacts) => `lookup/pages/request/index?id=${f.requestId}`;
const when = (instant: number) => formatBusinessDateTime(instant);

function visitResult(state: string, remark: (f: VisitFacts) => string | null) {
  return (f: VisitFacts) => ({
    thing1: thing(f.exhibitionTitle),
    time2: wechatTime(f.startAt),
    thing3: thing(f.archiveName),
    phrase4: phrase(state),
    thing5: thing(remark(f)),
  });
}

function offerResult(state: string, remark: string) {
  return (f: OfferFacts) => ({
    thing1: thing(f.exhibitionTitle),
    time2: wechatTime(f.startAt),
    phrase3: phrase(state),
    time4: wechatTime(f.offeredUntil),
    thing5: thing(remark),
  });
}

function lookupProgress(state: string, remark: (f: LookupFacts) => string | null) {
  return (f: LookupFacts) => ({
    character_string1: characterString(f.receiptNumber),
    phrase2: phrase(state),
    thing3: thing(f.archiveName),
    thing4: thing(remark(f)),
    time5: wechatTime(f.at),
  });
}

const lookupNotice = (
  title: string,
  state: string,
  text: (f: LookupFacts) => string,
  remark: (f: LookupFacts) => string | null = (f) => f.note,
): Notice<LookupFacts> => ({
  template: 'LOOKUP_PROGRESS',
  page: requestPage,
  title,
  body: (f) => `您的查档申请（${f.receiptNumber}）${text(f)}`,
  data: lookupProgress(state, remark),
});

export const NOTICES: { [K in NotificationKind]: Notice<FactsOf<K>> } = {
  BOOKING_CONFIRMED: {
    template: 'BOOKING_RESULT',
    page: ticketPage,
    title: '预约成功',
    body: (f) => `您已预约${f.archiveName}「${f.exhibitionTitle}」，${when(f.startAt)} 参观，请凭电子票入馆。`,
    data: visitResult('预约成功', () => '请凭电子票入馆'),
  },
  BOOKING_REMINDER: {
    template: 'VISIT_REMINDER',
    page: ticketPage,
    title: '明日参观提醒',
    body: (f) => `您预约的「${f.exhibitionTitle}」将于 ${when(f.startAt)} 在${f.archiveName}开始，请携带证件准时到馆。`,
    data: (f) => ({
      thing1: thing(f.exhibitionTitle),
      time2: wechatTime(f.startAt),
      thing3: thing(f.archiveName),
      thing4: thing('请携带证件准时到馆，不能前往请提前取消'),
    }),
  },
  BOOKING_CANCELLED_BY_ARCHIVE: {
    template: 'BOOKING_RESULT',
    page: ticketPage,
    title: '预约已取消',
    body: (f) =>
      `因场馆安排，${f.archiveName}取消了您 ${when(f.startAt)} 参观「${f.exhibitionTitle}」的预约${f.note ? `：${f.note}` : ''}。`,
    data: visitResult('预约取消', (f) => f.note || '因场馆安排取消'),
  },
  BOOKING_NO_SHOW: {
    template: 'BOOKING_RESULT',
    page: ticketPage,
    title: '未按时参观',
    body: (f) =>
      `您预约 ${when(f.startAt)} 参观「${f.exhibitionTitle}」未到馆，已记录一次爽约；180 天内爽约 3 次将暂停预约 60 天。`,
    data: visitResult('未到馆', () => '180天内爽约3次将暂停预约'),
  },
  GROUP_APPROVED: {
    template: 'BOOKING_RESULT',
    page: ticketPage,
    title: '团体预约已通过',
    body: (f) => `您的团体预约（${f.exhibitionTitle}，${when(f.startAt)}）已通过审核${f.note ? `：${f.note}` : '。'}`,
    data: visitResult('审核通过', (f) => f.note || '请按时到馆'),
  },
  GROUP_REJECTED: {
    template: 'BOOKING_RESULT',
    page: ticketPage,
    title: '团体预约未通过',
    body: (f) => `您的团体预约（${f.exhibitionTitle}，${when(f.startAt)}）未通过审核${f.note ? `：${f.note}` : '。'}`,
    data: visitResult('未通过', (f) => f.note || '如有疑问请联系档案馆'),
  },
  WAITLIST_OFFER: {
    template: 'WAITLIST_RESULT',
    page: myBookingsPage,
    title: '候补有名额了',
    body: (f) =>
      `「${f.exhibitionTitle}」${when(f.startAt)} 的场次为您保留了名额，请在 ${when(f.offeredUntil)} 前确认，逾期名额将让给下一位。`,
    data: offerResult('待确认', '请在截止时间前确认预约'),
  },
  WAITLIST_OFFER_EXPIRED: {
    template: 'WAITLIST_RESULT',
    page: myBookingsPage,
    title: '候补名额已过期',
    body: (f) =>
      `「${f.exhibitionTitle}」${when(f.startAt)} 为您保留的名额已于 ${when(f.offeredUntil)} 过期，未能为您预约。`,
    data: offerResult('已过期', '保留时间已过，名额已释放'),
  },
  BOOKING_SUSPENDED: {
    template: 'ACCOUNT_NOTICE',
    page: () => 'pages/me/index',
    title: '预约已暂停',
    body: (f) => `您 180 天内已 3 次预约未到馆，${when(f.suspendedUntil)} 前暂不能预约参观。`,
    data: (f) => ({
      phrase1: phrase('暂停预约'),
      time2: wechatTime(f.suspendedFrom),
      time3: wechatTime(f.suspendedUntil),
      thing4: thing('180天内3次预约未到馆'),
    }),
  },
  LOOKUP_ACCEPTED: lookupNotice(
    '查档申请已受理',
    '已受理',
    (f) => `已由${f.archiveName}受理。`,
    () => '档案馆将按时限办理',
  ),
  LOOKUP_NEEDS_MORE: lookupNotice(
    '查档申请需补正',
    '需补正',
    (f) => `需要补充材料：${f.note ?? ''}`,
    (f) => f.note || '请补充材料',
  ),
  LOOKUP_REFUSED: lookupNotice('查档申请未受理', '不予受理', (f) => `未被受理：${f.note ?? ''}`),
  LOOKUP_FORWARDED: lookupNotice(
    '查档申请已转馆',
    '已转馆',
    (f) => `已转至${f.archiveName}查找。`,
    () => '已转至保管档案的馆查找',
  ),
  LOOKUP_FOUND: lookupNotice(
    '档案已查到',
    '已查到',
    (f) => `${f.archiveName}已查到相关档案。`,
    () => '档案馆将出具证明',
  ),
  LOOKUP_NOT_FOUND: lookupNotice(
    '未查到档案',
    '未查到',
    (f) => `${f.archiveName}未查到相关档案${f.note ? `：${f.note}` : '。'}`,
  ),
  LOOKUP_CERTIFICATE_ISSUED: lookupNotice(
    '查档证明已出具',
    '已出证',
    (f) => `的证明已由${f.archiveName}出具，可在申请页查看。`,
    () => '可在申请页查看证明',
  ),
  LOOKUP_VISIT_CANCELLED: lookupNotice(
    '查阅预约已取消',
    '预约取消',
    (f) => `的到馆查阅预约已被${f.archiveName}取消${f.note ? `：${f.note}` : '。'}`,
  ),
};

/** What subscribe/send takes for one message: the template, the page and the data in `{ key: { value } }` form. */
export function renderForWechat<K extends NotificationKind>(kind: K, facts: FactsOf<K>) {
  const notice = NOTICES[kind] as Notice<FactsOf<K>>;
  const data: TemplateData = {};
  for (const [key, value] of Object.entries(notice.data(facts))) data[key] = { value };
  return { template: notice.template, page: notice.page(facts), data };
}

/** What the in-app message centre shows for one message. */
export function renderForCentre<K extends NotificationKind>(kind: K, facts: FactsOf<K>) {
  const notice = NOTICES[kind] as Notice<FactsOf<K>>;
  return { title: notice.title, body: notice.body(facts), page: notice.page(facts) };
}

export function templateOf(kind: NotificationKind): TemplateKey {
  return NOTICES[kind].template;
}
