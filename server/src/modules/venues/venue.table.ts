import type { Generated } from 'kysely';

/** 'ARCHIVE': an archive's own venue (owner_id a branch id); 'EXHIBITION': an exhibition held elsewhere. */
export type VenueOwnerKind = 'ARCHIVE' | 'EXHIBITION';

export interface VenueTable {
  id: Generated<number>;
  owner_kind: VenueOwnerKind;
  owner_id: number;
  address: string;
  phone: string | null;
  /** GCJ-02 degrees × 10⁶. */
  latitude_e6: number | null;
  longitude_e6: number | null;
  /** JSON of VenueHours. */
  hours: string;
  transport: string | null;
  entrance: string | null;
  accessibility: string | null;
  is_example: number;
  updated_by: number | null;
  updated_at: number;
}

declare module '../../db/database' {
  interface Database {
    venue: VenueTable;
  }
}
