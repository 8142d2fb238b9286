// Exhibitions: what citizens see (published ones, by phase relative to today's business date) and what
// staff manage (drafts included, each archive its own; the city administration all).
import { businessDateOf, type ExhibitionMode, exhibitionFormModel } from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { InputValidationError, NotFoundError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { assertBranchInScope, branchFilterOf, isBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { branchExists } from '../branches/branch.service';
import {
  type ExhibitionPhase,
  type ExhibitionRow,
  findExhibitionsByIds,
  findReadingRooms,
  insertExhibition,
  insertExhibitionIfMissing,
  listAllExhibitions,
  listBranchesWithExhibitions,
  listPublishedExhibitions,
  updateExhibition,
} from './exhibition.repository';

export type { ExhibitionMode, ExhibitionPhase };

export interface Exhibition {
  id: number;
  branchId: number;
  slug: string;
  title: string;
  subtitle: string | null;
  mode: ExhibitionMode;
  coverUrl: string | null;
  summary: string;
  description: string;
  venue: string | null;
  notes: string | null;
  opensOn: string;
  closesOn: string | null;
  featured: boolean;
  phase: ExhibitionPhase;
  published: boolean;
}

export function phaseOf(opensOn: string, closesOn: string | null, today: string): ExhibitionPhase {
  if (opensOn > today) return 'UPCOMING';
  if (closesOn !== null && closesOn < today) return 'PAST';
  return 'CURRENT';
}

function toExhibition(row: ExhibitionRow, today: string): Exhibition {
  return {
    id: row.id,
    branchId: row.branch_id,
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    mode: row.mode,
    coverUrl: row.cover_url,
    summary: row.summary,
    description: row.description,
    venue: row.venue,
    notes: row.notes,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    featured: row.featured === 1,
    phase: phaseOf(row.opens_on, row.closes_on, today),
    published: row.published_at !== null,
  };
}

export async function listExhibitions(
  deps: Pick<Deps, 'db' | 'clock'>,
  filter: {
    phase: ExhibitionPhase | null;
    mode: ExhibitionMode | null;
    featuredOnly?: boolean;
    branchId?: number | null;
  },
  page: { offset: number; limit: number },
): Promise<Exhibition[]> {
  const today = businessDateOf(deps.clock.now());
  const rows = await listPublishedExhibitions(deps.db, { ...filter, today, ...page });
  return rows.map((row) => toExhibition(row, today));
}

/** The ids of the archives that have published exhibitions, in archive order. */
export function archivesWithExhibitions(deps: Pick<Deps, 'db'>): Promise<number[]> {
  return listBranchesWithExhibitions(deps.db);
}

/** Exhibitions by id in the order asked (drafts included: callers decide who may see them). */
export async function exhibitionsByIds(
  deps: Pick<Deps, 'db' | 'clock'>,
  ids: readonly number[],
): Promise<(Exhibition | undefined)[]> {
  const today = businessDateOf(deps.clock.now());
  const byId = new Map((await findExhibitionsByIds(deps.db, ids)).map((row) => [row.id, toExhibition(row, today)]));
  return ids.map((id) => byId.get(id));
}

/**
 * Published exhibitions are public; a draft is seen only by staff of its own archive (and administrators), and
 * so is a reading room, which is no exhibition to the public (the lookup module shows its seats).
 */
export function isVisibleTo(exhibition: Exhibition, actor: Actor | null): boolean {
  if (exhibition.published && exhibition.mode !== 'READING_ROOM') return true;
  return actor?.kind === 'STAFF' && isBranchInScope(actor, exhibition.branchId);
}

export async function getExhibition(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor | null,
  id: number,
): Promise<Exhibition | null> {
  const [exhibition] = await exhibitionsByIds(deps, [id]);
  return exhibition && isVisibleTo(exhibition, actor) ? exhibition : null;
}

/** An exhibition the member of staff manages, or NotFoundError / FORBIDDEN. */
export async function requireManagedExhibition(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor | null,
  id: number,
): Promise<Exhibition> {
  requireStaff(actor);
  const [exhibition] = await exhibitionsByIds(deps, [id]);
  if (!exhibition) throw new NotFoundError('Exhibition', '展览不存在');
  assertBranchInScope(actor, exhibition.branchId);
  return exhibition;
}

export interface SaveExhibitionInput {
  /** Omit to create. */
  id: number | null;
  /** Administrators choose the archive; branch staff always save to their own. */
  branchId: number | null;
  title: string;
  subtitle: string | null;
  mode: ExhibitionMode;
  summary: string;
  description: string;
  venue: string | null;
  notes: string | null;
  coverUrl: string | null;
  opensOn: string;
  closesOn: string | null;
  featured: boolean;
  /** null keeps the current state when editing (a draft when creating). */
  published: boolean | null;
}

/** Creates or edits an exhibition; returns it with `created` telling which. */
export async function saveExhibition(
  deps: Deps,
  actor: Actor | null,
  input: SaveExhibitionInput,
): Promise<{ exhibition: Exhibition; created: boolean }> {
  const staff = requireStaff(actor);
  const form = parseInput(exhibitionFormModel, input);
  const now = deps.clock.now();
  const values = {
    title: form.title,
    subtitle: form.subtitle,
    mode: form.mode,
    summary: form.summary,
    description: form.description,
    venue: form.venue,
    notes: form.notes,
    cover_url: form.coverUrl,
    opens_on: form.opensOn,
    closes_on: form.closesOn,
    featured: form.featured ? 1 : 0,
    updated_at: now,
  };
  if (input.id !== null) {
    const current = await requireManagedExhibition(deps, staff, input.id);
    // A reading room is set up by the lookup module; the exhibition editor would turn it into an exhibition.
    if (current.mode === 'READING_ROOM') throw new NotFoundError('Exhibition', '展览不存在');
    // Publishing keeps the first publication time; unpublishing makes it a draft again.
    await updateExhibition(deps.db, current.id, values, { publish: form.published ?? null, now });
    return { exhibition: (await getExhibition(deps, staff, current.id)) as Exhibition, created: false };
  }
  const branchId = staff.role === 'ADMIN' && input.branchId !== null ? input.branchId : staff.branchId;
  if (branchId === null || !(await branchExists(deps.db, branchId))) {
    throw InputValidationError.single('branchId', '所选档案馆不存在');
  }
  const id = await insertExhibition(deps.db, {
    ...values,
    branch_id: branchId,
    slug: `ex-${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    published_at: form.published ? now : null,
    created_at: now,
  });
  return { exhibition: (await getExhibition(deps, staff, id)) as Exhibition, created: true };
}

/** Every exhibition the member of staff manages, drafts included: all for administrators. */
export async function staffExhibitions(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor | null): Promise<Exhibition[]> {
  const rows = await listAllExhibitions(deps.db, branchFilterOf(actor));
  const today = businessDateOf(deps.clock.now());
  return rows.map((row) => toExhibition(row, today));
}

// ---- reading rooms ------------------------------------------------------------------------------------

/** The slug of an archive's reading room: unique, so several processes seeding at once insert it once. */
const readingRoomSlug = (branchCode: string) => `reading-room-${branchCode}`;

/**
 * Makes sure the archive has its reading-room row (published, so scheduling generates and serves its slots).
 * Answers with its id and whether this call created it (the caller then sets up its policy and plan once).
 */
export async function ensureReadingRoomExhibition(
  db: Executor,
  branch: { id: number; code: string; name: string },
  now: number,
): Promise<{ id: number; created: boolean }> {
  const slug = readingRoomSlug(branch.code);
  const created = await insertExhibitionIfMissing(db, {
    branch_id: branch.id,
    slug,
    title: `${branch.name}阅览室`,
    subtitle: null,
    mode: 'READING_ROOM',
    cover_url: null,
    summary: '查档阅览预约',
    description: '查阅档案原件或复制件的阅览座位，随查档申请预约。',
    venue: null,
    notes: null,
    opens_on: businessDateOf(now),
    closes_on: null,
    featured: 0,
    published_at: now,
    created_at: now,
    updated_at: now,
  });
  const [row] = await findReadingRooms(db, [branch.id]);
  if (!row) throw new Error(`reading room of ${branch.code} is missing`);
  return { id: row.id, created };
}

/** The reading rooms of these archives, by archive id (absent until seeded). */
export async function readingRoomsOf(
  deps: Pick<Deps, 'db' | 'clock'>,
  branchIds: readonly number[],
): Promise<Map<number, Exhibition>> {
  const today = businessDateOf(deps.clock.now());
  const rows = await findReadingRooms(deps.db, branchIds);
  // One per archive; should a second ever exist, the first keeps serving.
  return new Map(rows.reverse().map((row) => [row.branch_id, toExhibition(row, today)]));
}
