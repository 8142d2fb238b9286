// The audit log's reads for the staff page. Newest first by seq (unique and in append order), so a page is a
// keyset (seq < cursor) and rows appended meanwhile never shift the pages already read.
import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { AuditLogTable } from '../../platform/audit/audit-log.table';

export type AuditRow = Selectable<AuditLogTable>;

export type StaffFilter = { accountId: number } | { name: string };

export interface AuditQuery {
  /** The actor's archive the rows are limited to; null for all. */
  branchId: number | null;
  personHashes: readonly string[] | null;
  staff: StaffFilter | null;
  action: string | null;
  /** Instants: from inclusive, to exclusive. */
  from: number | null;
  to: number | null;
  beforeSeq: number | null;
  limit: number;
}

/** LIKE's wildcards taken literally; `!` escapes on MySQL and SQLite alike (a backslash does not). */
const containsPattern = (term: string) => `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;

export function searchRows(db: Executor, q: AuditQuery): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (q.branchId !== null) query = query.where('actor_branch_id', '=', q.branchId);
  if (q.personHashes) query = query.where('person_hash', 'in', [...q.personHashes]);
  if (q.staff && 'accountId' in q.staff) query = query.where('actor_account_id', '=', q.staff.accountId);
  if (q.staff && 'name' in q.staff) {
    query = query.where(sql<boolean>`${sql.ref('actor_name')} like ${containsPattern(q.staff.name)} escape '!'`);
  }
  if (q.action !== null) query = query.where('action', '=', q.action);
  if (q.from !== null) query = query.where('at', '>=', q.from);
  if (q.to !== null) query = query.where('at', '<', q.to);
  if (q.beforeSeq !== null) query = query.where('seq', '<', q.beforeSeq);
  return query.orderBy('seq', 'desc').limit(q.limit).execute();
}
