import type { Generated } from 'kysely';

/** A scan sent with the device's scan id (offline queues replay them): applied once, its outcome kept. */
export interface DoorScanTable {
  id: Generated<number>;
  scan_id: string;
  staff_account_id: number;
  booking_id: number;
  /** Comma-separated visitor ids this scan admitted. */
  visitor_ids: string;
  admitted: number;
  scanned_at: number;
  applied_at: number;
}

declare module '../../db/database' {
  interface Database {
    door_scan: DoorScanTable;
  }
}
