// The documents each record type × relation needs, against a table written out from the facts (not
// from the rule's code): a relative or proxy brings the principal's ID and an authorisation, notarised for
// marriage records and for requests answered by another archive; a guardian proof of guardianship; an heir a
// death certificate and proof of kinship; a unit its letter; everyone but the person is served at the desk.
import {
  LOOKUP_RECORD_TYPES,
  LOOKUP_RELATIONS,
  type LookupRecordType,
  type LookupRelation,
  missingDocuments,
  requiredDocuments,
  type SupportingDocumentKind,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

type Expected = { documents: SupportingDocumentKind[]; deskVisit: boolean };

const PLAIN_AUTHORISATION: Expected = { documents: ['PRINCIPAL_ID', 'AUTHORISATION'], deskVisit: true };
const NOTARISED: Expected = { documents: ['PRINCIPAL_ID', 'NOTARISED_AUTHORISATION'], deskVisit: true };

/** [relation, same archive, another archive holds it], for every record type but marriage. */
const EXPECTED: Record<LookupRelation, [Expected, Expected]> = {
  SELF: [
    { documents: [], deskVisit: false },
    { documents: [], deskVisit: false },
  ],
  SPOUSE: [PLAIN_AUTHORISATION, NOTARISED],
  PARENT_CHILD: [PLAIN_AUTHORISATION, NOTARISED],
  PROXY: [PLAIN_AUTHORISATION, NOTARISED],
  GUARDIAN: [
    { documents: ['GUARDIANSHIP_PROOF'], deskVisit: true },
    { documents: ['GUARDIANSHIP_PROOF'], deskVisit: true },
  ],
  HEIR: [
    { documents: ['DEATH_CERTIFICATE', 'KINSHIP_PROOF'], deskVisit: true },
    { documents: ['DEATH_CERTIFICATE', 'KINSHIP_PROOF'], deskVisit: true },
  ],
  ORGANISATION: [
    { documents: ['UNIT_LETTER'], deskVisit: true },
    { documents: ['UNIT_LETTER'], deskVisit: true },
  ],
};

/** Marriage records: every authorisation is notarised, in the same archive too. */
const MARRIAGE: Partial<Record<LookupRelation, Expected>> = {
  SPOUSE: NOTARISED,
  PARENT_CHILD: NOTARISED,
  PROXY: NOTARISED,
};

function expected(recordType: LookupRecordType, relation: LookupRelation, crossArchive: boolean): Expected {
  if (recordType === 'MARRIAGE' && MARRIAGE[relation]) return MARRIAGE[relation];
  return EXPECTED[relation][crossArchive ? 1 : 0];
}

const pairs = LOOKUP_RECORD_TYPES.flatMap((recordType) =>
  LOOKUP_RELATIONS.flatMap((relation) => [false, true].map((crossArchive) => ({ recordType, relation, crossArchive }))),
);

describe('requiredDocuments', () => {
  it('is checked for all 11 record types × 7 relations, in the same archive and across archives', () => {
    expect(pairs).toHaveLength(154);
  });

  it.each(pairs)(
    '$recordType for $relation (cross-archive: $crossArchive)',
    ({ recordType, relation, crossArchive }) => {
      expect(requiredDocuments(recordType, relation, { crossArchive })).toEqual(
        expected(recordType, relation, crossArchive),
      );
    },
  );
});

describe('missingDocuments', () => {
  it('names what is not attached, in the order required', () => {
    expect(missingDocuments(['DEATH_CERTIFICATE', 'KINSHIP_PROOF'], [])).toEqual([
      'DEATH_CERTIFICATE',
      'KINSHIP_PROOF',
    ]);
    expect(missingDocuments(['DEATH_CERTIFICATE', 'KINSHIP_PROOF'], ['KINSHIP_PROOF', undefined])).toEqual([
      'DEATH_CERTIFICATE',
    ]);
    expect(missingDocuments(['UNIT_LETTER'], ['UNIT_LETTER', 'PRINCIPAL_ID'])).toEqual([]);
    expect(missingDocuments([], ['UNIT_LETTER'])).toEqual([]);
  });

  it('takes a notarised authorisation for a plain one, never the other way round', () => {
    expect(missingDocuments(['PRINCIPAL_ID', 'AUTHORISATION'], ['PRINCIPAL_ID', 'NOTARISED_AUTHORISATION'])).toEqual(
      [],
    );
    expect(missingDocuments(['PRINCIPAL_ID', 'NOTARISED_AUTHORISATION'], ['PRINCIPAL_ID', 'AUTHORISATION'])).toEqual([
      'NOTARISED_AUTHORISATION',
    ]);
    // Another document does not stand for an authorisation.
    expect(missingDocuments(['AUTHORISATION'], ['UNIT_LETTER', 'GUARDIANSHIP_PROOF'])).toEqual(['AUTHORISATION']);
  });
});
