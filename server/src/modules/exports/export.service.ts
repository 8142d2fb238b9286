// CSV exports for staff: what each kind shows, masked by default; an unmasked export is a request with a reason
// that a second administrator approves above the configured row count, downloaded once by its requester.
// Every export leaves its audit rows (EXPORT_REQUESTED / APPROVED / REFUSED / DOWNLOADED, with the row count).
import {
  AUDIT_ACTION_LABELS,
  AUDIT_RESULT_LABELS,
  type AuditAction,
  type AuditResult,
  BOOKING_KIND_LABELS,
  type BookingKind,
  DOCUMENT_TYPE_LABELS,
  type DocumentType,
  daysBetween,
  type ExportKind,
  type ExportRequestStatus,
  exportReasonModel,
  formatBusinessDateTime,
  isBusinessDate,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_STATUS_LABELS,
  LOOKUP_STATUSES,
  type LookupPurpose,
  type LookupRecordType,
  type LookupStatus,
  MAX_EXPORT_DAYS,
  maskDocumentNumber,
  maskName,
  maskPhone,
  STAFF_ROLE_LABELS,
  type StaffRole,
  VISITOR_STATUS_LABELS,
  type VisitorStatus,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { InputValidationError, NotAuthorizedError, parseInput } from '../../errors';
import type { Actor, StaffActor } from '../../platform/access/actor';
import { branchFilterOf, isBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { ADMINISTRATOR_SCOPES, MANAGER_SCOPES } from '../../platform/access/scopes';
import { type AuditSource, recordAudit } from '../../platform/audit/audit-log';
import type { PersonalDataVault } from '../../platform/pii/vault';
import type { Cell } from './export.csv';
import { ExportApprovalRefusedError, ExportRequestNotFoundError } from './export.errors';
import {
  type AuditExportRow,
  auditBatch,
  auditSnapshot,
  type BookingExportRow,
  bookingBatch,
  bookingSnapshot,
  claimExportDownload,
  decidePendingExport,
  type ExportFilters,
  type ExportRequestRow,
  type ExportSnapshot,
  findExportRequest,
  insertExportRequest,
  type LookupExportRow,
  listExportRequests,
  lookupBatch,
  lookupSnapshot,
} from './export.repository';

export type { ExportFilters };

/** What the staff page asks for. */
export interface ExportQuery {
  kind: ExportKind;
  from: string;
  to: string;
  exhibitionId: number | null;
  status: string | null;
  /** The city administration may limit an export to one archive; others always get their own. */
  branchId: number | null;
}

/** An export ready to stream: what to read and whether personal data is shown in full. */
export interface PlannedExport {
  kind: ExportKind;
  filters: ExportFilters;
  rowCount: number;
  unmasked: boolean;
}

export interface ExportRequestView {
  id: number;
  kind: ExportKind;
  status: ExportRequestStatus;
  from: string;
  to: string;
  rowCount: number;
  reason: string;
  requestedBy: number;
  requestedAt: number;
  expiresAt: number | null;
  /** The viewer made it (and may download it once approved). */
  mine: boolean;
}

export interface ExportSettings {
  approvalRows: number;
  downloadTtlSeconds: number;
}

/** Who may export each kind: bookings and lookups their managers, the audit log administrators. */
const ROLES_OF: Record<ExportKind, readonly StaffRole[]> = {
  BOOKINGS: MANAGER_SCOPES.staffRole,
  LOOKUPS: MANAGER_SCOPES.staffRole,
  AUDIT_LOG: ADMINISTRATOR_SCOPES.staffRole,
};

/** The personal fields an unmasked export of each kind shows in full (recorded in the audit log). */
export const REVEALED_FIELDS: Record<ExportKind, readonly string[]> = {
  BOOKINGS: ['VISITOR_NAME', 'VISITOR_DOCUMENT_NUMBER', 'HOLDER_PHONE'],
  LOOKUPS: [
    'APPLICANT_NAME',
    'APPLICANT_DOCUMENT_NUMBER',
    'APPLICANT_PHONE',
    'SUBJECT_NAME',
    'SUBJECT_DOCUMENT_NUMBER',
  ],
  AUDIT_LOG: ['STAFF_NAME'],
};

function requireExporter(actor: Actor | null, kind: ExportKind): StaffActor {
  const staff = requireStaff(actor);
  if (!ROLES_OF[kind].includes(staff.role)) throw new NotAuthorizedError('FORBIDDEN');
  return staff;
}

/** The archive filter: the viewer's own archive, or for the city administration the one they chose (or all). */
function branchOf(actor: StaffActor, requested: number | null): number | null {
  const scope = branchFilterOf(actor);
  if (scope === null) return requested;
  if (requested !== null && requested !== scope) throw new NotAuthorizedError('FORBIDDEN');
  return scope;
}

function validate(query: ExportQuery): void {
  if (!isBusinessDate(query.from)) throw InputValidationError.single('from', '请选择开始日期');
  if (!isBusinessDate(query.to) || daysBetween(query.from, query.to) < 0) {
    throw InputValidationError.single('to', '结束日期不能早于开始日期');
  }
  if (daysBetween(query.from, query.to) >= MAX_EXPORT_DAYS) {
    throw InputValidationError.single('to', `一次最多导出${MAX_EXPORT_DAYS}天`);
  }
  if (
    query.status !== null &&
    (query.kind !== 'LOOKUPS' || !(LOOKUP_STATUSES as readonly string[]).includes(query.status))
  ) {
    throw InputValidationError.single('status', '无法识别的状态');
  }
}

const SNAPSHOTS: Record<ExportKind, (db: Executor, f: Omit<ExportFilters, 'maxId'>) => Promise<ExportSnapshot>> = {
  BOOKINGS: bookingSnapshot,
  LOOKUPS: lookupSnapshot,
  AUDIT_LOG: auditSnapshot,
};

async function plan(db: Executor, actor: StaffActor, query: ExportQuery, unmasked: boolean): Promise<PlannedExport> {
  validate(query);
  const base = {
    from: query.from,
    to: query.to,
    exhibitionId: query.kind === 'BOOKINGS' ? query.exhibitionId : null,
    status: query.kind === 'LOOKUPS' ? query.status : null,
    branchId: branchOf(actor, query.branchId),
  };
  const snapshot = await SNAPSHOTS[query.kind](db, base);
  return { kind: query.kind, filters: { ...base, maxId: snapshot.maxId }, rowCount: snapshot.rows, unmasked };
}

const auditDetail = (planned: PlannedExport) => ({
  kind: planned.kind,
  from: planned.filters.from,
  to: planned.filters.to,
  exhibitionId: planned.filters.exhibitionId,
  status: planned.filters.status,
  branchId: planned.filters.branchId,
  masked: !planned.unmasked,
});

/**
 * A masked export, counted and recorded (EXPORT_DOWNLOADED) before its first byte: the record says how many rows
 * it holds, and the stream never reads past the rows counted.
 */
export async function startMaskedExport(
  deps: Deps,
  actor: Actor | null,
  query: ExportQuery,
  source: AuditSource,
): Promise<PlannedExport> {
  const staff = requireExporter(actor, query.kind);
  const planned = await plan(deps.db, staff, query, false);
  await recordAudit(deps, {
    action: 'EXPORT_DOWNLOADED',
    result: 'OK',
    actor: staff,
    target: { kind: 'EXPORT', id: planned.kind },
    rowCount: planned.rowCount,
    detail: auditDetail(planned),
    source,
  });
  return planned;
}

function viewOf(row: ExportRequestRow, viewer: Actor): ExportRequestView {
  const filters = JSON.parse(row.filters) as ExportFilters;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    from: filters.from,
    to: filters.to,
    rowCount: Number(row.row_count),
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: Number(row.requested_at),
    expiresAt: row.expires_at === null ? null : Number(row.expires_at),
    mine: row.requested_by === viewer.accountId,
  };
}

/**
 * An unmasked export: needs a reason; up to `approvalRows` rows it is approved at once (the reason and the
 * record suffice), above that it waits for another administrator. Call inside the mutation's transaction.
 */
export async function requestUnmaskedExport(
  deps: Deps,
  actor: Actor | null,
  input: { query: ExportQuery; reason: string },
  settings: ExportSettings,
  source: AuditSource,
): Promise<ExportRequestView> {
  const staff = requireExporter(actor, input.query.kind);
  const reason = parseInput(exportReasonModel, input.reason, 'reason');
  const planned = await plan(deps.db, staff, input.query, true);
  const now = deps.clock.now();
  const needsApproval = planned.rowCount > settings.approvalRows;
  const id = await insertExportRequest(deps.db, {
    kind: planned.kind,
    filters: JSON.stringify(planned.filters),
    reason,
    row_count: planned.rowCount,
    status: needsApproval ? 'PENDING' : 'APPROVED',
    requested_by: staff.accountId,
    requester_branch_id: staff.branchId,
    requested_at: now,
    expires_at: needsApproval ? null : now + settings.downloadTtlSeconds * 1000,
  });
  await recordAudit(deps, {
    action: 'EXPORT_REQUESTED',
    result: 'OK',
    actor: staff,
    target: { kind: 'EXPORT', id },
    revealedFields: REVEALED_FIELDS[planned.kind],
    reason,
    rowCount: planned.rowCount,
    detail: { ...auditDetail(planned), needsApproval },
    source,
  });
  const row = await findExportRequest(deps.db, id);
  if (!row) throw new ExportRequestNotFoundError();
  return viewOf(row, staff);
}

/** Whether `actor` may decide `row`: an administrator whose scope covers the requester's archive. */
function mayDecide(actor: StaffActor, row: ExportRequestRow): boolean {
  return ADMINISTRATOR_SCOPES.staffRole.includes(actor.role) && isBranchInScope(actor, row.requester_branch_id);
}

/** A second administrator approves or refuses a pending request; never its requester. */
export async function decideExport(
  deps: Deps,
  actor: Actor | null,
  input: { id: number; approve: boolean },
  settings: ExportSettings,
  source: AuditSource,
): Promise<ExportRequestView> {
  const staff = requireStaff(actor);
  const row = await findExportRequest(deps.db, input.id);
  if (!row || !mayDecide(staff, row)) throw new ExportRequestNotFoundError();
  if (row.requested_by === staff.accountId) {
    throw new ExportApprovalRefusedError('SELF_APPROVAL', '不能审批自己的导出申请，请由另一位管理员审批');
  }
  const now = deps.clock.now();
  const decided = await decidePendingExport(deps.db, {
    id: row.id,
    deciderId: staff.accountId,
    approve: input.approve,
    now,
    expiresAt: now + settings.downloadTtlSeconds * 1000,
  });
  if (!decided) throw new ExportApprovalRefusedError('NOT_PENDING', '该申请已处理');
  await recordAudit(deps, {
    action: input.approve ? 'EXPORT_APPROVED' : 'EXPORT_REFUSED',
    result: 'OK',
    actor: staff,
    target: { kind: 'EXPORT', id: row.id },
    revealedFields: REVEALED_FIELDS[row.kind],
    rowCount: Number(row.row_count),
    detail: { kind: row.kind, requestedBy: row.requested_by },
    source,
  });
  const after = await findExportRequest(deps.db, row.id);
  if (!after) throw new ExportRequestNotFoundError();
  return viewOf(after, staff);
}

/** The viewer's own requests and, for administrators, the pending ones they may decide. */
export async function exportRequests(deps: Deps, actor: Actor | null): Promise<ExportRequestView[]> {
  const staff = requireStaff(actor);
  const approver = ADMINISTRATOR_SCOPES.staffRole.includes(staff.role) ? branchFilterOf(staff) : undefined;
  const rows = await listExportRequests(deps.db, {
    accountId: staff.accountId,
    approverBranchFilter: approver,
    limit: 50,
  });
  return rows.map((row) => viewOf(row, staff));
}

/** Why an approved download cannot start (the HTTP route turns these into its refusals). */
export type DownloadRefusal = 'NOT_FOUND' | 'NOT_APPROVED' | 'REFUSED' | 'ALREADY_DOWNLOADED' | 'EXPIRED';

/**
 * Takes the one download of an approved unmasked export (a conditional update) and records it with the reason
 * and the revealed fields, in one transaction: without the record there is no download.
 */
export async function claimUnmaskedDownload(
  deps: Deps,
  actor: Actor | null,
  id: number,
  source: AuditSource,
): Promise<PlannedExport | DownloadRefusal> {
  const staff = requireStaff(actor);
  const row = await findExportRequest(deps.db, id);
  if (!row || row.requested_by !== staff.accountId) return 'NOT_FOUND';
  const now = deps.clock.now();
  if (!(await claimExportDownload(deps.db, { id, requesterId: staff.accountId, now }))) {
    if (row.status === 'PENDING') return 'NOT_APPROVED';
    if (row.status === 'REFUSED') return 'REFUSED';
    if (row.status === 'DOWNLOADED') return 'ALREADY_DOWNLOADED';
    return 'EXPIRED';
  }
  await recordAudit(deps, {
    action: 'EXPORT_DOWNLOADED',
    result: 'OK',
    actor: staff,
    target: { kind: 'EXPORT', id },
    revealedFields: REVEALED_FIELDS[row.kind],
    reason: row.reason,
    rowCount: Number(row.row_count),
    detail: { kind: row.kind, masked: false },
    source,
  });
  return {
    kind: row.kind,
    filters: JSON.parse(row.filters) as ExportFilters,
    rowCount: Number(row.row_count),
    unmasked: true,
  };
}

// ---- the rows ----------------------------------------------------------------------------------------------

export const EXPORT_HEADERS: Record<ExportKind, readonly string[]> = {
  BOOKINGS: [
    '预约号',
    '类型',
    '展览',
    '参观日期',
    '场次',
    '状态',
    '姓名',
    '证件类型',
    '证件号码',
    '联系电话',
    '单位',
    '入馆时间',
  ],
  LOOKUPS: [
    '受理编号',
    '受理馆',
    '保管馆',
    '档案类型',
    '状态',
    '申请人',
    '申请人证件类型',
    '申请人证件号码',
    '申请人电话',
    '查档对象',
    '对象证件类型',
    '对象证件号码',
    '用途',
    '用途说明',
    '提交时间',
    '办结时间',
  ],
  AUDIT_LOG: [
    '序号',
    '时间',
    '操作',
    '结果',
    '操作人',
    '角色',
    '所属馆ID',
    '对象类型',
    '对象',
    '个人标识(哈希)',
    '公开字段',
    '原因',
    '条数',
    '请求号',
    '来源地址',
  ],
};

const time = (instant: number | string | null) => (instant === null ? null : formatBusinessDateTime(Number(instant)));

function bookingRecord(vault: PersonalDataVault, unmasked: boolean) {
  const text = (cipher: string | null, mask: (v: string) => string) => {
    if (cipher === null) return null;
    const value = vault.decrypt(cipher);
    return unmasked ? value : mask(value);
  };
  return (r: BookingExportRow): Cell[] => [
    r.reference,
    BOOKING_KIND_LABELS[r.kind as BookingKind],
    r.exhibition,
    r.visit_date,
    time(r.start_at)?.slice(11) ?? null,
    VISITOR_STATUS_LABELS[r.status as VisitorStatus],
    text(r.name_cipher, maskName),
    DOCUMENT_TYPE_LABELS[r.document_type as DocumentType],
    { document: text(r.document_cipher, maskDocumentNumber) ?? '' },
    text(r.holder_phone_cipher, maskPhone),
    r.organization,
    time(r.checked_in_at),
  ];
}

function lookupRecord(vault: PersonalDataVault, unmasked: boolean) {
  const text = (cipher: string | null, mask: (v: string) => string) => {
    if (cipher === null) return null;
    const value = vault.decrypt(cipher);
    return unmasked ? value : mask(value);
  };
  return (r: LookupExportRow): Cell[] => [
    r.receipt_number,
    r.receivingBranch,
    r.holdingBranch ?? '不详',
    LOOKUP_RECORD_TYPE_LABELS[r.record_type as LookupRecordType],
    LOOKUP_STATUS_LABELS[r.status as LookupStatus],
    text(r.applicant_name_cipher, maskName),
    DOCUMENT_TYPE_LABELS[r.applicant_document_type as DocumentType],
    { document: text(r.applicant_document_cipher, maskDocumentNumber) ?? '' },
    text(r.applicant_phone_cipher, maskPhone),
    text(r.subject_name_cipher, maskName),
    DOCUMENT_TYPE_LABELS[r.subject_document_type as DocumentType],
    { document: text(r.subject_document_cipher, maskDocumentNumber) ?? '' },
    LOOKUP_PURPOSE_LABELS[r.purpose as LookupPurpose],
    r.purpose_text,
    time(r.submitted_at),
    time(r.closed_at),
  ];
}

function auditRecord(unmasked: boolean) {
  return (r: AuditExportRow): Cell[] => [
    Number(r.seq),
    time(r.at),
    AUDIT_ACTION_LABELS[r.action as AuditAction] ?? r.action,
    AUDIT_RESULT_LABELS[r.result as AuditResult] ?? r.result,
    r.actor_name === null ? null : unmasked ? r.actor_name : maskName(r.actor_name),
    r.actor_role === null ? null : (STAFF_ROLE_LABELS[r.actor_role as StaffRole] ?? r.actor_role),
    r.actor_branch_id,
    r.target_kind,
    r.target_id,
    r.person_hash,
    r.revealed_fields,
    r.reason,
    r.row_count,
    r.request_id,
    r.client_address,
  ];
}

async function* batches<Row extends { id: number }>(
  read: (afterId: number) => Promise<Row[]>,
  batchRows: number,
): AsyncGenerator<Row> {
  let afterId = 0;
  for (;;) {
    const batch = await read(afterId);
    yield* batch;
    if (batch.length < batchRows) return;
    afterId = Number(batch[batch.length - 1].id);
  }
}

/** The records of a planned export, read `batchRows` at a time (keyset paging by id, never the whole table). */
export async function* exportRecords(
  deps: { db: Executor; vault: PersonalDataVault },
  planned: PlannedExport,
  batchRows: number,
): AsyncGenerator<Cell[]> {
  const f = planned.filters;
  if (planned.kind === 'BOOKINGS') {
    const record = bookingRecord(deps.vault, planned.unmasked);
    for await (const row of batches((after) => bookingBatch(deps.db, f, after, batchRows), batchRows))
      yield record(row);
  } else if (planned.kind === 'LOOKUPS') {
    const record = lookupRecord(deps.vault, planned.unmasked);
    for await (const row of batches((after) => lookupBatch(deps.db, f, after, batchRows), batchRows)) yield record(row);
  } else {
    const record = auditRecord(planned.unmasked);
    for await (const row of batches((after) => auditBatch(deps.db, f, after, batchRows), batchRows)) yield record(row);
  }
}
