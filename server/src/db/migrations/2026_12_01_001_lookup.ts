// Archive lookup appointments (查档): requests with their encrypted personal data, the timeline of every move,
// receipt and certificate counters, attachments, reading-room appointments, certificates, per-archive settings,
// the holiday calendar, and the one record of staff reading personal data in full.
// The rules that must hold under concurrency live here: one open request per person per record type (a unique
// index over a key that is NULL once the request closes), unique receipt numbers and serials, one live
// reading-room appointment per request.
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_request')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('receipt_number', 'varchar(32)', (c) => c.notNull().unique())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('receiving_branch_id', 'integer', (c) => c.notNull().references('branch.id'))
      // NULL while the holding archive is unknown (不详); staff route the request.
      .addColumn('holding_branch_id', 'integer', (c) => c.references('branch.id'))
      .addColumn('record_type', 'varchar(24)', (c) => c.notNull())
      .addColumn('relation', 'varchar(16)', (c) => c.notNull())
      .addColumn('applicant_name_cipher', 'text', (c) => c.notNull())
      .addColumn('applicant_document_type', 'varchar(24)', (c) => c.notNull())
      .addColumn('applicant_document_cipher', 'text', (c) => c.notNull())
      .addColumn('applicant_phone_cipher', 'text', (c) => c.notNull())
      .addColumn('subject_name_cipher', 'text', (c) => c.notNull())
      .addColumn('subject_document_type', 'varchar(24)', (c) => c.notNull())
      .addColumn('subject_document_cipher', 'text', (c) => c.notNull())
      .addColumn('subject_document_index', 'char(64)', (c) => c.notNull())
      // JSON of the record type's clues, encrypted: clues name people (a marriage's two parties).
      .addColumn('clues_cipher', 'text', (c) => c.notNull())
      .addColumn('purpose', 'varchar(32)', (c) => c.notNull())
      .addColumn('purpose_text', 'varchar(60)')
      .addColumn('intended_use', 'varchar(16)', (c) => c.notNull())
      .addColumn('delivery', 'varchar(16)', (c) => c.notNull())
      .addColumn('postal_address_cipher', 'text')
      .addColumn('needs_visit', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      // 1 while the request is open, NULL once it is refused, completed or withdrawn: the unique index below
      // then allows one open request per person per record type (NULLs never collide, on both databases).
      .addColumn('open_key', 'integer')
      // The note of the move that set the status: what is missing, why it was refused, what was not found.
      .addColumn('status_note', 'varchar(200)')
      .addColumn('archive_reference', 'varchar(64)')
      .addColumn('due_on', 'char(10)')
      .addColumn('submitted_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('closed_at', 'bigint')
      .addUniqueConstraint('lookup_request_open_key_uq', ['subject_document_index', 'record_type', 'open_key']),
  ).execute();
  await db.schema
    .createIndex('lookup_request_receiving_idx')
    .on('lookup_request')
    .columns(['receiving_branch_id', 'status', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('lookup_request_holding_idx')
    .on('lookup_request')
    .columns(['holding_branch_id', 'status', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('lookup_request_account_idx')
    .on('lookup_request')
    .columns(['account_id', 'submitted_at'])
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_event')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('request_id', 'integer', (c) => c.notNull().references('lookup_request.id'))
      .addColumn('kind', 'varchar(24)', (c) => c.notNull())
      .addColumn('from_status', 'varchar(16)')
      .addColumn('to_status', 'varchar(16)', (c) => c.notNull())
      .addColumn('actor_account_id', 'integer', (c) => c.notNull())
      .addColumn('actor_kind', 'varchar(8)', (c) => c.notNull())
      // The archive whose staff made the move; NULL for the citizen's own moves.
      .addColumn('branch_id', 'integer')
      .addColumn('note', 'varchar(200)')
      .addColumn('occurred_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('lookup_event_request_idx').on('lookup_event').columns(['request_id', 'id']).execute();

  // One row per archive, series and period (a day for receipts, a year for certificate serials), incremented by
  // an atomic UPDATE inside the transaction that uses the number: a rolled-back submission gives its number back.
  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_counter')
      .addColumn('branch_id', 'integer', (c) => c.notNull())
      .addColumn('series', 'varchar(16)', (c) => c.notNull())
      .addColumn('period', 'varchar(8)', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('lookup_counter_pk', ['branch_id', 'series', 'period']),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_attachment')
      .addColumn('request_id', 'integer', (c) => c.notNull().references('lookup_request.id'))
      // An upload of the upload storage (2026_11_24_003_uploads, which runs first), of the same type as its id.
      // An upload serves one request (unique).
      .addColumn('upload_id', 'char(32)', (c) => c.notNull().unique())
      .addColumn('kind', 'varchar(32)', (c) => c.notNull())
      .addColumn('attached_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('lookup_attachment_pk', ['request_id', 'upload_id'])
      // The purge deletes a closed request's uploads once their retention has passed; the attachment row goes
      // with its upload. A table constraint, not a column REFERENCES: MySQL ignores the inline form.
      .addForeignKeyConstraint('lookup_attachment_upload_fk', ['upload_id'], 'upload', ['id'], (fk) =>
        fk.onDelete('cascade'),
      ),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_visit')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('request_id', 'integer', (c) => c.notNull().references('lookup_request.id'))
      .addColumn('slot_id', 'integer', (c) => c.notNull().references('slot.id'))
      .addColumn('visit_date', 'char(10)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      // The request id while the appointment stands, NULL once cancelled: one live appointment per request.
      .addColumn('active_request_id', 'integer', (c) => c.unique())
      .addColumn('booked_at', 'bigint', (c) => c.notNull())
      .addColumn('cancelled_at', 'bigint')
      .addColumn('cancel_reason', 'varchar(100)'),
  ).execute();
  await db.schema.createIndex('lookup_visit_request_idx').on('lookup_visit').columns(['request_id', 'id']).execute();
  await db.schema.createIndex('lookup_visit_slot_idx').on('lookup_visit').columns(['slot_id', 'status']).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_certificate')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('serial', 'varchar(40)', (c) => c.notNull().unique())
      .addColumn('request_id', 'integer', (c) => c.notNull().unique().references('lookup_request.id'))
      .addColumn('issuing_branch_id', 'integer', (c) => c.notNull().references('branch.id'))
      .addColumn('outcome', 'varchar(16)', (c) => c.notNull())
      .addColumn('archive_reference', 'varchar(64)')
      .addColumn('issued_on', 'char(10)', (c) => c.notNull())
      .addColumn('issued_at', 'bigint', (c) => c.notNull())
      .addColumn('issued_by', 'integer', (c) => c.notNull())
      .addColumn('signature', 'varchar(100)', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .addColumn('revoked_by', 'integer')
      .addColumn('revoke_reason', 'varchar(100)'),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('lookup_branch_setting')
      .addColumn('branch_id', 'integer', (c) => c.primaryKey().references('branch.id'))
      // Comma-separated record types the archive holds.
      .addColumn('enabled_record_types', 'varchar(255)', (c) => c.notNull())
      .addColumn('accept_days', 'integer', (c) => c.notNull())
      .addColumn('answer_days', 'integer', (c) => c.notNull())
      .addColumn('notify_days', 'integer', (c) => c.notNull())
      .addColumn('visit_lead_days', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('working_calendar_day')
      .addColumn('calendar_date', 'char(10)', (c) => c.primaryKey())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('note', 'varchar(30)')
      .addColumn('updated_by', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('personal_data_access')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('staff_account_id', 'integer', (c) => c.notNull())
      .addColumn('branch_id', 'integer')
      .addColumn('subject_kind', 'varchar(24)', (c) => c.notNull())
      .addColumn('subject_id', 'integer', (c) => c.notNull())
      .addColumn('field', 'varchar(40)', (c) => c.notNull())
      .addColumn('reason', 'varchar(100)', (c) => c.notNull())
      .addColumn('accessed_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('personal_data_access_subject_idx')
    .on('personal_data_access')
    .columns(['subject_kind', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('personal_data_access_time_idx')
    .on('personal_data_access')
    .columns(['accessed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'personal_data_access',
    'working_calendar_day',
    'lookup_branch_setting',
    'lookup_certificate',
    'lookup_visit',
    'lookup_attachment',
    'lookup_counter',
    'lookup_event',
    'lookup_request',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
