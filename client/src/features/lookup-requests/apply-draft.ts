// The guided request as the citizen fills it in (a draft), checked by the shared request model the server parses
// again, and turned into the mutation's input. The rules live in @zz/shared/lookup; this file only maps.
import type { DocumentType } from '@zz/shared/identity/documents';
import { CLUE_FIELDS, type ClueKey } from '@zz/shared/lookup/clue-models';
import { lookupRequestModel, needsReadingRoomVisit } from '@zz/shared/lookup/request-models';
import { isCrossArchive, requiredDocuments } from '@zz/shared/lookup/required-documents';
import type {
  LookupDelivery,
  LookupPurpose,
  LookupRecordType,
  LookupRelation,
  LookupUse,
  SupportingDocumentKind,
} from '@zz/shared/lookup/vocabularies';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { messagesByPath } from '../../graphql/errors';
import type { SubmitLookupRequestInput } from '../../graphql/generated/schema';

export interface PersonDraft {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
}

/** A photo uploaded for one required document: the server's id, and how this device shows it. */
export interface AttachedPhoto {
  uploadId: string;
  preview: string;
}

export interface ApplyDraft {
  recordType: LookupRecordType | null;
  relation: LookupRelation | null;
  applicant: PersonDraft;
  phone: string;
  /** The person the record is about; only sent when the relation is not 本人. */
  subject: PersonDraft;
  clues: Partial<Record<ClueKey, string>>;
  purpose: LookupPurpose | null;
  purposeText: string;
  use: LookupUse | null;
  delivery: LookupDelivery | null;
  postalAddress: string;
  receivingBranchId: string | null;
  /** null is 不详: staff route the request. */
  holdingBranchId: string | null;
  attachments: Partial<Record<SupportingDocumentKind, AttachedPhoto>>;
}

const emptyPerson = (): PersonDraft => ({ name: '', documentType: 'RESIDENT_ID', documentNumber: '' });

export function emptyDraft(): ApplyDraft {
  return {
    recordType: null,
    relation: null,
    applicant: emptyPerson(),
    phone: '',
    subject: emptyPerson(),
    clues: {},
    purpose: null,
    purposeText: '',
    use: null,
    delivery: null,
    postalAddress: '',
    receivingBranchId: null,
    holdingBranchId: null,
    attachments: {},
  };
}

/** The documents the draft's type and relation need, notarised when another archive answers; and the desk rule. */
export function requirementOf(draft: ApplyDraft) {
  if (!draft.recordType || !draft.relation) return { documents: [] as SupportingDocumentKind[], deskVisit: false };
  return requiredDocuments(draft.recordType, draft.relation, {
    crossArchive: draft.receivingBranchId !== null && isCrossArchive(draft.receivingBranchId, draft.holdingBranchId),
  });
}

/** Whether the request will need a reading-room appointment once filed (查阅, or anyone but the person). */
export function needsVisit(draft: ApplyDraft): boolean {
  return draft.use !== null && needsReadingRoomVisit(draft.use, requirementOf(draft).deskVisit);
}

/** The draft as the shared model reads it. Unanswered choices are left out, so the model names them. */
function modelInput(draft: ApplyDraft) {
  const type = draft.recordType;
  const documents = requirementOf(draft).documents;
  return {
    receivingBranchId: draft.receivingBranchId ?? undefined,
    holdingBranchId: draft.holdingBranchId,
    recordType: type ?? undefined,
    relation: draft.relation ?? undefined,
    applicant: draft.applicant,
    phone: draft.phone,
    subject: draft.relation === 'SELF' ? null : draft.subject,
    clues: type ? Object.fromEntries(CLUE_FIELDS[type].map((f) => [f.key, draft.clues[f.key] ?? ''])) : {},
    purpose: draft.purpose ?? undefined,
    purposeText: draft.purposeText,
    use: draft.use ?? undefined,
    delivery: draft.delivery ?? undefined,
    postalAddress: draft.postalAddress,
    attachments: documents
      .filter((kind) => draft.attachments[kind])
      .map((kind) => ({ kind, uploadId: draft.attachments[kind]?.uploadId ?? '' })),
  };
}

export type DraftCheck =
  | { ok: true; input: SubmitLookupRequestInput }
  | { ok: false; problems: Record<string, string> };

/** The draft checked as the server will check it; on success, the mutation's input with the values normalised. */
export function checkDraft(draft: ApplyDraft, today: string): DraftCheck {
  const input = modelInput(draft);
  const parsed = lookupRequestModel({ today }).safeParse(input);
  if (!parsed.success) {
    const problems = { ...crossFieldProblems(input, today), ...messagesByPath(fieldErrorsOf(parsed.error)) };
    // Two empty document numbers are equal; "the subject is the applicant" only means something once typed.
    if (!draft.subject.documentNumber.trim()) delete problems.relation;
    return { ok: false, problems };
  }
  const form = parsed.data;
  const documents = requirementOf(draft).documents;
  return {
    ok: true,
    input: {
      receivingBranchId: form.receivingBranchId,
      holdingBranchId: form.holdingBranchId,
      recordType: form.recordType,
      relation: form.relation,
      applicant: form.applicant,
      phone: form.phone,
      // The API takes no subject for 本人 (the model's output names the applicant there).
      subject: form.relation === 'SELF' ? null : form.subject,
      clues: form.clues,
      purpose: form.purpose,
      purposeText: form.purposeText,
      use: form.use,
      delivery: form.delivery,
      postalAddress: form.postalAddress,
      // uploadId is the upload's 32-hex id, as POST /uploads answered it.
      attachments: documents.flatMap((kind) => {
        const photo = draft.attachments[kind];
        return photo ? [{ kind, uploadId: photo.uploadId }] : [];
      }),
    },
  };
}

/** Paths of the model's rules across fields (its superRefine), as opposed to the fields' own checks. */
const CROSS_FIELD_PATHS = /^(clues|attachments|purposeText|postalAddress|subject|relation|delivery)(\.|$)/;

/**
 * The model's rules across fields (the clues of the type, the documents, 其他, 邮寄…) run only once every field
 * has the right type, so while a choice is still unmade they say nothing. Parsed again with stand-ins for the
 * unmade choices (ones that add no rule of their own), every empty field is named at the first 下一步.
 */
function crossFieldProblems(input: ReturnType<typeof modelInput>, today: string): Record<string, string> {
  const completed = {
    ...input,
    receivingBranchId: input.receivingBranchId ?? '0',
    recordType: input.recordType ?? 'OTHER',
    relation: input.relation ?? 'SELF',
    purpose: input.purpose ?? 'RETIREMENT_APPROVAL',
    use: input.use ?? 'COPY',
    delivery: input.delivery ?? 'PICKUP',
  };
  const parsed = lookupRequestModel({ today }).safeParse(completed);
  if (parsed.success) return {};
  return messagesByPath(fieldErrorsOf(parsed.error).filter((e) => CROSS_FIELD_PATHS.test(e.path)));
}

/** Field paths of the details step in the order the page shows them, for finding the first wrong field. */
export const FIELD_ORDER = [
  'applicant.name',
  'applicant.documentNumber',
  'phone',
  'subject',
  'subject.name',
  'subject.documentNumber',
  'relation',
  'clues',
  'purpose',
  'purposeText',
  'use',
  'delivery',
  'postalAddress',
  'receivingBranchId',
  'holdingBranchId',
  'attachments',
] as const;

/** The first path with a problem, in page order (a clue's path is `clues.<key>`). */
export function firstProblem(problems: Record<string, string>): string | null {
  const paths = Object.keys(problems);
  for (const field of FIELD_ORDER) {
    const hit = paths.find((p) => p === field || p.startsWith(`${field}.`));
    if (hit) return hit;
  }
  return paths[0] ?? null;
}
