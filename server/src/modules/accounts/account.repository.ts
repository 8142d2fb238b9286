// All SQL of accounts and sessions.
import type { Insertable, Selectable } from 'kysely';
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
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      token_hash: values.tokenHash,
      account_id: values.accountId,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .execute();
}

export function findLiveSession(db: Executor, tokenHash: string, now: number) {
  return db
    .selectFrom('session')
    .innerJoin('account', 'account.id', 'session.account_id')
    .select([
      'session.id as sessionId',
      'account.id as accountId',
      'account.kind',
      'account.role',
      'account.branch_id as branchId',
      'account.display_name as displayName',
    ])
    .where('session.token_hash', '=', tokenHash)
    .where('session.revoked_at', 'is', null)
    .where('session.expires_at', '>', now)
    .where('account.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeSession(db: Executor, sessionId: number, now: number): Promise<void> {
  await db.updateTable('session').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}
