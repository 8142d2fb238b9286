// All SQL of the consent to the 个人信息保护说明.
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PrivacyConsentTable } from './privacy.table';

export type PrivacyConsentRow = Selectable<PrivacyConsentTable>;

/** The account's consent in force (not withdrawn), the latest if there are several. */
export function findStandingConsent(db: Executor, accountId: number): Promise<PrivacyConsentRow | undefined> {
  return db
    .selectFrom('privacy_consent')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('withdrawn_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertConsent(db: Executor, accountId: number, version: string, now: number): Promise<void> {
  await db.insertInto('privacy_consent').values({ account_id: accountId, version, accepted_at: now }).execute();
}

/** Withdraws every consent of the account still in force; answers how many there were. */
export async function withdrawStandingConsents(db: Executor, accountId: number, now: number): Promise<number> {
  const result = await db
    .updateTable('privacy_consent')
    .set({ withdrawn_at: now })
    .where('account_id', '=', accountId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
