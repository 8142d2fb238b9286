// Lookup seed helpers: a request as the citizen's form sends it (a 本人 request about employment records by
// default, which needs no supporting document), photos of the documents other requests need, and the citizen
// and staff operations of lookups as thin wrappers over real GraphQL calls (the documents are in
// operations/lookup.graphql, typed in generated/).
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import { phoneNumber, visitor } from './booking';
import {
  type LookupAction,
  type LookupAttachmentInput,
  LookupRequestDocument,
  type LookupStatus,
  MoveLookupRequestDocument,
  SubmitLookupRequestDocument,
  type SubmitLookupRequestInput,
} from './generated/graphql';
import { call, successData } from './graphql';
import type { SignedInAs, StaffSignedIn } from './seed';
import type { TestServer } from './server';
import { uploadOk } from './uploads';

export async function branchId(server: TestServer, code: string): Promise<string> {
  const id = await branchIdByCode(server.db, code);
  if (id === undefined) throw new Error(`no branch with code "${code}"`);
  return String(id);
}

export interface LookupInputOptions
  extends Partial<Omit<SubmitLookupRequestInput, 'receivingBranchId' | 'holdingBranchId'>> {
  /** Archive codes; the receiving archive is the city archive and the holding one 不详 unless told otherwise. */
  receiving?: string;
  holding?: string | null;
}

/** A request as the form would send it: valid, 本人, employment records, copies picked up at the desk. */
export async function lookupInput(
  server: TestServer,
  options: LookupInputOptions = {},
): Promise<SubmitLookupRequestInput> {
  const { receiving, holding, ...rest } = options;
  const applicant = visitor();
  return {
    receivingBranchId: await branchId(server, receiving ?? 'city'),
    holdingBranchId: holding ? await branchId(server, holding) : null,
    recordType: 'EMPLOYMENT',
    relation: 'SELF',
    applicant: { name: applicant.name, documentType: applicant.documentType, documentNumber: applicant.documentNumber },
    phone: phoneNumber(),
    clues: { description: '1985年招工进入漳州糖厂，需查招工登记表' },
    purpose: 'RETIREMENT_APPROVAL',
    use: 'COPY',
    delivery: 'PICKUP',
    ...rest,
  };
}

/** A subject other than the applicant (for requests about someone else). */
export function subjectPerson() {
  const person = visitor();
  return { name: person.name, documentType: person.documentType, documentNumber: person.documentNumber };
}

/** One photo uploaded by `citizen` per kind, cited as the form cites them (the request does not exist yet). */
export async function uploadDocuments(
  server: TestServer,
  citizen: SignedInAs,
  kinds: LookupAttachmentInput['kind'][],
): Promise<LookupAttachmentInput[]> {
  const attachments: LookupAttachmentInput[] = [];
  for (const kind of kinds) attachments.push({ uploadId: (await uploadOk(server, citizen.token)).id, kind });
  return attachments;
}

/** Every opening of an attachment recorded for the audit log (personal_data_access), oldest first. */
export function attachmentReadings(server: TestServer) {
  return server.db
    .selectFrom('personal_data_access')
    .select(['staff_account_id', 'subject_kind', 'subject_id', 'field', 'reason'])
    .where('subject_kind', '=', 'LOOKUP_ATTACHMENT')
    .orderBy('id')
    .execute();
}

export function submitLookup(server: TestServer, citizen: SignedInAs, input: SubmitLookupRequestInput) {
  return call(server, SubmitLookupRequestDocument, { input }, citizen.token);
}

/** A request that must be filed; returns it as its citizen sees it. */
export async function submitLookupOk(server: TestServer, citizen: SignedInAs, options: LookupInputOptions = {}) {
  return successData(await submitLookup(server, citizen, await lookupInput(server, options)));
}

export interface MoveOptions {
  expectedStatus?: LookupStatus;
  note?: string;
  holding?: string;
  archiveReference?: string;
}

/** moveLookupRequest's result as it came back. */
export async function moveLookup(
  server: TestServer,
  staff: StaffSignedIn,
  id: string,
  action: LookupAction,
  options: MoveOptions = {},
) {
  return call(
    server,
    MoveLookupRequestDocument,
    {
      input: {
        id,
        action,
        expectedStatus: options.expectedStatus,
        note: options.note,
        holdingBranchId: options.holding ? await branchId(server, options.holding) : undefined,
        archiveReference: options.archiveReference,
      },
    },
    staff.token,
  );
}

/** A move that must succeed. */
export async function moveLookupOk(
  server: TestServer,
  staff: StaffSignedIn,
  id: string,
  action: LookupAction,
  options: MoveOptions = {},
) {
  return successData(await moveLookup(server, staff, id, action, options));
}

/** The request as `token`'s holder may read it, or null. */
export function lookupRequest(server: TestServer, token: string | null, id: string) {
  return call(server, LookupRequestDocument, { id }, token);
}
