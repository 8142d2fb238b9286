// Who may ask for whose record, and with what. The applicant's own identity document is part of every
// request; these are the documents a request needs besides it, and whether it is served at the desk:
// - self: nothing more (resident ID, or passport / 通行证 for overseas Chinese and HK/Macau/Taiwan residents);
// - a relative or proxy: the principal's ID and a written authorisation naming the matter, notarised for
//   marriage records and for requests answered by another archive than the one that receives them;
// - a guardian: proof of guardianship; for a deceased person: a death certificate and proof of kinship or
//   inheritance; courts, police and lawyers: a unit letter or court proof.
// Online self-service is for the person themselves; everyone else is served with an appointment at the desk.
import type { LookupRecordType, LookupRelation, SupportingDocumentKind } from './vocabularies';

export interface DocumentRequirement {
  /** The supporting documents to attach, each of a different kind. */
  documents: SupportingDocumentKind[];
  /** Served at the desk of the receiving archive (a reading-room appointment), not by online self-service. */
  deskVisit: boolean;
}

/** Relatives and proxies act on the principal's written authority. */
const AUTHORISED: readonly LookupRelation[] = ['SPOUSE', 'PARENT_CHILD', 'PROXY'];

export function requiredDocuments(
  recordType: LookupRecordType,
  relation: LookupRelation,
  options: { crossArchive: boolean },
): DocumentRequirement {
  const deskVisit = relation !== 'SELF';
  if (AUTHORISED.includes(relation)) {
    const notarised = recordType === 'MARRIAGE' || options.crossArchive;
    return { documents: ['PRINCIPAL_ID', notarised ? 'NOTARISED_AUTHORISATION' : 'AUTHORISATION'], deskVisit };
  }
  switch (relation) {
    case 'GUARDIAN':
      return { documents: ['GUARDIANSHIP_PROOF'], deskVisit };
    case 'HEIR':
      return { documents: ['DEATH_CERTIFICATE', 'KINSHIP_PROOF'], deskVisit };
    case 'ORGANISATION':
      return { documents: ['UNIT_LETTER'], deskVisit };
    default:
      return { documents: [], deskVisit };
  }
}

/** A stronger document that stands for a weaker one: a notarised authorisation is a written authorisation too. */
const SATISFIED_BY: Partial<Record<SupportingDocumentKind, SupportingDocumentKind>> = {
  AUTHORISATION: 'NOTARISED_AUTHORISATION',
};

/** The required documents that none of the attached kinds provides, in the order required. */
export function missingDocuments(
  required: readonly SupportingDocumentKind[],
  attachedKinds: Iterable<SupportingDocumentKind | null | undefined>,
): SupportingDocumentKind[] {
  const attached = new Set(attachedKinds);
  return required.filter((kind) => {
    const stronger = SATISFIED_BY[kind];
    return !attached.has(kind) && !(stronger && attached.has(stronger));
  });
}

/**
 * Whether the request is answered by another archive than the one receiving it. An unknown holding archive
 * (不详) counts as the receiving one: staff who route it elsewhere ask for a notarised authorisation then.
 */
export function isCrossArchive(receivingBranchId: string | number, holdingBranchId: string | number | null) {
  return holdingBranchId !== null && String(holdingBranchId) !== String(receivingBranchId);
}
