import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../../builder';
import { BranchRef } from '../branches/branch.graphql';
import { type Exhibition, getExhibition, listExhibitions } from './exhibition.service';

export const ExhibitionPhaseEnum = builder.enumType('ExhibitionPhase', {
  values: { CURRENT: { description: '展出中' }, UPCOMING: { description: '即将开展' }, PAST: { description: '往期' } },
});
export const ExhibitionModeEnum = builder.enumType('ExhibitionMode', {
  values: { ONSITE: { description: '实体展览' }, ONLINE: { description: '网上展厅' } },
});

export const ExhibitionRef = builder.objectRef<Exhibition>('Exhibition');
ExhibitionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    subtitle: t.exposeString('subtitle', { nullable: true }),
    mode: t.field({ type: ExhibitionModeEnum, resolve: (e) => e.mode }),
    phase: t.field({ type: ExhibitionPhaseEnum, resolve: (e) => e.phase }),
    coverUrl: t.exposeString('coverUrl', { nullable: true }),
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
    args: {
      phase: t.arg({ type: ExhibitionPhaseEnum, required: false }),
      mode: t.arg({ type: ExhibitionModeEnum, required: false }),
    },
    resolve: (_root, args, ctx) =>
      resolveOffsetConnection({ args, defaultSize: 20, maxSize: 50 }, ({ offset, limit }) =>
        listExhibitions(ctx, { phase: args.phase ?? null, mode: args.mode ?? null }, { offset, limit }),
      ),
  }),
);

builder.queryField('exhibition', (t) =>
  t.field({
    type: ExhibitionRef,
    nullable: true,
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => (Number.isInteger(Number(id)) ? getExhibition(ctx, Number(id)) : null),
  }),
);
