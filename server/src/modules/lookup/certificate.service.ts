// Certificates anyone can verify: issuing one gives it a serial from the issuing archive's counter of the year
// and an Ed25519 signature of that serial; its QR code is a URL carrying both. Verifying checks the signature
// with the public key before looking anything up, so an edited serial or signature fails without a query, and
// a genuine one is then answered with what the certificate says about itself (issuer, date, record type, a
// masked name), never the record's content. Staff of the issuing archive can revoke one.
import {
  archiveAbbreviationOf,
  businessDateOf,
  CERTIFICATE_SERIAL_PATTERN,
  type CertificateVerdict,
  formatCertificateSerial,
  type LookupRecordType,
  maskName,
  revokeReasonModel,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { NotAuthorizedError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { isBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { auditPersonOfDocument, recordStaffAction } from '../../platform/audit/audit-log';
import { enqueueMessage } from '../../platform/outbox/outbox';
import type { CertificateSigner } from '../../platform/signing/certificate-signer';
import { branchesByIds } from '../branches/branch.service';
import { LookupCertificateNotAvailableError } from './lookup.errors';
import type { LookupCertificateRow } from './lookup.repository';
import * as lookups from './lookup.repository';
import { type Move, recordEvent, requireRequestRow } from './lookup.service';

export interface CertificateIssuing {
  signer: CertificateSigner;
  /** The server's public origin; the QR code points at `${publicBaseUrl}/verify/<serial>.<signature>`. */
  publicBaseUrl: string;
}

export interface LookupCertificate {
  id: number;
  serial: string;
  requestId: number;
  issuingBranchId: number;
  outcome: 'FOUND' | 'NOT_FOUND';
  archiveReference: string | null;
  issuedOn: string;
  issuedAt: number;
  revokedAt: number | null;
  revokeReason: string | null;
  /** The QR code's content. */
  verificationUrl: string;
}

export function verificationUrl(publicBaseUrl: string, serial: string, signature: string): string {
  return `${publicBaseUrl}/verify/${serial}.${signature}`;
}

function toCertificate(row: LookupCertificateRow, publicBaseUrl: string): LookupCertificate {
  return {
    id: row.id,
    serial: row.serial,
    requestId: row.request_id,
    issuingBranchId: row.issuing_branch_id,
    outcome: row.outcome,
    archiveReference: row.archive_reference,
    issuedOn: row.issued_on,
    issuedAt: row.issued_at,
    revokedAt: row.revoked_at,
    revokeReason: row.revoke_reason,
    verificationUrl: verificationUrl(publicBaseUrl, row.serial, row.signature),
  };
}

export async function certificatesOf(
  db: Executor,
  requestIds: readonly number[],
  publicBaseUrl: string,
): Promise<(LookupCertificate | null)[]> {
  const rows = await lookups.listCertificatesOfRequests(db, requestIds);
  return requestIds.map((id) => {
    const row = rows.find((r) => r.request_id === id);
    return row ? toCertificate(row, publicBaseUrl) : null;
  });
}

/**
 * The certificate of a move to CERTIFIED (made by the holding archive, in the caller's transaction): the next
 * serial of the archive's year, signed, and the citizen told.
 */
export async function issueCertificate(deps: Deps, issuing: CertificateIssuing, move: Move): Promise<void> {
  const { row, now } = move;
  const issuer = row.holding_branch_id;
  if (issuer === null) throw new Error(`lookup request ${row.id} is certified without a holding archive`);
  const today = businessDateOf(now);
  const [branch] = await branchesByIds(deps.db, [issuer]);
  if (!branch) throw new Error(`archive ${issuer} is missing`);
  const abbreviation = archiveAbbreviationOf(branch.code);
  const year = today.slice(0, 4);
  const sequence = await lookups.takeNextNumber(deps.db, { branch_id: issuer, series: 'CERTIFICATE', period: year });
  const serial = formatCertificateSerial(abbreviation, year, sequence);
  await lookups.insertCertificate(deps.db, {
    serial,
    request_id: row.id,
    issuing_branch_id: issuer,
    outcome: row.status === 'FOUND' ? 'FOUND' : 'NOT_FOUND',
    archive_reference: row.archive_reference,
    issued_on: today,
    issued_at: now,
    issued_by: move.actorAccountId,
    signature: issuing.signer.sign(serial),
    revoked_at: null,
    revoked_by: null,
    revoke_reason: null,
  });
  await enqueueMessage(
    deps.db,
    {
      accountId: row.account_id,
      kind: 'LOOKUP_CERTIFICATE_ISSUED',
      dedupeKey: `lookup-certificate:${row.id}`,
      payload: { requestId: row.id, receiptNumber: row.receipt_number, serial },
    },
    now,
  );
}

/** Staff of the issuing archive withdraw a certificate; the verification page then says 已撤销. */
export async function revokeCertificate(
  deps: Deps,
  actor: Actor | null,
  requestId: number,
  reason: string,
): Promise<void> {
  const staff = requireStaff(actor);
  const { row } = await requireRequestRow(deps.db, staff, requestId);
  const why = parseInput(revokeReasonModel, reason, 'reason');
  const [certificate] = await lookups.listCertificatesOfRequests(deps.db, [row.id]);
  if (!certificate) throw new LookupCertificateNotAvailableError('NONE');
  if (!isBranchInScope(staff, certificate.issuing_branch_id)) throw new NotAuthorizedError('FORBIDDEN');
  const now = deps.clock.now();
  if (!(await lookups.revokeCertificateIfValid(deps.db, certificate.id, { now, by: staff.accountId, reason: why }))) {
    throw new LookupCertificateNotAvailableError('REVOKED');
  }
  await recordEvent(deps.db, {
    requestId: row.id,
    kind: 'REVOKE_CERTIFICATE',
    from: row.status,
    to: row.status,
    actor: staff,
    branchId: certificate.issuing_branch_id,
    note: why,
    now,
  });
  await recordStaffAction(
    deps,
    staff,
    'LOOKUP_ACTION',
    { kind: 'LOOKUP_REQUEST', id: row.id },
    {
      person: auditPersonOfDocument(deps.vault.decrypt(row.applicant_document_cipher)),
      detail: { action: 'REVOKE_CERTIFICATE', certificateId: certificate.id },
    },
  );
}

// ---- verification ----------------------------------------------------------------------------------------

export interface CertificateVerification {
  verdict: CertificateVerdict;
  /** Null for INVALID: nothing is said about a code that does not verify. */
  serial: string | null;
  issuerName: string | null;
  issuedOn: string | null;
  recordType: LookupRecordType | null;
  maskedSubjectName: string | null;
  revokedAt: number | null;
}

const INVALID: CertificateVerification = {
  verdict: 'INVALID',
  serial: null,
  issuerName: null,
  issuedOn: null,
  recordType: null,
  maskedSubjectName: null,
  revokedAt: null,
};

/** Longer than any code or URL we print; a longer one is not looked at. */
const MAX_CODE_LENGTH = 300;

/** The code of a QR (`<serial>.<signature>`), or the whole URL it encodes. */
function parseCode(raw: string): { serial: string; signature: string } | null {
  if (raw.length > MAX_CODE_LENGTH) return null;
  const code = raw.trim().split('/verify/').pop() ?? '';
  const dot = code.indexOf('.');
  if (dot < 0) return null;
  const serial = code.slice(0, dot);
  const signature = code.slice(dot + 1);
  return CERTIFICATE_SERIAL_PATTERN.test(serial) ? { serial, signature } : null;
}

export async function verifyCertificate(
  deps: Pick<Deps, 'db' | 'vault'>,
  signer: CertificateSigner,
  raw: string,
): Promise<CertificateVerification> {
  const code = parseCode(raw);
  if (!code || !signer.verify(code.serial, code.signature)) return INVALID;
  const certificate = await lookups.findCertificateBySerial(deps.db, code.serial);
  if (!certificate) return INVALID;
  const [[request], [issuer]] = await Promise.all([
    lookups.findRequestsByIds(deps.db, [certificate.request_id]),
    branchesByIds(deps.db, [certificate.issuing_branch_id]),
  ]);
  if (!request || !issuer) return INVALID;
  return {
    verdict: certificate.revoked_at === null ? 'GENUINE' : 'REVOKED',
    serial: certificate.serial,
    issuerName: issuer.name,
    issuedOn: certificate.issued_on,
    recordType: request.record_type,
    maskedSubjectName: maskName(deps.vault.decrypt(request.subject_name_cipher)),
    revokedAt: certificate.revoked_at,
  };
}
