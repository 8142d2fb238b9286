// All SQL of archive lookups. A request's status changes only through transitionRequest, a conditional update
// that names the status it expects; numbers come from counters incremented by one atomic UPDATE each; the
// unique indexes of the migration decide "one open request per person per type" and "one live appointment".
import { type Insertable, MysqlAdapter, type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  LookupAttachmentTable,
  LookupBranchSettingTable,
  LookupCertificateTable,
  LookupCounterTable,
  LookupEventTable,
  LookupRequestTable,
  LookupVisitTable,
  WorkingCalendarDayTable,
} from './lookup.table';

export type LookupRequestRow = Selectable<LookupRequestTable>;
export type LookupEventRow = Selectable<LookupEventTable>;
export type LookupAttachmentRow = Selectable<LookupAttachmentTable>;
export type LookupVisitRow = Selectable<LookupVisitTable>;
export type LookupCertificateRow = Selectable<LookupCertificateTable>;
export type LookupBranchSettingRow = Selectable<LookupBranchSettingTable>;
export type WorkingCalendarDayRow = Selectable<WorkingCalendarDayTable>;

// ---- requests ------------------------------------------------------------------------------------------

export async function insertRequest(db: Executor, values: Insertable<LookupRequestTable>): Promise<number> {
  const result = await db.insertInto('lookup_request').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function findRequestsByIds(db: Executor, ids: readonly number[]): Promise<LookupRequestRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('lookup_request').selectAll().where('id', 'in', ids).execute();
}

export function findRequestById(db: Executor, id: number): Promise<LookupRequestRow | undefined> {
  return db.selectFrom('lookup_request').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open request for this person and type, if any (to name it when the unique index refuses another). */
export function findOpenRequest(
  db: Executor,
  subjectDocumentIndex: string,
  recordType: LookupRequestRow['record_type'],
) {
  return db
    .selectFrom('lookup_request')
    .select(['id', 'receipt_number', 'status'])
    .where('subject_document_index', '=', subjectDocumentIndex)
    .where('record_type', '=', recordType)
    .where('open_key', '=', 1)
    .executeTakeFirst();
}

export function listRequestsOfAccount(
  db: Executor,
  accountId: number,
  page: { offset: number; limit: number },
): Promise<LookupRequestRow[]> {
  return db
    .selectFrom('lookup_request')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export interface QueueQuery {
  /** Requests received or held by this archive; null for every archive. */
  branchId: number | null;
  statuses: readonly LookupRequestRow['status'][];
  recordType: LookupRequestRow['record_type'] | null;
  submittedFrom: number | null;
  submittedBefore: number | null;
  receiptNumber: string | null;
  /** Only requests whose due date is before this business date (overdue). */
  dueBefore: string | null;
  offset: number;
  limit: number;
}

/** The staff queue: oldest due first (undated last), then oldest filed. */
export function listQueue(db: Executor, q: QueueQuery): Promise<LookupRequestRow[]> {
  let query = db.selectFrom('lookup_request').selectAll().where('status', 'in', q.statuses);
  const { branchId } = q;
  if (branchId !== null) {
    query = query.where((eb) =>
      eb.or([eb('receiving_branch_id', '=', branchId), eb('holding_branch_id', '=', branchId)]),
    );
  }
  if (q.recordType !== null) query = query.where('record_type', '=', q.recordType);
  if (q.submittedFrom !== null) query = query.where('submitted_at', '>=', q.submittedFrom);
  if (q.submittedBefore !== null) query = query.where('submitted_at', '<', q.submittedBefore);
  if (q.receiptNumber !== null) query = query.where('receipt_number', '=', q.receiptNumber);
  if (q.dueBefore !== null) query = query.where('due_on', '<', q.dueBefore);
  return query
    .orderBy(sql`case when due_on is null then 1 else 0 end`)
    .orderBy('due_on')
    .orderBy('submitted_at')
    .orderBy('id')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
}

export type RequestChanges = Partial<
  Pick<
    LookupRequestRow,
    | 'status'
    | 'open_key'
    | 'status_note'
    | 'archive_reference'
    | 'holding_branch_id'
    | 'due_on'
    | 'updated_at'
    | 'closed_at'
    | 'clues_cipher'
  >
>;

/**
 * Moves a request only if it still has the status `from`: of two members of staff acting at once, the second
 * finds no row to change (false) and nothing of its move happens.
 */
export async function transitionRequest(
  db: Executor,
  requestId: number,
  from: LookupRequestRow['status'],
  changes: RequestChanges,
): Promise<boolean> {
  const result = await db
    .updateTable('lookup_request')
    .set(changes)
    .where('id', '=', requestId)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The status a request has now, as committed by whoever moved it last: after transitionRequest found the status
 * changed. On MySQL a plain read inside the transaction would see its snapshot (the status before the winner's
 * move), so it is a locking read there; SQLite runs one writer at a time and has no FOR UPDATE.
 */
export async function findCommittedStatus(db: Executor, requestId: number) {
  let query = db.selectFrom('lookup_request').select('status').where('id', '=', requestId);
  if (db.getExecutor().adapter instanceof MysqlAdapter) query = query.forUpdate();
  return (await query.executeTakeFirst())?.status;
}

// ---- timeline ------------------------------------------------------------------------------------------

export async function insertEvent(db: Executor, values: Insertable<LookupEventTable>): Promise<number> {
  const result = await db.insertInto('lookup_event').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function listEventsOfRequests(db: Executor, requestIds: readonly number[]): Promise<LookupEventRow[]> {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('lookup_event').selectAll().where('request_id', 'in', requestIds).orderBy('id').execute();
}

// ---- counters ------------------------------------------------------------------------------------------

type CounterKey = Pick<Selectable<LookupCounterTable>, 'branch_id' | 'series' | 'period'>;

/**
 * Creates a counter row if missing. Run on its own, before the transaction that takes a number: the
 * transaction then only updates an existing row (an insert racing inside it would take shared locks that
 * deadlock with the update on MySQL).
 */
export async function ensureCounter(db: Executor, key: CounterKey): Promise<void> {
  await db
    .insertInto('lookup_counter')
    .values({ ...key, value: 0 })
    .orIgnore()
    .execute();
}

/**
 * The next number of a series, taken by one atomic increment in the caller's transaction: the row stays locked
 * until commit, so concurrent takers queue and each reads its own value; a rollback gives the number back, so
 * the numbers that exist have no gaps.
 */
export async function takeNextNumber(db: Executor, key: CounterKey): Promise<number> {
  const increment = async () => {
    const result = await db
      .updateTable('lookup_counter')
      .set({ value: sql`value + 1` })
      .where('branch_id', '=', key.branch_id)
      .where('series', '=', key.series)
      .where('period', '=', key.period)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  };
  if (!(await increment())) {
    // Not prepared by ensureCounter: create it here (a deadlock this may cause under a rush is rerun by
    // inTransaction), then take the number.
    await ensureCounter(db, key);
    if (!(await increment())) throw new Error(`counter ${key.series} ${key.period} could not be taken`);
  }
  const row = await db
    .selectFrom('lookup_counter')
    .select('value')
    .where('branch_id', '=', key.branch_id)
    .where('series', '=', key.series)
    .where('period', '=', key.period)
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

// ---- attachments -----------------------------------------------------------------------------------------

export async function insertAttachments(db: Executor, rows: Insertable<LookupAttachmentTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('lookup_attachment').values(rows).execute();
}

export function findAttachment(db: Executor, requestId: number, uploadId: string) {
  return db
    .selectFrom('lookup_attachment')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('upload_id', '=', uploadId)
    .executeTakeFirst();
}

/** The parties of the request an upload is attached to (who may read it), or undefined for an unattached upload. */
export function findRequestPartiesOfUpload(db: Executor, uploadId: string) {
  return db
    .selectFrom('lookup_attachment')
    .innerJoin('lookup_request', 'lookup_request.id', 'lookup_attachment.request_id')
    .select([
      'lookup_request.id',
      'lookup_request.account_id',
      'lookup_request.receiving_branch_id',
      'lookup_request.holding_branch_id',
    ])
    .where('lookup_attachment.upload_id', '=', uploadId)
    .executeTakeFirst();
}

export function listAttachmentsOfRequests(db: Executor, requestIds: readonly number[]) {
  if (requestIds.length === 0) return Promise.resolve([] as LookupAttachmentRow[]);
  return db
    .selectFrom('lookup_attachment')
    .selectAll()
    .where('request_id', 'in', requestIds)
    .orderBy('attached_at')
    .orderBy('upload_id')
    .execute();
}

// ---- reading-room appointments -------------------------------------------------------------------------

export async function insertVisit(db: Executor, values: Insertable<LookupVisitTable>): Promise<number> {
  const result = await db.insertInto('lookup_visit').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function listVisitsOfRequests(db: Executor, requestIds: readonly number[]): Promise<LookupVisitRow[]> {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('lookup_visit').selectAll().where('request_id', 'in', requestIds).orderBy('id').execute();
}

export function findLiveVisitOfRequest(db: Executor, requestId: number): Promise<LookupVisitRow | undefined> {
  return db.selectFrom('lookup_visit').selectAll().where('active_request_id', '=', requestId).executeTakeFirst();
}

export function listLiveVisitsOfSlot(db: Executor, slotId: number): Promise<LookupVisitRow[]> {
  return db
    .selectFrom('lookup_visit')
    .selectAll()
    .where('slot_id', '=', slotId)
    .where('status', '=', 'BOOKED')
    .orderBy('id')
    .execute();
}

/** Cancels an appointment if it still stands (so its seat is given back once). */
export async function cancelVisitIfBooked(
  db: Executor,
  visitId: number,
  cancel: { now: number; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('lookup_visit')
    .set({ status: 'CANCELLED', active_request_id: null, cancelled_at: cancel.now, cancel_reason: cancel.reason })
    .where('id', '=', visitId)
    .where('status', '=', 'BOOKED')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- certificates --------------------------------------------------------------------------------------

export async function insertCertificate(db: Executor, values: Insertable<LookupCertificateTable>): Promise<number> {
  const result = await db.insertInto('lookup_certificate').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}

export function findCertificateBySerial(db: Executor, serial: string): Promise<LookupCertificateRow | undefined> {
  return db.selectFrom('lookup_certificate').selectAll().where('serial', '=', serial).executeTakeFirst();
}

export function listCertificatesOfRequests(db: Executor, requestIds: readonly number[]) {
  if (requestIds.length === 0) return Promise.resolve([] as LookupCertificateRow[]);
  return db.selectFrom('lookup_certificate').selectAll().where('request_id', 'in', requestIds).execute();
}

/** Revokes a certificate once; false when it was revoked already. */
export async function revokeCertificateIfValid(
  db: Executor,
  certificateId: number,
  revoke: { now: number; by: number; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('lookup_certificate')
    .set({ revoked_at: revoke.now, revoked_by: revoke.by, revoke_reason: revoke.reason })
    .where('id', '=', certificateId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- settings and the holiday calendar -------------------------------------------------------------------

export function findBranchSettings(db: Executor, branchIds: readonly number[]): Promise<LookupBranchSettingRow[]> {
  if (branchIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('lookup_branch_setting').selectAll().where('branch_id', 'in', branchIds).execute();
}

/** Writes an archive's settings whole: insert-if-missing then update, the same on both databases. */
export async function saveBranchSetting(db: Executor, row: Insertable<LookupBranchSettingTable>): Promise<void> {
  await db.insertInto('lookup_branch_setting').values(row).orIgnore().execute();
  const { branch_id, ...changes } = row;
  await db
    .updateTable('lookup_branch_setting')
    .set(changes as Updateable<LookupBranchSettingTable>)
    .where('branch_id', '=', branch_id)
    .execute();
}

export function listCalendarDays(db: Executor, from: string, to: string): Promise<WorkingCalendarDayRow[]> {
  return db
    .selectFrom('working_calendar_day')
    .selectAll()
    .where('calendar_date', '>=', from)
    .where('calendar_date', '<=', to)
    .orderBy('calendar_date')
    .execute();
}

export async function saveCalendarDay(db: Executor, row: Insertable<WorkingCalendarDayTable>): Promise<void> {
  await db.insertInto('working_calendar_day').values(row).orIgnore().execute();
  const { calendar_date, ...changes } = row;
  await db
    .updateTable('working_calendar_day')
    .set(changes as Updateable<WorkingCalendarDayTable>)
    .where('calendar_date', '=', calendar_date)
    .execute();
}

export async function deleteCalendarDay(db: Executor, date: string): Promise<boolean> {
  const result = await db.deleteFrom('working_calendar_day').where('calendar_date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
