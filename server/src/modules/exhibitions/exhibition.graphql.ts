// Exhibitions: the public list and page, and the staff editor.
import { EXHIBITION_MODE_LABELS, EXHIBITION_MODES, EXHIBITION_PHASE_LABELS, EXHIBITION_PHASES } from '@zz/shared';
import { builder } from '../../builder';
import type { Context } from '../../context';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { idOrNull, parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { offsetConnection } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { MANAGER_SCOPES, PUBLIC_SCOPES } from '../../platform/access/scopes';
import { recordStaffAction } from '../../platform/audit/audit-log';
import { BranchRef } from '../branches/branch.graphql';
import { ensureBookingPolicy } from '../scheduling/plan.service';
import {
  archivesWithExhibitions,
  type Exhibition,
  exhibitionsByIds,
  getExhibition,
  isVisibleTo,
  listExhibitions,
  saveExhibition,
  staffExhibitions,
} from './exhibition.service';
import { placeholderCoverPath } from './exhibition-cover.routes';

export const ExhibitionPhaseEnum = enumFromVocabulary('ExhibitionPhase', EXHIBITION_PHASES, EXHIBITION_PHASE_LABELS);
export const ExhibitionModeEnum = enumFromVocabulary('ExhibitionMode', EXHIBITION_MODES, EXHIBITION_MODE_LABELS);

/** Loadable by id, so a page of bookings or slots fetches their exhibitions in one query. */
export const ExhibitionRef = builder.loadableObjectRef<Exhibition, number>('Exhibition', {
  load: async (ids, ctx) =>
    (await exhibitionsByIds(depsOf(ctx), ids)).map((e, i) => e ?? new Error(`exhibition ${ids[i]} not found`)),
  cacheResolved: (exhibition) => exhibition.id,
});

/** The exhibition behind an id, through the request's loader, or null when the viewer may not see it. */
export async function loadVisibleExhibition(ctx: Context, id: number): Promise<Exhibition | null> {
  const exhibition = await ExhibitionRef.getDataloader(ctx).load(id);
  return isVisibleTo(exhibition, ctx.viewer) ? exhibition : null;
}

ExhibitionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    subtitle: t.exposeString('subtitle', { nullable: true }),
    mode: t.field({ type: ExhibitionModeEnum, resolve: (e) => e.mode }),
    phase: t.field({ type: ExhibitionPhaseEnum, resolve: (e) => e.phase }),
    coverUrl: t.exposeString('coverUrl', { nullable: true, description: 'The uploaded cover (what staff edit)' }),
    displayCoverUrl: t.string({
      description:
        'The cover to show: the uploaded one, or a generated placeholder (title, archive) until there is one',
      resolve: (e) => e.coverUrl ?? placeholderCoverPath(e.id),
    }),
    summary: t.exposeString('summary'),
    description: t.exposeString('description'),
    venue: t.exposeString('venue', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    opensOn: t.field({ type: 'Date', resolve: (e) => e.opensOn }),
    closesOn: t.field({ type: 'Date', nullable: true, resolve: (e) => e.closesOn }),
    featured: t.exposeBoolean('featured'),
    published: t.exposeBoolean('published', { description: 'False for drafts, which only staff see' }),
    branch: t.field({ type: BranchRef, resolve: (e) => e.branchId }),
  }),
});

builder.queryField('exhibitions', (t) =>
  t.connection({
    type: ExhibitionRef,
    authScopes: PUBLIC_SCOPES,
    args: {
      phase: t.arg({ type: ExhibitionPhaseEnum, required: false }),
      mode: t.arg({ type: ExhibitionModeEnum, required: false }),
      branchId: t.arg.id({ required: false, description: "One archive's exhibitions (exhibitionArchives lists them)" }),
    },
    resolve: (_root, args, ctx) => {
      // An id that names no archive lists nothing rather than everything.
      const branchId = args.branchId === null || args.branchId === undefined ? null : (idOrNull(args.branchId) ?? -1);
      return offsetConnection(args, { defaultSize: 20, maxSize: 50 }, (page) =>
        listExhibitions(depsOf(ctx), { phase: args.phase ?? null, mode: args.mode ?? null, branchId }, page),
      );
    },
  }),
);

builder.queryField('exhibitionArchives', (t) =>
  t.field({
    type: [BranchRef],
    authScopes: PUBLIC_SCOPES,
    description: 'The archives that have published exhibitions: the exhibition list filters by them.',
    resolve: (_root, _args, ctx) => archivesWithExhibitions(depsOf(ctx)),
  }),
);

builder.queryField('exhibition', (t) =>
  t.field({
    type: ExhibitionRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const exhibitionId = idOrNull(id);
      return exhibitionId === null ? null : getExhibition(depsOf(ctx), ctx.viewer, exhibitionId);
    },
  }),
);

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
      const saved = await inMutation(ctx, async (deps) => {
        const { exhibition, created } = await saveExhibition(deps, ctx.viewer, {
          ...input,
          // An id that is given must be a real one: "" or "abc" never means "create".
          id: input.id === null || input.id === undefined ? null : parseId(input.id, 'id'),
          branchId:
            input.branchId === null || input.branchId === undefined ? null : parseId(input.branchId, 'branchId'),
          subtitle: input.subtitle ?? null,
          venue: input.venue ?? null,
          notes: input.notes ?? null,
          coverUrl: input.coverUrl ?? null,
          closesOn: input.closesOn ?? null,
          featured: input.featured ?? false,
          published: input.published ?? null,
        });
        // A new exhibition gets its booking policy row in the same transaction: both exist, or neither.
        if (created) await ensureBookingPolicy(deps.db, exhibition.id);
        await recordStaffAction(
          deps,
          ctx.viewer,
          'EXHIBITION_CHANGED',
          { kind: 'EXHIBITION', id: exhibition.id },
          {
            detail: { change: created ? 'CREATED' : 'EDITED', published: input.published ?? null },
          },
        );
        return exhibition;
      });
      // Committed: the home page's featured exhibitions (a cached public read) may show it.
      await ctx.publicCache.invalidate(['Exhibition']);
      return saved;
    },
  }),
);

builder.queryField('staffExhibitions', (t) =>
  t.field({
    type: [ExhibitionRef],
    description: 'Every exhibition the signed-in staff member manages, drafts included.',
    authScopes: { staff: true },
    resolve: (_root, _args, ctx) => staffExhibitions(depsOf(ctx), ctx.viewer),
  }),
);
