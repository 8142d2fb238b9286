// The Kysely Database type. Each feature declares its own tables beside its repository (in its
// `*.table.ts`, by augmenting this interface), so this folder imports no feature.
import type { Kysely, Transaction } from 'kysely';

export interface AppSettingTable {
  name: string;
  value: string;
}

/** Every table; features add theirs with `declare module '…/db/database' { interface Database { … } }`. */
export interface Database {
  app_setting: AppSettingTable;
}

/** A connection or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;
