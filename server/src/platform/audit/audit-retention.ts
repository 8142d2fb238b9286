// The audit log's retention: rows older than the configured retention are removed from the start of the chain,
// in seq order, a batch per transaction. Each batch takes the chain head first (the lock appends take), so purges
// in several processes and appends are serialised; it checks the rows it removes still chain from the previous
// anchor (a purge must never launder a tampered range), records the anchor it removed (the last row's seq and
// hash) and appends an AUDIT_PURGED row saying so. A second run, or a second process, finds nothing old left.
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database';
import { inTransaction } from '../../db/executor';
import type { PersonalDataVault } from '../pii/vault';
import type { Clock } from '../runtime/clock';
import { type AuditChainProblem, anchorHash, checkRun, latestAnchor } from './audit-chain';
import { GENESIS_HASH, NO_AUDIT_SOURCE, recordAudit } from './audit-log';
import './audit-log.table';

const DAY_MS = 24 * 3600 * 1000;

export interface AuditPurgeDeps {
  db: Kysely<Database>;
  clock: Clock;
  vault: PersonalDataVault;
}

export type AuditPurgeBatch =
  | { purged: number; throughSeq: number }
  | { purged: 0; refused: AuditChainProblem; seq: number | null };

/**
 * Purges rows older than `retentionDays`, `batchSize` rows per transaction, at most `maxBatches` per run. Answers
 * how many rows were removed. A chain that does not verify over the range to purge is left alone (and said so in
 * the server log): `npm run audit:verify` names the break.
 */
export async function purgeAuditLog(
  deps: AuditPurgeDeps,
  retentionDays: number,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  let purged = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch++) {
    const cutoff = deps.clock.now() - retentionDays * DAY_MS;
    // A cheap look without the lock first: most runs find nothing old and must not queue behind appends.
    if (!(await oldestRowIsBefore(deps.db, cutoff))) break;
    const done = await inTransaction(deps.db, (trx) => purgeBatch({ ...deps, db: trx }, cutoff, batchSize));
    if ('refused' in done) {
      console.error(`audit purge refused: the chain does not verify (${done.refused} at seq ${done.seq ?? '-'})`);
      break;
    }
    purged += done.purged;
    if (done.purged < batchSize) break;
  }
  return purged;
}

async function oldestRowIsBefore(db: Executor, cutoff: number): Promise<boolean> {
  const first = await db.selectFrom('audit_log').select('at').orderBy('seq').limit(1).executeTakeFirst();
  return first !== undefined && Number(first.at) < cutoff;
}

/** Takes the chain head's lock for the rest of the transaction (an UPDATE that changes nothing still locks). */
async function lockChainHead(db: Executor): Promise<void> {
  await db
    .updateTable('audit_chain_head')
    .set((eb) => ({ last_seq: eb.ref('last_seq') }))
    .where('id', '=', 1)
    .execute();
}

async function purgeBatch(
  deps: { db: Executor; clock: Clock; vault: PersonalDataVault },
  cutoff: number,
  batchSize: number,
): Promise<AuditPurgeBatch> {
  const { db, vault } = deps;
  await lockChainHead(db);
  const anchor = await latestAnchor(db, vault);
  if (anchor === 'INVALID') return { purged: 0, refused: 'ANCHOR_INVALID', seq: null };
  const previous = anchor ? { seq: anchor.throughSeq, hash: anchor.throughHash } : { seq: 0, hash: GENESIS_HASH };
  // Under the lock: another process's purge that ran meanwhile has moved the anchor and removed these rows.
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', previous.seq)
    .orderBy('seq')
    .limit(batchSize)
    .execute();
  // The old prefix: rows from the start while they are older than the cutoff (seq order, never skipping a young one).
  const end = rows.findIndex((r) => Number(r.at) >= cutoff);
  const old = end === -1 ? rows : rows.slice(0, end);
  if (old.length === 0) return { purged: 0, throughSeq: previous.seq };
  const run = checkRun(vault, previous, old);
  if (!run.ok) return { purged: 0, refused: run.problem, seq: run.seq };
  const through = run.last;
  await db.deleteFrom('audit_log').where('seq', '>', previous.seq).where('seq', '<=', through.seq).execute();
  const values = {
    through_seq: through.seq,
    through_hash: through.hash,
    purged_rows: old.length,
    purged_at: deps.clock.now(),
  };
  await db
    .insertInto('audit_anchor')
    .values({ ...values, anchor_hash: anchorHash(vault, values) })
    .execute();
  await recordAudit(deps, {
    action: 'AUDIT_PURGED',
    result: 'OK',
    actor: null,
    target: { kind: 'AUDIT_LOG', id: through.seq },
    rowCount: old.length,
    detail: { fromSeq: previous.seq + 1, throughSeq: through.seq, cutoff },
    source: NO_AUDIT_SOURCE,
  });
  return { purged: old.length, throughSeq: through.seq };
}
