// The one way a unit of work opens a transaction. Every mutation runs in one, opened at its edge.
// MySQL may roll a transaction back on a deadlock under contention (Galera: a certification conflict);
// such a transaction did nothing, so it is run again a few times before the error surfaces. A service can
// ask for the same treatment by throwing RerunTransaction (e.g. when a unique index says that a racing
// request has just committed what this one was about to do: the rerun sees it and answers with it).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database';
import { isRetryableTransactionError } from './db-errors';

const MAX_ATTEMPTS = 4;

export class RerunTransaction extends Error {
  constructor(readonly reason: string) {
    super(`transaction must run again: ${reason}`);
    this.name = 'RerunTransaction';
  }
}

export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const rerun = error instanceof RerunTransaction || isRetryableTransactionError(error);
      if (attempt >= MAX_ATTEMPTS || !rerun) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
