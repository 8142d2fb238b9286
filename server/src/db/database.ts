// The Kysely Database type: every table of every feature. Only repositories use these row types.
import type { Kysely, Transaction } from 'kysely';
import type { AccountTable, SessionTable } from '../modules/accounts/account.table';
import type { ArticleTable } from '../modules/articles/article.table';
import type { BranchTable } from '../modules/branches/branch.table';
import type { ExhibitionTable } from '../modules/exhibitions/exhibition.table';

export interface AppSettingTable {
  name: string;
  value: string;
}

export interface Database {
  app_setting: AppSettingTable;
  branch: BranchTable;
  account: AccountTable;
  session: SessionTable;
  exhibition: ExhibitionTable;
  article: ArticleTable;
}

/** A connection or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;
