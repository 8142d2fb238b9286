// The record of staff reading personal data in full. A feature that shows a full document number or an
// attachment calls recordPersonalDataAccess in the same transaction as the reading, so no reading goes
// unrecorded; the audit log reads the one table.
import type { Executor } from '../../db/database';
import './personal-data-access.table';

export interface PersonalDataAccess {
  staffAccountId: number;
  branchId: number | null;
  /**
   * LOOKUP_REQUEST: fields of a request (subjectId), e.g. SUBJECT_DOCUMENT_NUMBER. LOOKUP_ATTACHMENT: an attachment
   * of a request (subjectId), the field being the upload's id, so the record still names the request (and its
   * receipt number) after the photo itself is deleted. NOTIFICATION: the recipient of an undelivered message
   * (subjectId: the outbox row), whom staff phone instead.
   */
  subjectKind: 'LOOKUP_REQUEST' | 'LOOKUP_ATTACHMENT' | 'NOTIFICATION';
  subjectId: number;
  /** The data read, one row each. */
  fields: readonly string[];
  reason: string;
  at: number;
}

export async function recordPersonalDataAccess(db: Executor, access: PersonalDataAccess): Promise<void> {
  if (access.fields.length === 0) return;
  await db
    .insertInto('personal_data_access')
    .values(
      access.fields.map((field) => ({
        staff_account_id: access.staffAccountId,
        branch_id: access.branchId,
        subject_kind: access.subjectKind,
        subject_id: access.subjectId,
        field,
        reason: access.reason,
        accessed_at: access.at,
      })),
    )
    .execute();
}
