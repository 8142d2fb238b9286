// Staff manage exhibitions: create and edit (drafts until published), and list those in their scope.
import { businessDateOf, isBusinessDate } from '@zz/shared';
import type { Context } from '../../context';
import { assertExhibitionInScope } from '../booking/staff.service';
import { type FieldError, InputValidationError } from '../common/errors';
import { requireStaff } from '../common/viewer';
import { upsertPolicy } from '../slots/slot.repository';
import {
  type ExhibitionRow,
  findExhibitionById,
  insertExhibition,
  listAllExhibitions,
  updateExhibition,
} from './exhibition.repository';
import { type Exhibition, type ExhibitionMode, toExhibition } from './exhibition.service';

export interface SaveExhibitionInput {
  /** Omit to create. */
  id: number | null;
  /** Admins choose the archive; branch staff always save to their own. */
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

function validate(input: SaveExhibitionInput): FieldError[] {
  const errors: FieldError[] = [];
  const title = input.title.trim();
  if (!title || title.length > 60) errors.push({ path: 'title', message: '请填写展览名称（60字以内）' });
  if (!input.summary.trim() || input.summary.length > 200)
    errors.push({ path: 'summary', message: '请填写简介（200字以内）' });
  if (!input.description.trim()) errors.push({ path: 'description', message: '请填写展览介绍' });
  if (input.closesOn && input.closesOn < input.opensOn)
    errors.push({ path: 'closesOn', message: '闭展日期不能早于开展日期' });
  if (input.coverUrl && !/^https?:\/\//.test(input.coverUrl))
    errors.push({ path: 'coverUrl', message: '封面地址应为网址' });
  if (!isBusinessDate(input.opensOn)) errors.push({ path: 'opensOn', message: '日期无效' });
  return errors;
}

export async function saveExhibition(ctx: Context, input: SaveExhibitionInput): Promise<Exhibition> {
  const viewer = requireStaff(ctx);
  const errors = validate(input);
  if (errors.length > 0) throw new InputValidationError(errors);
  const now = ctx.clock.now();
  const values = {
    title: input.title.trim(),
    subtitle: input.subtitle?.trim() || null,
    mode: input.mode,
    summary: input.summary.trim(),
    description: input.description.trim(),
    venue: input.venue?.trim() || null,
    notes: input.notes?.trim() || null,
    cover_url: input.coverUrl || null,
    opens_on: input.opensOn,
    closes_on: input.closesOn,
    featured: input.featured ? 1 : 0,
    updated_at: now,
  };
  let id: number;
  if (input.id !== null) {
    id = input.id;
    await assertExhibitionInScope(ctx, id);
    const current = (await findExhibitionById(ctx.db, id)) as ExhibitionRow;
    // Publishing keeps the first publication time; unpublishing makes it a draft again.
    const publishedAt =
      input.published === null ? current.published_at : input.published ? (current.published_at ?? now) : null;
    await updateExhibition(ctx.db, id, { ...values, published_at: publishedAt });
  } else {
    id = await insertExhibition(ctx.db, {
      ...values,
      branch_id: viewer.role === 'ADMIN' && input.branchId !== null ? input.branchId : (viewer.branchId as number),
      slug: `ex-${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      published_at: input.published ? now : null,
      created_at: now,
    });
    await upsertPolicy(ctx.db, id, {});
  }
  return toExhibition((await findExhibitionById(ctx.db, id)) as ExhibitionRow, businessDateOf(now));
}

/** Every exhibition the staff member manages, drafts included: all for admins, their archive's otherwise. */
export async function staffExhibitions(ctx: Context): Promise<Exhibition[]> {
  const viewer = requireStaff(ctx);
  const rows = await listAllExhibitions(ctx.db, viewer.role === 'ADMIN' ? null : (viewer.branchId ?? -1));
  const today = businessDateOf(ctx.clock.now());
  return rows.map((row) => toExhibition(row, today));
}
