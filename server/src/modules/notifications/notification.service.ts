// The citizen's side of notifications (the message centre, where every message appears whatever WeChat did, and
// the subscriptions they hold per template), the staff's view of what WeChat could not deliver for their archive,
// and the day-before reminders.
import {
  addDays,
  businessDateOf,
  businessTimeOf,
  maskPhone,
  NOTICES,
  type NotificationKind,
  renderForCentre,
  revealReasonModel,
  type SubscriptionResult,
  TEMPLATE_KEYS,
  TEMPLATE_LABELS,
  type TemplateKey,
} from '@zz/shared';
import type { Config } from '../../config';
import type { Deps } from '../../context';
import { parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { branchFilterOf, isBranchInScope } from '../../platform/access/branch-scope';
import { requireActor, requireCitizen, requireStaff } from '../../platform/access/guards';
import { auditPersonOfPhone, recordStaffAction } from '../../platform/audit/audit-log';
import { enqueueMessage } from '../../platform/outbox/outbox';
import type { OutboxStatus } from '../../platform/outbox/outbox.table';
import { recordPersonalDataAccess } from '../../platform/pii/personal-data-access';
import { requestApplicantPhones } from '../lookup/lookup.service';
import { bookingHolderPhones, bookingsToRemindOn } from '../visits/visit.service';
import { resolveNotices } from './notice-facts.service';
import { MessagesNotFoundError, UndeliveredMessageNotFoundError } from './notification.errors';
import * as repo from './notification.repository';

export interface Message {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The app page it opens, with its query ('booking/pages/ticket/index?id=7'). */
  page: string | null;
  createdAt: number;
  read: boolean;
  status: OutboxStatus;
}

async function toMessages(deps: Pick<Deps, 'db' | 'clock'>, rows: repo.OutboxRow[]): Promise<Message[]> {
  const notices = await resolveNotices(deps, rows);
  return rows.map((row) => {
    const notice = notices.get(row.id);
    const rendered = notice
      ? renderForCentre(notice.kind, notice.facts as never)
      : { title: NOTICES[row.kind].title, body: '相关记录已不存在。', page: null };
    return {
      id: row.id,
      kind: row.kind,
      ...rendered,
      createdAt: Number(row.created_at),
      read: row.read_at !== null,
      status: row.status,
    };
  });
}

/** The viewer's messages, newest first. */
export async function myMessages(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor | null,
  page: { offset: number; limit: number },
) {
  const viewer = requireActor(actor);
  return toMessages(deps, await repo.listMessagesOfAccount(deps.db, viewer.accountId, page));
}

export function unreadMessageCount(deps: Pick<Deps, 'db'>, actor: Actor | null): Promise<number> {
  return repo.countUnread(deps.db, requireActor(actor).accountId);
}

/** Marks the viewer's messages read (the ones named, or all); naming another's message refuses the whole call. */
export async function markMessagesRead(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor | null,
  input: { ids: number[] | null },
): Promise<{ marked: number; unreadCount: number }> {
  const viewer = requireActor(actor);
  const ids = input.ids === null ? null : [...new Set(input.ids)];
  if (ids !== null && (await repo.countOwnMessages(deps.db, viewer.accountId, ids)) !== ids.length) {
    throw new MessagesNotFoundError(ids);
  }
  const marked = await repo.markRead(deps.db, viewer.accountId, ids, deps.clock.now());
  return { marked, unreadCount: await repo.countUnread(deps.db, viewer.accountId) };
}

// ---- subscriptions ---------------------------------------------------------------------------------------

export interface Subscription {
  template: TemplateKey;
  label: string;
  /** The id to pass to requestSubscribeMessage; null when the archive has not configured this template. */
  templateId: string | null;
  /** One-time subscriptions not yet used. */
  credits: number;
  longTerm: boolean;
  /** Whether the next message of this template can reach WeChat. */
  on: boolean;
  lastResult: string | null;
}

export async function mySubscriptions(
  deps: Pick<Deps, 'db'>,
  config: Pick<Config, 'notifications'>,
  actor: Actor | null,
): Promise<Subscription[]> {
  const viewer = requireCitizen(actor);
  const grants = new Map((await repo.findGrants(deps.db, viewer.accountId)).map((g) => [g.template_key, g]));
  return TEMPLATE_KEYS.map((template) => {
    const grant = grants.get(template);
    const credits = grant?.credits ?? 0;
    const longTerm = grant?.long_term === 1;
    return {
      template,
      label: TEMPLATE_LABELS[template],
      templateId: config.notifications.templateIds[template],
      credits,
      longTerm,
      on: longTerm || credits > 0,
      lastResult: grant?.last_result ?? null,
    };
  });
}

/**
 * Records what requestSubscribeMessage answered: each accept of a one-time template is one credit; for a template
 * the archive holds as long-term (config), accept turns the subscription on and reject or ban turns it off. The
 * server decides which kind a template is, so a client cannot make a one-time grant last.
 */
export async function reportSubscriptionResults(
  deps: Pick<Deps, 'db' | 'clock'>,
  config: Pick<Config, 'notifications'>,
  actor: Actor | null,
  input: { results: { template: TemplateKey; result: SubscriptionResult }[] },
): Promise<Subscription[]> {
  const viewer = requireCitizen(actor);
  const now = deps.clock.now();
  for (const { template, result } of input.results) {
    const accepted = result === 'accept';
    const longTerm = config.notifications.longTermTemplates.has(template);
    await repo.recordGrantResult(deps.db, {
      accountId: viewer.accountId,
      template,
      result,
      addCredit: accepted && !longTerm,
      longTerm: longTerm ? accepted : result === 'ban' ? false : null,
      now,
    });
  }
  return mySubscriptions(deps, config, viewer);
}

// ---- staff view --------------------------------------------------------------------------------------------

export interface UndeliveredMessage extends Message {
  accountId: number;
  branchId: number | null;
  reason: string | null;
  errcode: number | null;
  attempts: number;
  /** The phone the citizen gave with the booking or request, masked. */
  maskedPhone: string | null;
}

/**
 * The phone each message's citizen gave with its booking or request (null for a message about neither), aligned
 * with the rows: two queries for any number of rows.
 */
async function contactPhones(deps: Pick<Deps, 'db' | 'vault'>, rows: repo.OutboxRow[]): Promise<(string | null)[]> {
  const payloads = rows.map((row) => JSON.parse(row.payload) as { bookingId?: number; requestId?: number });
  const idsOf = (key: 'bookingId' | 'requestId') => [
    ...new Set(payloads.flatMap((p) => (p[key] === undefined ? [] : [p[key]]))),
  ];
  const [bookingPhones, requestPhones] = await Promise.all([
    bookingHolderPhones(deps, idsOf('bookingId')),
    requestApplicantPhones(deps, idsOf('requestId')),
  ]);
  return payloads.map((p) => {
    if (p.bookingId !== undefined) return bookingPhones.get(p.bookingId) ?? null;
    if (p.requestId !== undefined) return requestPhones.get(p.requestId) ?? null;
    return null;
  });
}

async function toUndelivered(deps: Pick<Deps, 'db' | 'clock' | 'vault'>, rows: repo.OutboxRow[]) {
  const [messages, phones] = await Promise.all([toMessages(deps, rows), contactPhones(deps, rows)]);
  return rows.map(
    (row, i): UndeliveredMessage => ({
      ...messages[i],
      accountId: row.account_id,
      branchId: row.branch_id,
      reason: row.last_error,
      errcode: row.last_errcode,
      attempts: row.attempts,
      maskedPhone: phones[i] ? maskPhone(phones[i]) : null,
    }),
  );
}

/** Messages WeChat could not deliver for the staff's archive (administrators: every archive), newest first. */
export async function undeliveredMessages(
  deps: Pick<Deps, 'db' | 'clock' | 'vault'>,
  actor: Actor | null,
  page: { offset: number; limit: number },
): Promise<UndeliveredMessage[]> {
  const branchId = branchFilterOf(actor);
  return toUndelivered(deps, await repo.listUndelivered(deps.db, branchId, page));
}

/** The citizen's phone in full, so staff can call about an undelivered message; the reading is recorded. */
export async function revealMessageRecipientPhone(
  deps: Deps,
  actor: Actor | null,
  messageId: number,
  reason: string,
): Promise<{ messageId: number; phone: string | null }> {
  const staff = requireStaff(actor);
  const row = await repo.findMessage(deps.db, messageId);
  if (!row || (row.status !== 'FAILED' && row.status !== 'NO_GRANT') || !isBranchInScope(staff, row.branch_id)) {
    throw new UndeliveredMessageNotFoundError();
  }
  const why = parseInput(revealReasonModel, reason, 'reason');
  const [phone] = await contactPhones(deps, [row]);
  await recordPersonalDataAccess(deps.db, {
    staffAccountId: staff.accountId,
    branchId: staff.branchId,
    subjectKind: 'NOTIFICATION',
    subjectId: row.id,
    fields: ['RECIPIENT_PHONE'],
    reason: why,
    at: deps.clock.now(),
  });
  await recordStaffAction(
    deps,
    staff,
    'PERSONAL_DATA_REVEALED',
    { kind: 'NOTIFICATION', id: row.id },
    {
      person: phone ? auditPersonOfPhone(phone) : null,
      revealedFields: ['RECIPIENT_PHONE'],
      reason: why,
    },
  );
  return { messageId: row.id, phone };
}

// ---- reminders -----------------------------------------------------------------------------------------------

/**
 * From the reminder hour on, enqueues one reminder per confirmed booking of tomorrow. The date's batch is claimed
 * by inserting its name (one transaction, one process); the dedupe key per booking makes any repeat a no-op.
 * Answers how many reminders were enqueued (0 before the hour or when the batch was claimed already).
 */
export async function enqueueDayBeforeReminders(
  deps: Pick<Deps, 'db' | 'clock'>,
  config: Pick<Config, 'notifications'>,
): Promise<number> {
  const now = deps.clock.now();
  const hour = Number(businessTimeOf(now).slice(0, 2));
  if (hour < config.notifications.reminderHour) return 0;
  const tomorrow = addDays(businessDateOf(now), 1);
  if (!(await repo.claimBatch(deps.db, `reminders:${tomorrow}`, now))) return 0;
  const bookings = await bookingsToRemindOn(deps.db, tomorrow);
  for (const booking of bookings) {
    await enqueueMessage(
      deps.db,
      {
        accountId: booking.accountId,
        kind: 'BOOKING_REMINDER',
        dedupeKey: `booking-reminder:${booking.id}`,
        payload: { bookingId: booking.id },
      },
      now,
    );
  }
  return bookings.length;
}
