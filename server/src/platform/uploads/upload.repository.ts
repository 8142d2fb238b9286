// All SQL of uploads. Claims and purges are conditional statements, so concurrent callers split the work
// and a repeat changes nothing.
import type { UploadPurpose } from '@zz/shared';
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { UploadTable } from './upload.table';

export async function insertUpload(db: Executor, row: Insertable<UploadTable>): Promise<void> {
  await db.insertInto('upload').values(row).execute();
}

const DESCRIPTION_COLUMNS = [
  'id',
  'owner_account_id',
  'purpose',
  'mime',
  'byte_size',
  'width',
  'height',
  'created_at',
  'claimed_at',
  'delete_after',
] as const;

/** Everything but the content: what an authorisation decision needs. */
export function findUploadDescription(db: Executor, id: string) {
  return db.selectFrom('upload').select(DESCRIPTION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The same for several uploads at once (a page of requests' attachments). */
export function findUploadDescriptions(db: Executor, ids: readonly string[]) {
  return db.selectFrom('upload').select(DESCRIPTION_COLUMNS).where('id', 'in', ids).execute();
}

export function findUploadContent(db: Executor, id: string) {
  return db
    .selectFrom('upload')
    .select(['id', 'owner_account_id', 'mime', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Marks the owner's still-unclaimed uploads among `ids` as claimed (and no longer due for deletion), in one
 * conditional UPDATE: a row that belongs to someone else or that a request already holds is not touched, and
 * the count tells the caller whether every id was taken.
 */
export async function claimUnclaimedUploads(
  db: Executor,
  ownerAccountId: number,
  purpose: UploadPurpose,
  ids: readonly string[],
  now: number,
): Promise<number> {
  const result = await db
    .updateTable('upload')
    .set({ claimed_at: now, delete_after: null })
    .where('id', 'in', ids)
    .where('owner_account_id', '=', ownerAccountId)
    .where('purpose', '=', purpose)
    .where('claimed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setUploadsDeleteAfter(
  db: Executor,
  ids: readonly string[],
  deleteAfter: number,
): Promise<number> {
  const result = await db
    .updateTable('upload')
    .set({ delete_after: deleteAfter })
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function expiredUploadIds(db: Executor, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('upload')
    .select('id')
    .where('delete_after', '<=', now)
    .orderBy('delete_after')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Deletes those of `ids` that are still due: the condition is checked again, so a row claimed (or given a later
 * date) since it was listed stays, and a row another process deleted first simply is not counted.
 */
export async function deleteUploadsIfDue(db: Executor, ids: readonly string[], now: number): Promise<number> {
  const result = await db
    .deleteFrom('upload')
    .where('id', 'in', ids)
    .where('delete_after', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
