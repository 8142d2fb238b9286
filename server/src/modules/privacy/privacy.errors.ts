// Expected failures of consent: the notice not (or no longer) accepted, an old version accepted, and a frequent
// visitor saved without the account holder confirming that person's consent.
import { DomainError } from '../../errors';

/** The account has not accepted the notice as it is now (never, an older version, or withdrawn). */
export class PrivacyConsentRequiredError extends DomainError {
  constructor(readonly currentVersion: string) {
    super('请先阅读并同意《个人信息保护说明》后再填写证件信息或预约');
  }
}

/** acceptPrivacyNotice named a version that is not the current one: the page was opened before the notice changed. */
export class StalePrivacyNoticeError extends DomainError {
  constructor(
    readonly acceptedVersion: string,
    readonly currentVersion: string,
  ) {
    super('《个人信息保护说明》已更新，请阅读新版本后再同意');
  }
}

/** Saving someone as a frequent visitor needs the account holder's word that this person agreed. */
export class VisitorConsentRequiredError extends DomainError {
  constructor() {
    super('保存常用参观人前，请确认已征得该参观人同意');
  }
}
