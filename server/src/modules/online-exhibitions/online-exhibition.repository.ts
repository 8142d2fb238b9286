// All SQL of online exhibitions: the exhibitions, their ordered exhibits, and the link from on-site exhibitions.
import type { ContentStatus } from '@zz/shared';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { OnlineExhibitionTable, OnlineExhibitTable } from './online-exhibition.table';

export type OnlineExhibitionRow = Selectable<OnlineExhibitionTable>;
export type OnlineExhibitRow = Selectable<OnlineExhibitTable>;

const PUBLISHED: ContentStatus = 'PUBLISHED';

/** Published online exhibitions, newest publication first. */
export function listPublishedOnlineExhibitions(db: Executor): Promise<OnlineExhibitionRow[]> {
  return db
    .selectFrom('online_exhibition')
    .selectAll()
    .where('status', '=', PUBLISHED)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Every online exhibition of one archive (null: all), any status, newest change first. */
export function listOnlineExhibitionsForStaff(
  db: Executor,
  q: { branchId: number | null; status: ContentStatus | null },
): Promise<OnlineExhibitionRow[]> {
  let query = db.selectFrom('online_exhibition').selectAll();
  if (q.branchId !== null) query = query.where('branch_id', '=', q.branchId);
  if (q.status !== null) query = query.where('status', '=', q.status);
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
}

export function findOnlineExhibitionsByIds(db: Executor, ids: readonly number[]): Promise<OnlineExhibitionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('online_exhibition').selectAll().where('id', 'in', ids).execute();
}

export async function insertOnlineExhibition(db: Executor, values: Insertable<OnlineExhibitionTable>): Promise<number> {
  const result = await db.insertInto('online_exhibition').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export async function updateOnlineExhibition(
  db: Executor,
  id: number,
  values: Updateable<OnlineExhibitionTable>,
): Promise<void> {
  await db.updateTable('online_exhibition').set(values).where('id', '=', id).execute();
}

/**
 * Moves an exhibition to `to` only while it is still in one of the statuses `from` (the ones the action may
 * start from), so two staff acting at once cannot both apply a move: the loser updates nothing. Publishing keeps
 * the first publication time; every move but scheduling clears the schedule.
 */
export async function transitionOnlineExhibition(
  db: Executor,
  q: {
    id: number;
    from: readonly ContentStatus[];
    to: ContentStatus;
    scheduledAt: number | null;
    now: number;
    accountId: number;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('online_exhibition')
    .set({
      status: q.to,
      scheduled_at: q.scheduledAt,
      ...(q.to === 'PUBLISHED' ? { published_at: sql<number>`coalesce(published_at, ${q.now})` } : {}),
      updated_at: q.now,
      updated_by: q.accountId,
    })
    .where('id', '=', q.id)
    .where('status', 'in', q.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The publishing job's one statement: every SCHEDULED exhibition whose time has come becomes PUBLISHED, dated
 * at its scheduled time. Conditional on the status, so processes running it at once publish each one once.
 */
export async function publishDueOnlineExhibitionRows(db: Executor, now: number): Promise<number> {
  const result = await db
    .updateTable('online_exhibition')
    .set({
      status: PUBLISHED,
      published_at: sql<number>`coalesce(published_at, scheduled_at)`,
      scheduled_at: null,
      updated_at: now,
    })
    .where('status', '=', 'SCHEDULED')
    .where('scheduled_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// ---- exhibits ----------------------------------------------------------------------------------------------

/** The exhibits of these exhibitions in order, in one query (lists of exhibitions load them together). */
export function findExhibitsOf(db: Executor, exhibitionIds: readonly number[]): Promise<OnlineExhibitRow[]> {
  if (exhibitionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('online_exhibit')
    .selectAll()
    .where('online_exhibition_id', 'in', exhibitionIds)
    .orderBy('online_exhibition_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** How many exhibits each of these exhibitions has (absent: none). */
export async function countExhibitsOf(db: Executor, exhibitionIds: readonly number[]): Promise<Map<number, number>> {
  if (exhibitionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('online_exhibit')
    .select(['online_exhibition_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('online_exhibition_id', 'in', exhibitionIds)
    .groupBy('online_exhibition_id')
    .execute();
  return new Map(rows.map((r) => [r.online_exhibition_id, Number(r.n)]));
}

/** Exhibits by id whose exhibition is published (one query: what readers and article blocks may show). */
export function findPublishedExhibitsByIds(db: Executor, ids: readonly number[]): Promise<OnlineExhibitRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('online_exhibit')
    .innerJoin('online_exhibition', 'online_exhibition.id', 'online_exhibit.online_exhibition_id')
    .selectAll('online_exhibit')
    .where('online_exhibit.id', 'in', ids)
    .where('online_exhibition.status', '=', PUBLISHED)
    .execute();
}

export async function insertExhibit(db: Executor, values: Insertable<OnlineExhibitTable>): Promise<number> {
  const result = await db.insertInto('online_exhibit').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export async function updateExhibit(
  db: Executor,
  q: { id: number; onlineExhibitionId: number },
  values: Updateable<OnlineExhibitTable>,
): Promise<void> {
  await db
    .updateTable('online_exhibit')
    .set(values)
    .where('id', '=', q.id)
    .where('online_exhibition_id', '=', q.onlineExhibitionId)
    .execute();
}

/** Deletes the exhibits of one exhibition that are not in `keep`. */
export async function deleteExhibitsExcept(
  db: Executor,
  onlineExhibitionId: number,
  keep: readonly number[],
): Promise<void> {
  let query = db.deleteFrom('online_exhibit').where('online_exhibition_id', '=', onlineExhibitionId);
  if (keep.length > 0) query = query.where('id', 'not in', keep);
  await query.execute();
}

// ---- links from exhibitions ------------------------------------------------------------------------------

/** For these exhibitions, the published online exhibition each links to (one query). */
export async function findPublishedOnlineExhibitionsOfExhibitions(
  db: Executor,
  exhibitionIds: readonly number[],
): Promise<Array<OnlineExhibitionRow & { exhibition_id: number }>> {
  if (exhibitionIds.length === 0) return [];
  return db
    .selectFrom('exhibition')
    .innerJoin('online_exhibition', 'online_exhibition.id', 'exhibition.online_exhibition_id')
    .selectAll('online_exhibition')
    .select('exhibition.id as exhibition_id')
    .where('exhibition.id', 'in', exhibitionIds)
    .where('online_exhibition.status', '=', PUBLISHED)
    .execute();
}

/** The exhibitions that link to these online exhibitions: pairs of ids, in exhibition order. */
export function findLinkedExhibitionIds(
  db: Executor,
  onlineExhibitionIds: readonly number[],
): Promise<Array<{ id: number; online_exhibition_id: number | null }>> {
  if (onlineExhibitionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('exhibition')
    .select(['id', 'online_exhibition_id'])
    .where('online_exhibition_id', 'in', onlineExhibitionIds)
    .orderBy('opens_on', 'desc')
    .orderBy('id')
    .execute();
}

/** Exhibitions by id with their archive, to check who may link them. */
export function findExhibitionBranches(
  db: Executor,
  ids: readonly number[],
): Promise<Array<{ id: number; branch_id: number; mode: string }>> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('exhibition').select(['id', 'branch_id', 'mode']).where('id', 'in', ids).execute();
}

/** Makes exactly `exhibitionIds` the exhibitions linking to this online exhibition. */
export async function setLinkedExhibitions(
  db: Executor,
  onlineExhibitionId: number,
  exhibitionIds: readonly number[],
): Promise<void> {
  let unlink = db
    .updateTable('exhibition')
    .set({ online_exhibition_id: null })
    .where('online_exhibition_id', '=', onlineExhibitionId);
  if (exhibitionIds.length > 0) unlink = unlink.where('id', 'not in', exhibitionIds);
  await unlink.execute();
  if (exhibitionIds.length > 0) {
    await db
      .updateTable('exhibition')
      .set({ online_exhibition_id: onlineExhibitionId })
      .where('id', 'in', exhibitionIds)
      .execute();
  }
}
