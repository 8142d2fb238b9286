// The audit log as staff read it (the page 审计日志): city administrators all of it, archive administrators their
// archive's rows; declared on the schema (ADMINISTRATOR_SCOPES) and checked again by the service.

import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_RESULT_LABELS, AUDIT_RESULTS } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import { depsOf } from '../../graphql/mutation';
import { assertPageSizes, parseKeysetCursor } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { ADMINISTRATOR_SCOPES } from '../../platform/access/scopes';
import { StaffRoleEnum } from '../accounts/auth.graphql';
import { BranchRef } from '../branches/branch.graphql';
import { type AuditEntry, auditCursor, parseAuditCursor, searchAuditLog } from './audit.service';

export const AuditActionEnum = enumFromVocabulary('AuditAction', AUDIT_ACTIONS, AUDIT_ACTION_LABELS);
const AuditResultEnum = enumFromVocabulary('AuditResult', AUDIT_RESULTS, AUDIT_RESULT_LABELS);

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  description: 'One audited action: who did what to which record, when, from where, and how it ended.',
  fields: (t) => ({
    id: t.id({ description: 'The position in the chain (seq)', resolve: (e) => String(e.seq) }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    action: t.field({ type: AuditActionEnum, resolve: (e) => e.action }),
    result: t.field({ type: AuditResultEnum, resolve: (e) => e.result }),
    actorAccountId: t.id({
      nullable: true,
      resolve: (e) => (e.actorAccountId === null ? null : String(e.actorAccountId)),
    }),
    actorName: t.exposeString('actorName', { nullable: true }),
    actorRole: t.field({ type: StaffRoleEnum, nullable: true, resolve: (e) => e.actorRole }),
    actorBranch: t.field({
      type: BranchRef,
      nullable: true,
      description: 'The archive the actor belonged to when acting',
      resolve: (e) => e.actorBranchId,
    }),
    targetKind: t.exposeString('targetKind', { nullable: true }),
    targetId: t.exposeString('targetId', { nullable: true }),
    revealedFields: t.exposeStringList('revealedFields'),
    reason: t.exposeString('reason', { nullable: true }),
    rowCount: t.exposeInt('rowCount', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    clientAddress: t.exposeString('clientAddress', { nullable: true }),
    detail: t.exposeString('detail', { nullable: true, description: 'Non-personal details as recorded (JSON)' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.connection({
    type: AuditEntryRef,
    description:
      'Administrators: the audit log, newest first. City administrators see every archive, archive administrators their own.',
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [NotAuthorizedError, InputValidationError] },
    args: {
      person: t.arg.string({
        required: false,
        description: 'A document number or mobile number; hashed by the server, never stored or logged',
      }),
      staff: t.arg.string({ required: false, description: 'A staff account id, or part of a staff name' }),
      action: t.arg({ type: AuditActionEnum, required: false }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
    },
    resolve: (_root, args, ctx) => {
      assertPageSizes(args);
      const beforeSeq = parseKeysetCursor(args.after, parseAuditCursor);
      return resolveCursorConnection(
        { args: { first: args.first, after: args.after }, toCursor: auditCursor, defaultSize: 20, maxSize: 50 },
        ({ limit }: ResolveCursorConnectionArgs) =>
          searchAuditLog(
            depsOf(ctx),
            ctx.viewer,
            {
              person: args.person ?? null,
              staff: args.staff ?? null,
              action: args.action ?? null,
              from: args.from ?? null,
              to: args.to ?? null,
            },
            { beforeSeq, limit },
          ),
      );
    },
  }),
);
