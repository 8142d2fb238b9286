// Unmasked exports as GraphQL: asking for one (with a reason), the second administrator's decision, and the list
// of requests. Masked exports and the downloads themselves are HTTP routes (export.routes.ts).
import {
  EXPORT_KIND_LABELS,
  EXPORT_KINDS,
  EXPORT_REQUEST_STATUS_LABELS,
  EXPORT_REQUEST_STATUSES,
  type ExportKind,
} from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { ADMINISTRATOR_SCOPES, MANAGER_SCOPES } from '../../platform/access/scopes';
import { auditSourceOf } from '../../platform/audit/audit-log';
import { ExportApprovalRefusedError, ExportRequestNotFoundError } from './export.errors';
import { decideExport, type ExportRequestView, exportRequests, requestUnmaskedExport } from './export.service';

export const ExportKindEnum = enumFromVocabulary('ExportKind', EXPORT_KINDS, EXPORT_KIND_LABELS);
const ExportRequestStatusEnum = enumFromVocabulary(
  'ExportRequestStatus',
  EXPORT_REQUEST_STATUSES,
  EXPORT_REQUEST_STATUS_LABELS,
);

builder.objectType(ExportRequestNotFoundError, { name: 'ExportRequestNotFoundError', interfaces: [ErrorInterface] });
builder.objectType(ExportApprovalRefusedError, {
  name: 'ExportApprovalRefusedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ rule: t.exposeString('rule', { description: 'SELF_APPROVAL or NOT_PENDING' }) }),
});

const ExportRequestRef = builder.objectRef<ExportRequestView>('ExportRequest').implement({
  fields: (t) => ({
    id: t.id({ resolve: (r) => r.id }),
    kind: t.field({ type: ExportKindEnum, resolve: (r) => r.kind }),
    status: t.field({ type: ExportRequestStatusEnum, resolve: (r) => r.status }),
    from: t.field({ type: 'Date', resolve: (r) => r.from }),
    to: t.field({ type: 'Date', resolve: (r) => r.to }),
    rowCount: t.exposeInt('rowCount'),
    reason: t.exposeString('reason'),
    requestedAt: t.field({ type: 'DateTime', resolve: (r) => r.requestedAt }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (r) => r.expiresAt,
    }),
    mine: t.exposeBoolean('mine', { description: 'The viewer asked for it (and downloads it once approved).' }),
  }),
});

const ExportInput = builder.inputType('ExportInput', {
  fields: (t) => ({
    kind: t.field({ type: ExportKindEnum, required: true }),
    from: t.field({ type: 'Date', required: true }),
    to: t.field({ type: 'Date', required: true }),
    exhibitionId: t.id({ required: false }),
    status: t.string({ required: false }),
    branchId: t.id({ required: false }),
  }),
});

const optionalId = (raw: string | number | null | undefined, path: string) => {
  if (raw === null || raw === undefined || raw === '') return null;
  const id = idOrNull(raw);
  if (id === null) throw InputValidationError.single(path, '编号无效');
  return id;
};

builder.mutationField('requestUnmaskedExport', (t) =>
  t.field({
    type: ExportRequestRef,
    description:
      'An export showing personal data in full: needs a reason; above EXPORT_APPROVAL_ROWS rows it waits for another administrator.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError] },
    args: { input: t.arg({ type: ExportInput }), reason: t.arg.string() },
    resolve: (_root, { input, reason }, ctx) =>
      inMutation(ctx, (deps) =>
        requestUnmaskedExport(
          deps,
          ctx.viewer,
          {
            query: {
              kind: input.kind as ExportKind,
              from: input.from,
              to: input.to,
              exhibitionId: optionalId(input.exhibitionId, 'input.exhibitionId'),
              status: input.status ?? null,
              branchId: optionalId(input.branchId, 'input.branchId'),
            },
            reason,
          },
          ctx.config.exports,
          auditSourceOf(ctx),
        ),
      ),
  }),
);

builder.mutationField('decideExport', (t) =>
  t.field({
    type: ExportRequestRef,
    description: "A second administrator's decision on a pending unmasked export (never the requester's own).",
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [NotAuthorizedError, ExportRequestNotFoundError, ExportApprovalRefusedError] },
    args: { id: t.arg.id(), approve: t.arg.boolean() },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) => {
        const id = idOrNull(args.id);
        if (id === null) throw new ExportRequestNotFoundError();
        return decideExport(deps, ctx.viewer, { id, approve: args.approve }, ctx.config.exports, auditSourceOf(ctx));
      }),
  }),
);

builder.queryField('exportRequests', (t) =>
  t.field({
    type: [ExportRequestRef],
    description: "The viewer's unmasked export requests, and for administrators the pending ones they may decide.",
    authScopes: MANAGER_SCOPES,
    resolve: (_root, _args, ctx) => exportRequests(depsOf(ctx), ctx.viewer),
  }),
);
