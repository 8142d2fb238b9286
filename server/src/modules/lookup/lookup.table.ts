import type {
  CalendarDayKind,
  DocumentType,
  LookupDelivery,
  LookupEventKind,
  LookupPurpose,
  LookupRecordType,
  LookupRelation,
  LookupStatus,
  LookupUse,
  LookupVisitStatus,
  SupportingDocumentKind,
} from '@zz/shared';
import type { Generated } from 'kysely';

export interface LookupRequestTable {
  id: Generated<number>;
  receipt_number: string;
  account_id: number;
  receiving_branch_id: number;
  /** null: 不详, staff route it. */
  holding_branch_id: number | null;
  record_type: LookupRecordType;
  relation: LookupRelation;
  applicant_name_cipher: string;
  applicant_document_type: DocumentType;
  applicant_document_cipher: string;
  applicant_phone_cipher: string;
  /** The person the record is about (the applicant for 本人). */
  subject_name_cipher: string;
  subject_document_type: DocumentType;
  subject_document_cipher: string;
  subject_document_index: string;
  clues_cipher: string;
  purpose: LookupPurpose;
  purpose_text: string | null;
  intended_use: LookupUse;
  delivery: LookupDelivery;
  postal_address_cipher: string | null;
  needs_visit: Generated<number>;
  status: LookupStatus;
  /** 1 while open, null once closed: the one-open-request unique index. */
  open_key: number | null;
  status_note: string | null;
  archive_reference: string | null;
  due_on: string | null;
  submitted_at: number;
  updated_at: number;
  closed_at: number | null;
}

export interface LookupEventTable {
  id: Generated<number>;
  request_id: number;
  kind: LookupEventKind;
  from_status: LookupStatus | null;
  to_status: LookupStatus;
  actor_account_id: number;
  actor_kind: 'CITIZEN' | 'STAFF';
  branch_id: number | null;
  note: string | null;
  occurred_at: number;
}

export interface LookupCounterTable {
  branch_id: number;
  series: 'RECEIPT' | 'CERTIFICATE';
  period: string;
  value: Generated<number>;
}

export interface LookupAttachmentTable {
  request_id: number;
  /** upload.id (32 lowercase hex characters); the row is deleted with its upload. */
  upload_id: string;
  kind: SupportingDocumentKind;
  attached_at: number;
}

export interface LookupVisitTable {
  id: Generated<number>;
  request_id: number;
  slot_id: number;
  visit_date: string;
  status: LookupVisitStatus;
  active_request_id: number | null;
  booked_at: number;
  cancelled_at: number | null;
  cancel_reason: string | null;
}

export interface LookupCertificateTable {
  id: Generated<number>;
  serial: string;
  request_id: number;
  issuing_branch_id: number;
  outcome: 'FOUND' | 'NOT_FOUND';
  archive_reference: string | null;
  issued_on: string;
  issued_at: number;
  issued_by: number;
  signature: string;
  revoked_at: number | null;
  revoked_by: number | null;
  revoke_reason: string | null;
}

export interface LookupBranchSettingTable {
  branch_id: number;
  enabled_record_types: string;
  accept_days: number;
  answer_days: number;
  notify_days: number;
  visit_lead_days: number;
  updated_at: number;
}

export interface WorkingCalendarDayTable {
  calendar_date: string;
  kind: CalendarDayKind;
  note: string | null;
  updated_by: number;
  updated_at: number;
}

declare module '../../db/database' {
  interface Database {
    lookup_request: LookupRequestTable;
    lookup_event: LookupEventTable;
    lookup_counter: LookupCounterTable;
    lookup_attachment: LookupAttachmentTable;
    lookup_visit: LookupVisitTable;
    lookup_certificate: LookupCertificateTable;
    lookup_branch_setting: LookupBranchSettingTable;
    working_calendar_day: WorkingCalendarDayTable;
  }
}
