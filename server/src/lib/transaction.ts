// Opens a transaction at the edge of a mutation. MySQL may roll one back on a deadlock under contention;
// such a transaction did nothing, so it is retried a few times before the error surfaces.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';
import { isRetryableTransactionError } from './db-errors';

const MAX_ATTEMPTS = 4;

export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
