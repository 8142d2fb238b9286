// 个人信息保护说明: the notice a citizen reads and accepts before typing a document number, and its version.
// The server records which version each account accepted; changing what the notice says means a new VERSION,
// and every citizen accepts again before the next booking. The figures are the server's real rules: booking
// records have no automatic deletion today, the audit log keeps its rows AUDIT_RETENTION_DAYS (400 by default).

/** Bump whenever the text below changes in substance: every account must accept the new text. */
export const PRIVACY_NOTICE_VERSION = '2026-12-23';

export const PRIVACY_NOTICE_TITLE = '个人信息保护说明';

/** Days the audit log keeps the record of who looked at personal data (the server's default retention). */
export const ACCESS_RECORD_RETENTION_DAYS = 400;

export interface PrivacyNoticeSection {
  heading: string;
  body: string;
}

export const PRIVACY_NOTICE_SECTIONS: readonly PrivacyNoticeSection[] = [
  {
    heading: '收集哪些信息',
    body: '参观人的姓名、证件类型和证件号码，以及您的手机号码。团体预约还包括单位名称和领队姓名、手机。',
  },
  {
    heading: '为什么收集',
    body: '档案馆实行实名预约、凭证入馆：入馆时核对参观人身份，控制场馆人数，保障参观安全；手机号码仅用于预约、候补和审核通知。',
  },
  {
    heading: '保存多久',
    body: `证件号码、姓名和手机号码加密保存。预约记录随预约保存，目前不会自动删除；常用参观人保存到您删除为止。工作人员查看个人信息的记录保存${ACCESS_RECORD_RETENTION_DAYS}天。`,
  },
  {
    heading: '谁能看到',
    body: '您本人在本机填写和核对时可看到完整信息；服务器返回的证件号码始终部分遮盖。档案馆入口的工作人员核验入馆时只看到遮盖后的信息，确需查看完整信息时须说明理由，每次查看都有记录。信息不向第三方提供。',
  },
  {
    heading: '如何撤回',
    body: '在「我的 → 个人信息保护」中撤回同意：撤回后不能提交新的预约，直到再次同意；已有的预约不受影响。在「我的 → 常用参观人」中可随时删除保存的参观人。如有疑问，请联系档案馆服务窗口。',
  },
];

/** What the account holder confirms before saving someone else's document as a frequent visitor. */
export const FREQUENT_VISITOR_CONSENT_TEXT = '我已征得该参观人同意，保存其姓名和证件信息用于预约';

/** The consent an account gave, as the server reports it. */
export interface PrivacyConsentState {
  version: string;
  acceptedAt: string;
}

/** Whether a recorded consent covers the notice as it is now (a newer notice must be accepted again). */
export function isCurrentPrivacyConsent(consent: { version: string } | null | undefined): boolean {
  return consent?.version === PRIVACY_NOTICE_VERSION;
}
