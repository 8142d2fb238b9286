import type { WaitlistStatus } from '@zz/shared';
import type { Generated } from 'kysely';

export interface WaitlistEntryTable {
  id: Generated<number>;
  slot_id: number;
  account_id: number;
  /** The account while the entry is live; NULL after, so the unique index allows one live entry per slot. */
  active_account_id: number | null;
  party_size: number;
  /** Encrypted JSON of the party (names, documents, phone). */
  party_cipher: string;
  status: WaitlistStatus;
  offered_until: number | null;
  booking_id: number | null;
  created_at: number;
}

declare module '../../db/database' {
  interface Database {
    waitlist_entry: WaitlistEntryTable;
  }
}
