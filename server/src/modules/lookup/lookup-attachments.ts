// SEAM: attachments. A request lists the ids of uploads (photos of an authorisation, a death certificate…)
// with their kinds in lookup_attachment; the upload storage itself (table `upload`, module
// server/src/platform/uploads, exporting claimUploads(db, ownerAccountId, ids)) is built separately and is not
// in this branch yet. The lookup service depends only on the narrow interface below.
//
// Until the storage is merged there are no uploads, so no id can be the caller's: the implementation refuses
// every id, which is the truth of this branch (it approves nothing it cannot check). After the merge, replace
// its body with the real call:
//   import { claimUploads } from '../../platform/uploads/…';
//   export const uploadClaims: UploadClaims = { claim: claimUploads };
import type { Executor } from '../../db/database';

/** What lookups need from the upload storage. */
export interface UploadClaims {
  /**
   * Claims uploads for a request, in the caller's transaction: true only when every id is an upload of
   * `ownerAccountId` that no request has claimed yet (they are then claimed); false changes nothing.
   */
  claim(db: Executor, ownerAccountId: number, uploadIds: readonly number[]): Promise<boolean>;
}

export const uploadClaims: UploadClaims = {
  claim: async (_db, _owner, uploadIds) => uploadIds.length === 0,
};
