// Public images (article and exhibition pictures): the bytes live in MediaStorage (files under data/media, or object
// storage), this table records who uploaded each and its size, so editors' choices can be checked against what
// exists and an audit can say where a picture came from.
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('media')
      // The 32 hex characters of its storage key and public path (/media/<id>/<width>.jpg).
      .addColumn('id', 'char(32)', (c) => c.primaryKey())
      .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('byte_size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull()),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('media').execute();
}
