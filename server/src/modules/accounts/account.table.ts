import type { Generated } from 'kysely';

export interface AccountTable {
  id: Generated<number>;
  /** 'CITIZEN' (bound to a WeChat openid) or 'STAFF' (username and password). */
  kind: string;
  openid: string | null;
  username: string | null;
  password_hash: string | null;
  role: string | null;
  branch_id: number | null;
  display_name: string;
  phone_cipher: string | null;
  created_at: number;
  disabled_at: number | null;
  /** 1 while the password is one an administrator set and was shown (new account, reset); 0 otherwise. */
  must_change_password: Generated<number>;
  password_changed_at: number | null;
}

export interface SessionTable {
  id: Generated<number>;
  /** SHA-256 of the opaque token; the token itself is only ever held by the client. */
  token_hash: string;
  account_id: number;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

declare module '../../db/database' {
  interface Database {
    account: AccountTable;
    session: SessionTable;
  }
}
