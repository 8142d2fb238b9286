import type { Generated } from 'kysely';

export interface BranchTable {
  id: Generated<number>;
  code: string;
  name: string;
  short_name: string;
  /** 'CITY' for the city archive, 'COUNTY' for the county and district archives. */
  kind: string;
  address: string | null;
  phone: string | null;
  opening_hours: string | null;
  sort_order: number;
}

declare module '../../db/database' {
  interface Database {
    branch: BranchTable;
  }
}
