// The vocabularies of archive lookups (查档): one const array each, from which the TypeScript union, the GraphQL
// enum and the column type (server) and the one Chinese label per value (everywhere) are derived. The values
// are GraphQL enum values, so they never change; a label may.

/** The record types (民生档案) an archive can hold; each archive enables the ones it holds. */
export const LOOKUP_RECORD_TYPES = [
  'MARRIAGE',
  'EDUCATED_YOUTH',
  'EMPLOYMENT',
  'SCHOOL',
  'MILITARY',
  'FAMILY_PLANNING',
  'PROPERTY',
  'TITLES',
  'RETIREMENT',
  'NOTARY',
  'OTHER',
] as const;
export type LookupRecordType = (typeof LOOKUP_RECORD_TYPES)[number];
export const LOOKUP_RECORD_TYPE_LABELS: Record<LookupRecordType, string> = {
  MARRIAGE: '婚姻登记(含涉外)',
  EDUCATED_YOUTH: '知青上山下乡/返城',
  EMPLOYMENT: '招工/调动/工龄',
  SCHOOL: '学籍/学历',
  MILITARY: '复员退伍/兵役',
  FAMILY_PLANNING: '独生子女/计划生育',
  PROPERTY: '房产/土地/林权',
  TITLES: '职称/任免/荣誉',
  RETIREMENT: '离退休',
  NOTARY: '公证',
  OTHER: '其他',
};

/** Whose record it is, seen from the applicant. */
export const LOOKUP_RELATIONS = [
  'SELF',
  'SPOUSE',
  'PARENT_CHILD',
  'GUARDIAN',
  'HEIR',
  'PROXY',
  'ORGANISATION',
] as const;
export type LookupRelation = (typeof LOOKUP_RELATIONS)[number];
export const LOOKUP_RELATION_LABELS: Record<LookupRelation, string> = {
  SELF: '本人',
  SPOUSE: '配偶',
  PARENT_CHILD: '父母子女',
  GUARDIAN: '监护',
  HEIR: '继承',
  PROXY: '受托',
  ORGANISATION: '单位',
};

export const LOOKUP_PURPOSES = [
  'RETIREMENT_APPROVAL',
  'HOUSEHOLD_REGISTRATION',
  'LITIGATION',
  'PROPERTY_TRANSACTION',
  'INHERITANCE_NOTARISATION',
  'OTHER',
] as const;
export type LookupPurpose = (typeof LOOKUP_PURPOSES)[number];
export const LOOKUP_PURPOSE_LABELS: Record<LookupPurpose, string> = {
  RETIREMENT_APPROVAL: '退休审批',
  HOUSEHOLD_REGISTRATION: '落户',
  LITIGATION: '诉讼',
  PROPERTY_TRANSACTION: '房产交易',
  INHERITANCE_NOTARISATION: '继承公证',
  OTHER: '其他',
};

/** What the applicant will do with the record. READ means reading it in the reading room. */
export const LOOKUP_USES = ['READ', 'COPY', 'CERTIFY'] as const;
export type LookupUse = (typeof LOOKUP_USES)[number];
export const LOOKUP_USE_LABELS: Record<LookupUse, string> = {
  READ: '查阅',
  COPY: '复制',
  CERTIFY: '出具证明',
};

/** How the result reaches the applicant; PICKUP is at the receiving archive, which the applicant chose. */
export const LOOKUP_DELIVERIES = ['PICKUP', 'POST', 'ELECTRONIC'] as const;
export type LookupDelivery = (typeof LOOKUP_DELIVERIES)[number];
export const LOOKUP_DELIVERY_LABELS: Record<LookupDelivery, string> = {
  PICKUP: '到馆领取',
  POST: '邮寄',
  ELECTRONIC: '电子证明',
};

/** The supporting documents a request may need besides the applicant's own identity document. */
export const SUPPORTING_DOCUMENT_KINDS = [
  'PRINCIPAL_ID',
  'AUTHORISATION',
  'NOTARISED_AUTHORISATION',
  'GUARDIANSHIP_PROOF',
  'DEATH_CERTIFICATE',
  'KINSHIP_PROOF',
  'UNIT_LETTER',
] as const;
export type SupportingDocumentKind = (typeof SUPPORTING_DOCUMENT_KINDS)[number];
export const SUPPORTING_DOCUMENT_KIND_LABELS: Record<SupportingDocumentKind, string> = {
  PRINCIPAL_ID: '当事人身份证件',
  AUTHORISATION: '授权委托书(写明查档事项)',
  NOTARISED_AUTHORISATION: '经公证的授权委托书',
  GUARDIANSHIP_PROOF: '监护关系证明',
  DEATH_CERTIFICATE: '当事人死亡证明',
  KINSHIP_PROOF: '亲属关系或继承关系证明',
  UNIT_LETTER: '单位介绍信或法院等机关证明',
};

/** Tabs of the staff queue: each a group of statuses (see LOOKUP_QUEUE_TAB_STATUSES in status-machine.ts). */
export const LOOKUP_QUEUE_TABS = ['NEW', 'WAITING_CITIZEN', 'IN_PROGRESS', 'RESULT', 'CLOSED', 'ALL'] as const;
export type LookupQueueTab = (typeof LOOKUP_QUEUE_TABS)[number];
export const LOOKUP_QUEUE_TAB_LABELS: Record<LookupQueueTab, string> = {
  NEW: '待受理',
  WAITING_CITIZEN: '待补正',
  IN_PROGRESS: '办理中',
  RESULT: '待出证/办结',
  CLOSED: '已结束',
  ALL: '全部',
};

/** Days of the working-day calendar that differ from the weekly rule (Monday–Friday work). */
export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  HOLIDAY: '法定节假日',
  WORKDAY: '调休上班',
};

/** A certificate as the public verification page judges it. */
export const CERTIFICATE_VERDICTS = ['GENUINE', 'INVALID', 'REVOKED'] as const;
export type CertificateVerdict = (typeof CERTIFICATE_VERDICTS)[number];
export const CERTIFICATE_VERDICT_LABELS: Record<CertificateVerdict, string> = {
  GENUINE: '真实有效',
  INVALID: '无法验证',
  REVOKED: '已撤销',
};

/** A reading-room appointment of a request. */
export const LOOKUP_VISIT_STATUSES = ['BOOKED', 'CANCELLED'] as const;
export type LookupVisitStatus = (typeof LOOKUP_VISIT_STATUSES)[number];
export const LOOKUP_VISIT_STATUS_LABELS: Record<LookupVisitStatus, string> = {
  BOOKED: '已预约',
  CANCELLED: '已取消',
};
