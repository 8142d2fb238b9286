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

/** The branches with these ids, in the order asked; a missing id gives undefined at its place. */
export async function branchesByIds(db: Executor, ids: readonly number[]): Promise<(Branch | undefined)[]> {
  const byId = new Map((await findBranchesByIds(db, ids)).map((row) => [row.id, toBranch(row)]));
  return ids.map((id) => byId.get(id));
}

export async function branchExists(db: Executor, id: number): Promise<boolean> {
  return (await findBranchesByIds(db, [id])).length === 1;
}

export function branchIdByCode(db: Executor, code: string): Promise<number | undefined> {
  return findBranchIdByCode(db, code);
}
