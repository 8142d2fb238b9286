// Staff manage exhibitions: create and edit (drafts until published), list those in their scope.
import { businessDateOf, isBusinessDate } from '@zz/shared';
import { builder } from '../../builder';
import { assertExhibitionInScope } from '../booking/staff.service';
import { type FieldError, InputValidationError, NotAuthorizedError, NotFoundError } from '../common/errors';
import { MANAGER_SCOPES } from '../common/scopes';
import { upsertPolicy } from '../slots/slot.repository';
import { ExhibitionModeEnum, ExhibitionRef } from './exhibition.graphql';
import { findExhibitionById, insertExhibition } from './exhibition.repository';
import { toExhibition } from './exhibition.service';

const SaveExhibitionInput = builder.inputType('SaveExhibitionInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'Omit to create' }),
    branchId: t.id({ required: false, description: 'Admins only; branch staff always save to their own archive' }),
    title: t.string(),
    subtitle: t.string({ required: false }),
    mode: t.field({ type: ExhibitionModeEnum }),
    summary: t.string(),
    description: t.string(),
    venue: t.string({ required: false }),
    notes: t.string({ required: false }),
    coverUrl: t.string({ required: false }),
    opensOn: t.field({ type: 'Date' }),
    closesOn: t.field({ type: 'Date', required: false }),
    featured: t.boolean({ required: false }),
    published: t.boolean({ required: false }),
  }),
});

builder.mutationField('saveExhibition', (t) =>
  t.field({
    type: ExhibitionRef,
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: { input: t.arg({ type: SaveExhibitionInput }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer as NonNullable<typeof ctx.viewer>;
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
      if (errors.length > 0) throw new InputValidationError(errors);
      const now = ctx.clock.now();
      const branchId = viewer.role === 'ADMIN' && input.branchId ? Number(input.branchId) : (viewer.branchId as number);
      const values = {
        title,
        subtitle: input.subtitle?.trim() || null,
        mode: input.mode,
        summary: input.summary.trim(),
        description: input.description.trim(),
        venue: input.venue?.trim() || null,
        notes: input.notes?.trim() || null,
        cover_url: input.coverUrl || null,
        opens_on: input.opensOn,
        closes_on: input.closesOn ?? null,
        featured: input.featured ? 1 : 0,
        updated_at: now,
      };
      let id: number;
      if (input.id) {
        id = Number(input.id);
        await assertExhibitionInScope(ctx, id);
        const current = await findExhibitionById(ctx.db, id);
        const published_at =
          input.published === undefined || input.published === null
            ? (current?.published_at ?? null)
            : input.published
              ? (current?.published_at ?? now)
              : null;
        await ctx.db
          .updateTable('exhibition')
          .set({ ...values, published_at })
          .where('id', '=', id)
          .execute();
      } else {
        id = await insertExhibition(ctx.db, {
          ...values,
          branch_id: branchId,
          slug: `ex-${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
          published_at: input.published ? now : null,
          created_at: now,
        });
        await upsertPolicy(ctx.db, id, {});
      }
      return toExhibition(
        (await findExhibitionById(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof findExhibitionById>>>,
        businessDateOf(now),
      );
    },
  }),
);

builder.queryField('staffExhibitions', (t) =>
  t.field({
    type: [ExhibitionRef],
    description: 'Every exhibition the signed-in staff member manages, drafts included.',
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer as NonNullable<typeof ctx.viewer>;
      let query = ctx.db.selectFrom('exhibition').selectAll().orderBy('opens_on', 'desc');
      if (viewer.role !== 'ADMIN') query = query.where('branch_id', '=', viewer.branchId ?? -1);
      const today = businessDateOf(ctx.clock.now());
      return (await query.execute()).map((row) => toExhibition(row, today));
    },
  }),
);
