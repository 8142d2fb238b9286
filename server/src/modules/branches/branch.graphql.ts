// Archives as the API shows them.
import { builder } from '../../builder';
import { PUBLIC_SCOPES } from '../../platform/access/scopes';
import { allBranches, type Branch, branchesByIds } from './branch.service';

const BranchKind = builder.enumType('BranchKind', { values: ['CITY', 'COUNTY'] as const });

/** Loadable so that lists of exhibitions or articles fetch their branches in one query per request. */
export const BranchRef = builder.loadableObjectRef<Branch, number>('Branch', {
  load: async (ids, context) =>
    (await branchesByIds(context.db, ids)).map((branch, i) => branch ?? new Error(`branch ${ids[i]} not found`)),
  cacheResolved: (branch) => branch.id,
});

BranchRef.implement({
  description: 'An archive: the city archive or one of its 11 county and district archives.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    kind: t.field({ type: BranchKind, resolve: (b) => b.kind }),
    // Never filled in: the archive's editable details are venueDetails (modules/venues), read from their own table
    // because these rows are kept in process memory.
    address: t.exposeString('address', { nullable: true, deprecationReason: 'Use venueDetails.address' }),
    phone: t.exposeString('phone', { nullable: true, deprecationReason: 'Use venueDetails.phone' }),
    openingHours: t.exposeString('openingHours', { nullable: true, deprecationReason: 'Use venueDetails.hoursText' }),
  }),
});

builder.queryField('branches', (t) =>
  t.field({
    type: [BranchRef],
    authScopes: PUBLIC_SCOPES,
    description: 'All archives, the city archive first.',
    resolve: (_root, _args, ctx) => allBranches(ctx.db),
  }),
);
