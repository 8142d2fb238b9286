// Exhibitions as the app shows them: phase relative to today's business date, rows mapped to domain objects.
import { businessDateOf } from '@zz/shared';
import type { Context } from '../../context';
import {
  type ExhibitionPhase,
  type ExhibitionRow,
  findExhibitionById,
  listPublishedExhibitions,
} from './exhibition.repository';

export type { ExhibitionPhase };
export type ExhibitionMode = 'ONSITE' | 'ONLINE';

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

export function toExhibition(row: ExhibitionRow, today: string): Exhibition {
  return {
    id: row.id,
    branchId: row.branch_id,
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    mode: row.mode as ExhibitionMode,
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
  ctx: Context,
  filter: { phase: ExhibitionPhase | null; mode: ExhibitionMode | null; featuredOnly?: boolean },
  page: { offset: number; limit: number },
): Promise<Exhibition[]> {
  const today = businessDateOf(ctx.clock.now());
  const rows = await listPublishedExhibitions(ctx.db, { ...filter, today, ...page });
  return rows.map((row) => toExhibition(row, today));
}

/** A published exhibition; staff also see drafts. */
export async function getExhibition(ctx: Context, id: number): Promise<Exhibition | null> {
  const row = await findExhibitionById(ctx.db, id);
  if (!row || (row.published_at === null && ctx.viewer?.kind !== 'STAFF')) return null;
  return toExhibition(row, businessDateOf(ctx.clock.now()));
}
