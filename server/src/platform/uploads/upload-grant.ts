// Read grants: how a feature lets someone other than an upload's owner read it, for a few minutes, once it has
// decided they may and recorded why (lookups: staff open an attachment with a reason). A grant names the
// upload, the account it is for and when it expires, signed with the vault's token key; it travels as
// `GET /uploads/<id>?grant=<token>` beside that account's own session. A copied link is therefore useless to
// another account, for another upload, and after it expires; the feature's authorizeRead still decides.
import type { PersonalDataVault } from '../pii/vault';

/** Distinct from the e-ticket prefix, so no signature of one kind of token ever verifies another. */
const PREFIX = 'ZZU1';

/** Long enough to load the image (and retry once), short enough that a grant is not a standing permission. */
export const UPLOAD_GRANT_TTL_MS = 5 * 60 * 1000;

export interface UploadReadGrant {
  uploadId: string;
  accountId: number;
  expiresAt: number;
}

const payloadOf = (grant: UploadReadGrant) => `${PREFIX}.${grant.uploadId}.${grant.accountId}.${grant.expiresAt}`;

/** The token of a grant: `<accountId>.<expiresAt>.<signature>` (the upload id is in the path, and signed). */
export function signUploadReadGrant(vault: PersonalDataVault, grant: UploadReadGrant): string {
  return `${grant.accountId}.${grant.expiresAt}.${vault.sign(payloadOf(grant))}`;
}

/** Where the grantee reads the upload, relative to the API server's origin. */
export function grantedUploadPath(uploadId: string, token: string): string {
  return `/uploads/${uploadId}?grant=${encodeURIComponent(token)}`;
}

/** Whether `token` is a genuine, unexpired grant of this upload to this account. */
export function isUploadReadGranted(
  vault: PersonalDataVault,
  token: string | null,
  expected: { uploadId: string; accountId: number; now: number },
): boolean {
  const match = token?.match(/^(\d{1,12})\.(\d{1,15})\.([A-Za-z0-9_-]{22})$/);
  if (!match) return false;
  const grant = { uploadId: expected.uploadId, accountId: Number(match[1]), expiresAt: Number(match[2]) };
  return (
    grant.accountId === expected.accountId && expected.now < grant.expiresAt && vault.verify(payloadOf(grant), match[3])
  );
}
