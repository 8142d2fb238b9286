import type { ExportKind, ExportRequestStatus } from '@zz/shared';
import type { Generated } from 'kysely';

/** An unmasked export's request (see the migration 2026_12_22_005_exports). */
export interface ExportRequestTable {
  id: Generated<number>;
  kind: ExportKind;
  /** JSON of ExportFilters. */
  filters: string;
  reason: string;
  row_count: number;
  status: ExportRequestStatus;
  requested_by: number;
  requester_branch_id: number | null;
  requested_at: number;
  decided_by: number | null;
  decided_at: number | null;
  expires_at: number | null;
  downloaded_at: number | null;
}

declare module '../../db/database' {
  interface Database {
    export_request: ExportRequestTable;
  }
}
