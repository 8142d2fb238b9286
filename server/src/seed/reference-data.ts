// Reference data every database needs: the 12 archives and their reading rooms. Inserted on every start when
// missing.
import { ARCHIVE_BRANCHES } from '@zz/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { inTransaction } from '../db/executor';
import { insertMissingBranches } from '../modules/branches/branch.repository';
import { ensureReadingRooms } from '../modules/lookup/reading-room.service';

export { ARCHIVE_BRANCHES };

/** Branches first, then each archive's reading room (its policy and plan with it, in one transaction). */
export async function seedReferenceData(db: Kysely<Database>, now: number): Promise<void> {
  await insertMissingBranches(
    db,
    ARCHIVE_BRANCHES.map((b, index) => ({
      code: b.code,
      name: b.name,
      short_name: b.shortName,
      kind: b.kind,
      sort_order: index,
      opening_hours: '周二至周日 8:30–12:00，14:30–17:30（周一闭馆）',
    })),
  );
  await inTransaction(db, (trx) => ensureReadingRooms(trx, now));
}
