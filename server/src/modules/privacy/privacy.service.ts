// Consent to the 个人信息保护说明: accepting the current version, withdrawing, and the check that every new
// booking and every saved document passes. Per account; a new notice version needs a new acceptance.
import { PRIVACY_NOTICE_VERSION } from '@zz/shared';
import type { Deps } from '../../context';
import type { Actor } from '../../platform/access/actor';
import { requireCitizen } from '../../platform/access/guards';
import { PrivacyConsentRequiredError, StalePrivacyNoticeError, VisitorConsentRequiredError } from './privacy.errors';
import * as consents from './privacy.repository';

export interface PrivacyConsent {
  version: string;
  acceptedAt: number;
  /** Whether this consent covers the notice as it is now. */
  current: boolean;
}

export interface PrivacyConsentWithdrawal {
  withdrawnAt: number;
  /** How many standing consents this withdrew (0 when there was none). */
  withdrawn: number;
}

function consentOf(row: consents.PrivacyConsentRow): PrivacyConsent {
  return { version: row.version, acceptedAt: row.accepted_at, current: row.version === PRIVACY_NOTICE_VERSION };
}

/** The account's standing consent, current or not; null when it never accepted or withdrew. */
export async function privacyConsentOf(deps: Pick<Deps, 'db'>, accountId: number): Promise<PrivacyConsent | null> {
  const row = await consents.findStandingConsent(deps.db, accountId);
  return row ? consentOf(row) : null;
}

/** Records the citizen's acceptance of `version`, which must be the notice as it is now; accepting twice is one. */
export async function acceptPrivacyNotice(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor | null,
  version: string,
): Promise<PrivacyConsent> {
  const citizen = requireCitizen(actor);
  if (version !== PRIVACY_NOTICE_VERSION) throw new StalePrivacyNoticeError(version, PRIVACY_NOTICE_VERSION);
  const standing = await privacyConsentOf(deps, citizen.accountId);
  if (standing?.current) return standing;
  const now = deps.clock.now();
  await consents.insertConsent(deps.db, citizen.accountId, version, now);
  return { version, acceptedAt: now, current: true };
}

/**
 * Withdraws the citizen's consent: new bookings, waiting-list entries, group requests and saved visitors are
 * refused until the notice is accepted again. Existing bookings stand.
 */
export async function withdrawPrivacyConsent(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor | null,
): Promise<PrivacyConsentWithdrawal> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  return { withdrawnAt: now, withdrawn: await consents.withdrawStandingConsents(deps.db, citizen.accountId, now) };
}

/** Whether the account's standing consent covers the notice as it is now. */
export async function hasCurrentPrivacyConsent(deps: Pick<Deps, 'db'>, accountId: number): Promise<boolean> {
  return (await privacyConsentOf(deps, accountId))?.current === true;
}

/** Refuses what needs consent to the current notice when there is none (PrivacyConsentRequiredError). */
export function requirePrivacyConsent(consented: boolean): void {
  if (!consented) throw new PrivacyConsentRequiredError(PRIVACY_NOTICE_VERSION);
}

export async function assertPrivacyConsent(deps: Pick<Deps, 'db'>, accountId: number): Promise<void> {
  requirePrivacyConsent(await hasCurrentPrivacyConsent(deps, accountId));
}

/** The account holder's confirmation that a person agreed to be saved: absent or false is refused. */
export function assertVisitorConsent(confirmed: boolean | null | undefined): void {
  if (confirmed !== true) throw new VisitorConsentRequiredError();
}
