// All SQL of notifications: the delivery claim (FOR UPDATE SKIP LOCKED on MySQL) and settlement (conditional
// updates on the lease token), the attempts, the grant ledger (a conditional decrement takes one credit), the message centre and the staff view.
import type { TemplateKey } from '@zz/shared';
import { type ExpressionBuilder, MysqlAdapter, type Selectable } from 'kysely';
import type { Database, Executor } from '../../db/database';
import type { NotificationOutboxTable, OutboxStatus } from '../../platform/outbox/outbox.table';
import './notification.table';

export type OutboxRow = Selectable<NotificationOutboxTable>;

/** Due for delivery and not held by a live lease. */
function isDue(now: number) {
  return (eb: ExpressionBuilder<Database, 'notification_outbox'>) =>
    eb.and([
      eb('status', '=', 'PENDING'),
      eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]),
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]),
    ]);
}

/**
 * Claims up to `limit` due messages, oldest first, for one worker (its lease token), in the caller's transaction;
 * answers the ids it holds now. On MySQL the read locks the rows it returns and skips rows another worker's claim
 * has locked (FOR UPDATE SKIP LOCKED), so concurrent workers take different messages instead of queueing for the
 * same ones; SQLite runs one writer at a time. The UPDATE re-checks that each row is still due and unleased, so it
 * stays the arbiter on both: a message is held by one worker at a time.
 */
export async function claimDueMessages(
  db: Executor,
  lease: { token: string; until: number },
  now: number,
  limit: number,
): Promise<number[]> {
  let due = db.selectFrom('notification_outbox').select('id').where(isDue(now)).orderBy('id').limit(limit);
  if (db.getExecutor().adapter instanceof MysqlAdapter) due = due.forUpdate().skipLocked();
  const ids = (await due.execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  await db
    .updateTable('notification_outbox')
    .set({ lease_token: lease.token, lease_until: lease.until })
    .where('id', 'in', ids)
    .where(isDue(now))
    .execute();
  const held = await db
    .selectFrom('notification_outbox')
    .select('id')
    .where('id', 'in', ids)
    .where('lease_token', '=', lease.token)
    .orderBy('id')
    .execute();
  return held.map((r) => r.id);
}

export function findMessagesByIds(db: Executor, ids: readonly number[]): Promise<OutboxRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('notification_outbox').selectAll().where('id', 'in', ids).orderBy('id', 'desc').execute();
}

export interface Settlement {
  status: OutboxStatus;
  attempts?: number;
  nextAttemptAt?: number | null;
  branchId?: number | null;
  errcode?: number | null;
  error?: string | null;
  sentAt?: number | null;
  now: number;
}

/** Settles a claimed message; only the worker holding the lease token can (a lost lease changes nothing). */
export async function settleClaimedMessage(db: Executor, id: number, token: string, s: Settlement) {
  const result = await db
    .updateTable('notification_outbox')
    .set({
      status: s.status,
      lease_token: null,
      lease_until: null,
      ...(s.attempts === undefined ? {} : { attempts: s.attempts }),
      ...(s.nextAttemptAt === undefined ? {} : { next_attempt_at: s.nextAttemptAt }),
      ...(s.branchId === undefined ? {} : { branch_id: s.branchId }),
      ...(s.errcode === undefined ? {} : { last_errcode: s.errcode }),
      ...(s.error === undefined ? {} : { last_error: s.error?.slice(0, 200) ?? null }),
      ...(s.sentAt === undefined ? {} : { sent_at: s.sentAt }),
      settled_at: s.status === 'PENDING' ? null : s.now,
    })
    .where('id', '=', id)
    .where('lease_token', '=', token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAttempt(
  db: Executor,
  a: { outboxId: number; at: number; errcode: number; errmsg: string; outcome: OutboxStatus },
) {
  await db
    .insertInto('notification_attempt')
    .values({
      outbox_id: a.outboxId,
      attempted_at: a.at,
      errcode: a.errcode,
      errmsg: a.errmsg.slice(0, 200),
      outcome: a.outcome,
    })
    .execute();
}

export function listAttempts(db: Executor, outboxId: number) {
  return db.selectFrom('notification_attempt').selectAll().where('outbox_id', '=', outboxId).orderBy('id').execute();
}

// ---- grants ------------------------------------------------------------------------------------------------

export function findGrants(db: Executor, accountId: number) {
  return db.selectFrom('subscription_grant').selectAll().where('account_id', '=', accountId).execute();
}

/** An update of one account's ledger row for one template. */
function updateGrant(db: Executor, accountId: number, template: TemplateKey) {
  return db.updateTable('subscription_grant').where('account_id', '=', accountId).where('template_key', '=', template);
}

async function ensureGrantRow(db: Executor, accountId: number, template: TemplateKey, now: number) {
  await db
    .insertInto('subscription_grant')
    .values({ account_id: accountId, template_key: template, updated_at: now })
    .orIgnore()
    .execute();
}

/** Records one answer of requestSubscribeMessage: an accepted one-time subscription adds one credit. */
export async function recordGrantResult(
  db: Executor,
  g: {
    accountId: number;
    template: TemplateKey;
    result: string;
    addCredit: boolean;
    longTerm: boolean | null;
    now: number;
  },
) {
  await ensureGrantRow(db, g.accountId, g.template, g.now);
  await updateGrant(db, g.accountId, g.template)
    .set((eb) => ({
      last_result: g.result,
      updated_at: g.now,
      ...(g.addCredit ? { credits: eb('credits', '+', 1) } : {}),
      ...(g.longTerm === null ? {} : { long_term: g.longTerm ? 1 : 0 }),
    }))
    .execute();
}

export async function hasLongTermGrant(db: Executor, accountId: number, template: TemplateKey) {
  const row = await db
    .selectFrom('subscription_grant')
    .select('long_term')
    .where('account_id', '=', accountId)
    .where('template_key', '=', template)
    .executeTakeFirst();
  return row?.long_term === 1;
}

/** Takes one one-time credit if there is one: a conditional decrement, so two sends never share a credit. */
export async function takeOneTimeCredit(db: Executor, accountId: number, template: TemplateKey): Promise<boolean> {
  const result = await updateGrant(db, accountId, template)
    .set((eb) => ({ credits: eb('credits', '-', 1) }))
    .where('credits', '>', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a credit back when WeChat did not use it (a failure other than 43101). */
export async function returnOneTimeCredit(db: Executor, accountId: number, template: TemplateKey) {
  await updateGrant(db, accountId, template)
    .set((eb) => ({ credits: eb('credits', '+', 1) }))
    .execute();
}

/** WeChat said 43101: the citizen holds no grant for the template, whatever the ledger believed. */
export async function clearGrant(db: Executor, accountId: number, template: TemplateKey, now: number) {
  await updateGrant(db, accountId, template).set({ credits: 0, long_term: 0, updated_at: now }).execute();
}

// ---- message centre ----------------------------------------------------------------------------------------

export function listMessagesOfAccount(db: Executor, accountId: number, page: { offset: number; limit: number }) {
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export async function countUnread(db: Executor, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countOwnMessages(db: Executor, accountId: number, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('account_id', '=', accountId)
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the account's unread messages read: the given ones, or all when `ids` is null. */
export async function markRead(db: Executor, accountId: number, ids: readonly number[] | null, now: number) {
  let query = db
    .updateTable('notification_outbox')
    .set({ read_at: now })
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null);
  if (ids !== null) {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', ids);
  }
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

// ---- staff view --------------------------------------------------------------------------------------------

/** Messages WeChat could not deliver (FAILED, NO_GRANT), newest first, of one archive or (null) all. */
export function listUndelivered(db: Executor, branchId: number | null, page: { offset: number; limit: number }) {
  let query = db.selectFrom('notification_outbox').selectAll().where('status', 'in', ['FAILED', 'NO_GRANT']);
  if (branchId !== null) query = query.where('branch_id', '=', branchId);
  return query.orderBy('id', 'desc').offset(page.offset).limit(page.limit).execute();
}

export function findMessage(db: Executor, id: number): Promise<OutboxRow | undefined> {
  return db.selectFrom('notification_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

// ---- batch claims ------------------------------------------------------------------------------------------

/** Claims a named batch (e.g. one date's reminders) for this transaction; false when another run has it. */
export async function claimBatch(db: Executor, name: string, now: number): Promise<boolean> {
  const result = await db
    .insertInto('notification_job_claim')
    .values({ name, claimed_at: now })
    .orIgnore()
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}
