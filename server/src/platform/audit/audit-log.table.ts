import type { Generated } from 'kysely';

/** One audited action. Written once by appendAuditRow and never updated; see the migration for the columns. */
export interface AuditLogTable {
  id: Generated<number>;
  seq: number;
  at: number;
  action: string;
  result: string;
  actor_account_id: number | null;
  actor_role: string | null;
  actor_branch_id: number | null;
  actor_name: string | null;
  target_kind: string | null;
  target_id: string | null;
  person_hash: string | null;
  revealed_fields: string | null;
  reason: string | null;
  row_count: number | null;
  request_id: string | null;
  client_address: string | null;
  detail: string | null;
  prev_hash: string;
  row_hash: string;
}

/** The chain's head: one row (id 1), the last seq and hash appended. */
export interface AuditChainHeadTable {
  id: number;
  last_seq: number;
  last_hash: string;
}

/** What a purge removed: the last removed row's seq and hash, from which verification picks the chain up. */
export interface AuditAnchorTable {
  id: Generated<number>;
  through_seq: number;
  through_hash: string;
  purged_rows: number;
  purged_at: number;
  /** Keyed hash of the values above (anchorHash), so an edited or forged anchor does not verify. */
  anchor_hash: string;
}

declare module '../../db/database' {
  interface Database {
    audit_log: AuditLogTable;
    audit_chain_head: AuditChainHeadTable;
    audit_anchor: AuditAnchorTable;
  }
}
