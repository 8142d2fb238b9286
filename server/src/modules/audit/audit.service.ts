// Searching the audit log, as the staff page 审计日志 does: by person (a document number or phone typed by staff,
// normalised and hashed here — the plaintext is neither stored nor logged), by staff member, action and date
// range, newest first, a keyset page at a time. City administrators see every row; archive administrators the
// rows of their own archive's staff; every other role is refused.
import {
  type AuditAction,
  type AuditResult,
  addDays,
  type BusinessDate,
  daysBetween,
  instantOf,
  normalizePhone,
} from '@zz/shared';
import type { Deps } from '../../context';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import type { Actor, StaffRole } from '../../platform/access/actor';
import { requireStaff } from '../../platform/access/guards';
import { auditPersonHash, auditPersonOfDocument, auditPersonOfPhone } from '../../platform/audit/audit-log';
import * as repo from './audit.repository';

export interface AuditEntry {
  seq: number;
  at: number;
  action: AuditAction;
  result: AuditResult;
  actorAccountId: number | null;
  actorName: string | null;
  actorRole: StaffRole | null;
  actorBranchId: number | null;
  targetKind: string | null;
  targetId: string | null;
  revealedFields: string[];
  reason: string | null;
  rowCount: number | null;
  requestId: string | null;
  clientAddress: string | null;
  /** The non-personal details as recorded (JSON of codes, ids and counts). */
  detail: string | null;
}

export interface AuditSearch {
  /** A document number or a phone as staff typed it. */
  person: string | null;
  /** A staff member: their account id, or part of their name. */
  staff: string | null;
  action: AuditAction | null;
  from: BusinessDate | null;
  to: BusinessDate | null;
}

/** Longest date range one search covers: the whole retention and a little more. */
const MAX_RANGE_DAYS = 800;
const PERSON_INPUT_MAX = 40;

/** Who may read the log, and which archive's rows: null for all (city administrators). */
function readerScope(actor: Actor | null): number | null {
  const staff = requireStaff(actor);
  if (staff.role === 'ADMIN') return null;
  if (staff.role === 'BRANCH_ADMIN' && staff.branchId !== null) return staff.branchId;
  throw new NotAuthorizedError('FORBIDDEN');
}

/**
 * The hashes a typed value may have been recorded under: as a document number, and, when it reads as a mainland
 * mobile number, as a phone too (the two kinds hash apart, so a search asks for both).
 */
export function personHashesOf(deps: Pick<Deps, 'vault'>, typed: string): string[] {
  if (typed.length > PERSON_INPUT_MAX) throw InputValidationError.single('person', '证件号码或手机号过长');
  const hashes: string[] = [];
  const document = auditPersonOfDocument(typed);
  if (/^[A-Z0-9]{5,20}$/.test(document.value)) hashes.push(auditPersonHash(deps.vault, document));
  const phone = normalizePhone(typed);
  if (/^1[3-9]\d{9}$/.test(phone)) hashes.push(auditPersonHash(deps.vault, auditPersonOfPhone(phone)));
  if (hashes.length === 0) throw InputValidationError.single('person', '请输入完整的证件号码或11位手机号');
  return hashes;
}

function staffFilterOf(typed: string | null): repo.StaffFilter | null {
  const value = typed?.trim() ?? '';
  if (value === '') return null;
  if (/^\d{1,9}$/.test(value)) return { accountId: Number(value) };
  if ([...value].length > 64) throw InputValidationError.single('staff', '工作人员姓名过长');
  return { name: value };
}

function rangeOf(from: BusinessDate | null, to: BusinessDate | null): { from: number | null; to: number | null } {
  if (from && to && daysBetween(from, to) < 0) throw InputValidationError.single('to', '结束日期不能早于开始日期');
  if (from && to && daysBetween(from, to) > MAX_RANGE_DAYS) {
    throw InputValidationError.single('to', `日期范围不能超过${MAX_RANGE_DAYS}天`);
  }
  // Business days in Shanghai time: from 00:00 of the first to 00:00 after the last.
  return { from: from ? instantOf(from) : null, to: to ? instantOf(addDays(to, 1)) : null };
}

/** A page of the log, newest first: rows before `beforeSeq` (the cursor), at most `limit`. */
export async function searchAuditLog(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor | null,
  search: AuditSearch,
  page: { beforeSeq: number | null; limit: number },
): Promise<AuditEntry[]> {
  const branchId = readerScope(actor);
  const person = search.person?.trim() ? personHashesOf(deps, search.person.trim()) : null;
  const rows = await repo.searchRows(deps.db, {
    branchId,
    personHashes: person,
    staff: staffFilterOf(search.staff),
    action: search.action,
    ...rangeOf(search.from, search.to),
    beforeSeq: page.beforeSeq,
    limit: page.limit,
  });
  return rows.map(toEntry);
}

function toEntry(row: repo.AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    action: row.action as AuditAction,
    result: row.result as AuditResult,
    actorAccountId: row.actor_account_id === null ? null : Number(row.actor_account_id),
    actorName: row.actor_name,
    actorRole: row.actor_role as StaffRole | null,
    actorBranchId: row.actor_branch_id === null ? null : Number(row.actor_branch_id),
    targetKind: row.target_kind,
    targetId: row.target_id,
    revealedFields: row.revealed_fields ? row.revealed_fields.split(',') : [],
    reason: row.reason,
    rowCount: row.row_count === null ? null : Number(row.row_count),
    requestId: row.request_id,
    clientAddress: row.client_address,
    detail: row.detail,
  };
}

export const auditCursor = (entry: AuditEntry) => `a:${entry.seq}`;

export function parseAuditCursor(cursor: string): number | null {
  const match = /^a:([1-9]\d{0,15})$/.exec(cursor);
  if (!match) return null;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) ? seq : null;
}
