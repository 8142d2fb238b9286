// The door's own SQL: the scans applied with a device's scan id. Check-ins themselves are the visits module's.
import { MysqlAdapter, type Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { DoorScanTable } from './door.table';
import './door.table';

export type DoorScanRow = Selectable<DoorScanTable>;

/**
 * The scan applied under this id, if any. A locking read, so that on MySQL a transaction that lost the race to
 * insert it sees the winner's committed row rather than its own older snapshot. SQLite runs one writer at a
 * time and has no FOR UPDATE.
 */
export function findScanForUpdate(db: Executor, scanId: string): Promise<DoorScanRow | undefined> {
  let query = db.selectFrom('door_scan').selectAll().where('scan_id', '=', scanId);
  if (db.getExecutor().adapter instanceof MysqlAdapter) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Records a scan as applied; the unique scan id refuses a second one (the caller turns that into a replay). */
export async function insertScan(db: Executor, row: Omit<DoorScanRow, 'id'>): Promise<void> {
  await db.insertInto('door_scan').values(row).execute();
}
