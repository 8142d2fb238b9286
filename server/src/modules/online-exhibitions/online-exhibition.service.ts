// Online exhibitions: readers see published ones with their exhibits in order; staff of an archive write their
// archive's (the city administration all of them), save an exhibition with its ordered exhibits in one go, and
// move it through the content workflow (draft → scheduled → published → unpublished) like articles.
import {
  CONTENT_ACTIONS,
  CONTENT_LIMITS,
  type ContentAction,
  type ContentStatus,
  canApplyContentAction,
  contentActionsFrom,
  type FieldError,
  mediaIdOfPath,
  mediaPath,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { branchFilterOf, isBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { MANAGER_SCOPES } from '../../platform/access/scopes';
import { ContentTransitionError } from '../../platform/content/content-errors';
import { ownMediaPath } from '../../platform/rich-text/rich-text';
import { branchesByIds } from '../branches/branch.service';
import {
  countExhibitsOf,
  deleteExhibitsExcept,
  findExhibitionBranches,
  findExhibitsOf,
  findLinkedExhibitionIds,
  findOnlineExhibitionsByIds,
  findPublishedExhibitsByIds,
  findPublishedOnlineExhibitionsOfExhibitions,
  insertExhibit,
  insertOnlineExhibition,
  listOnlineExhibitionsForStaff,
  listPublishedOnlineExhibitions,
  type OnlineExhibitionRow,
  type OnlineExhibitRow,
  publishDueOnlineExhibitionRows,
  setLinkedExhibitions,
  transitionOnlineExhibition,
  updateExhibit,
  updateOnlineExhibition,
} from './online-exhibition.repository';

export interface OnlineExhibition {
  id: number;
  slug: string;
  branchId: number | null;
  title: string;
  subtitle: string | null;
  intro: string;
  /** A /media path, or null. */
  coverPath: string | null;
  status: ContentStatus;
  publishedAt: number | null;
  scheduledAt: number | null;
  updatedAt: number;
}

export interface OnlineExhibit {
  id: number;
  onlineExhibitionId: number;
  position: number;
  title: string;
  caption: string;
  description: string;
  archiveRef: string | null;
  holdingBranchId: number | null;
  period: string | null;
  /** /media paths, in order. */
  imagePaths: string[];
}

function toOnlineExhibition(row: OnlineExhibitionRow): OnlineExhibition {
  return {
    id: row.id,
    slug: row.slug,
    branchId: row.branch_id,
    title: row.title,
    subtitle: row.subtitle,
    intro: row.intro,
    coverPath: row.cover_url,
    status: row.status,
    publishedAt: row.published_at === null ? null : Number(row.published_at),
    scheduledAt: row.scheduled_at === null ? null : Number(row.scheduled_at),
    updatedAt: Number(row.updated_at),
  };
}

/** The stored JSON array of paths; anything else in it (never written by the save) is left out. */
function imagePathsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

function toExhibit(row: OnlineExhibitRow): OnlineExhibit {
  return {
    id: row.id,
    onlineExhibitionId: row.online_exhibition_id,
    position: row.position,
    title: row.title,
    caption: row.caption,
    description: row.description,
    archiveRef: row.archive_ref,
    holdingBranchId: row.holding_branch_id,
    period: row.period,
    imagePaths: imagePathsOf(row.image_urls),
  };
}

// ---- readers ---------------------------------------------------------------------------------------------

export async function publishedOnlineExhibitions(deps: Pick<Deps, 'db'>): Promise<OnlineExhibition[]> {
  return (await listPublishedOnlineExhibitions(deps.db)).map(toOnlineExhibition);
}

/** By id in the order asked, any status: callers decide who may see them. */
export async function onlineExhibitionsByIds(
  deps: Pick<Deps, 'db'>,
  ids: readonly number[],
): Promise<(OnlineExhibition | undefined)[]> {
  const byId = new Map((await findOnlineExhibitionsByIds(deps.db, ids)).map((r) => [r.id, toOnlineExhibition(r)]));
  return ids.map((id) => byId.get(id));
}

/** Whether the actor may edit it and change its status: staff of its archive, or administrators. */
export function canManageOnlineExhibition(exhibition: OnlineExhibition, actor: Actor | null): boolean {
  // Door checkers are staff too, but write no content (the schema's MANAGER_SCOPES).
  const writes = actor?.kind === 'STAFF' && actor.role !== null && MANAGER_SCOPES.staffRole.includes(actor.role);
  return writes && isBranchInScope(actor, exhibition.branchId);
}

/** The actions the actor may take on it now (none for readers). */
export function availableActionsOf(exhibition: OnlineExhibition, actor: Actor | null): readonly ContentAction[] {
  return canManageOnlineExhibition(exhibition, actor) ? contentActionsFrom(exhibition.status) : [];
}

/** The exhibits of each exhibition, in order, in one query. */
export async function exhibitsOf(deps: Pick<Deps, 'db'>, exhibitionIds: readonly number[]): Promise<OnlineExhibit[][]> {
  const rows = await findExhibitsOf(deps.db, exhibitionIds);
  const byExhibition = new Map<number, OnlineExhibit[]>();
  for (const row of rows) {
    const list = byExhibition.get(row.online_exhibition_id) ?? [];
    list.push(toExhibit(row));
    byExhibition.set(row.online_exhibition_id, list);
  }
  return exhibitionIds.map((id) => byExhibition.get(id) ?? []);
}

export async function exhibitCountsOf(deps: Pick<Deps, 'db'>, exhibitionIds: readonly number[]): Promise<number[]> {
  const counts = await countExhibitsOf(deps.db, exhibitionIds);
  return exhibitionIds.map((id) => counts.get(id) ?? 0);
}

/** Exhibits by id, each null unless it exists and its exhibition is published. */
export async function publishedExhibitsByIds(
  deps: Pick<Deps, 'db'>,
  ids: readonly number[],
): Promise<(OnlineExhibit | null)[]> {
  const byId = new Map((await findPublishedExhibitsByIds(deps.db, ids)).map((r) => [r.id, toExhibit(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** For each exhibition (by id), the published online exhibition it links to, or null. */
export async function publishedOnlineExhibitionsOfExhibitions(
  deps: Pick<Deps, 'db'>,
  exhibitionIds: readonly number[],
): Promise<(OnlineExhibition | null)[]> {
  const rows = await findPublishedOnlineExhibitionsOfExhibitions(deps.db, exhibitionIds);
  const byExhibition = new Map(rows.map((r) => [r.exhibition_id, toOnlineExhibition(r)]));
  return exhibitionIds.map((id) => byExhibition.get(id) ?? null);
}

/** For each online exhibition, the ids of the exhibitions that link to it (newest opening first). */
export async function linkedExhibitionIdsOf(
  deps: Pick<Deps, 'db'>,
  onlineExhibitionIds: readonly number[],
): Promise<number[][]> {
  const rows = await findLinkedExhibitionIds(deps.db, onlineExhibitionIds);
  return onlineExhibitionIds.map((id) => rows.filter((r) => r.online_exhibition_id === id).map((r) => r.id));
}

// ---- staff -----------------------------------------------------------------------------------------------

/** The online exhibitions in the staff member's scope, any status (or one), newest change first. */
export async function studioOnlineExhibitions(
  deps: Pick<Deps, 'db'>,
  actor: Actor | null,
  status: ContentStatus | null,
): Promise<OnlineExhibition[]> {
  const filter = branchFilterOf(actor);
  return (await listOnlineExhibitionsForStaff(deps.db, { branchId: filter, status })).map(toOnlineExhibition);
}

/** One online exhibition in the staff member's scope, any status; null when missing or another archive's. */
export async function studioOnlineExhibition(
  deps: Pick<Deps, 'db'>,
  actor: Actor | null,
  id: number,
): Promise<OnlineExhibition | null> {
  requireStaff(actor);
  const [exhibition] = await onlineExhibitionsByIds(deps, [id]);
  return exhibition && canManageOnlineExhibition(exhibition, actor) ? exhibition : null;
}

async function requireManaged(deps: Pick<Deps, 'db'>, actor: Actor | null, id: number): Promise<OnlineExhibition> {
  requireStaff(actor);
  const [exhibition] = await onlineExhibitionsByIds(deps, [id]);
  if (!exhibition) throw new NotFoundError('OnlineExhibition', '网上展览不存在');
  // A county archive's staff never edit another archive's exhibition, nor the bureau's (no archive).
  if (!isBranchInScope(actor, exhibition.branchId)) throw new NotAuthorizedError('FORBIDDEN');
  return exhibition;
}

export interface OnlineExhibitInput {
  /** Keeps an existing exhibit (its shared links keep working); null for a new one. */
  id: number | null;
  title: string;
  caption: string;
  description: string;
  archiveRef: string | null;
  holdingBranchId: number | null;
  period: string | null;
  imageUrls: readonly string[];
}

export interface OnlineExhibitionInput {
  title: string;
  subtitle: string | null;
  intro: string;
  coverUrl: string | null;
  /**
   * Administrators choose any archive or none (null: the bureau; left out when editing: unchanged); other staff
   * always write under their own.
   */
  branchId: number | null | undefined;
  /** null leaves the links as they are. */
  exhibitionIds: readonly number[] | null;
  exhibits: readonly OnlineExhibitInput[];
}

/** Limits of what staff write in an online exhibition, beside the shared CONTENT_LIMITS. */
export const ONLINE_EXHIBITION_LIMITS = {
  subtitleMax: 80,
  introMax: 2000,
  captionMax: 120,
  descriptionMax: 2000,
  archiveRefMax: 40,
  periodMax: 40,
} as const;

/**
 * Our stored image a URL names, as the path the database keeps (the screen variant), or null when it is not one
 * of ours: the rule articles follow (ownMediaPath), so an image of another origin is refused, not taken for ours.
 * Editors send back the absolute URLs they were given (of any variant), or the path an upload answered.
 */
function storedMediaPathOf(url: string, publicBaseUrl: string): string | null {
  const id = mediaIdOfPath(ownMediaPath(url, publicBaseUrl) ?? '');
  return id === null ? null : mediaPath(id, 'screen');
}

interface CleanExhibit extends Omit<OnlineExhibitInput, 'imageUrls'> {
  imagePaths: string[];
}

interface CleanInput extends Omit<OnlineExhibitionInput, 'exhibits' | 'coverUrl'> {
  coverPath: string | null;
  exhibits: CleanExhibit[];
}

/** Every problem of the input at once, at the paths of the mutation's arguments (input.exhibits.2.imageUrls). */
function validate(input: OnlineExhibitionInput, publicBaseUrl: string): CleanInput {
  const errors: FieldError[] = [];
  const text = (value: string, path: string, label: string, max: number, required: boolean) => {
    const trimmed = value.trim();
    if (required && trimmed === '') errors.push({ path, message: `请填写${label}` });
    else if ([...trimmed].length > max) errors.push({ path, message: `${label}不能超过${max}个字` });
    return trimmed;
  };
  const optional = (value: string | null, path: string, label: string, max: number) => {
    const trimmed = value === null ? '' : text(value, path, label, max, false);
    return trimmed === '' ? null : trimmed;
  };
  const title = text(input.title, 'input.title', '标题', CONTENT_LIMITS.titleMax, true);
  const subtitle = optional(input.subtitle, 'input.subtitle', '副标题', ONLINE_EXHIBITION_LIMITS.subtitleMax);
  const intro = text(input.intro, 'input.intro', '导言', ONLINE_EXHIBITION_LIMITS.introMax, true);
  let coverPath: string | null = null;
  if (input.coverUrl !== null && input.coverUrl.trim() !== '') {
    coverPath = storedMediaPathOf(input.coverUrl, publicBaseUrl);
    if (coverPath === null) errors.push({ path: 'input.coverUrl', message: '封面须为本馆上传的图片' });
  }
  if (input.exhibits.length > CONTENT_LIMITS.exhibitsMax) {
    errors.push({ path: 'input.exhibits', message: `展品不能超过${CONTENT_LIMITS.exhibitsMax}件` });
  }
  const seenIds = new Set<number>();
  const exhibits = input.exhibits.slice(0, CONTENT_LIMITS.exhibitsMax).map((exhibit, index): CleanExhibit => {
    const at = `input.exhibits.${index}`;
    if (exhibit.id !== null) {
      if (seenIds.has(exhibit.id)) errors.push({ path: `${at}.id`, message: '同一展品出现了两次' });
      seenIds.add(exhibit.id);
    }
    const images = exhibit.imageUrls.map((url) => storedMediaPathOf(url, publicBaseUrl));
    if (images.length === 0) errors.push({ path: `${at}.imageUrls`, message: '每件展品至少需要一张图片' });
    else if (images.length > CONTENT_LIMITS.exhibitImagesMax) {
      errors.push({ path: `${at}.imageUrls`, message: `每件展品最多${CONTENT_LIMITS.exhibitImagesMax}张图片` });
    }
    images.forEach((path, i) => {
      if (path === null) errors.push({ path: `${at}.imageUrls.${i}`, message: '图片须为本馆上传的图片' });
    });
    return {
      id: exhibit.id,
      title: text(exhibit.title, `${at}.title`, '展品名称', CONTENT_LIMITS.titleMax, true),
      caption: text(exhibit.caption, `${at}.caption`, '图注', ONLINE_EXHIBITION_LIMITS.captionMax, true),
      description: text(
        exhibit.description,
        `${at}.description`,
        '展品说明',
        ONLINE_EXHIBITION_LIMITS.descriptionMax,
        true,
      ),
      archiveRef: optional(exhibit.archiveRef, `${at}.archiveRef`, '档号', ONLINE_EXHIBITION_LIMITS.archiveRefMax),
      holdingBranchId: exhibit.holdingBranchId,
      period: optional(exhibit.period, `${at}.period`, '年代', ONLINE_EXHIBITION_LIMITS.periodMax),
      imagePaths: images.filter((p): p is string => p !== null),
    };
  });
  if (errors.length > 0) throw new InputValidationError(errors);
  return { ...input, title, subtitle, intro, coverPath, exhibits };
}

/** Checks what the input names in the database: archives exist, exhibits are this exhibition's, links in scope. */
async function validateReferences(
  db: Executor,
  actor: Actor,
  input: CleanInput,
  branchId: number | null,
  existingExhibitIds: ReadonlySet<number>,
): Promise<void> {
  const errors: FieldError[] = [];
  const branchIds = [
    ...new Set([branchId, ...input.exhibits.map((e) => e.holdingBranchId)].filter((id): id is number => id !== null)),
  ];
  const found = new Set((await branchesByIds(db, branchIds)).filter((b) => b !== undefined).map((b) => b.id));
  if (branchId !== null && !found.has(branchId)) errors.push({ path: 'input.branchId', message: '所选档案馆不存在' });
  input.exhibits.forEach((exhibit, index) => {
    if (exhibit.holdingBranchId !== null && !found.has(exhibit.holdingBranchId)) {
      errors.push({ path: `input.exhibits.${index}.holdingBranchId`, message: '所选馆藏单位不存在' });
    }
    if (exhibit.id !== null && !existingExhibitIds.has(exhibit.id)) {
      errors.push({ path: `input.exhibits.${index}.id`, message: '该展品不属于本展览' });
    }
  });
  if (input.exhibitionIds !== null) {
    const exhibitions = await findExhibitionBranches(db, input.exhibitionIds);
    input.exhibitionIds.forEach((id, index) => {
      const exhibition = exhibitions.find((e) => e.id === id);
      // Reading rooms are exhibition rows only for scheduling; another archive's exhibition is not theirs to link.
      if (!exhibition || exhibition.mode === 'READING_ROOM' || !isBranchInScope(actor, exhibition.branch_id)) {
        errors.push({ path: `input.exhibitionIds.${index}`, message: '所选展览不存在' });
      }
    });
  }
  if (errors.length > 0) throw new InputValidationError(errors);
}

/**
 * Creates (id null) or edits an online exhibition with its exhibits in the order given: exhibits passed with an
 * id keep it (and their shared links), new ones are inserted, the ones left out are deleted. Runs inside the
 * caller's transaction, so a refusal changes nothing.
 */
export async function saveOnlineExhibition(
  deps: Deps,
  actor: Actor | null,
  id: number | null,
  raw: OnlineExhibitionInput,
  publicBaseUrl: string,
): Promise<OnlineExhibition> {
  const staff = requireStaff(actor);
  const current = id === null ? null : await requireManaged(deps, staff, id);
  const input = validate(raw, publicBaseUrl);
  const now = deps.clock.now();
  // Administrators choose (none: the bureau); everyone else writes under their own archive.
  const branchId =
    staff.role !== 'ADMIN'
      ? staff.branchId
      : input.branchId === undefined
        ? (current?.branchId ?? null)
        : input.branchId;
  const existing = current === null ? [] : (await findExhibitsOf(deps.db, [current.id])).map((row) => row.id);
  await validateReferences(deps.db, staff, input, branchId, new Set(existing));

  const fields = {
    branch_id: branchId,
    title: input.title,
    subtitle: input.subtitle,
    intro: input.intro,
    cover_url: input.coverPath,
    updated_at: now,
    updated_by: staff.accountId,
  };
  let exhibitionId: number;
  if (current === null) {
    exhibitionId = await insertOnlineExhibition(deps.db, {
      ...fields,
      slug: `oe-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      status: 'DRAFT',
      published_at: null,
      scheduled_at: null,
      created_at: now,
      created_by: staff.accountId,
    });
  } else {
    exhibitionId = current.id;
    await updateOnlineExhibition(deps.db, exhibitionId, fields);
  }

  const kept = input.exhibits.map((e) => e.id).filter((e): e is number => e !== null);
  await deleteExhibitsExcept(deps.db, exhibitionId, kept);
  for (const [position, exhibit] of input.exhibits.entries()) {
    const values = {
      position,
      title: exhibit.title,
      caption: exhibit.caption,
      description: exhibit.description,
      archive_ref: exhibit.archiveRef,
      holding_branch_id: exhibit.holdingBranchId,
      period: exhibit.period,
      image_urls: JSON.stringify(exhibit.imagePaths),
      updated_at: now,
    };
    if (exhibit.id === null) {
      await insertExhibit(deps.db, { ...values, online_exhibition_id: exhibitionId, created_at: now });
    } else {
      await updateExhibit(deps.db, { id: exhibit.id, onlineExhibitionId: exhibitionId }, values);
    }
  }
  if (input.exhibitionIds !== null) await setLinkedExhibitions(deps.db, exhibitionId, input.exhibitionIds);
  const [saved] = await onlineExhibitionsByIds(deps, [exhibitionId]);
  return saved as OnlineExhibition;
}

const TARGET: Record<ContentAction, ContentStatus> = {
  SCHEDULE: 'SCHEDULED',
  PUBLISH: 'PUBLISHED',
  UNPUBLISH: 'UNPUBLISHED',
  BACK_TO_DRAFT: 'DRAFT',
};

/** The statuses an action may start from (the shared state machine, read backwards). */
const statusesAllowing = (action: ContentAction): ContentStatus[] =>
  (['DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const).filter((s) => canApplyContentAction(s, action));

/**
 * Applies a staff action. The move is one conditional update from the statuses the action allows: when another
 * member of staff moved the exhibition first, this one changes nothing and answers ContentTransitionError with
 * the status it found.
 */
export async function changeOnlineExhibitionStatus(
  deps: Deps,
  actor: Actor | null,
  id: number,
  action: ContentAction,
  publishAt: number | null,
): Promise<OnlineExhibition> {
  const staff = requireStaff(actor);
  if (!CONTENT_ACTIONS.includes(action)) throw InputValidationError.single('action', '操作无效');
  const current = await requireManaged(deps, staff, id);
  if (!canApplyContentAction(current.status, action)) throw new ContentTransitionError(current.status, action);
  const now = deps.clock.now();
  if (action === 'SCHEDULE' && (publishAt === null || publishAt <= now)) {
    throw InputValidationError.single('publishAt', '请选择将来的发布时间');
  }
  const moved = await transitionOnlineExhibition(deps.db, {
    id,
    from: statusesAllowing(action),
    to: TARGET[action],
    scheduledAt: action === 'SCHEDULE' ? publishAt : null,
    now,
    accountId: staff.accountId,
  });
  const [after] = await onlineExhibitionsByIds(deps, [id]);
  if (!after) throw new NotFoundError('OnlineExhibition', '网上展览不存在');
  if (!moved) throw new ContentTransitionError(after.status, action);
  return after;
}

/**
 * The publishing job's part for online exhibitions: publishes every scheduled one whose time has come and
 * answers how many this call published (0 when another process got there first). Callers invalidate the public
 * cache when it is more than 0.
 */
export function publishDueOnlineExhibitions(db: Executor, now: number): Promise<number> {
  return publishDueOnlineExhibitionRows(db, now);
}
