// All SQL of accounts and sessions.
import { type Insertable, type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { AccountTable } from './account.table';

export type AccountRow = Selectable<AccountTable>;

export function findAccountById(db: Executor, id: number): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAccountByOpenid(db: Executor, openid: string): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('openid', '=', openid).executeTakeFirst();
}

export function findAccountByUsername(db: Executor, username: string): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * Creates the citizen account for an openid unless it exists, then returns it. The unique index on
 * openid decides between two first sign-ins racing, never a check in code.
 */
export async function upsertCitizenByOpenid(
  db: Executor,
  openid: string,
  displayName: string,
  now: number,
): Promise<AccountRow> {
  await db
    .insertInto('account')
    .values({ kind: 'CITIZEN', openid, display_name: displayName, created_at: now })
    .orIgnore()
    .execute();
  const account = await findAccountByOpenid(db, openid);
  if (!account) throw new Error('account vanished after insert');
  return account;
}

export async function insertAccount(db: Executor, values: Insertable<AccountTable>): Promise<number> {
  const result = await db.insertInto('account').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export async function insertSession(
  db: Executor,
  values: { tokenHash: string; accountId: number; createdAt: number; expiresAt: number },
): Promise<number> {
  const result = await db
    .insertInto('session')
    .values({
      token_hash: values.tokenHash,
      account_id: values.accountId,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function findLiveSession(db: Executor, tokenHash: string, now: number) {
  return (
    db
      .selectFrom('session')
      .innerJoin('account', 'account.id', 'session.account_id')
      .select([
        'session.id as sessionId',
        'account.id as accountId',
        'account.kind',
        'account.role',
        'account.branch_id as branchId',
        'account.display_name as displayName',
        'account.must_change_password as mustChangePassword',
      ])
      .where('session.token_hash', '=', tokenHash)
      .where('session.revoked_at', 'is', null)
      .where('session.expires_at', '>', now)
      // A disabled account's sessions end at once: every request looks here, whatever its session says.
      .where('account.disabled_at', 'is', null)
      .executeTakeFirst()
  );
}

export async function revokeSession(db: Executor, sessionId: number, now: number): Promise<void> {
  await db.updateTable('session').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}

/** Ends every live session of an account (disabled, or its password reset by an administrator). */
export async function revokeSessionsOf(
  db: Executor,
  accountId: number,
  now: number,
  options: { except?: number } = {},
): Promise<void> {
  let query = db
    .updateTable('session')
    .set({ revoked_at: now })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null);
  if (options.except !== undefined) query = query.where('id', '!=', options.except);
  await query.execute();
}

export interface StaffListFilter {
  /** One archive, or null for every archive. */
  branchId: number | null;
  /** Matched against username and display name. */
  search: string | null;
  limit: number;
}

/** Staff accounts, by archive then username. */
export function listStaffAccounts(db: Executor, filter: StaffListFilter): Promise<AccountRow[]> {
  let query = db.selectFrom('account').selectAll().where('kind', '=', 'STAFF');
  if (filter.branchId !== null) query = query.where('branch_id', '=', filter.branchId);
  if (filter.search) {
    // LIKE's wildcards typed by the searcher are taken literally; '!' escapes the same on MySQL and SQLite.
    const pattern = `%${filter.search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('username')} like ${pattern} escape '!'`,
        sql<boolean>`${eb.ref('display_name')} like ${pattern} escape '!'`,
      ]),
    );
  }
  return query.orderBy('branch_id').orderBy('username').limit(filter.limit).execute();
}

/** Sets an account's password; `mustChange` when an administrator set it and saw it. */
export async function setPassword(
  db: Executor,
  accountId: number,
  values: { passwordHash: string; mustChange: boolean; now: number },
): Promise<void> {
  await db
    .updateTable('account')
    .set({
      password_hash: values.passwordHash,
      must_change_password: values.mustChange ? 1 : 0,
      password_changed_at: values.now,
    })
    .where('id', '=', accountId)
    .execute();
}

export async function updateStaffAccount(
  db: Executor,
  accountId: number,
  values: { displayName: string; role: string; branchId: number },
): Promise<void> {
  await db
    .updateTable('account')
    .set({ display_name: values.displayName, role: values.role, branch_id: values.branchId })
    .where('id', '=', accountId)
    .where('kind', '=', 'STAFF')
    .execute();
}

/**
 * Disables (now) or enables (null) an account, only when it is not already so: the number of rows changed says
 * whether this call made the change, so two administrators acting at once record it once.
 */
export async function setDisabled(db: Executor, accountId: number, disabledAt: number | null): Promise<boolean> {
  const result = await db
    .updateTable('account')
    .set({ disabled_at: disabledAt })
    .where('id', '=', accountId)
    .where('kind', '=', 'STAFF')
    .where('disabled_at', disabledAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
