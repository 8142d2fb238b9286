import { builder } from '../../builder';
import { findBranchesByIds, listBranches } from './branch.repository';
import { type Branch, toBranch } from './branch.service';

const BranchKind = builder.enumType('BranchKind', { values: ['CITY', 'COUNTY'] as const });

/** Loadable so that lists of exhibitions or articles fetch their branches in one query per request. */
export const BranchRef = builder.loadableObjectRef<Branch, number>('Branch', {
  load: async (ids, context) => {
    const rows = await findBranchesByIds(context.db, ids);
    const byId = new Map(rows.map((row) => [row.id, toBranch(row)]));
    return ids.map((id) => byId.get(id) ?? new Error(`branch ${id} not found`));
  },
});

BranchRef.implement({
  description: 'An archive: the city archive or one of its 11 county and district archives.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    kind: t.field({ type: BranchKind, resolve: (b) => b.kind }),
    address: t.exposeString('address', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    openingHours: t.exposeString('openingHours', { nullable: true }),
  }),
});

builder.queryField('branches', (t) =>
  t.field({
    type: [BranchRef],
    description: 'All archives, the city archive first.',
    resolve: async (_root, _args, ctx) => (await listBranches(ctx.db)).map(toBranch),
  }),
);
