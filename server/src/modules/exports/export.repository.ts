// The SQL of exports: what each CSV reads (a read-only view over bookings, lookup requests and the audit log,
// as reporting reads the visits tables), in keyset-paged batches by id up to a snapshot id so a download holds
// one batch in memory and ends on the rows it counted; and the export requests' conditional updates.
import { addDays, instantOf } from '@zz/shared';
import type { Executor } from '../../db/database';
import type { ExportRequestTable } from './export.table';

export interface ExportFilters {
  from: string;
  to: string;
  exhibitionId: number | null;
  status: string | null;
  /** The archive the rows are limited to; null for every archive (the city administration). */
  branchId: number | null;
  /** The highest id counted when the export was asked for: a download never reaches past it. */
  maxId: number;
}

export interface ExportSnapshot {
  rows: number;
  maxId: number;
}

const snapshotOf = (row: { rows: unknown; maxId: unknown } | undefined): ExportSnapshot => ({
  rows: Number(row?.rows ?? 0),
  maxId: Number(row?.maxId ?? 0),
});

// ---- bookings: one row per visitor -------------------------------------------------------------------------

function bookingRows(db: Executor, f: Omit<ExportFilters, 'maxId'>) {
  let query = db
    .selectFrom('booking_visitor as v')
    .innerJoin('booking as b', 'b.id', 'v.booking_id')
    .innerJoin('exhibition as e', 'e.id', 'v.exhibition_id')
    .where('v.visit_date', '>=', f.from)
    .where('v.visit_date', '<=', f.to);
  if (f.exhibitionId !== null) query = query.where('v.exhibition_id', '=', f.exhibitionId);
  if (f.branchId !== null) query = query.where('e.branch_id', '=', f.branchId);
  return query;
}

export async function bookingSnapshot(db: Executor, f: Omit<ExportFilters, 'maxId'>): Promise<ExportSnapshot> {
  const row = await bookingRows(db, f)
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.max('v.id').as('maxId')])
    .executeTakeFirst();
  return snapshotOf(row);
}

export function bookingBatch(db: Executor, f: ExportFilters, afterId: number, limit: number) {
  return bookingRows(db, f)
    .innerJoin('slot as s', 's.id', 'b.slot_id')
    .select([
      'v.id',
      'b.reference',
      'b.kind',
      'e.title as exhibition',
      'v.visit_date',
      's.start_at',
      'v.status',
      'v.name_cipher',
      'v.document_type',
      'v.document_cipher',
      'b.holder_phone_cipher',
      'b.organization',
      'v.checked_in_at',
    ])
    .where('v.id', '>', afterId)
    .where('v.id', '<=', f.maxId)
    .orderBy('v.id')
    .limit(limit)
    .execute();
}
export type BookingExportRow = Awaited<ReturnType<typeof bookingBatch>>[number];

// ---- lookup requests: by the day they were submitted, in either archive they concern ------------------------

function lookupRows(db: Executor, f: Omit<ExportFilters, 'maxId'>) {
  let query = db
    .selectFrom('lookup_request as l')
    .where('l.submitted_at', '>=', instantOf(f.from))
    .where('l.submitted_at', '<', instantOf(addDays(f.to, 1)));
  if (f.status !== null) query = query.where('l.status', '=', f.status as never);
  const branchId = f.branchId;
  if (branchId !== null) {
    query = query.where((eb) =>
      eb.or([eb('l.receiving_branch_id', '=', branchId), eb('l.holding_branch_id', '=', branchId)]),
    );
  }
  return query;
}

export async function lookupSnapshot(db: Executor, f: Omit<ExportFilters, 'maxId'>): Promise<ExportSnapshot> {
  const row = await lookupRows(db, f)
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.max('l.id').as('maxId')])
    .executeTakeFirst();
  return snapshotOf(row);
}

export function lookupBatch(db: Executor, f: ExportFilters, afterId: number, limit: number) {
  return lookupRows(db, f)
    .innerJoin('branch as rb', 'rb.id', 'l.receiving_branch_id')
    .leftJoin('branch as hb', 'hb.id', 'l.holding_branch_id')
    .select([
      'l.id',
      'l.receipt_number',
      'rb.short_name as receivingBranch',
      'hb.short_name as holdingBranch',
      'l.record_type',
      'l.status',
      'l.applicant_name_cipher',
      'l.applicant_document_type',
      'l.applicant_document_cipher',
      'l.applicant_phone_cipher',
      'l.subject_name_cipher',
      'l.subject_document_type',
      'l.subject_document_cipher',
      'l.purpose',
      'l.purpose_text',
      'l.submitted_at',
      'l.closed_at',
    ])
    .where('l.id', '>', afterId)
    .where('l.id', '<=', f.maxId)
    .orderBy('l.id')
    .limit(limit)
    .execute();
}
export type LookupExportRow = Awaited<ReturnType<typeof lookupBatch>>[number];

// ---- the audit log: rows written by staff of the archive (all of it for the city administration) -----------

function auditRows(db: Executor, f: Omit<ExportFilters, 'maxId'>) {
  let query = db
    .selectFrom('audit_log as a')
    .where('a.at', '>=', instantOf(f.from))
    .where('a.at', '<', instantOf(addDays(f.to, 1)));
  if (f.branchId !== null) query = query.where('a.actor_branch_id', '=', f.branchId);
  return query;
}

export async function auditSnapshot(db: Executor, f: Omit<ExportFilters, 'maxId'>): Promise<ExportSnapshot> {
  const row = await auditRows(db, f)
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.max('a.id').as('maxId')])
    .executeTakeFirst();
  return snapshotOf(row);
}

export function auditBatch(db: Executor, f: ExportFilters, afterId: number, limit: number) {
  return auditRows(db, f)
    .select([
      'a.id',
      'a.seq',
      'a.at',
      'a.action',
      'a.result',
      'a.actor_name',
      'a.actor_role',
      'a.actor_branch_id',
      'a.target_kind',
      'a.target_id',
      'a.person_hash',
      'a.revealed_fields',
      'a.reason',
      'a.row_count',
      'a.request_id',
      'a.client_address',
    ])
    .where('a.id', '>', afterId)
    .where('a.id', '<=', f.maxId)
    .orderBy('a.id')
    .limit(limit)
    .execute();
}
export type AuditExportRow = Awaited<ReturnType<typeof auditBatch>>[number];

// ---- export requests ---------------------------------------------------------------------------------------

export type ExportRequestRow = ExportRequestTable & { id: number };

export async function insertExportRequest(
  db: Executor,
  values: Omit<ExportRequestTable, 'id' | 'decided_by' | 'decided_at' | 'downloaded_at'>,
): Promise<number> {
  const result = await db.insertInto('export_request').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function findExportRequest(db: Executor, id: number) {
  return db.selectFrom('export_request').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
    ExportRequestRow | undefined
  >;
}

/**
 * PENDING → APPROVED or REFUSED by someone other than the requester: the status and the requester are the
 * update's conditions, so two approvers racing decide once and nobody decides their own request.
 */
export async function decidePendingExport(
  db: Executor,
  q: { id: number; deciderId: number; approve: boolean; now: number; expiresAt: number },
): Promise<boolean> {
  const result = await db
    .updateTable('export_request')
    .set({
      status: q.approve ? 'APPROVED' : 'REFUSED',
      decided_by: q.deciderId,
      decided_at: q.now,
      expires_at: q.approve ? q.expiresAt : null,
    })
    .where('id', '=', q.id)
    .where('status', '=', 'PENDING')
    .where('requested_by', '<>', q.deciderId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** APPROVED → DOWNLOADED by its requester before it expires: the one download, taken by a conditional update. */
export async function claimExportDownload(
  db: Executor,
  q: { id: number; requesterId: number; now: number },
): Promise<boolean> {
  const result = await db
    .updateTable('export_request')
    .set({ status: 'DOWNLOADED', downloaded_at: q.now })
    .where('id', '=', q.id)
    .where('status', '=', 'APPROVED')
    .where('requested_by', '=', q.requesterId)
    .where('expires_at', '>=', q.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The latest requests a member of staff made, or (for approvers) may decide: at most `limit`. */
export function listExportRequests(
  db: Executor,
  q: { accountId: number; approverBranchFilter: number | null | undefined; limit: number },
) {
  return db
    .selectFrom('export_request')
    .selectAll()
    .where((eb) => {
      const mine = eb('requested_by', '=', q.accountId);
      // undefined: the viewer approves nothing; null: every archive; a number: that archive's requests.
      if (q.approverBranchFilter === undefined) return mine;
      const pending =
        q.approverBranchFilter === null
          ? eb('status', '=', 'PENDING')
          : eb.and([eb('status', '=', 'PENDING'), eb('requester_branch_id', '=', q.approverBranchFilter)]);
      return eb.or([mine, pending]);
    })
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit)
    .execute() as Promise<ExportRequestRow[]>;
}
