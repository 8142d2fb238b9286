// Uploaded photos of identity documents, as a capability features share: storing one (re-encoded, encrypted),
// and the seam a feature's request uses inside its own transaction — claim the uploads it cites, read one,
// schedule their deletion when the request closes. The purge job removes what is due.
import { randomBytes } from 'node:crypto';
import { isUploadId, type UploadCreated, type UploadPurpose } from '@zz/shared';
import type { Executor } from '../../db/database';
import type { PersonalDataVault } from '../pii/vault';
import { reencodeImage } from './image';
import {
  claimUnclaimedUploads,
  deleteUploadsIfDue,
  expiredUploadIds,
  findUploadContent,
  findUploadDescription,
  findUploadDescriptions,
  insertUpload,
  setUploadsDeleteAfter,
} from './upload.repository';

/** An upload without its content: what deciding who may read it needs. */
export interface UploadDescription {
  id: string;
  ownerAccountId: number;
  purpose: UploadPurpose;
  mime: string;
  byteSize: number;
  width: number;
  height: number;
  createdAt: number;
  claimedAt: number | null;
  deleteAfter: number | null;
}

export interface UploadContent {
  bytes: Buffer;
  mime: string;
  ownerAccountId: number;
}

export interface StoreUploadDeps {
  db: Executor;
  vault: PersonalDataVault;
  now: number;
  /** An upload no request claims within this time is purged. */
  unclaimedTtlSeconds: number;
}

/**
 * Re-encodes the photo (refusing what is not one, see image.ts) and stores it encrypted under a new random id,
 * unclaimed, due for deletion after the unclaimed time.
 */
export async function storeUpload(
  deps: StoreUploadDeps,
  ownerAccountId: number,
  purpose: UploadPurpose,
  input: Buffer,
): Promise<UploadCreated> {
  const image = await reencodeImage(input);
  const id = randomBytes(16).toString('hex');
  await insertUpload(deps.db, {
    id,
    owner_account_id: ownerAccountId,
    purpose,
    mime: image.mime,
    byte_size: image.bytes.length,
    width: image.width,
    height: image.height,
    content: deps.vault.encryptBytes(image.bytes, id),
    created_at: deps.now,
    claimed_at: null,
    delete_after: deps.now + deps.unclaimedTtlSeconds * 1000,
  });
  return { id, byteSize: image.bytes.length, width: image.width, height: image.height };
}

type DescriptionRow = NonNullable<Awaited<ReturnType<typeof findUploadDescription>>>;

const toDescription = (row: DescriptionRow): UploadDescription => ({
  id: row.id,
  ownerAccountId: row.owner_account_id,
  purpose: row.purpose,
  mime: row.mime,
  byteSize: row.byte_size,
  width: row.width,
  height: row.height,
  createdAt: row.created_at,
  claimedAt: row.claimed_at,
  deleteAfter: row.delete_after,
});

export async function describeUpload(db: Executor, id: string): Promise<UploadDescription | null> {
  if (!isUploadId(id)) return null;
  const row = await findUploadDescription(db, id);
  return row ? toDescription(row) : null;
}

/** The descriptions of those of `ids` that exist (in no particular order), in one query; none for no ids. */
export async function describeUploads(db: Executor, ids: readonly string[]): Promise<UploadDescription[]> {
  const distinct = [...new Set(ids)].filter(isUploadId);
  if (distinct.length === 0) return [];
  return (await findUploadDescriptions(db, distinct)).map(toDescription);
}

/** The decrypted image, or null when there is no such upload. Deciding who may see it is the caller's. */
export async function readUpload(db: Executor, vault: PersonalDataVault, id: string): Promise<UploadContent | null> {
  if (!isUploadId(id)) return null;
  const row = await findUploadContent(db, id);
  if (!row) return null;
  return { bytes: vault.decryptBytes(row.content, row.id), mime: row.mime, ownerAccountId: row.owner_account_id };
}

/**
 * Takes the owner's uploads for a request, in the caller's transaction: true only when every id was the owner's,
 * made for this purpose (a photo sent for one feature is not another's document) and unclaimed, and is now claimed (and kept until scheduleUploadDeletion). On false some ids may have been
 * claimed already by this statement, so the caller must roll its transaction back (throw), never commit.
 */
export async function claimUploads(
  db: Executor,
  ownerAccountId: number,
  purpose: UploadPurpose,
  ids: readonly string[],
  now: number,
): Promise<boolean> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return true;
  if (!distinct.every(isUploadId)) return false;
  return (await claimUnclaimedUploads(db, ownerAccountId, purpose, distinct, now)) === distinct.length;
}

/** Sets when the purge job removes these uploads (e.g. a set time after their request closed); the count set. */
export async function scheduleUploadDeletion(
  db: Executor,
  ids: readonly string[],
  deleteAfter: number,
): Promise<number> {
  const distinct = [...new Set(ids)].filter(isUploadId);
  if (distinct.length === 0) return 0;
  return setUploadsDeleteAfter(db, distinct, deleteAfter);
}

/**
 * Deletes up to `limit` uploads whose delete_after has passed (unclaimed ones past their time, and closed
 * requests' attachments past their retention); returns how many this call deleted. Several processes may run it
 * at once: the delete re-checks the condition, so each row goes once and a repeat deletes nothing.
 */
export async function purgeExpiredUploads(db: Executor, now: number, limit: number): Promise<number> {
  const ids = await expiredUploadIds(db, now, limit);
  if (ids.length === 0) return 0;
  return deleteUploadsIfDue(db, ids, now);
}
