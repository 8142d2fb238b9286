// Exhibition visit booking: per-exhibition rules, slot plans, slots with capacity counters, bookings with
// real-name visitors, waiting lists, no-show strikes and the notification outbox.
// Capacity and uniqueness live here: counters are changed only by conditional updates, and the unique
// indexes decide "one booking per document per exhibition per day" and idempotent retries.
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('booking_policy')
      .addColumn('exhibition_id', 'integer', (c) => c.primaryKey().references('exhibition.id'))
      .addColumn('booking_enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('release_days_ahead', 'integer', (c) => c.notNull().defaultTo(7))
      .addColumn('release_time', 'char(5)', (c) => c.notNull().defaultTo('20:00'))
      .addColumn('close_minutes_before_start', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cancel_cutoff_minutes', 'integer', (c) => c.notNull().defaultTo(120))
      .addColumn('max_visitors', 'integer', (c) => c.notNull().defaultTo(5))
      .addColumn('closed_weekdays', 'varchar(16)', (c) => c.notNull().defaultTo('1'))
      .addColumn('checkin_early_minutes', 'integer', (c) => c.notNull().defaultTo(30))
      .addColumn('checkin_late_minutes', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('walkin_release_minutes', 'integer', (c) => c.notNull().defaultTo(60))
      .addColumn('waitlist_hold_minutes', 'integer', (c) => c.notNull().defaultTo(30))
      .addColumn('group_roster_deadline_hours', 'integer', (c) => c.notNull().defaultTo(24)),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('exhibition_closure')
      .addColumn('exhibition_id', 'integer', (c) => c.notNull().references('exhibition.id'))
      .addColumn('visit_date', 'char(10)', (c) => c.notNull())
      .addColumn('reason', 'varchar(128)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('exhibition_closure_pk', ['exhibition_id', 'visit_date']),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('slot_template')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('exhibition_id', 'integer', (c) => c.notNull().references('exhibition.id'))
      .addColumn('weekday', 'integer', (c) => c.notNull())
      .addColumn('start_time', 'char(5)', (c) => c.notNull())
      .addColumn('end_time', 'char(5)', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('walkin_quota', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('group_quota', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('slot_template_exhibition_idx').on('slot_template').column('exhibition_id').execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('slot')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('exhibition_id', 'integer', (c) => c.notNull().references('exhibition.id'))
      .addColumn('visit_date', 'char(10)', (c) => c.notNull())
      .addColumn('start_at', 'bigint', (c) => c.notNull())
      .addColumn('end_at', 'bigint', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('OPEN'))
      .addColumn('closed_reason', 'varchar(128)')
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('offer_held', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('walkin_quota', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('walkin_used', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('group_quota', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('group_booked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('no_show_processed_at', 'bigint')
      .addUniqueConstraint('slot_exhibition_start_uq', ['exhibition_id', 'start_at']),
  ).execute();
  await db.schema.createIndex('slot_day_idx').on('slot').columns(['exhibition_id', 'visit_date']).execute();
  await db.schema.createIndex('slot_end_idx').on('slot').columns(['end_at', 'no_show_processed_at']).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('booking')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('reference', 'varchar(16)', (c) => c.notNull().unique())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('exhibition_id', 'integer', (c) => c.notNull().references('exhibition.id'))
      .addColumn('slot_id', 'integer', (c) => c.notNull().references('slot.id'))
      .addColumn('visit_date', 'char(10)', (c) => c.notNull())
      .addColumn('party_size', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('idempotency_key', 'varchar(64)')
      .addColumn('holder_phone_cipher', 'text')
      .addColumn('organization', 'varchar(128)')
      .addColumn('leader_name_cipher', 'text')
      .addColumn('review_note', 'varchar(255)')
      .addColumn('reviewed_by', 'integer')
      .addColumn('reviewed_at', 'bigint')
      .addColumn('checked_in_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('checked_in_at', 'bigint')
      .addColumn('cancelled_at', 'bigint')
      .addColumn('cancel_reason', 'varchar(32)')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('booking_idempotency_key_uq', ['account_id', 'idempotency_key']),
  ).execute();
  await db.schema.createIndex('booking_account_idx').on('booking').columns(['account_id', 'visit_date']).execute();
  await db.schema.createIndex('booking_slot_idx').on('booking').columns(['slot_id', 'status']).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('booking_visitor')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('booking_id', 'integer', (c) => c.notNull().references('booking.id'))
      .addColumn('exhibition_id', 'integer', (c) => c.notNull())
      .addColumn('visit_date', 'char(10)', (c) => c.notNull())
      .addColumn('name_cipher', 'text', (c) => c.notNull())
      .addColumn('document_type', 'varchar(24)', (c) => c.notNull())
      .addColumn('document_cipher', 'text', (c) => c.notNull())
      .addColumn('document_index', 'char(64)', (c) => c.notNull())
      // Equal to document_index while the visit stands, NULL once cancelled: the unique index below then
      // allows one live booking per document per exhibition per day (NULLs never collide, on both databases).
      .addColumn('active_document_key', 'char(64)')
      .addColumn('is_minor', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('checked_in_at', 'bigint')
      .addColumn('checked_in_by', 'integer')
      .addUniqueConstraint('booking_visitor_active_document_key_uq', [
        'exhibition_id',
        'visit_date',
        'active_document_key',
      ]),
  ).execute();
  await db.schema.createIndex('booking_visitor_booking_idx').on('booking_visitor').column('booking_id').execute();
  await db.schema
    .createIndex('booking_visitor_document_idx')
    .on('booking_visitor')
    .columns(['document_index', 'visit_date'])
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('frequent_visitor')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('name_cipher', 'text', (c) => c.notNull())
      .addColumn('document_type', 'varchar(24)', (c) => c.notNull())
      .addColumn('document_cipher', 'text', (c) => c.notNull())
      .addColumn('document_index', 'char(64)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('frequent_visitor_account_document_uq', ['account_id', 'document_index']),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('waitlist_entry')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('slot_id', 'integer', (c) => c.notNull().references('slot.id'))
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      // Set while the entry is waiting or offered: one live entry per account per slot.
      .addColumn('active_account_id', 'integer')
      .addColumn('party_size', 'integer', (c) => c.notNull())
      .addColumn('party_cipher', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('offered_until', 'bigint')
      .addColumn('booking_id', 'integer')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('waitlist_active_uq', ['slot_id', 'active_account_id']),
  ).execute();
  await db.schema.createIndex('waitlist_queue_idx').on('waitlist_entry').columns(['slot_id', 'status', 'id']).execute();
  await db.schema.createIndex('waitlist_offer_idx').on('waitlist_entry').columns(['status', 'offered_until']).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('no_show_strike')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('booking_id', 'integer', (c) => c.notNull().unique())
      .addColumn('reason', 'varchar(16)', (c) => c.notNull())
      .addColumn('occurred_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('no_show_strike_account_idx')
    .on('no_show_strike')
    .columns(['account_id', 'occurred_at'])
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('notification_outbox')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('account_id', 'integer', (c) => c.notNull())
      .addColumn('kind', 'varchar(32)', (c) => c.notNull())
      .addColumn('dedupe_key', 'varchar(96)', (c) => c.notNull().unique())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('sent_at', 'bigint'),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'notification_outbox',
    'no_show_strike',
    'waitlist_entry',
    'frequent_visitor',
    'booking_visitor',
    'booking',
    'slot',
    'slot_template',
    'exhibition_closure',
    'booking_policy',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
