// Online exhibitions in the API: readers walk through published ones exhibit by exhibit (and share one exhibit),
// an on-site exhibition links to its online version and back, an article's EXHIBIT block shows its exhibit; staff
// write them in the studio and move them through the content workflow.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder';
import type { Context } from '../../context';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { ContentTransitionError } from '../../graphql/content-errors';
import { idOrNull, parseId, parseIds } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import {
  ContentActionEnum,
  ContentBlockRef,
  ContentStatusEnum,
  MediaImageRef,
  type MediaImageSource,
  mediaImageOf,
} from '../../graphql/rich-content';
import { MANAGER_SCOPES, PUBLIC_SCOPES } from '../../platform/access/scopes';
import { recordStaffAction } from '../../platform/audit/audit-log';
import type { PublicTypename } from '../../platform/cache/public-cache';
import { BranchRef } from '../branches/branch.graphql';
import { ExhibitionRef, loadVisibleExhibition } from '../exhibitions/exhibition.graphql';
import {
  availableActionsOf,
  canManageOnlineExhibition,
  changeOnlineExhibitionStatus,
  exhibitCountsOf,
  exhibitsOf,
  linkedExhibitionIdsOf,
  type OnlineExhibit,
  type OnlineExhibition,
  onlineExhibitionsByIds,
  publishedExhibitsByIds,
  publishedOnlineExhibitions,
  publishedOnlineExhibitionsOfExhibitions,
  saveOnlineExhibition,
  studioOnlineExhibition,
  studioOnlineExhibitions,
} from './online-exhibition.service';

/** What a change to an online exhibition makes stale: itself, its exhibits, and exhibitions showing the link. */
const CHANGED_TYPES: PublicTypename[] = ['OnlineExhibition', 'OnlineExhibit', 'Exhibition'];

// Per-request loaders, so a list costs a constant number of statements whatever its length.
const exhibitsLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, OnlineExhibit[]>((ids) => exhibitsOf(depsOf(ctx), ids)),
);
const exhibitCountLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, number>((ids) => exhibitCountsOf(depsOf(ctx), ids)),
);
const publishedExhibitLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, OnlineExhibit | null>((ids) => publishedExhibitsByIds(depsOf(ctx), ids)),
);
const linkedExhibitionsLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, number[]>((ids) => linkedExhibitionIdsOf(depsOf(ctx), ids)),
);

/** Loadable by id: exhibits name their exhibition, and lists load in one query. Any status: entry points check. */
export const OnlineExhibitionRef = builder.loadableObjectRef<OnlineExhibition, number>('OnlineExhibition', {
  load: async (ids, ctx) =>
    (await onlineExhibitionsByIds(depsOf(ctx), ids)).map((e, i) => e ?? new Error(`online exhibition ${ids[i]}`)),
  cacheResolved: (exhibition) => exhibition.id,
});

export const OnlineExhibitRef = builder.objectRef<OnlineExhibit>('OnlineExhibit');

const imagesOf = (paths: readonly string[]): MediaImageSource[] =>
  paths.map((path) => mediaImageOf(path)).filter((image): image is MediaImageSource => image !== null);

OnlineExhibitionRef.implement({
  description: 'An online exhibition: an ordered set of exhibits with images, readable anywhere',
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    subtitle: t.exposeString('subtitle', { nullable: true }),
    intro: t.exposeString('intro', { description: 'Plain text; paragraphs separated by blank lines' }),
    cover: t.field({ type: MediaImageRef, nullable: true, resolve: (e) => mediaImageOf(e.coverPath) }),
    branch: t.field({ type: BranchRef, nullable: true, resolve: (e) => e.branchId }),
    exhibitCount: t.int({ resolve: (e, _a, ctx) => exhibitCountLoader(ctx).load(e.id) }),
    exhibits: t.field({
      type: [OnlineExhibitRef],
      description: 'In order',
      resolve: (e, _a, ctx) => exhibitsLoader(ctx).load(e.id),
    }),
    exhibitions: t.field({
      type: [ExhibitionRef],
      description: 'On-site or hall exhibitions that link here (预约参观 for ONSITE ones)',
      resolve: async (e, _a, ctx) => {
        const ids = await linkedExhibitionsLoader(ctx).load(e.id);
        const exhibitions = await Promise.all(ids.map((id) => loadVisibleExhibition(ctx, id)));
        return exhibitions.filter((x) => x !== null);
      },
    }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.publishedAt }),
    // Readers only ever reach published exhibitions; the workflow's details are for the staff who manage it.
    status: t.field({
      type: ContentStatusEnum,
      resolve: (e, _a, ctx) => (canManageOnlineExhibition(e, ctx.viewer) ? e.status : 'PUBLISHED'),
    }),
    scheduledAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (e, _a, ctx) => (canManageOnlineExhibition(e, ctx.viewer) ? e.scheduledAt : null),
    }),
    updatedAt: t.field({ type: 'DateTime', resolve: (e) => e.updatedAt }),
    availableActions: t.field({
      type: [ContentActionEnum],
      description: 'What the viewer may do with it now (staff of its archive; none for readers)',
      resolve: (e, _a, ctx) => [...availableActionsOf(e, ctx.viewer)],
    }),
  }),
});

OnlineExhibitRef.implement({
  description: 'One exhibit of an online exhibition',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position', { description: 'From 0, in the order of the exhibition' }),
    title: t.exposeString('title'),
    caption: t.exposeString('caption'),
    description: t.exposeString('description'),
    archiveRef: t.exposeString('archiveRef', { nullable: true, description: '档号, e.g. 0001-002-0034' }),
    holdingBranch: t.field({ type: BranchRef, nullable: true, resolve: (x) => x.holdingBranchId }),
    period: t.exposeString('period', { nullable: true, description: 'e.g. 1930年代, 民国二十五年（1936）' }),
    images: t.field({ type: [MediaImageRef], resolve: (x) => imagesOf(x.imagePaths) }),
    onlineExhibition: t.field({ type: OnlineExhibitionRef, resolve: (x) => x.onlineExhibitionId }),
  }),
});

/** A published exhibit through the request's loader, or null (missing, or its exhibition is not published). */
function loadPublishedExhibit(ctx: Context, rawId: string | number | null): Promise<OnlineExhibit | null> {
  const id = idOrNull(rawId);
  return id === null ? Promise.resolve(null) : publishedExhibitLoader(ctx).load(id);
}

builder.objectField(ContentBlockRef, 'exhibit', (t) =>
  t.field({
    type: OnlineExhibitRef,
    nullable: true,
    description: 'EXHIBIT: the exhibit, when it exists and its exhibition is published (null otherwise)',
    resolve: (b, _a, ctx) => (b.kind === 'EXHIBIT' ? loadPublishedExhibit(ctx, b.exhibitId) : null),
  }),
);

builder.objectField(ExhibitionRef, 'onlineExhibition', (t) =>
  t.loadable({
    type: OnlineExhibitionRef,
    nullable: true,
    description: 'The online version of this exhibition, when one is published',
    load: (ids: number[], ctx) => publishedOnlineExhibitionsOfExhibitions(depsOf(ctx), ids),
    resolve: (e) => e.id,
  }),
);

// ---- readers ---------------------------------------------------------------------------------------------

builder.queryField('onlineExhibitions', (t) =>
  t.field({
    type: [OnlineExhibitionRef],
    authScopes: PUBLIC_SCOPES,
    description: 'Published online exhibitions, newest first',
    resolve: (_root, _args, ctx) => publishedOnlineExhibitions(depsOf(ctx)),
  }),
);

builder.queryField('onlineExhibition', (t) =>
  t.field({
    type: OnlineExhibitionRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    description: 'A published online exhibition; null when missing or not published',
    args: { id: t.arg.id() },
    resolve: async (_root, { id }, ctx) => {
      const exhibitionId = idOrNull(id);
      if (exhibitionId === null) return null;
      const exhibition = await OnlineExhibitionRef.getDataloader(ctx)
        .load(exhibitionId)
        .catch(() => null);
      return exhibition?.status === 'PUBLISHED' ? exhibition : null;
    },
  }),
);

builder.queryField('onlineExhibit', (t) =>
  t.field({
    type: OnlineExhibitRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    description: 'One exhibit of a published online exhibition (for sharing one exhibit)',
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => loadPublishedExhibit(ctx, id),
  }),
);

// ---- staff -----------------------------------------------------------------------------------------------

builder.queryField('studioOnlineExhibitions', (t) =>
  t.field({
    type: [OnlineExhibitionRef],
    description: "Staff: the online exhibitions of the viewer's archive (administrators: all), newest change first",
    authScopes: MANAGER_SCOPES,
    args: { status: t.arg({ type: ContentStatusEnum, required: false }) },
    resolve: (_root, args, ctx) => studioOnlineExhibitions(depsOf(ctx), ctx.viewer, args.status ?? null),
  }),
);

builder.queryField('studioOnlineExhibition', (t) =>
  t.field({
    type: OnlineExhibitionRef,
    nullable: true,
    description: 'Staff: one online exhibition in scope, any status',
    authScopes: MANAGER_SCOPES,
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const exhibitionId = idOrNull(id);
      return exhibitionId === null ? null : studioOnlineExhibition(depsOf(ctx), ctx.viewer, exhibitionId);
    },
  }),
);

const OnlineExhibitInputRef = builder.inputType('OnlineExhibitInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: "Keep an existing exhibit's id (its shares keep working); omit for new" }),
    title: t.string(),
    caption: t.string(),
    description: t.string(),
    archiveRef: t.string({ required: false }),
    holdingBranchId: t.id({ required: false }),
    period: t.string({ required: false }),
    imageUrls: t.stringList({ description: 'Images from our own storage (/media/…), 1 to 9' }),
  }),
});

const OnlineExhibitionInputRef = builder.inputType('OnlineExhibitionInput', {
  fields: (t) => ({
    title: t.string(),
    subtitle: t.string({ required: false }),
    intro: t.string(),
    coverUrl: t.string({ required: false }),
    branchId: t.id({
      required: false,
      description:
        'Administrators choose any archive (null = the bureau; omitted when editing = unchanged); other staff always their own',
    }),
    exhibitionIds: t.idList({
      required: false,
      description: 'On-site exhibitions this one is the online version of (omit: unchanged)',
    }),
    exhibits: t.field({ type: [OnlineExhibitInputRef], description: 'In order; exhibits left out are deleted' }),
  }),
});

const optionalId = (raw: string | number | null | undefined, path: string) =>
  raw === null || raw === undefined ? null : parseId(raw, path);

builder.mutationField('saveOnlineExhibition', (t) =>
  t.field({
    type: OnlineExhibitionRef,
    description: 'Staff: creates (no id) or edits an online exhibition in scope with its ordered exhibits',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: { id: t.arg.id({ required: false }), input: t.arg({ type: OnlineExhibitionInputRef }) },
    resolve: async (_root, { id, input }, ctx) => {
      const saved = await inMutation(ctx, async (deps) => {
        const exhibition = await saveOnlineExhibition(
          deps,
          ctx.viewer,
          optionalId(id, 'id'),
          {
            title: input.title,
            subtitle: input.subtitle ?? null,
            intro: input.intro,
            coverUrl: input.coverUrl ?? null,
            branchId: input.branchId === undefined ? undefined : optionalId(input.branchId, 'input.branchId'),
            exhibitionIds: input.exhibitionIds ? parseIds(input.exhibitionIds, 'input.exhibitionIds') : null,
            exhibits: input.exhibits.map((exhibit, index) => ({
              id: optionalId(exhibit.id, `input.exhibits.${index}.id`),
              title: exhibit.title,
              caption: exhibit.caption,
              description: exhibit.description,
              archiveRef: exhibit.archiveRef ?? null,
              holdingBranchId: optionalId(exhibit.holdingBranchId, `input.exhibits.${index}.holdingBranchId`),
              period: exhibit.period ?? null,
              imageUrls: exhibit.imageUrls,
            })),
          },
          ctx.config.publicBaseUrl,
        );
        await recordStaffAction(
          deps,
          ctx.viewer,
          'EXHIBITION_CHANGED',
          {
            kind: 'ONLINE_EXHIBITION',
            id: exhibition.id,
          },
          { detail: { change: id == null ? 'CREATED' : 'EDITED' } },
        );
        return exhibition;
      });
      await ctx.publicCache.invalidate(CHANGED_TYPES);
      return saved;
    },
  }),
);

builder.mutationField('changeOnlineExhibitionStatus', (t) =>
  t.field({
    type: OnlineExhibitionRef,
    description: 'Staff: SCHEDULE needs publishAt in the future; PUBLISH now; UNPUBLISH; BACK_TO_DRAFT',
    authScopes: MANAGER_SCOPES,
    errors: { types: [ContentTransitionError, InputValidationError, NotAuthorizedError, NotFoundError] },
    args: {
      id: t.arg.id(),
      action: t.arg({ type: ContentActionEnum }),
      publishAt: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const changed = await inMutation(ctx, async (deps) => {
        const id = idOrNull(args.id);
        if (id === null) throw new NotFoundError('OnlineExhibition', '网上展览不存在');
        const exhibition = await changeOnlineExhibitionStatus(
          deps,
          ctx.viewer,
          id,
          args.action,
          args.publishAt ?? null,
        );
        await recordStaffAction(
          deps,
          ctx.viewer,
          'EXHIBITION_CHANGED',
          { kind: 'ONLINE_EXHIBITION', id },
          {
            detail: { change: args.action },
          },
        );
        return exhibition;
      });
      await ctx.publicCache.invalidate(CHANGED_TYPES);
      return changed;
    },
  }),
);
