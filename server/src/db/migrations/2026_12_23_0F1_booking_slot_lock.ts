// A booking takes its places last, just before commit, so the slot's row lock is held for one statement
// (issue 14). On InnoDB a foreign key makes every insert of a booking take a shared lock on its slot row first;
// the closing UPDATE of that row then has to upgrade it, and a rush of bookings all holding the shared lock
// deadlock on the upgrade. The reference booking.slot_id → slot.id is therefore kept by the application (slots are
// closed, never deleted; a booking is only written for a slot just read), no longer by InnoDB. The index stays.
// SQLite has one writer and takes no such locks: its schema is left as it is.
import { type Kysely, sql } from 'kysely';
import { isMysql } from './portable';

async function slotForeignKeyOfBooking(db: Kysely<unknown>): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`
    select constraint_name as name from information_schema.key_column_usage
    where table_schema = database() and table_name = 'booking' and column_name = 'slot_id'
      and referenced_table_name = 'slot'`.execute(db);
  return rows[0]?.name ?? null;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isMysql(db)) return;
  const name = await slotForeignKeyOfBooking(db);
  if (name) await sql`alter table booking drop foreign key ${sql.id(name)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isMysql(db) || (await slotForeignKeyOfBooking(db))) return;
  await sql`alter table booking add constraint booking_slot_fk foreign key (slot_id) references slot (id)`.execute(db);
}
