import type { Generated } from 'kysely';

/**
 * One acceptance of the 个人信息保护说明 by an account: which version, when, and when it was withdrawn. Rows are
 * kept (a withdrawal only stamps withdrawn_at), so the archive can show what a citizen agreed to and when.
 */
export interface PrivacyConsentTable {
  id: Generated<number>;
  account_id: number;
  version: string;
  accepted_at: number;
  withdrawn_at: number | null;
}

declare module '../../db/database' {
  interface Database {
    privacy_consent: PrivacyConsentTable;
  }
}
