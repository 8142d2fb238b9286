import type { Generated } from 'kysely';

/**
 * Every time a member of staff reads personal data in full (an unmasked document number, an attachment): who,
 * from which archive, what of whom, why and when. One table for every feature, read by the audit log.
 */
export interface PersonalDataAccessTable {
  id: Generated<number>;
  staff_account_id: number;
  /** The reader's archive; null for a city administrator without one. */
  branch_id: number | null;
  /** What kind of record the data belongs to: LOOKUP_REQUEST, LOOKUP_ATTACHMENT (see PersonalDataAccess). */
  subject_kind: string;
  subject_id: number;
  /** Which datum, e.g. SUBJECT_DOCUMENT_NUMBER, or the upload id of an attachment. */
  field: string;
  reason: string;
  accessed_at: number;
}

declare module '../../db/database' {
  interface Database {
    personal_data_access: PersonalDataAccessTable;
  }
}
