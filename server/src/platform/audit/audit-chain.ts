// Verifying the audit log's chain: walks the rows in seq order from the last purge's anchor (or from seq 1) and
// reports the first break — a changed row (its hash no longer matches its content), a removed row (a seq gap, or
// a row whose prev_hash is not the hash before it), a removed or edited anchor, or a head that does not match the
// last row (the last rows removed). Reads one snapshot (a read transaction), so appends and purges running
// meanwhile do not show as breaks.
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database';
import type { PersonalDataVault } from '../pii/vault';
import { type AuditRowValues, chainedContent, GENESIS_HASH } from './audit-log';
import './audit-log.table';

export type AuditChainProblem =
  /** A row's content no longer gives its hash: it was edited. */
  | 'ROW_CHANGED'
  /** Rows are missing before this seq (a gap, or the first row is not the one after the anchor). */
  | 'ROWS_MISSING'
  /** A row's prev_hash is not the hash of the row before it (a row was replaced or removed and renumbered). */
  | 'CHAIN_BROKEN'
  /** The head names another last row than the log's: the last rows were removed, or the head was edited. */
  | 'HEAD_MISMATCH'
  /** An anchor's values no longer give its hash, or no purge row in the log records the latest anchor. */
  | 'ANCHOR_INVALID';

export interface AuditChainAnchor {
  throughSeq: number;
  throughHash: string;
}

export type AuditChainVerdict =
  | {
      ok: true;
      rowsChecked: number;
      /** Where the walk started: the latest purge's anchor, or null when nothing was ever purged. */
      anchor: AuditChainAnchor | null;
      head: { seq: number; hash: string };
    }
  | {
      ok: false;
      problem: AuditChainProblem;
      /** The seq where the break shows (the row that fails, or the first seq missing). */
      seq: number | null;
      message: string;
      rowsChecked: number;
    };

export interface AuditChainDeps {
  db: Kysely<Database>;
  vault: PersonalDataVault;
}

/** Rows read per statement: bounded memory however long the log. */
const BATCH = 1000;

/** The keyed hash of an anchor's values. */
export function anchorHash(
  vault: PersonalDataVault,
  anchor: { through_seq: number; through_hash: string; purged_rows: number; purged_at: number },
): string {
  return vault.auditHash(
    `anchor\u0000${JSON.stringify([anchor.through_seq, anchor.through_hash, anchor.purged_rows, anchor.purged_at])}`,
  );
}

/** The latest anchor, checked; null when nothing was purged; 'INVALID' when it does not verify. */
export async function latestAnchor(
  db: Executor,
  vault: PersonalDataVault,
): Promise<AuditChainAnchor | null | 'INVALID'> {
  const row = await db
    .selectFrom('audit_anchor')
    .selectAll()
    .orderBy('through_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const values = {
    through_seq: Number(row.through_seq),
    through_hash: row.through_hash,
    purged_rows: Number(row.purged_rows),
    purged_at: Number(row.purged_at),
  };
  if (anchorHash(vault, values) !== row.anchor_hash) return 'INVALID';
  return { throughSeq: values.through_seq, throughHash: values.through_hash };
}

/** A row as read back (MySQL may hand bigints over as strings): the values exactly as they were hashed. */
export function auditRowValues(row: AuditRowValues): AuditRowValues {
  const n = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    ...row,
    seq: Number(row.seq),
    at: Number(row.at),
    actor_account_id: n(row.actor_account_id),
    actor_branch_id: n(row.actor_branch_id),
    row_count: n(row.row_count),
  };
}

/**
 * Checks a run of rows in seq order against what comes before them (`previous`: the seq and hash of the row
 * before the run). Answers the first break, or the last row's seq and hash.
 */
export function checkRun(
  vault: PersonalDataVault,
  previous: { seq: number; hash: string },
  rows: readonly AuditRowValues[],
): { ok: true; last: { seq: number; hash: string } } | { ok: false; problem: AuditChainProblem; seq: number } {
  let last = previous;
  for (const raw of rows) {
    const row = auditRowValues(raw);
    if (row.seq !== last.seq + 1) return { ok: false, problem: 'ROWS_MISSING', seq: last.seq + 1 };
    const { row_hash, ...content } = row;
    if (vault.auditHash(chainedContent(content)) !== row_hash)
      return { ok: false, problem: 'ROW_CHANGED', seq: row.seq };
    if (row.prev_hash !== last.hash) return { ok: false, problem: 'CHAIN_BROKEN', seq: row.seq };
    last = { seq: row.seq, hash: row_hash };
  }
  return { ok: true, last };
}

const MESSAGES: Record<AuditChainProblem, (seq: number | null) => string> = {
  ROW_CHANGED: (seq) => `row ${seq} was changed: its hash does not match its content`,
  ROWS_MISSING: (seq) => `rows are missing from seq ${seq} on`,
  CHAIN_BROKEN: (seq) => `row ${seq} does not follow the row before it (prev_hash mismatch)`,
  HEAD_MISMATCH: (seq) => `the chain head does not match the last row (last row seq ${seq}): rows removed at the end`,
  ANCHOR_INVALID: () => 'the latest purge anchor does not verify (edited, forged, or its purge row is missing)',
};

const broken = (problem: AuditChainProblem, seq: number | null, rowsChecked: number): AuditChainVerdict => ({
  ok: false,
  problem,
  seq,
  message: MESSAGES[problem](seq),
  rowsChecked,
});

export async function verifyAuditChain(deps: AuditChainDeps): Promise<AuditChainVerdict> {
  return deps.db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('audit_chain_head')
      .select(['last_seq', 'last_hash'])
      .where('id', '=', 1)
      .executeTakeFirst();
    if (!head) return broken('HEAD_MISMATCH', null, 0);
    const headSeq = Number(head.last_seq);
    const anchor = await latestAnchor(trx, deps.vault);
    if (anchor === 'INVALID') return broken('ANCHOR_INVALID', null, 0);
    let last = anchor ? { seq: anchor.throughSeq, hash: anchor.throughHash } : { seq: 0, hash: GENESIS_HASH };
    let rowsChecked = 0;
    let purgeRecorded = anchor === null;
    for (;;) {
      // Rows appended after the head was read belong to a later verification.
      const rows = await trx
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', last.seq)
        .where('seq', '<=', headSeq)
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      // A row below the anchor (seq ≤ anchor) means the anchor claims a removal that did not happen: not ours.
      const run = checkRun(deps.vault, last, rows);
      if (!run.ok) return broken(run.problem, run.seq, rowsChecked);
      if (anchor && !purgeRecorded) purgeRecorded = rows.some((r) => isPurgeOf(r, anchor.throughSeq));
      rowsChecked += rows.length;
      last = run.last;
      if (rows.length < BATCH) break;
    }
    if (last.seq !== headSeq || last.hash !== head.last_hash) return broken('HEAD_MISMATCH', last.seq, rowsChecked);
    // The purge that set the anchor wrote a row after it saying so: an anchor inserted by hand has none.
    if (!purgeRecorded) return broken('ANCHOR_INVALID', null, rowsChecked);
    return { ok: true, rowsChecked, anchor, head: { seq: headSeq, hash: head.last_hash } };
  });
}

function isPurgeOf(row: AuditRowValues, throughSeq: number): boolean {
  if (row.action !== 'AUDIT_PURGED' || !row.detail) return false;
  try {
    return Number((JSON.parse(row.detail) as { throughSeq?: unknown }).throughSeq) === throughSeq;
  } catch {
    return false;
  }
}

/** What the verification command prints. */
export function describeVerdict(verdict: AuditChainVerdict): string {
  if (!verdict.ok)
    return `AUDIT CHAIN BROKEN (${verdict.problem}): ${verdict.message}; ${verdict.rowsChecked} rows verified before it`;
  const from = verdict.anchor ? `from the purge anchor at seq ${verdict.anchor.throughSeq}` : 'from the first row';
  return `audit chain OK: ${verdict.rowsChecked} rows verified ${from} to seq ${verdict.head.seq} (head ${verdict.head.hash})`;
}
