// All SQL of exhibitions.
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ExhibitionTable } from './exhibition.table';

export type ExhibitionRow = Selectable<ExhibitionTable>;
export type ExhibitionPhase = 'CURRENT' | 'UPCOMING' | 'PAST';

export interface ExhibitionQuery {
  phase: ExhibitionPhase | null;
  mode: ExhibitionRow['mode'] | null;
  today: string;
  featuredOnly?: boolean;
  /** One archive's exhibitions only. */
  branchId?: number | null;
  offset: number;
  limit: number;
}

/** Reading rooms are exhibition rows only so that scheduling serves their seats; no exhibition list shows them. */
const READING_ROOM = 'READING_ROOM';

/** Published exhibitions, current and upcoming by opening date, past ones most recent first. */
export function listPublishedExhibitions(db: Executor, q: ExhibitionQuery): Promise<ExhibitionRow[]> {
  let query = db
    .selectFrom('exhibition')
    .selectAll()
    .where('published_at', 'is not', null)
    .where('mode', '!=', READING_ROOM);
  if (q.mode) query = query.where('mode', '=', q.mode);
  if (q.featuredOnly) query = query.where('featured', '=', 1);
  if (q.branchId) query = query.where('branch_id', '=', q.branchId);
  if (q.phase === 'UPCOMING') query = query.where('opens_on', '>', q.today);
  if (q.phase === 'CURRENT') {
    query = query
      .where('opens_on', '<=', q.today)
      .where((eb) => eb.or([eb('closes_on', 'is', null), eb('closes_on', '>=', q.today)]));
  }
  if (q.phase === 'PAST') query = query.where('closes_on', '<', q.today);
  query =
    q.phase === 'PAST'
      ? query.orderBy('closes_on', 'desc').orderBy('id', 'desc')
      : query.orderBy('featured', 'desc').orderBy('opens_on', 'asc').orderBy('id', 'asc');
  return query.offset(q.offset).limit(q.limit).execute();
}

/** The archives that have published exhibitions (reading rooms are not), for the list's archive filter. */
export async function listBranchesWithExhibitions(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('exhibition')
    .select('branch_id')
    .distinct()
    .where('published_at', 'is not', null)
    .where('mode', '!=', READING_ROOM)
    .orderBy('branch_id')
    .execute();
  return rows.map((r) => r.branch_id);
}

export function findExhibitionsByIds(db: Executor, ids: readonly number[]): Promise<ExhibitionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('exhibition').selectAll().where('id', 'in', ids).execute();
}

export async function insertExhibition(db: Executor, values: Insertable<ExhibitionTable>): Promise<number> {
  const result = await db.insertInto('exhibition').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

/**
 * Saves an exhibition's fields and its publication: `publish` true keeps the first publication time (or sets
 * it to `now`), false makes it a draft again, null leaves it as it is.
 */
export async function updateExhibition(
  db: Executor,
  id: number,
  values: Updateable<ExhibitionTable>,
  publication: { publish: boolean | null; now: number },
): Promise<void> {
  const { publish, now } = publication;
  const publishedAt =
    publish === null ? {} : { published_at: publish ? sql<number>`coalesce(published_at, ${now})` : null };
  await db
    .updateTable('exhibition')
    .set({ ...values, ...publishedAt })
    .where('id', '=', id)
    .execute();
}

/** Every exhibition, drafts included, newest opening first; only one archive's when branchId is given. */
export function listAllExhibitions(db: Executor, branchId: number | null): Promise<ExhibitionRow[]> {
  let query = db.selectFrom('exhibition').selectAll().where('mode', '!=', READING_ROOM).orderBy('opens_on', 'desc');
  if (branchId !== null) query = query.where('branch_id', '=', branchId);
  return query.execute();
}

/** The reading-room rows of these archives (one each: seeded under a unique slug, never made by the editor). */
export function findReadingRooms(db: Executor, branchIds: readonly number[]): Promise<ExhibitionRow[]> {
  if (branchIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('exhibition')
    .selectAll()
    .where('mode', '=', READING_ROOM)
    .where('branch_id', 'in', branchIds)
    .orderBy('id')
    .execute();
}

/** Inserts a row unless its slug exists; true when this call inserted it (so only one process sets it up). */
export async function insertExhibitionIfMissing(db: Executor, values: Insertable<ExhibitionTable>): Promise<boolean> {
  const result = await db.insertInto('exhibition').values(values).orIgnore().executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
