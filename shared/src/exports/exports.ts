// What staff can export as CSV, and the life of an unmasked export's request. One const array per vocabulary:
// the TypeScript union, the GraphQL enum, the column and the Chinese labels all come from it.
import * as z from 'zod/mini';
import { textModel } from '../validation/text';

export const EXPORT_KINDS = ['BOOKINGS', 'LOOKUPS', 'AUDIT_LOG'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  BOOKINGS: '预约名单',
  LOOKUPS: '查档申请',
  AUDIT_LOG: '审计日志',
};
/** The HTTP path of each kind's CSV (GET, Bearer token). */
export const EXPORT_PATHS: Record<ExportKind, string> = {
  BOOKINGS: '/exports/bookings.csv',
  LOOKUPS: '/exports/lookups.csv',
  AUDIT_LOG: '/exports/audit-log.csv',
};
export const EXPORT_DOWNLOAD_PATH = '/exports/download';

/**
 * An unmasked export's request: PENDING waits for a second administrator, APPROVED may be downloaded once by
 * its requester before it expires, DOWNLOADED and REFUSED are final.
 */
export const EXPORT_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REFUSED', 'DOWNLOADED'] as const;
export type ExportRequestStatus = (typeof EXPORT_REQUEST_STATUSES)[number];
export const EXPORT_REQUEST_STATUS_LABELS: Record<ExportRequestStatus, string> = {
  PENDING: '待审批',
  APPROVED: '可下载',
  REFUSED: '已拒绝',
  DOWNLOADED: '已下载',
};

/** Longest range of one export, in days (a year and a day, so a whole year fits). */
export const MAX_EXPORT_DAYS = 366;

/**
 * The reason an unmasked export gives: kept in the audit log, so it must say something, and like every free text
 * (textModel) it holds no control characters or broken Unicode, which would reach the log and its CSV.
 */
export const exportReasonModel = textModel({
  max: 200,
  tooLong: '导出原因最多200个字',
  required: '请填写导出原因（至少4个字）',
}).check(z.minLength(4, '请填写导出原因（至少4个字）'));
