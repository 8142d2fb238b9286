import type { UploadPurpose } from '@zz/shared';

export interface UploadTable {
  /** 32 lowercase hex characters, random (see the migration). */
  id: string;
  owner_account_id: number;
  purpose: UploadPurpose;
  /** Of the stored plaintext: always image/jpeg today (every upload is re-encoded). */
  mime: string;
  /** Size of the stored plaintext image. */
  byte_size: number;
  width: number;
  height: number;
  /** The image encrypted by PersonalDataVault.encryptBytes, with the id as associated data. */
  content: Buffer;
  created_at: number;
  /** Set once, when a feature's request takes the upload (claimUploads). */
  claimed_at: number | null;
  /** When the purge job removes the row; null while a request holds it. */
  delete_after: number | null;
}

declare module '../../db/database' {
  interface Database {
    upload: UploadTable;
  }
}
