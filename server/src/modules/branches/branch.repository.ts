// All SQL of archive branches.
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { BranchTable } from './branch.table';

export type BranchRow = Selectable<BranchTable>;

export function listBranches(db: Executor): Promise<BranchRow[]> {
  return db.selectFrom('branch').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export function findBranchesByIds(db: Executor, ids: readonly number[]): Promise<BranchRow[]> {
  // MySQL refuses an empty `in ()`; no ids name no branch.
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('branch').selectAll().where('id', 'in', ids).execute();
}

export async function findBranchIdByCode(db: Executor, code: string): Promise<number | undefined> {
  const row = await db.selectFrom('branch').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}

/** Inserts branches whose code is new; existing ones are left as they are (seeding is repeatable). */
export async function insertMissingBranches(db: Executor, rows: Insertable<BranchTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('branch').values(rows).orIgnore().execute();
}
