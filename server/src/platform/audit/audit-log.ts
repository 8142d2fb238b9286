// The audit log: who did what to whom, and how it ended. A feature records an action with recordAudit in the
// same transaction as the action (a reveal of personal data is never without its record, and a rolled-back
// action leaves none); a refusal outside any transaction (a failed sign-in) records on its own.
//
// Appends are serialised through the chain head so each row's hash can cover the previous row's: the head is
// taken by an UPDATE (a row lock on MySQL, the write lock on SQLite) and held until the caller's transaction
// ends, so record the audit row as the last step of the transaction.
import { type AuditAction, type AuditResult, normalizeAnyDocumentNumber, normalizePhone } from '@zz/shared';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database';
import type { Actor } from '../access/actor';
import type { PersonalDataVault } from '../pii/vault';
import type { Clock } from '../runtime/clock';
import type { AuditLogTable } from './audit-log.table';

/** Where the request came from. */
export interface AuditSource {
  requestId: string | null;
  clientAddress: string | null;
}

/** Work that no request started (a scheduled job, a script). */
export const NO_AUDIT_SOURCE: AuditSource = Object.freeze({ requestId: null, clientAddress: null });

/** The prev_hash of the first row ever appended (the head's initial hash, see the migration). */
export const GENESIS_HASH = '0'.repeat(64);

/** The source a service's deps carry (set by the mutation's edge), or none for jobs and scripts. */
export const auditSourceOfDeps = (deps: { source?: AuditSource }): AuditSource => deps.source ?? NO_AUDIT_SOURCE;

/** The source of a GraphQL request's audit rows. */
export const auditSourceOf = (ctx: { requestId: string; clientAddress: string }): AuditSource => ({
  requestId: ctx.requestId,
  clientAddress: ctx.clientAddress,
});

/** What an audited action was about: a record's kind (ACCOUNT, BOOKING, LOOKUP_REQUEST, EXPORT, VENUE, …) and id. */
export interface AuditTarget {
  kind: string;
  id: string | number;
}

/** The person concerned, as a value that identifies them; only its keyed hash is stored. */
export interface AuditPerson {
  kind: 'document' | 'phone' | 'account';
  /** Normalised: a document number in upper case without spaces, a phone's 11 digits, an account id. */
  value: string;
}

export interface AuditEntry {
  action: AuditAction;
  result: AuditResult;
  /** Who acted; null when nobody is signed in (a failed sign-in: the account tried is the target). */
  actor: Actor | null;
  target?: AuditTarget | null;
  person?: AuditPerson | null;
  /** Names of the personal fields shown in full (SUBJECT_DOCUMENT_NUMBER, PHONE, …). */
  revealedFields?: readonly string[];
  reason?: string | null;
  /** Rows of an export. */
  rowCount?: number | null;
  /** Non-personal details: codes, ids, counts ({ from: 'SUBMITTED', to: 'ACCEPTED' }). Never names or numbers. */
  detail?: Record<string, string | number | boolean | null>;
  source: AuditSource;
}

export interface AuditDeps {
  db: Executor;
  clock: Clock;
  vault: PersonalDataVault;
}

/** A document number as the log identifies a person by it: upper case, without spaces (any document type). */
export function auditPersonOfDocument(documentNumber: string): AuditPerson {
  return { kind: 'document', value: normalizeAnyDocumentNumber(documentNumber) };
}

/** A phone as the log identifies a person by it: the 11 digits, without spaces, dashes or +86. */
export function auditPersonOfPhone(phone: string): AuditPerson {
  return { kind: 'phone', value: normalizePhone(phone) };
}

/** The keyed hash the log keeps of a person (and searches by). */
export function auditPersonHash(vault: PersonalDataVault, person: AuditPerson): string {
  return vault.auditHash(`person\u0000${person.kind}\u0000${person.value}`);
}

/** The row as the chain hashes it: every column but id and the hashes, in a fixed order. */
export function chainedContent(row: Omit<AuditRowValues, 'row_hash'>): string {
  return JSON.stringify([
    row.seq,
    row.at,
    row.action,
    row.result,
    row.actor_account_id,
    row.actor_role,
    row.actor_branch_id,
    row.actor_name,
    row.target_kind,
    row.target_id,
    row.person_hash,
    row.revealed_fields,
    row.reason,
    row.row_count,
    row.request_id,
    row.client_address,
    row.detail,
    row.prev_hash,
  ]);
}

/** A row's values as written and as the chain hashes them: every column but the generated id. */
export type AuditRowValues = Omit<Selectable<AuditLogTable>, 'id'>;

const cut = (value: string | null | undefined, max: number) =>
  value == null ? null : [...value].slice(0, max).join('');

export async function recordAudit(deps: AuditDeps, entry: AuditEntry): Promise<void> {
  const append = (trx: Executor) => appendAuditRow(trx, deps, entry);
  if (deps.db.isTransaction) await append(deps.db);
  else await (deps.db as Kysely<Database>).transaction().execute((trx: Transaction<Database>) => append(trx));
}

async function appendAuditRow(db: Executor, deps: AuditDeps, entry: AuditEntry): Promise<void> {
  // Taking the head first: the lock is what makes seq gap-free and the chain linear across processes.
  await db
    .updateTable('audit_chain_head')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('id', '=', 1)
    .execute();
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const content: Omit<AuditRowValues, 'row_hash'> = {
    seq: Number(head.last_seq),
    at: deps.clock.now(),
    action: entry.action,
    result: entry.result,
    actor_account_id: entry.actor?.accountId ?? null,
    actor_role: entry.actor?.role ?? null,
    actor_branch_id: entry.actor?.branchId ?? null,
    actor_name: cut(entry.actor?.displayName, 64),
    target_kind: entry.target?.kind ?? null,
    target_id: entry.target ? cut(String(entry.target.id), 64) : null,
    person_hash: entry.person ? auditPersonHash(deps.vault, entry.person) : null,
    revealed_fields: entry.revealedFields?.length ? cut(entry.revealedFields.join(','), 255) : null,
    reason: cut(entry.reason, 500),
    row_count: entry.rowCount ?? null,
    request_id: cut(entry.source.requestId, 64),
    client_address: cut(entry.source.clientAddress, 64),
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    prev_hash: head.last_hash,
  };
  const row_hash = deps.vault.auditHash(chainedContent(content));
  await db
    .insertInto('audit_log')
    .values({ ...content, row_hash })
    .execute();
  await db.updateTable('audit_chain_head').set({ last_hash: row_hash }).where('id', '=', 1).execute();
}

/**
 * A staff action that succeeded, recorded in the caller's transaction (its last step) with the source the
 * mutation's deps carry. Refusals roll the action back and leave no row: only what happened is recorded here.
 */
export function recordStaffAction(
  deps: AuditDeps & { source?: AuditSource },
  actor: Actor | null,
  action: AuditAction,
  target: AuditTarget,
  extra: Pick<AuditEntry, 'person' | 'revealedFields' | 'reason' | 'rowCount' | 'detail'> = {},
): Promise<void> {
  return recordAudit(deps, { action, result: 'OK', actor, target, ...extra, source: auditSourceOfDeps(deps) });
}
