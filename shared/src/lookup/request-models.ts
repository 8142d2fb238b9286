// The citizen's lookup request (查档申请), the answer to 需补正, and the staff forms of a request's moves,
// reading personal data, revoking a certificate, an archive's settings and the holiday calendar. Parsed by the
// forms and again by the server, which reports issues at the same paths.
import * as z from 'zod/mini';
import { phoneModel } from '../identity/phone';
import { isBusinessDate } from '../time/business-time';
import { isUploadId } from '../uploads/uploads';
import { optionalTextModel, textModel } from '../validation/text';
import { visitorModel } from '../visits/visitor-models';
import { type LookupClues, lookupCluesModel } from './clue-models';
import { LOOKUP_TARGET_BOUNDS, lookupTargetsModel } from './due-dates';
import { isCrossArchive, missingDocuments, requiredDocuments } from './required-documents';
import type { LookupAction } from './status-machine';
import {
  CALENDAR_DAY_KINDS,
  LOOKUP_DELIVERIES,
  LOOKUP_PURPOSES,
  LOOKUP_RECORD_TYPES,
  LOOKUP_RELATIONS,
  LOOKUP_USES,
  type LookupRecordType,
  type LookupUse,
  SUPPORTING_DOCUMENT_KIND_LABELS,
  SUPPORTING_DOCUMENT_KINDS,
  type SupportingDocumentKind,
} from './vocabularies';

export const LOOKUP_LIMITS = {
  purposeText: 60,
  postalAddress: 120,
  note: 200,
  archiveReference: 64,
  reason: 100,
  calendarNote: 30,
  attachments: 10,
} as const;
const L = LOOKUP_LIMITS;

export interface LookupFormContext {
  /** Business date of the check: no birth date after it, no year of a clue after its year. */
  today: string;
}

const idText = z.string({ error: '请选择档案馆' }).check(z.maxLength(20, '请选择档案馆'));

/** An absent or null list (GraphQL leaves optional lists out) as an empty one. */
function listOrEmpty<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.optional(z.nullable(item)),
    z.transform((value) => value ?? []),
  );
}

const attachmentsModel = listOrEmpty(
  z
    .array(
      z.object({
        // The id POST /uploads answered with; whether it is the caller's own unclaimed upload is the server's check.
        uploadId: z.string({ error: '附件无效，请重新上传' }).check(z.refine(isUploadId, '附件无效，请重新上传')),
        kind: z.enum(SUPPORTING_DOCUMENT_KINDS, { error: '请选择附件类型' }),
      }),
    )
    .check(z.maxLength(L.attachments, `最多上传${L.attachments}个附件`)),
);

export type LookupAttachmentInput = { uploadId: string; kind: SupportingDocumentKind };

/** The documents that `attached` lacks, as the form names them. */
export function missingDocumentsMessage(missing: readonly SupportingDocumentKind[]): string {
  return `请上传：${missing.map((kind) => SUPPORTING_DOCUMENT_KIND_LABELS[kind]).join('、')}`;
}

/** Whether the request is served in the reading room: reading the record, or anyone but the person at the desk. */
export function needsReadingRoomVisit(use: LookupUse, deskVisit: boolean): boolean {
  return use === 'READ' || deskVisit;
}

function issue(ctx: z.core.$RefinementCtx, path: PropertyKey[], message: string, input: unknown) {
  ctx.addIssue({ code: 'custom', message, path, input });
}

/**
 * 查档申请: the archives (holding one null = 不详), whose record of which type, the applicant (and the person the
 * record is about, unless it is the applicant), the type's clues, purpose, use, delivery and the supporting
 * documents the pair needs. The output carries the subject always (the applicant for 本人) and the clues parsed.
 */
export function lookupRequestModel({ today }: LookupFormContext) {
  const thisYear = Number(today.slice(0, 4));
  return z.pipe(
    z
      .object({
        receivingBranchId: idText,
        holdingBranchId: z.optional(z.nullable(idText)),
        recordType: z.enum(LOOKUP_RECORD_TYPES, { error: '请选择档案类型' }),
        relation: z.enum(LOOKUP_RELATIONS, { error: '请选择与档案当事人的关系' }),
        applicant: visitorModel({ today }),
        phone: phoneModel,
        subject: z.optional(z.nullable(visitorModel({ today }))),
        clues: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
        purpose: z.enum(LOOKUP_PURPOSES, { error: '请选择查档用途' }),
        purposeText: optionalTextModel({ max: L.purposeText, tooLong: `用途说明不能超过${L.purposeText}字` }),
        use: z.enum(LOOKUP_USES, { error: '请选择利用方式' }),
        delivery: z.enum(LOOKUP_DELIVERIES, { error: '请选择领取方式' }),
        postalAddress: optionalTextModel({ max: L.postalAddress, tooLong: `邮寄地址不能超过${L.postalAddress}字` }),
        attachments: attachmentsModel,
      })
      .check(
        // Runs even when some fields failed (their issues are reported already), so each rule checks that the
        // fields it reads came through.
        z.superRefine((r, ctx) => {
          const known = <T extends string>(values: readonly T[], value: unknown): value is T =>
            values.includes(value as T);
          const self = r.relation === 'SELF';
          if (!self && !r.subject) issue(ctx, ['subject'], '请填写档案当事人的姓名和证件', r.subject);
          if (
            !self &&
            r.subject?.documentNumber !== undefined &&
            r.subject.documentType === r.applicant?.documentType &&
            r.subject.documentNumber === r.applicant?.documentNumber
          ) {
            issue(ctx, ['relation'], '当事人是申请人本人时，请选择“本人”', r.relation);
          }
          if (known(LOOKUP_RECORD_TYPES, r.recordType)) {
            const clues = lookupCluesModel(r.recordType, { thisYear }).safeParse(r.clues ?? {});
            if (!clues.success) {
              for (const i of clues.error.issues) issue(ctx, ['clues', ...i.path], i.message, r.clues);
            }
          }
          if (r.purpose === 'OTHER' && !r.purposeText) issue(ctx, ['purposeText'], '请说明查档用途', r.purposeText);
          if (r.delivery === 'POST' && !r.postalAddress) issue(ctx, ['postalAddress'], '请填写邮寄地址', null);
          if (r.delivery === 'ELECTRONIC' && r.use !== 'CERTIFY') {
            issue(ctx, ['delivery'], '电子证明仅适用于“出具证明”', r.delivery);
          }
          if (known(LOOKUP_RECORD_TYPES, r.recordType) && known(LOOKUP_RELATIONS, r.relation)) {
            const { documents } = requiredDocuments(r.recordType, r.relation, {
              crossArchive: isCrossArchive(r.receivingBranchId, r.holdingBranchId ?? null),
            });
            const attached = (Array.isArray(r.attachments) ? r.attachments : []).map((a) => a?.kind);
            const missing = missingDocuments(documents, attached);
            if (missing.length > 0) issue(ctx, ['attachments'], missingDocumentsMessage(missing), r.attachments);
          }
        }),
      ),
    z.transform((r) => {
      const { subject, applicant, ...rest } = r;
      return {
        ...rest,
        holdingBranchId: r.holdingBranchId ?? null,
        applicant: {
          name: applicant.name,
          documentType: applicant.documentType,
          documentNumber: applicant.documentNumber,
        },
        subject:
          r.relation === 'SELF' || !subject
            ? { name: applicant.name, documentType: applicant.documentType, documentNumber: applicant.documentNumber }
            : { name: subject.name, documentType: subject.documentType, documentNumber: subject.documentNumber },
        clues: lookupCluesModel(r.recordType, { thisYear }).parse(r.clues ?? {}) as LookupClues,
        // Free text belongs to the purpose 其他 only.
        purposeText: r.purpose === 'OTHER' ? r.purposeText : null,
        postalAddress: r.delivery === 'POST' ? r.postalAddress : null,
      };
    }),
  );
}

export type LookupRequestInput = z.input<ReturnType<typeof lookupRequestModel>>;
export type LookupRequestForm = z.output<ReturnType<typeof lookupRequestModel>>;

const noteModel = optionalTextModel({ max: L.note, tooLong: `说明不能超过${L.note}字`, multiline: true });

/**
 * 补正: new clues (replacing the old ones, checked against the request's type), a note and more documents;
 * at least one of them.
 */
export function supplementModel(recordType: LookupRecordType, { today }: LookupFormContext) {
  const thisYear = Number(today.slice(0, 4));
  return z
    .object({
      clues: z.optional(z.nullable(lookupCluesModel(recordType, { thisYear }))),
      note: noteModel,
      attachments: attachmentsModel,
    })
    .check(
      z.superRefine((s, ctx) => {
        if (!s.clues && !s.note && !(Array.isArray(s.attachments) && s.attachments.length > 0))
          issue(ctx, ['note'], '请补充线索、材料或说明', s.note);
      }),
    );
}

const requiredNote = (message: string) =>
  textModel({ max: L.note, required: message, tooLong: `说明不能超过${L.note}字`, multiline: true });

/** What each staff move needs besides the request: a note saying what or why, the holding archive, the 档号. */
export function lookupMoveModel(action: LookupAction) {
  return z.object({
    note:
      action === 'ASK_FOR_MORE'
        ? requiredNote('请说明需要补充的材料或线索')
        : action === 'REFUSE'
          ? requiredNote('请填写不予受理的原因')
          : noteModel,
    holdingBranchId:
      action === 'FORWARD'
        ? z.string({ error: '请选择保管档案的档案馆' }).check(z.minLength(1, '请选择保管档案的档案馆'))
        : z.optional(z.nullable(z.string())),
    archiveReference:
      action === 'RECORD_FOUND'
        ? textModel({
            max: L.archiveReference,
            required: '请填写档号',
            tooLong: `档号不能超过${L.archiveReference}个字符`,
          })
        : z.optional(z.nullable(z.string())),
  });
}

const reasonModel = (what: string) =>
  textModel({
    max: L.reason,
    required: `请填写${what}（${L.reason}字以内）`,
    tooLong: `请填写${what}（${L.reason}字以内）`,
  });

/** Why a member of staff reads the full personal data of a request; recorded with the reading. */
export const revealReasonModel = reasonModel('查看原因');

/** Why a certificate is revoked; the verification page says it is revoked, not why. */
export const revokeReasonModel = reasonModel('撤销原因');

export const MAX_VISIT_LEAD_DAYS = 14;
const leadMessage = `应为0–${MAX_VISIT_LEAD_DAYS}个工作日`;

/** An archive's lookup settings: the record types it holds, its working-day targets, the reading-room lead time. */
export const lookupSettingsModel = z.object({
  enabledRecordTypes: z.array(z.enum(LOOKUP_RECORD_TYPES, { error: '档案类型无效' })).check(
    z.maxLength(LOOKUP_RECORD_TYPES.length, '档案类型无效'),
    z.refine((types) => new Set(types).size === types.length, '档案类型不能重复'),
  ),
  targets: lookupTargetsModel,
  visitLeadDays: z.int({ error: leadMessage }).check(z.gte(0, leadMessage), z.lte(MAX_VISIT_LEAD_DAYS, leadMessage)),
});

export { LOOKUP_TARGET_BOUNDS };

/** One day of the holiday calendar: a holiday, or a weekend day worked instead (调休). */
export const calendarDayModel = z.object({
  date: z.string({ error: '请选择日期' }).check(z.refine(isBusinessDate, '请选择日期')),
  kind: z.enum(CALENDAR_DAY_KINDS, { error: '请选择节假日或调休上班' }),
  note: optionalTextModel({ max: L.calendarNote, tooLong: `说明不能超过${L.calendarNote}字` }),
});
