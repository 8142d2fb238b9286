// Archive lookups (查档) as citizens use them: the archives and what they hold, filing a request, following it
// (timeline, due date, appointment, certificate), withdrawing and answering 需补正, booking a reading-room
// seat; and the public verification of certificates. The staff side is in lookup-staff.graphql.ts.
import {
  addDays,
  businessDateOf,
  CALENDAR_DAY_KIND_LABELS,
  CALENDAR_DAY_KINDS,
  CERTIFICATE_VERDICT_LABELS,
  CERTIFICATE_VERDICTS,
  CLUE_KEYS,
  type ClueEntry,
  LOOKUP_ACTION_LABELS,
  LOOKUP_ACTIONS,
  LOOKUP_DELIVERIES,
  LOOKUP_DELIVERY_LABELS,
  LOOKUP_EVENT_KIND_LABELS,
  LOOKUP_EVENT_KINDS,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_PURPOSES,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RECORD_TYPES,
  LOOKUP_RELATION_LABELS,
  LOOKUP_RELATIONS,
  LOOKUP_ROLES,
  LOOKUP_STATUS_LABELS,
  LOOKUP_STATUSES,
  LOOKUP_USE_LABELS,
  LOOKUP_USES,
  LOOKUP_VISIT_STATUS_LABELS,
  LOOKUP_VISIT_STATUSES,
  type LookupRequestInput,
  type LookupTargets,
  SUPPORTING_DOCUMENT_KIND_LABELS,
  SUPPORTING_DOCUMENT_KINDS,
} from '@zz/shared';
import { builder } from '../../builder';
import type { Context } from '../../context';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { offsetConnection } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { MANAGER_SCOPES, PUBLIC_SCOPES } from '../../platform/access/scopes';
import { BranchRef } from '../branches/branch.graphql';
import { allBranches, branchesByIds } from '../branches/branch.service';
import type { Exhibition } from '../exhibitions/exhibition.service';
import {
  BookingClosedError,
  BookingNotOpenYetError,
  SlotClosedError,
  SlotFullError,
  SlotNotFoundError,
} from '../scheduling/scheduling.errors';
import { CalendarDayRef, SlotRef } from '../scheduling/scheduling.graphql';
import { DocumentTypeEnum } from '../visits/visit.graphql';
import { type AttachmentRetention, attachmentsOf, type LookupAttachment } from './attachment.service';
import {
  type CertificateVerification,
  certificatesOf,
  type LookupCertificate,
  verifyCertificate,
} from './certificate.service';
import {
  DuplicateOpenLookupError,
  IllegalLookupTransitionError,
  LookupAttachmentNotAvailableError,
  LookupAttachmentNotFoundError,
  LookupCertificateNotAvailableError,
  LookupDocumentsMissingError,
  LookupRecordTypeNotHeldError,
  LookupRequestChangedError,
  LookupRequestNotFoundError,
  LookupVisitNotAvailableError,
  LookupVisitTooSoonError,
} from './lookup.errors';
import {
  type LookupEvent,
  type LookupPerson,
  type LookupRequest,
  type LookupVisit,
  latestVisitsOf,
  loadWrittenRequest,
  readableRequest,
  timelinesOf,
} from './lookup.service';
import { bookVisit, cancelVisit, readingRoomCalendar, readingRoomOf, readingRoomSlots } from './reading-room.service';
import {
  executeSubmission,
  explainDuplicate,
  myRequests,
  planSubmission,
  supplementRequest,
  withdrawRequest,
} from './request.service';
import { calendarDays, type LookupArchiveSettings, MAX_CALENDAR_RANGE_DAYS, settingsOf } from './settings.service';

// ---- enums -------------------------------------------------------------------------------------------
export const LookupRecordTypeEnum = enumFromVocabulary(
  'LookupRecordType',
  LOOKUP_RECORD_TYPES,
  LOOKUP_RECORD_TYPE_LABELS,
);
const LookupRelationEnum = enumFromVocabulary('LookupRelation', LOOKUP_RELATIONS, LOOKUP_RELATION_LABELS);
const LookupPurposeEnum = enumFromVocabulary('LookupPurpose', LOOKUP_PURPOSES, LOOKUP_PURPOSE_LABELS);
const LookupUseEnum = enumFromVocabulary('LookupUse', LOOKUP_USES, LOOKUP_USE_LABELS);
const LookupDeliveryEnum = enumFromVocabulary('LookupDelivery', LOOKUP_DELIVERIES, LOOKUP_DELIVERY_LABELS);
export const SupportingDocumentKindEnum = enumFromVocabulary(
  'SupportingDocumentKind',
  SUPPORTING_DOCUMENT_KINDS,
  SUPPORTING_DOCUMENT_KIND_LABELS,
);
export const LookupStatusEnum = enumFromVocabulary('LookupStatus', LOOKUP_STATUSES, LOOKUP_STATUS_LABELS);
export const LookupActionEnum = enumFromVocabulary('LookupAction', LOOKUP_ACTIONS, LOOKUP_ACTION_LABELS);
const LookupEventKindEnum = enumFromVocabulary('LookupEventKind', LOOKUP_EVENT_KINDS, LOOKUP_EVENT_KIND_LABELS);
const LookupRoleEnum = enumFromVocabulary('LookupRole', LOOKUP_ROLES);
const LookupClueKeyEnum = enumFromVocabulary('LookupClueKey', CLUE_KEYS);
const LookupVisitStatusEnum = enumFromVocabulary(
  'LookupVisitStatus',
  LOOKUP_VISIT_STATUSES,
  LOOKUP_VISIT_STATUS_LABELS,
);
export const CalendarDayKindEnum = enumFromVocabulary('CalendarDayKind', CALENDAR_DAY_KINDS, CALENDAR_DAY_KIND_LABELS);
const CertificateVerdictEnum = enumFromVocabulary(
  'CertificateVerdict',
  CERTIFICATE_VERDICTS,
  CERTIFICATE_VERDICT_LABELS,
);

// ---- errors ------------------------------------------------------------------------------------------
builder.objectType(LookupRequestNotFoundError, {
  name: 'LookupRequestNotFoundError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});
builder.objectType(DuplicateOpenLookupError, {
  name: 'DuplicateOpenLookupError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    recordType: t.field({ type: LookupRecordTypeEnum, resolve: (e) => e.recordType }),
    receiptNumber: t.exposeString('receiptNumber', {
      nullable: true,
      description: "The open request's receipt number when it is the caller's own",
    }),
  }),
});
builder.objectType(IllegalLookupTransitionError, {
  name: 'IllegalLookupTransitionError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.field({ type: LookupStatusEnum, resolve: (e) => e.from }),
    action: t.field({ type: LookupActionEnum, resolve: (e) => e.action }),
  }),
});
builder.objectType(LookupRequestChangedError, {
  name: 'LookupRequestChangedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    status: t.field({ type: LookupStatusEnum, description: 'The status it has now', resolve: (e) => e.status }),
  }),
});
builder.objectType(LookupRecordTypeNotHeldError, {
  name: 'LookupRecordTypeNotHeldError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    recordType: t.field({ type: LookupRecordTypeEnum, resolve: (e) => e.recordType }),
    branchName: t.exposeString('branchName'),
  }),
});
builder.objectType(LookupDocumentsMissingError, {
  name: 'LookupDocumentsMissingError',
  interfaces: [ErrorInterface],
  description: 'Nothing moved: the request lacks these documents for the move (staff ask for them with 需补正).',
  fields: (t) => ({
    missing: t.field({ type: [SupportingDocumentKindEnum], resolve: (e) => [...e.missing] }),
  }),
});
builder.objectType(LookupAttachmentNotAvailableError, {
  name: 'LookupAttachmentNotAvailableError',
  interfaces: [ErrorInterface],
  description: 'The request was not filed (or supplemented): nothing was written and no upload was taken.',
  fields: (t) => ({
    reason: t.exposeString('reason', {
      description:
        "DUPLICATE (one upload cited twice) or NOT_AVAILABLE (not the caller's, expired, or used by a request already)",
    }),
  }),
});
builder.objectType(LookupAttachmentNotFoundError, {
  name: 'LookupAttachmentNotFoundError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});
builder.objectType(LookupVisitTooSoonError, {
  name: 'LookupVisitTooSoonError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ earliestDate: t.field({ type: 'Date', resolve: (e) => e.earliestDate }) }),
});
builder.objectType(LookupVisitNotAvailableError, {
  name: 'LookupVisitNotAvailableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'NOT_NEEDED, ALREADY_BOOKED, NONE_BOOKED or REQUEST_CLOSED' }),
  }),
});
builder.objectType(LookupCertificateNotAvailableError, {
  name: 'LookupCertificateNotAvailableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString('reason', { description: 'NONE or REVOKED' }) }),
});

// ---- archives and their reading rooms ----------------------------------------------------------------
const LookupTargetsRef = builder.objectRef<LookupTargets>('LookupTargets').implement({
  description: 'Working days each step may take (accept, answer, notify).',
  fields: (t) => ({
    acceptDays: t.exposeInt('acceptDays'),
    answerDays: t.exposeInt('answerDays'),
    notifyDays: t.exposeInt('notifyDays'),
  }),
});

interface ReadingRoomView {
  branchId: number;
  room: Exhibition;
}

const LookupReadingRoomRef = builder.objectRef<ReadingRoomView>('LookupReadingRoom').implement({
  description: "An archive's reading room: seats booked with a lookup request that needs a visit.",
  fields: (t) => ({
    branch: t.field({ type: BranchRef, resolve: (r) => r.branchId }),
    calendarId: t.id({
      description: 'The scheduling calendar behind it (an exhibition id): staff plan it with setSlotTemplates…',
      authScopes: MANAGER_SCOPES,
      resolve: (r) => r.room.id,
    }),
    calendar: t.field({
      type: [CalendarDayRef],
      description: 'Seats per day from `from` (default today) for `days` days (at most 42).',
      args: { from: t.arg({ type: 'Date', required: false }), days: t.arg.int({ required: false }) },
      resolve: (r, args, ctx) =>
        readingRoomCalendar(depsOf(ctx), r.room, args.from ?? businessDateOf(ctx.clock.now()), args.days ?? 14),
    }),
    slots: t.field({
      type: [SlotRef],
      args: { date: t.arg({ type: 'Date' }) },
      resolve: (r, { date }, ctx) => readingRoomSlots(depsOf(ctx), r.room, date),
    }),
  }),
});

export const LookupArchiveRef = builder.objectRef<LookupArchiveSettings>('LookupArchive').implement({
  description: 'What an archive offers for lookups: the record types it holds, its targets, its reading room.',
  fields: (t) => ({
    branch: t.field({ type: BranchRef, resolve: (a) => a.branchId }),
    enabledRecordTypes: t.field({ type: [LookupRecordTypeEnum], resolve: (a) => a.enabledRecordTypes }),
    targets: t.field({ type: LookupTargetsRef, resolve: (a) => a.targets }),
    visitLeadDays: t.exposeInt('visitLeadDays', {
      description: 'Working days between booking a reading-room seat and the visit',
    }),
    readingRoom: t.field({
      type: LookupReadingRoomRef,
      nullable: true,
      resolve: async (a, _args, ctx) => {
        const room = await readingRoomOf(depsOf(ctx), a.branchId);
        return room ? { branchId: a.branchId, room } : null;
      },
    }),
  }),
});

builder.queryField('lookupArchives', (t) =>
  t.field({
    type: [LookupArchiveRef],
    authScopes: PUBLIC_SCOPES,
    description: 'The 12 archives with what each offers for lookups, the city archive first.',
    resolve: async (_root, _args, ctx) => {
      const branches = await allBranches(ctx.db);
      return settingsOf(
        ctx.db,
        branches.map((b) => b.id),
      );
    },
  }),
);

builder.queryField('lookupArchive', (t) =>
  t.field({
    type: LookupArchiveRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    args: { branchId: t.arg.id() },
    resolve: async (_root, { branchId }, ctx) => {
      const id = idOrNull(branchId);
      const [branch] = id === null ? [] : await branchesByIds(ctx.db, [id]);
      return branch ? (await settingsOf(ctx.db, [branch.id]))[0] : null;
    },
  }),
);

// ---- requests ----------------------------------------------------------------------------------------
const LookupPersonRef = builder.objectRef<LookupPerson>('LookupPerson').implement({
  fields: (t) => ({
    name: t.exposeString('maskedName', { description: 'Masked, e.g. 张*' }),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (p) => p.documentType }),
    documentNumber: t.exposeString('maskedDocumentNumber', { description: 'Masked, e.g. 350602********1234' }),
  }),
});

const LookupApplicantRef = builder.objectRef<LookupRequest['applicant']>('LookupApplicant').implement({
  fields: (t) => ({
    name: t.exposeString('maskedName', { description: 'Masked' }),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (p) => p.documentType }),
    documentNumber: t.exposeString('maskedDocumentNumber', { description: 'Masked' }),
    phone: t.exposeString('maskedPhone', { description: 'Masked, e.g. 138****5678' }),
  }),
});

export const LookupClueRef = builder.objectRef<ClueEntry>('LookupClue').implement({
  fields: (t) => ({
    key: t.field({ type: LookupClueKeyEnum, resolve: (c) => c.key }),
    label: t.exposeString('label'),
    value: t.exposeString('value', { description: 'Names of people are masked unless revealed' }),
  }),
});

const LookupEventRef = builder.objectRef<LookupEvent>('LookupEvent').implement({
  description: 'One step of a request: what happened, when, and which archive took it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: LookupEventKindEnum, resolve: (e) => e.kind }),
    fromStatus: t.field({ type: LookupStatusEnum, nullable: true, resolve: (e) => e.fromStatus }),
    toStatus: t.field({ type: LookupStatusEnum, resolve: (e) => e.toStatus }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    branch: t.field({
      type: BranchRef,
      nullable: true,
      description: "The archive whose staff took the step; null for the citizen's own",
      resolve: (e) => e.branchId,
    }),
    byCitizen: t.exposeBoolean('byCitizen'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const LookupAttachmentRef = builder.objectRef<LookupAttachment>('LookupAttachment').implement({
  description:
    'A supporting document of a request, without its content. Its owner reads it at GET /uploads/<uploadId> with ' +
    'their session; staff open it with openLookupAttachment (a reason, recorded).',
  fields: (t) => ({
    uploadId: t.exposeString('uploadId', { description: '32 lowercase hex characters' }),
    kind: t.field({ type: SupportingDocumentKindEnum, resolve: (a) => a.kind }),
    label: t.exposeString('label', { description: 'The kind in Chinese' }),
    byteSize: t.exposeInt('byteSize', { description: 'Of the stored JPEG' }),
    width: t.exposeInt('width'),
    height: t.exposeInt('height'),
    attachedAt: t.field({ type: 'DateTime', resolve: (a) => a.attachedAt }),
  }),
});

const LookupVisitRef = builder.objectRef<LookupVisit>('LookupVisit').implement({
  description: 'A reading-room appointment of a request.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: LookupVisitStatusEnum, resolve: (v) => v.status }),
    visitDate: t.field({ type: 'Date', resolve: (v) => v.visitDate }),
    slot: t.field({ type: SlotRef, resolve: (v) => v.slotId }),
    bookedAt: t.field({ type: 'DateTime', resolve: (v) => v.bookedAt }),
    cancelledAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => v.cancelledAt }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
  }),
});

const LookupCertificateRef = builder.objectRef<LookupCertificate>('LookupCertificate').implement({
  fields: (t) => ({
    serial: t.exposeString('serial'),
    outcome: t.exposeString('outcome', { description: 'FOUND (a record exists) or NOT_FOUND (none recorded)' }),
    archiveReference: t.exposeString('archiveReference', { nullable: true, description: '档号' }),
    issuingBranch: t.field({ type: BranchRef, resolve: (c) => c.issuingBranchId }),
    issuedOn: t.field({ type: 'Date', resolve: (c) => c.issuedOn }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.revokedAt }),
    revokeReason: t.exposeString('revokeReason', { nullable: true, authScopes: MANAGER_SCOPES }),
    verificationUrl: t.exposeString('verificationUrl', {
      description: "The QR code's content: the public verification page of this certificate",
    }),
  }),
});

export const LookupRequestRef = builder.objectRef<LookupRequest>('LookupRequest').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    receiptNumber: t.exposeString('receiptNumber'),
    status: t.field({ type: LookupStatusEnum, resolve: (r) => r.status }),
    statusNote: t.exposeString('statusNote', {
      nullable: true,
      description: 'What the last move said: what is missing, why it was refused…',
    }),
    recordType: t.field({ type: LookupRecordTypeEnum, resolve: (r) => r.recordType }),
    relation: t.field({ type: LookupRelationEnum, resolve: (r) => r.relation }),
    applicant: t.field({ type: LookupApplicantRef, resolve: (r) => r.applicant }),
    subject: t.field({
      type: LookupPersonRef,
      description: 'The person the record is about',
      resolve: (r) => r.subject,
    }),
    clues: t.field({ type: [LookupClueRef], resolve: (r) => r.clues }),
    purpose: t.field({ type: LookupPurposeEnum, resolve: (r) => r.purpose }),
    purposeText: t.exposeString('purposeText', { nullable: true }),
    use: t.field({ type: LookupUseEnum, resolve: (r) => r.use }),
    delivery: t.field({ type: LookupDeliveryEnum, resolve: (r) => r.delivery }),
    postalAddress: t.exposeString('maskedPostalAddress', { nullable: true, description: 'Masked' }),
    receivingBranch: t.field({ type: BranchRef, resolve: (r) => r.receivingBranchId }),
    holdingBranch: t.field({
      type: BranchRef,
      nullable: true,
      description: 'Null while unknown (不详): staff route the request',
      resolve: (r) => r.holdingBranchId,
    }),
    suggestedHoldingBranchCode: t.exposeString('suggestedHoldingBranchCode', {
      nullable: true,
      description: 'While the holding archive is unknown: the archive the clues name',
      authScopes: MANAGER_SCOPES,
    }),
    requiredDocuments: t.field({
      type: [SupportingDocumentKindEnum],
      resolve: (r) => r.requiredDocuments,
    }),
    deskVisit: t.exposeBoolean('deskVisit', { description: 'Served at the desk rather than by online self-service' }),
    needsVisit: t.exposeBoolean('needsVisit', { description: 'A reading-room appointment belongs to this request' }),
    archiveReference: t.exposeString('archiveReference', { nullable: true, description: '档号' }),
    dueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'By when the next step is due; null while waiting on the citizen or once closed',
      resolve: (r) => r.dueOn,
    }),
    overdue: t.exposeBoolean('overdue'),
    submittedAt: t.field({ type: 'DateTime', resolve: (r) => r.submittedAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updatedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.closedAt }),
    roles: t.field({ type: [LookupRoleEnum], description: "The viewer's roles on it", resolve: (r) => r.roles }),
    availableActions: t.field({
      type: [LookupActionEnum],
      description: 'The moves the viewer may make now',
      resolve: (r) => r.availableActions,
    }),
    // What hangs off the requests of a response comes in one query each.
    timeline: t.loadableList({
      type: LookupEventRef,
      load: (ids: number[], ctx) => timelinesOf(ctx.db, ids),
      resolve: (r) => r.id,
    }),
    attachments: t.loadableList({
      type: LookupAttachmentRef,
      load: (ids: number[], ctx) => attachmentsOf(ctx.db, ids),
      resolve: (r) => r.id,
    }),
    visit: t.loadable({
      type: LookupVisitRef,
      nullable: true,
      description: 'The latest reading-room appointment, standing or cancelled',
      load: (ids: number[], ctx) => latestVisitsOf(ctx.db, ids),
      resolve: (r) => r.id,
    }),
    certificate: t.loadable({
      type: LookupCertificateRef,
      nullable: true,
      load: (ids: number[], ctx) => certificatesOf(ctx.db, ids, ctx.config.publicBaseUrl),
      resolve: (r) => r.id,
    }),
  }),
});

/** The request behind an id argument, for the viewer, or null. */
export function readableRequestOf(ctx: Context, id: string | number) {
  const requestId = idOrNull(id);
  return requestId === null ? null : readableRequest(depsOf(ctx), ctx.viewer, requestId);
}

/** An id argument that names a request, or LookupRequestNotFoundError (inside a mutation's result). */
export function requestIdOf(id: string | number): number {
  const requestId = idOrNull(id);
  if (requestId === null) throw new LookupRequestNotFoundError();
  return requestId;
}

builder.queryField('lookupRequest', (t) =>
  t.field({
    type: LookupRequestRef,
    nullable: true,
    description: "The citizen's own request, or one received or held by the staff member's archive; null otherwise.",
    authScopes: { citizen: true, ...MANAGER_SCOPES },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => readableRequestOf(ctx, id),
  }),
);

builder.queryField('myLookupRequests', (t) =>
  t.connection({
    type: LookupRequestRef,
    authScopes: { citizen: true },
    resolve: (_root, args, ctx) =>
      offsetConnection(args, { defaultSize: 20, maxSize: 50 }, (page) => myRequests(depsOf(ctx), ctx.viewer, page)),
  }),
);

// ---- filing and the citizen's moves --------------------------------------------------------------------
const LookupIdentityInput = builder.inputType('LookupIdentityInput', {
  fields: (t) => ({
    name: t.string(),
    documentType: t.field({ type: DocumentTypeEnum, defaultValue: 'RESIDENT_ID' }),
    documentNumber: t.string(),
  }),
});

const LookupCluesInput = builder.inputType('LookupCluesInput', {
  description: "The record type's clues; the fields of other types are ignored.",
  fields: (t) => ({
    partyOneName: t.string({ required: false }),
    partyTwoName: t.string({ required: false }),
    year: t.string({ required: false }),
    office: t.string({ required: false }),
    destination: t.string({ required: false }),
    workUnit: t.string({ required: false }),
    school: t.string({ required: false }),
    fromYear: t.string({ required: false }),
    toYear: t.string({ required: false }),
    unit: t.string({ required: false }),
    address: t.string({ required: false }),
    certificateNumber: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

const LookupAttachmentInput = builder.inputType('LookupAttachmentInput', {
  fields: (t) => ({
    uploadId: t.string({
      description: "The id POST /uploads answered with (32 lowercase hex characters): the caller's unclaimed upload",
    }),
    kind: t.field({ type: SupportingDocumentKindEnum }),
  }),
});

const SubmitLookupRequestInput = builder.inputType('SubmitLookupRequestInput', {
  fields: (t) => ({
    receivingBranchId: t.id({ description: 'Where the citizen submits (and picks up)' }),
    holdingBranchId: t.id({ required: false, description: 'The archive holding the record; omit for 不详' }),
    recordType: t.field({ type: LookupRecordTypeEnum }),
    relation: t.field({ type: LookupRelationEnum }),
    applicant: t.field({ type: LookupIdentityInput }),
    phone: t.string({ description: "The applicant's mobile number" }),
    subject: t.field({
      type: LookupIdentityInput,
      required: false,
      description: 'The person the record is about; omit for 本人',
    }),
    clues: t.field({ type: LookupCluesInput }),
    purpose: t.field({ type: LookupPurposeEnum }),
    purposeText: t.string({ required: false, description: 'Required for 其他' }),
    use: t.field({ type: LookupUseEnum }),
    delivery: t.field({ type: LookupDeliveryEnum }),
    postalAddress: t.string({ required: false, description: 'Required for POST' }),
    attachments: t.field({ type: [LookupAttachmentInput], required: false }),
  }),
});

/** Strips GraphQL's nulls for absent optional fields from a clues input (the model reads absent as empty). */
function cluesOf(input: Record<string, string | null | undefined> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(input ?? {}).filter((entry): entry is [string, string] => entry[1] != null));
}

/** The attachments of an input as the shared models read them. */
const attachmentInputsOf = (list: ReadonlyArray<{ uploadId: string; kind: string }> | null | undefined) =>
  (list ?? []).map((a) => ({ uploadId: a.uploadId, kind: a.kind }));

/** How long a closed request's attachments are kept: the configuration's, for every move that may close one. */
export const retentionOf = (ctx: Context): AttachmentRetention => ({
  daysAfterClose: ctx.config.uploads.retentionDaysAfterClose,
});

const moveErrors = [
  NotAuthorizedError,
  InputValidationError,
  LookupRequestNotFoundError,
  IllegalLookupTransitionError,
  LookupRequestChangedError,
];

builder.mutationField('submitLookupRequest', (t) =>
  t.field({
    type: LookupRequestRef,
    description: 'Files a request; its receipt number is unique per archive and day.',
    authScopes: { citizen: true },
    errors: {
      types: [
        NotAuthorizedError,
        InputValidationError,
        DuplicateOpenLookupError,
        LookupRecordTypeNotHeldError,
        LookupAttachmentNotAvailableError,
      ],
    },
    args: { input: t.arg({ type: SubmitLookupRequestInput }) },
    resolve: async (_root, { input }, ctx) => {
      const deps = depsOf(ctx);
      // The checks and the counter row come before the transaction; the transaction takes a number and writes.
      const plan = await planSubmission(deps, ctx.viewer, {
        ...input,
        receivingBranchId: String(input.receivingBranchId),
        holdingBranchId: input.holdingBranchId == null ? null : String(input.holdingBranchId),
        clues: cluesOf(input.clues),
        attachments: attachmentInputsOf(input.attachments),
      } as LookupRequestInput);
      return inMutation(ctx, (trx) => executeSubmission(trx, plan)).catch(async (error) => {
        // The index refused a second open request; name the first once this transaction has rolled back.
        if (error instanceof DuplicateOpenLookupError) throw await explainDuplicate(deps, plan);
        throw error;
      });
    },
  }),
);

builder.mutationField('withdrawLookupRequest', (t) =>
  t.field({
    type: LookupRequestRef,
    description: 'The citizen withdraws a request that is still open (before a certificate is issued).',
    authScopes: { citizen: true },
    errors: { types: moveErrors },
    args: { id: t.arg.id(), expectedStatus: t.arg({ type: LookupStatusEnum, required: false }) },
    resolve: (_root, { id, expectedStatus }, ctx) =>
      inMutation(ctx, (deps) =>
        withdrawRequest(deps, ctx.viewer, requestIdOf(id), expectedStatus ?? null, retentionOf(ctx)),
      ),
  }),
);

const SupplementLookupRequestInput = builder.inputType('SupplementLookupRequestInput', {
  fields: (t) => ({
    clues: t.field({ type: LookupCluesInput, required: false, description: 'Replaces the clues when given' }),
    note: t.string({ required: false }),
    attachments: t.field({ type: [LookupAttachmentInput], required: false }),
  }),
});

builder.mutationField('supplementLookupRequest', (t) =>
  t.field({
    type: LookupRequestRef,
    description: 'Answers 需补正: the request goes back to the receiving archive.',
    authScopes: { citizen: true },
    errors: { types: [...moveErrors, LookupAttachmentNotAvailableError] },
    args: { id: t.arg.id(), input: t.arg({ type: SupplementLookupRequestInput }) },
    resolve: (_root, { id, input }, ctx) =>
      inMutation(ctx, (deps) =>
        supplementRequest(
          deps,
          ctx.viewer,
          requestIdOf(id),
          {
            clues: input.clues ? cluesOf(input.clues) : null,
            note: input.note ?? null,
            attachments: attachmentInputsOf(input.attachments),
          },
          retentionOf(ctx),
        ),
      ),
  }),
);

const visitErrors = [
  NotAuthorizedError,
  LookupRequestNotFoundError,
  LookupVisitNotAvailableError,
  LookupVisitTooSoonError,
  SlotNotFoundError,
  SlotFullError,
  SlotClosedError,
  BookingNotOpenYetError,
  BookingClosedError,
];

builder.mutationField('bookLookupVisit', (t) =>
  t.field({
    type: LookupRequestRef,
    description: "Books a seat in the receiving archive's reading room for a request that needs a visit.",
    authScopes: { citizen: true },
    errors: { types: visitErrors },
    args: { requestId: t.arg.id(), slotId: t.arg.id() },
    resolve: (_root, { requestId, slotId }, ctx) =>
      inMutation(ctx, async (deps) => {
        const slot = idOrNull(slotId);
        if (slot === null) throw new SlotNotFoundError();
        await bookVisit(deps, ctx.viewer, requestIdOf(requestId), slot);
        return loadWrittenRequest(deps, ctx.viewer, requestIdOf(requestId));
      }),
  }),
);

builder.mutationField('cancelLookupVisit', (t) =>
  t.field({
    type: LookupRequestRef,
    description: 'Cancels the standing reading-room appointment; the seat is given back.',
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError, LookupRequestNotFoundError, LookupVisitNotAvailableError] },
    args: { requestId: t.arg.id() },
    resolve: (_root, { requestId }, ctx) =>
      inMutation(ctx, async (deps) => {
        await cancelVisit(deps, ctx.viewer, requestIdOf(requestId));
        return loadWrittenRequest(deps, ctx.viewer, requestIdOf(requestId));
      }),
  }),
);

// ---- the holiday calendar and certificate verification (public) ----------------------------------------
export const WorkingCalendarDayRef = builder
  .objectRef<{ date: string; kind: (typeof CALENDAR_DAY_KINDS)[number]; note: string | null }>('WorkingCalendarDay')
  .implement({
    description: 'A day that differs from the weekly rule (Monday–Friday work): a holiday or a make-up working day.',
    fields: (t) => ({
      date: t.field({ type: 'Date', resolve: (d) => d.date }),
      kind: t.field({ type: CalendarDayKindEnum, resolve: (d) => d.kind }),
      note: t.exposeString('note', { nullable: true }),
    }),
  });

builder.queryField('workingCalendar', (t) =>
  t.field({
    type: [WorkingCalendarDayRef],
    authScopes: PUBLIC_SCOPES,
    description: 'Holidays and make-up working days between two dates (at most 400 days).',
    errors: { types: [InputValidationError] },
    args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: (_root, { from, to }, ctx) => {
      if (to < from) throw InputValidationError.single('to', '结束日期不能早于开始日期');
      if (to > addDays(from, MAX_CALENDAR_RANGE_DAYS)) {
        throw InputValidationError.single('to', `一次最多查询${MAX_CALENDAR_RANGE_DAYS}天`);
      }
      return calendarDays(ctx.db, from, to);
    },
  }),
);

const CertificateVerificationRef = builder.objectRef<CertificateVerification>('CertificateVerification').implement({
  description: 'What a certificate says about itself; never the content of the record.',
  fields: (t) => ({
    verdict: t.field({ type: CertificateVerdictEnum, resolve: (v) => v.verdict }),
    serial: t.exposeString('serial', { nullable: true }),
    issuerName: t.exposeString('issuerName', { nullable: true }),
    issuedOn: t.field({ type: 'Date', nullable: true, resolve: (v) => v.issuedOn }),
    recordType: t.field({ type: LookupRecordTypeEnum, nullable: true, resolve: (v) => v.recordType }),
    subjectName: t.exposeString('maskedSubjectName', { nullable: true, description: 'Masked' }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (v) => v.revokedAt }),
  }),
});

builder.queryField('verifyCertificate', (t) =>
  t.field({
    type: CertificateVerificationRef,
    authScopes: PUBLIC_SCOPES,
    description: "Checks a certificate's QR code (the code or the whole URL).",
    args: { code: t.arg.string() },
    resolve: (_root, { code }, ctx) => verifyCertificate(ctx, ctx.certificateSigner, code),
  }),
);
