// Staff manage exhibitions: the mutation and query over exhibition-admin.service.
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../common/errors';
import { MANAGER_SCOPES } from '../common/scopes';
import { ExhibitionModeEnum, ExhibitionRef } from './exhibition.graphql';
import { saveExhibition, staffExhibitions } from './exhibition-admin.service';

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
    resolve: (_root, { input }, ctx) =>
      saveExhibition(ctx, {
        ...input,
        id: input.id ? Number(input.id) : null,
        branchId: input.branchId ? Number(input.branchId) : null,
        subtitle: input.subtitle ?? null,
        venue: input.venue ?? null,
        notes: input.notes ?? null,
        coverUrl: input.coverUrl ?? null,
        closesOn: input.closesOn ?? null,
        featured: input.featured ?? false,
        published: input.published ?? null,
      }),
  }),
);

builder.queryField('staffExhibitions', (t) =>
  t.field({
    type: [ExhibitionRef],
    description: 'Every exhibition the signed-in staff member manages, drafts included.',
    authScopes: { staff: true },
    resolve: (_root, _args, ctx) => staffExhibitions(ctx),
  }),
);
