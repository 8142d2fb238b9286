// Archive branches: the city archive and the archives of its 11 counties and districts.
import type { Executor } from '../../db/database';
import { type BranchRow, findBranchesByIds, findBranchIdByCode, listBranches } from './branch.repository';

export interface Branch {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: 'CITY' | 'COUNTY';
  address: string | null;
  phone: string | null;
  openingHours: string | null;
}

function toBranch(row: BranchRow): Branch {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as Branch['kind'],
    address: row.address,
    phone: row.phone,
    openingHours: row.opening_hours,
  };
}

/** All archives, the city archive first. */
export async function allBranches(db: Executor): Promise<Branch[]> {
  return (await listBranches(db)).map(toBranch);
}

/**
 * The archives each process keeps after its first read, per database: they are reference data, written only at
 * start (seedReferenceData, insert-or-ignore) and never changed by the app, and every list of articles, exhibitions
 * or requests names them — asking the database each time was a quarter of an uncached feed page's time. An id not
 * kept (a branch added since) is read from the database. When staff may edit an archive, that write must drop this
 * (and reach the other processes) before readers see the change.
 */
const keptBranches = new WeakMap<object, Promise<Map<number, Branch>>>();
/** The same maps once read, for answering without a promise (see branchById). */
const keptBranchesRead = new WeakMap<object, Map<number, Branch>>();

function branchesKeptFor(db: Executor): Promise<Map<number, Branch>> {
  let kept = keptBranches.get(db);
  if (!kept) {
    kept = listBranches(db).then((rows) => {
      const byId = new Map(rows.map((row) => [row.id, toBranch(row)]));
      keptBranchesRead.set(db, byId);
      return byId;
    });
    keptBranches.set(db, kept);
    // A failed read is not kept: the next one asks again.
    kept.catch(() => keptBranches.delete(db));
  }
  return kept;
}

/**
 * One branch, answered at once (not as a promise) when the process already keeps it: a list resolves one per
 * row, and graphql-js completes a row with a pending field through a slower path, per row; otherwise as
 * branchesByIds would (null when there is no such branch).
 */
export function branchById(db: Executor, id: number): Branch | Promise<Branch | null> {
  const kept = keptBranchesRead.get(db)?.get(id);
  return kept ?? branchesByIds(db, [id]).then(([branch]) => branch ?? null);
}

/** The branches with these ids, in the order asked; a missing id gives undefined at its place. */
export async function branchesByIds(db: Executor, ids: readonly number[]): Promise<(Branch | undefined)[]> {
  if (ids.length === 0) return [];
  const kept = await branchesKeptFor(db);
  if (ids.every((id) => kept.has(id))) return ids.map((id) => kept.get(id));
  const byId = new Map((await findBranchesByIds(db, ids)).map((row) => [row.id, toBranch(row)]));
  return ids.map((id) => byId.get(id));
}

export async function branchExists(db: Executor, id: number): Promise<boolean> {
  return (await findBranchesByIds(db, [id])).length === 1;
}

export function branchIdByCode(db: Executor, code: string): Promise<number | undefined> {
  return findBranchIdByCode(db, code);
}
