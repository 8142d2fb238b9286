// The edge of every mutation: one transaction around the whole unit of work (rolled back when the work
// throws, typed errors included, so a refused request changes nothing), with the deadlock/conflict reruns
// of db/executor. The services inside receive the transaction as their executor.
import type { Context, Deps } from '../context';
import { inTransaction } from '../db/executor';
import { auditSourceOf } from '../platform/audit/audit-log';

export function depsOf(ctx: Context): Deps {
  return { db: ctx.db, clock: ctx.clock, vault: ctx.vault, source: auditSourceOf(ctx) };
}

export function inMutation<T>(ctx: Context, work: (deps: Deps) => Promise<T>): Promise<T> {
  return inTransaction(ctx.db, (trx) =>
    work({ db: trx, clock: ctx.clock, vault: ctx.vault, source: auditSourceOf(ctx) }),
  );
}
