// Venue details: where and when citizens come. An archive has its venue; an exhibition is held at its archive's
// unless it has one of its own (held elsewhere). Staff edit them: the city administrator any archive, an
// archive administrator their own archive and its exhibitions; everyone else is refused.
import { formatVenueHours, type VenueHours, venueFormModel } from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { NotAuthorizedError, NotFoundError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { assertBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { type AuditSource, recordAudit } from '../../platform/audit/audit-log';
import { branchExists, branchesByIds } from '../branches/branch.service';
import { requireManagedExhibition } from '../exhibitions/exhibition.service';
import { deleteVenue, findVenues, upsertVenue, type VenueRow } from './venue.repository';
import type { VenueOwnerKind } from './venue.table';

export type { VenueOwnerKind };

export interface Venue {
  ownerKind: VenueOwnerKind;
  ownerId: number;
  address: string;
  phone: string | null;
  /** GCJ-02, as WeChat's openLocation and Chinese maps expect. */
  latitude: number | null;
  longitude: number | null;
  hours: VenueHours;
  hoursText: string;
  transport: string | null;
  entrance: string | null;
  accessibility: string | null;
  /** Demonstration values from the seed, not yet confirmed by staff. */
  isExample: boolean;
  updatedAt: number;
}

const E6 = 1_000_000;

function toVenue(row: VenueRow): Venue {
  const hours = JSON.parse(row.hours) as VenueHours;
  return {
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    address: row.address,
    phone: row.phone,
    latitude: row.latitude_e6 === null ? null : row.latitude_e6 / E6,
    longitude: row.longitude_e6 === null ? null : row.longitude_e6 / E6,
    hours,
    hoursText: formatVenueHours(hours),
    transport: row.transport,
    entrance: row.entrance,
    accessibility: row.accessibility,
    isExample: row.is_example === 1,
    updatedAt: Number(row.updated_at),
  };
}

/** The archives' own venues, in the order asked (undefined where none is recorded). */
export async function archiveVenues(db: Executor, branchIds: readonly number[]): Promise<(Venue | undefined)[]> {
  const rows = await findVenues(db, { archives: branchIds, exhibitions: [] });
  return branchIds.map((id) => {
    const row = rows.find((r) => r.owner_id === id);
    return row && toVenue(row);
  });
}

/**
 * Where each exhibition is held, in one query for the lot: its own venue when it has one, else its archive's
 * (undefined when neither is recorded).
 */
export async function exhibitionVenues(
  db: Executor,
  exhibitions: readonly { id: number; branchId: number }[],
): Promise<(Venue | undefined)[]> {
  const rows = await findVenues(db, {
    archives: [...new Set(exhibitions.map((e) => e.branchId))],
    exhibitions: exhibitions.map((e) => e.id),
  });
  const find = (kind: VenueOwnerKind, id: number) => rows.find((r) => r.owner_kind === kind && r.owner_id === id);
  return exhibitions.map((e) => {
    const row = find('EXHIBITION', e.id) ?? find('ARCHIVE', e.branchId);
    return row && toVenue(row);
  });
}

/** Whose venue a save is about: an archive, or an exhibition held elsewhere. */
export type VenueOwner = { kind: 'ARCHIVE'; branchId: number } | { kind: 'EXHIBITION'; exhibitionId: number };

/**
 * Refuses anyone but the city administrator (any archive) and the archive administrator (their own archive and its
 * exhibitions); returns the owner's id. Checkers and archive staff only read venues, like citizens.
 */
async function requireVenueEditor(deps: Deps, actor: Actor | null, owner: VenueOwner): Promise<number> {
  const staff = requireStaff(actor);
  if (staff.role !== 'ADMIN' && staff.role !== 'BRANCH_ADMIN') throw new NotAuthorizedError('FORBIDDEN');
  if (owner.kind === 'EXHIBITION') {
    // NotFoundError for an unknown exhibition, FORBIDDEN for another archive's.
    return (await requireManagedExhibition(deps, actor, owner.exhibitionId)).id;
  }
  assertBranchInScope(actor, owner.branchId);
  if (!(await branchExists(deps.db, owner.branchId))) throw new NotFoundError('Branch', '档案馆不存在');
  return owner.branchId;
}

/** Saves a venue (validated by the form's model) and records VENUE_UPDATED as the last step. */
export async function saveVenue(
  deps: Deps,
  actor: Actor | null,
  owner: VenueOwner,
  input: unknown,
  source: AuditSource,
): Promise<Venue> {
  const ownerId = await requireVenueEditor(deps, actor, owner);
  const venue = parseInput(venueFormModel, input, 'venue');
  await upsertVenue(deps.db, {
    owner_kind: owner.kind,
    owner_id: ownerId,
    address: venue.address,
    phone: venue.phone,
    latitude_e6: venue.latitude == null ? null : Math.round(venue.latitude * E6),
    longitude_e6: venue.longitude == null ? null : Math.round(venue.longitude * E6),
    hours: JSON.stringify(venue.hours),
    transport: venue.transport,
    entrance: venue.entrance,
    accessibility: venue.accessibility,
    // Saved by staff: no longer the seed's example.
    is_example: 0,
    updated_by: actor?.accountId ?? null,
    updated_at: deps.clock.now(),
  });
  const [row] = await findVenues(deps.db, {
    archives: owner.kind === 'ARCHIVE' ? [ownerId] : [],
    exhibitions: owner.kind === 'EXHIBITION' ? [ownerId] : [],
  });
  await recordAudit(deps, {
    action: 'VENUE_UPDATED',
    result: 'OK',
    actor,
    target: { kind: owner.kind === 'ARCHIVE' ? 'BRANCH' : 'EXHIBITION', id: ownerId },
    detail: { change: 'SAVED' },
    source,
  });
  return toVenue(row);
}

/** An exhibition is held at its archive again: its own venue is removed. */
export async function useArchiveVenue(
  deps: Deps,
  actor: Actor | null,
  exhibitionId: number,
  source: AuditSource,
): Promise<void> {
  const ownerId = await requireVenueEditor(deps, actor, { kind: 'EXHIBITION', exhibitionId });
  const removed = await deleteVenue(deps.db, 'EXHIBITION', ownerId);
  if (!removed) return;
  await recordAudit(deps, {
    action: 'VENUE_UPDATED',
    result: 'OK',
    actor,
    target: { kind: 'EXHIBITION', id: ownerId },
    detail: { change: 'USE_ARCHIVE_VENUE' },
    source,
  });
}

export interface VenueEditing {
  ownerKind: VenueOwnerKind;
  ownerId: number;
  /** The archive's name or the exhibition's title. */
  title: string;
  /** The owner's own venue; null when none is recorded (an exhibition held at its archive). */
  venue: Venue | null;
  /** For an exhibition: its archive's venue, where it is held without one of its own. */
  archiveVenue: Venue | null;
}

/** What the staff page edits, for the archive's or exhibition's editors only. */
export async function venueForEditing(deps: Deps, actor: Actor | null, owner: VenueOwner): Promise<VenueEditing> {
  const ownerId = await requireVenueEditor(deps, actor, owner);
  if (owner.kind === 'ARCHIVE') {
    const [branch] = await branchesByIds(deps.db, [ownerId]);
    const [venue] = await archiveVenues(deps.db, [ownerId]);
    return { ownerKind: 'ARCHIVE', ownerId, title: branch?.name ?? '', venue: venue ?? null, archiveVenue: null };
  }
  const exhibition = await requireManagedExhibition(deps, actor, ownerId);
  const rows = await findVenues(deps.db, { archives: [exhibition.branchId], exhibitions: [ownerId] });
  const own = rows.find((r) => r.owner_kind === 'EXHIBITION');
  const archive = rows.find((r) => r.owner_kind === 'ARCHIVE');
  return {
    ownerKind: 'EXHIBITION',
    ownerId,
    title: exhibition.title,
    venue: own ? toVenue(own) : null,
    archiveVenue: archive ? toVenue(archive) : null,
  };
}
