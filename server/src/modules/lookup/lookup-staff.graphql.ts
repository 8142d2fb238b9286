// Archive lookups (查档) as staff work them: the queue of their archive (the city administrator's of all 12),
// every move of the state machine in one mutation, reading personal data and attachments in full with a recorded
// reason, revoking a certificate, the archive's settings and the city's holiday calendar. Checkers are refused.
import { LOOKUP_QUEUE_TAB_LABELS, LOOKUP_QUEUE_TABS } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { offsetConnection } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { CITY_ADMIN_SCOPES, MANAGER_SCOPES } from '../../platform/access/scopes';
import { type LookupAttachmentAccess, openAttachment } from './attachment.service';
import { revokeCertificate } from './certificate.service';
import {
  IllegalLookupTransitionError,
  LookupAttachmentNotFoundError,
  LookupCertificateNotAvailableError,
  LookupDocumentsMissingError,
  LookupRecordTypeNotHeldError,
  LookupRequestChangedError,
  LookupRequestNotFoundError,
} from './lookup.errors';
import {
  CalendarDayKindEnum,
  LookupActionEnum,
  LookupArchiveRef,
  LookupClueRef,
  LookupRecordTypeEnum,
  LookupRequestRef,
  LookupStatusEnum,
  requestIdOf,
  retentionOf,
  SupportingDocumentKindEnum,
  WorkingCalendarDayRef,
} from './lookup.graphql';
import { loadWrittenRequest } from './lookup.service';
import { type LookupPersonalData, lookupQueue, revealPersonalData } from './request.service';
import { clearCalendarDay, saveSettings, setCalendarDay } from './settings.service';
import { moveAsStaff } from './transition.service';

const LookupQueueTabEnum = enumFromVocabulary('LookupQueueTab', LOOKUP_QUEUE_TABS, LOOKUP_QUEUE_TAB_LABELS);

builder.queryField('lookupQueue', (t) =>
  t.connection({
    type: LookupRequestRef,
    description: 'Requests received or held by your archive (all archives for administrators), due first.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError] },
    args: {
      tab: t.arg({ type: LookupQueueTabEnum, defaultValue: 'NEW' }),
      recordType: t.arg({ type: LookupRecordTypeEnum, required: false }),
      submittedFrom: t.arg({ type: 'Date', required: false }),
      submittedTo: t.arg({ type: 'Date', required: false }),
      receiptNumber: t.arg.string({ required: false }),
      overdueOnly: t.arg.boolean({ required: false }),
      branchId: t.arg.id({ required: false, description: 'Administrators: one archive only' }),
    },
    resolve: (_root, args, ctx) =>
      offsetConnection(args, { defaultSize: 20, maxSize: 50 }, (page) =>
        lookupQueue(
          depsOf(ctx),
          ctx.viewer,
          {
            tab: args.tab,
            recordType: args.recordType ?? null,
            submittedFrom: args.submittedFrom ?? null,
            submittedTo: args.submittedTo ?? null,
            receiptNumber: args.receiptNumber ?? null,
            overdueOnly: args.overdueOnly ?? false,
            branchId: args.branchId == null ? null : parseId(args.branchId, 'branchId'),
          },
          page,
        ),
      ),
  }),
);

const MoveLookupRequestInput = builder.inputType('MoveLookupRequestInput', {
  fields: (t) => ({
    id: t.id(),
    action: t.field({ type: LookupActionEnum }),
    expectedStatus: t.field({
      type: LookupStatusEnum,
      required: false,
      description: 'The status the page showed; a request that has moved on since is not moved again',
    }),
    note: t.string({ required: false, description: 'Required to ask for more (what) and to refuse (why)' }),
    holdingBranchId: t.id({ required: false, description: 'FORWARD: the archive that holds the record' }),
    archiveReference: t.string({ required: false, description: 'RECORD_FOUND: the 档号' }),
  }),
});

builder.mutationField('moveLookupRequest', (t) =>
  t.field({
    type: LookupRequestRef,
    description: 'One move of the state machine by staff; ISSUE_CERTIFICATE also issues the signed certificate.',
    authScopes: MANAGER_SCOPES,
    errors: {
      types: [
        NotAuthorizedError,
        InputValidationError,
        LookupRequestNotFoundError,
        IllegalLookupTransitionError,
        LookupRequestChangedError,
        LookupRecordTypeNotHeldError,
        LookupDocumentsMissingError,
      ],
    },
    args: { input: t.arg({ type: MoveLookupRequestInput }) },
    resolve: (_root, { input }, ctx) =>
      inMutation(ctx, async (deps) => {
        const id = requestIdOf(input.id);
        const issuing = { signer: ctx.certificateSigner, publicBaseUrl: ctx.config.publicBaseUrl };
        await moveAsStaff(deps, { issuing, retention: retentionOf(ctx) }, ctx.viewer, id, {
          action: input.action,
          expectedStatus: input.expectedStatus ?? null,
          note: input.note ?? null,
          holdingBranchId: input.holdingBranchId == null ? null : String(input.holdingBranchId),
          archiveReference: input.archiveReference ?? null,
        });
        return loadWrittenRequest(deps, ctx.viewer, id);
      }),
  }),
);

const LookupPersonalDataRef = builder.objectRef<LookupPersonalData>('LookupPersonalData').implement({
  description: 'A request’s personal data in full; every reading is recorded with its reason.',
  fields: (t) => ({
    requestId: t.exposeID('requestId'),
    applicantName: t.exposeString('applicantName'),
    applicantDocumentNumber: t.exposeString('applicantDocumentNumber'),
    applicantPhone: t.exposeString('applicantPhone'),
    subjectName: t.exposeString('subjectName'),
    subjectDocumentNumber: t.exposeString('subjectDocumentNumber'),
    clues: t.field({ type: [LookupClueRef], resolve: (d) => d.clues }),
    postalAddress: t.exposeString('postalAddress', { nullable: true }),
  }),
});

builder.mutationField('revealLookupPersonalData', (t) =>
  t.field({
    type: LookupPersonalDataRef,
    description: 'Shows the full names, document numbers, phone and address of a request, recording who and why.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [NotAuthorizedError, InputValidationError, LookupRequestNotFoundError] },
    args: { requestId: t.arg.id(), reason: t.arg.string() },
    resolve: (_root, { requestId, reason }, ctx) =>
      inMutation(ctx, (deps) => revealPersonalData(deps, ctx.viewer, requestIdOf(requestId), reason)),
  }),
);

const LookupAttachmentAccessRef = builder.objectRef<LookupAttachmentAccess>('LookupAttachmentAccess').implement({
  description: 'Where a member of staff reads an attachment they opened, for a few minutes; the opening is recorded.',
  fields: (t) => ({
    uploadId: t.exposeString('uploadId'),
    kind: t.field({ type: SupportingDocumentKindEnum, resolve: (a) => a.kind }),
    label: t.exposeString('label'),
    path: t.exposeString('path', {
      description:
        'GET it on the API server with the same Authorization header before expiresAt (e.g. Taro.downloadFile ' +
        'with header); it admits this member of staff only',
    }),
    expiresAt: t.field({ type: 'DateTime', resolve: (a) => a.expiresAt }),
  }),
});

builder.mutationField('openLookupAttachment', (t) =>
  t.field({
    type: LookupAttachmentAccessRef,
    description:
      'Staff of the receiving or holding archive open an attachment of a request, saying why: the reading is recorded ' +
      'and answered with a short-lived read grant (GET /uploads/<id> admits staff with it only).',
    authScopes: MANAGER_SCOPES,
    errors: {
      types: [NotAuthorizedError, InputValidationError, LookupRequestNotFoundError, LookupAttachmentNotFoundError],
    },
    args: { requestId: t.arg.id(), uploadId: t.arg.string(), reason: t.arg.string() },
    resolve: (_root, { requestId, uploadId, reason }, ctx) =>
      inMutation(ctx, (deps) => openAttachment(deps, ctx.viewer, requestIdOf(requestId), uploadId, reason)),
  }),
);

builder.mutationField('revokeLookupCertificate', (t) =>
  t.field({
    type: LookupRequestRef,
    description: 'Staff of the issuing archive revoke a certificate; its verification page then says 已撤销.',
    authScopes: MANAGER_SCOPES,
    errors: {
      types: [NotAuthorizedError, InputValidationError, LookupRequestNotFoundError, LookupCertificateNotAvailableError],
    },
    args: { requestId: t.arg.id(), reason: t.arg.string() },
    resolve: (_root, { requestId, reason }, ctx) =>
      inMutation(ctx, async (deps) => {
        await revokeCertificate(deps, ctx.viewer, requestIdOf(requestId), reason);
        return loadWrittenRequest(deps, ctx.viewer, requestIdOf(requestId));
      }),
  }),
);

const LookupTargetsInput = builder.inputType('LookupTargetsInput', {
  fields: (t) => ({ acceptDays: t.int(), answerDays: t.int(), notifyDays: t.int() }),
});

const LookupSettingsInput = builder.inputType('LookupSettingsInput', {
  fields: (t) => ({
    enabledRecordTypes: t.field({ type: [LookupRecordTypeEnum] }),
    targets: t.field({ type: LookupTargetsInput }),
    visitLeadDays: t.int(),
  }),
});

builder.mutationField('setLookupSettings', (t) =>
  t.field({
    type: LookupArchiveRef,
    description: 'The record types an archive holds, its working-day targets and reading-room lead time.',
    authScopes: MANAGER_SCOPES,
    errors: { types: [NotAuthorizedError, InputValidationError] },
    args: { branchId: t.arg.id(), settings: t.arg({ type: LookupSettingsInput }) },
    resolve: (_root, { branchId, settings }, ctx) =>
      inMutation(ctx, (deps) => saveSettings(deps, ctx.viewer, parseId(branchId, 'branchId'), settings)),
  }),
);

builder.mutationField('setWorkingCalendarDay', (t) =>
  t.field({
    type: WorkingCalendarDayRef,
    description: 'Marks a holiday or a make-up working day (调休) in the city’s calendar (administrators).',
    authScopes: CITY_ADMIN_SCOPES,
    errors: { types: [NotAuthorizedError, InputValidationError] },
    args: {
      date: t.arg({ type: 'Date' }),
      kind: t.arg({ type: CalendarDayKindEnum }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => inMutation(ctx, (deps) => setCalendarDay(deps, ctx.viewer, args)),
  }),
);

builder.mutationField('clearWorkingCalendarDay', (t) =>
  t.boolean({
    description: 'The day follows the weekly rule again; false when it did already.',
    authScopes: CITY_ADMIN_SCOPES,
    errors: { types: [NotAuthorizedError] },
    args: { date: t.arg({ type: 'Date' }) },
    resolve: (_root, { date }, ctx) => inMutation(ctx, (deps) => clearCalendarDay(deps, ctx.viewer, date)),
  }),
);
