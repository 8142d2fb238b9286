// 常用参观人: visitors a citizen saved to book again in a few taps, each with the account holder's confirmation
// that the person agreed. Only the server ever decrypts them; the owner sees the full name (to tell 林晓 from 林小),
// the document number stays masked in every response.
import { businessDateOf, type DocumentType, type Visitor, type VisitorInput, visitorModel } from '@zz/shared';
import type { Deps } from '../../context';
import { InputValidationError, NotFoundError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { requireCitizen } from '../../platform/access/guards';
import { maskedDocumentOf, type ProtectedVisitor, protectVisitor } from '../../platform/pii/visitor-protection';
import { assertPrivacyConsent, assertVisitorConsent } from '../privacy/privacy.service';
import * as visits from './visit.repository';

export interface FrequentVisitor {
  id: number;
  /** In full: only the account that saved the person reads this list. */
  name: string;
  documentType: DocumentType;
  maskedDocumentNumber: string;
}

export async function frequentVisitors(deps: Pick<Deps, 'db' | 'vault'>, actor: Actor | null) {
  const citizen = requireCitizen(actor);
  const rows = await visits.listFrequentVisitors(deps.db, citizen.accountId);
  return rows.map(
    (r): FrequentVisitor => ({
      id: r.id,
      name: deps.vault.decrypt(r.name_cipher),
      documentType: r.document_type as DocumentType,
      maskedDocumentNumber: maskedDocumentOf(deps.vault, r.document_cipher),
    }),
  );
}

/**
 * Stores visitors the citizen asked to keep (one entry per document), with the time the account holder confirmed
 * their consent; an absent or false confirmation is refused (VisitorConsentRequiredError).
 */
export async function saveFrequentVisitors(
  deps: Pick<Deps, 'db' | 'clock'>,
  owner: Actor,
  party: ProtectedVisitor[],
  consentConfirmed: boolean | null | undefined,
) {
  assertVisitorConsent(consentConfirmed);
  await visits.insertFrequentVisitors(
    deps.db,
    party.map((p) => ({
      account_id: owner.accountId,
      name_cipher: p.nameCipher,
      document_type: p.documentType,
      document_cipher: p.documentCipher,
      document_index: p.documentIndex,
      created_at: deps.clock.now(),
      consent_confirmed_at: deps.clock.now(),
    })),
  );
}

/** Saves one visitor typed on 常用参观人: needs the notice accepted and the person's consent confirmed. */
export async function addFrequentVisitor(
  deps: Deps,
  actor: Actor | null,
  visitor: VisitorInput,
  consentConfirmed: boolean | null | undefined,
) {
  const citizen = requireCitizen(actor);
  const today = businessDateOf(deps.clock.now());
  const parsed = parseInput(visitorModel({ today }), visitor, 'visitor');
  await assertPrivacyConsent(deps, citizen.accountId);
  await saveFrequentVisitors(deps, citizen, [protectVisitor(deps.vault, parsed, today)], consentConfirmed);
  return frequentVisitors(deps, citizen);
}

/** Removes one of the citizen's own saved visitors; anyone else's id is "not found", never a silent success. */
export async function removeFrequentVisitor(deps: Deps, actor: Actor | null, id: number) {
  const citizen = requireCitizen(actor);
  if (!(await visits.deleteFrequentVisitor(deps.db, citizen.accountId, id)))
    throw new NotFoundError('FrequentVisitor', '常用参观人不存在');
  return frequentVisitors(deps, citizen);
}

/**
 * The saved visitors chosen for a booking, decrypted, so the documents need not be sent again. An id that is
 * not one of the citizen's is reported at its position.
 */
export async function frequentVisitorsForBooking(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor | null,
  ids: number[],
): Promise<Visitor[]> {
  if (ids.length === 0) return [];
  const citizen = requireCitizen(actor);
  const rows = await visits.findFrequentVisitorsByIds(deps.db, citizen.accountId, ids);
  return ids.map((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw InputValidationError.single(`frequentVisitorIds.${i}`, '常用参观人不存在');
    return {
      name: deps.vault.decrypt(row.name_cipher),
      documentType: row.document_type as DocumentType,
      documentNumber: deps.vault.decrypt(row.document_cipher),
    };
  });
}
