export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in Asia/Shanghai business time, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, as an ISO 8601 string in UTC. */
  DateTime: { input: string; output: string; }
};

export type AccountKind =
  | 'CITIZEN'
  | 'STAFF';

export type ArticleCategory =
  /** 展览资讯 */
  | 'EXHIBITION'
  /** 馆务动态 */
  | 'NEWS'
  /** 侨批故事 */
  | 'QIAOPI'
  /** 编研成果 */
  | 'RESEARCH'
  /** 档案故事 */
  | 'STORY'
  /** 馆藏珍品 */
  | 'TREASURE'
  /** 视频 */
  | 'VIDEO';

export type ArticleInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  bodyHtml: Scalars['String']['input'];
  /** Administrators choose any archive (or none = the bureau); other staff always publish under their own */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  category: ArticleCategory;
  /** An image URL from our own storage (/media/…), e.g. from POST /uploads?purpose=CONTENT_IMAGE */
  coverUrl?: InputMaybe<Scalars['String']['input']>;
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Empty: the first 80 characters of the text */
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  videoPosterUrl?: InputMaybe<Scalars['String']['input']>;
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

export type AuditAction =
  /** 查看附件 */
  | 'ATTACHMENT_VIEWED'
  /** 清理过期日志 */
  | 'AUDIT_PURGED'
  /** 工作人员取消预约 */
  | 'BOOKING_CANCELLED_BY_STAFF'
  /** 核验入场 */
  | 'BOOKING_CHECKED_IN'
  /** 特殊放行 */
  | 'BOOKING_CHECK_IN_OVERRIDE'
  /** 撤销入场 */
  | 'BOOKING_CHECK_IN_UNDONE'
  /** 修改展览 */
  | 'EXHIBITION_CHANGED'
  /** 批准导出 */
  | 'EXPORT_APPROVED'
  /** 导出数据 */
  | 'EXPORT_DOWNLOADED'
  /** 拒绝导出 */
  | 'EXPORT_REFUSED'
  /** 申请导出 */
  | 'EXPORT_REQUESTED'
  /** 审核团体参观 */
  | 'GROUP_VISIT_REVIEWED'
  /** 查档办理 */
  | 'LOOKUP_ACTION'
  /** 修改密码 */
  | 'PASSWORD_CHANGED'
  /** 查看完整个人信息 */
  | 'PERSONAL_DATA_REVEALED'
  /** 修改设置 */
  | 'SETTINGS_CHANGED'
  /** 登录 */
  | 'SIGN_IN'
  /** 登录失败 */
  | 'SIGN_IN_FAILED'
  /** 登录被锁定 */
  | 'SIGN_IN_LOCKED'
  /** 退出登录 */
  | 'SIGN_OUT'
  /** 修改场次 */
  | 'SLOTS_CHANGED'
  /** 创建工作人员账号 */
  | 'STAFF_CREATED'
  /** 停用账号 */
  | 'STAFF_DISABLED'
  /** 启用账号 */
  | 'STAFF_ENABLED'
  /** 重置密码 */
  | 'STAFF_PASSWORD_RESET'
  /** 变更角色 */
  | 'STAFF_ROLE_CHANGED'
  /** 修改工作人员账号 */
  | 'STAFF_UPDATED'
  /** 修改场馆信息 */
  | 'VENUE_UPDATED'
  /** 现场登记 */
  | 'WALK_IN_REGISTERED';

export type AuditResult =
  /** 拒绝 */
  | 'DENIED'
  /** 出错 */
  | 'ERROR'
  /** 成功 */
  | 'OK';

export type BookingGlanceState =
  /** 可预约 */
  | 'AVAILABLE'
  /** 已结束 */
  | 'ENDED'
  /** 约满 */
  | 'FULL'
  /** 暂无场次 */
  | 'NONE'
  /** 未放票 */
  | 'NOT_OPEN_YET'
  /** 未开展 */
  | 'NOT_STARTED';

export type BookingKind =
  /** 团体预约 */
  | 'GROUP'
  /** 个人预约 */
  | 'INDIVIDUAL'
  /** 现场登记 */
  | 'WALK_IN';

/** UPCOMING: still awaited; PAST: attended, missed or past; CANCELLED: called off (cancelled or refused) */
export type BookingList =
  | 'CANCELLED'
  | 'PAST'
  | 'UPCOMING';

export type BookingPolicyInput = {
  bookingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  cancelCutoffMinutes?: InputMaybe<Scalars['Int']['input']>;
  checkinEarlyMinutes?: InputMaybe<Scalars['Int']['input']>;
  checkinLateMinutes?: InputMaybe<Scalars['Int']['input']>;
  closeMinutesBeforeStart?: InputMaybe<Scalars['Int']['input']>;
  closedWeekdays?: InputMaybe<Array<Scalars['Int']['input']>>;
  groupRosterDeadlineHours?: InputMaybe<Scalars['Int']['input']>;
  maxVisitors?: InputMaybe<Scalars['Int']['input']>;
  releaseDaysAhead?: InputMaybe<Scalars['Int']['input']>;
  releaseTime?: InputMaybe<Scalars['String']['input']>;
  waitlistHoldMinutes?: InputMaybe<Scalars['Int']['input']>;
  walkinReleaseMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type BookingStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已入馆 */
  | 'CHECKED_IN'
  /** 待参观 */
  | 'CONFIRMED'
  /** 未到场 */
  | 'NO_SHOW'
  /** 待审核 */
  | 'PENDING_REVIEW'
  /** 未通过 */
  | 'REJECTED';

export type BranchKind =
  | 'CITY'
  | 'COUNTY';

export type CalendarDayKind =
  /** 法定节假日 */
  | 'HOLIDAY'
  /** 调休上班 */
  | 'WORKDAY';

export type CertificateVerdict =
  /** 真实有效 */
  | 'GENUINE'
  /** 无法验证 */
  | 'INVALID'
  /** 已撤销 */
  | 'REVOKED';

export type ContentAction =
  /** 撤回为草稿 */
  | 'BACK_TO_DRAFT'
  /** 立即发布 */
  | 'PUBLISH'
  /** 定时发布 */
  | 'SCHEDULE'
  /** 下线 */
  | 'UNPUBLISH';

export type ContentBlockKind =
  /** 展品 */
  | 'EXHIBIT'
  /** 标题 */
  | 'HEADING'
  /** 图片 */
  | 'IMAGE'
  /** 列表 */
  | 'LIST'
  /** 段落 */
  | 'PARAGRAPH'
  /** 引用 */
  | 'QUOTE'
  /** 表格 */
  | 'TABLE'
  /** 视频 */
  | 'VIDEO';

export type ContentStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 已发布 */
  | 'PUBLISHED'
  /** 定时发布 */
  | 'SCHEDULED'
  /** 已下线 */
  | 'UNPUBLISHED';

export type CreateBookingInput = {
  /** 再次预约: also bring this earlier booking's party (the same account's only) */
  againFromBookingId?: InputMaybe<Scalars['ID']['input']>;
  /** Saved frequent visitors to bring along */
  frequentVisitorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Client-generated; a retry with the same key returns the same booking */
  idempotencyKey: Scalars['String']['input'];
  /** The account holder's mobile number */
  phone: Scalars['String']['input'];
  /** Also save the typed visitors as frequent visitors */
  saveVisitors?: InputMaybe<Scalars['Boolean']['input']>;
  slotId: Scalars['ID']['input'];
  /** New visitors typed in */
  visitors?: InputMaybe<Array<VisitorInput>>;
  /** With saveVisitors: the account holder confirms the typed visitors agreed to be saved */
  visitorsConsent?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DayAvailability =
  /** 余量 */
  | 'AVAILABLE'
  /** 闭馆 */
  | 'CLOSED'
  /** 已结束 */
  | 'ENDED'
  /** 约满 */
  | 'FULL'
  /** 未放票 */
  | 'NOT_OPEN_YET'
  /** 未开展 */
  | 'NOT_STARTED';

export type DocumentType =
  /** 港澳居民来往内地通行证 */
  | 'HK_MACAO_PERMIT'
  /** 护照 */
  | 'PASSPORT'
  /** 居民身份证 */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证 */
  | 'TAIWAN_PERMIT';

export type ExhibitionMode =
  /** 网上展厅 */
  | 'ONLINE'
  /** 实体展览 */
  | 'ONSITE'
  /** 阅览室 */
  | 'READING_ROOM';

export type ExhibitionPhase =
  /** 展出中 */
  | 'CURRENT'
  /** 往期 */
  | 'PAST'
  /** 即将开展 */
  | 'UPCOMING';

export type ExportInput = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  kind: ExportKind;
  status?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['Date']['input'];
};

export type ExportKind =
  /** 审计日志 */
  | 'AUDIT_LOG'
  /** 预约名单 */
  | 'BOOKINGS'
  /** 查档申请 */
  | 'LOOKUPS';

export type ExportRequestStatus =
  /** 可下载 */
  | 'APPROVED'
  /** 已下载 */
  | 'DOWNLOADED'
  /** 待审批 */
  | 'PENDING'
  /** 已拒绝 */
  | 'REFUSED';

export type GroupVisitInput = {
  idempotencyKey: Scalars['String']['input'];
  leaderName: Scalars['String']['input'];
  leaderPhone: Scalars['String']['input'];
  organization: Scalars['String']['input'];
  roster: Array<VisitorInput>;
  slotId: Scalars['ID']['input'];
};

export type JoinWaitlistInput = {
  frequentVisitorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  phone: Scalars['String']['input'];
  slotId: Scalars['ID']['input'];
  visitors?: InputMaybe<Array<VisitorInput>>;
};

export type LookupAction =
  /** 受理 */
  | 'ACCEPT'
  /** 要求补正 */
  | 'ASK_FOR_MORE'
  /** 办结 */
  | 'CLOSE'
  /** 转至保管馆 */
  | 'FORWARD'
  /** 出具证明 */
  | 'ISSUE_CERTIFICATE'
  /** 已领取 */
  | 'MARK_COLLECTED'
  /** 已邮寄 */
  | 'MARK_POSTED'
  /** 登记已查到 */
  | 'RECORD_FOUND'
  /** 登记未查到 */
  | 'RECORD_NOT_FOUND'
  /** 不予受理 */
  | 'REFUSE'
  /** 开始查档 */
  | 'START_SEARCH'
  /** 补正材料 */
  | 'SUPPLEMENT'
  /** 撤回申请 */
  | 'WITHDRAW';

export type LookupAttachmentInput = {
  kind: SupportingDocumentKind;
  /** The id POST /uploads answered with (32 lowercase hex characters): the caller's unclaimed upload */
  uploadId: Scalars['String']['input'];
};

export type LookupClueKey =
  | 'address'
  | 'certificateNumber'
  | 'description'
  | 'destination'
  | 'fromYear'
  | 'office'
  | 'partyOneName'
  | 'partyTwoName'
  | 'school'
  | 'toYear'
  | 'unit'
  | 'workUnit'
  | 'year';

/** The record type's clues; the fields of other types are ignored. */
export type LookupCluesInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  destination?: InputMaybe<Scalars['String']['input']>;
  fromYear?: InputMaybe<Scalars['String']['input']>;
  office?: InputMaybe<Scalars['String']['input']>;
  partyOneName?: InputMaybe<Scalars['String']['input']>;
  partyTwoName?: InputMaybe<Scalars['String']['input']>;
  school?: InputMaybe<Scalars['String']['input']>;
  toYear?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  workUnit?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['String']['input']>;
};

export type LookupDelivery =
  /** 电子证明 */
  | 'ELECTRONIC'
  /** 到馆领取 */
  | 'PICKUP'
  /** 邮寄 */
  | 'POST';

export type LookupEventKind =
  /** 受理 */
  | 'ACCEPT'
  /** 要求补正 */
  | 'ASK_FOR_MORE'
  /** 预约到馆 */
  | 'BOOK_VISIT'
  /** 取消到馆预约 */
  | 'CANCEL_VISIT'
  /** 办结 */
  | 'CLOSE'
  /** 转至保管馆 */
  | 'FORWARD'
  /** 出具证明 */
  | 'ISSUE_CERTIFICATE'
  /** 已领取 */
  | 'MARK_COLLECTED'
  /** 已邮寄 */
  | 'MARK_POSTED'
  /** 登记已查到 */
  | 'RECORD_FOUND'
  /** 登记未查到 */
  | 'RECORD_NOT_FOUND'
  /** 不予受理 */
  | 'REFUSE'
  /** 撤销证明 */
  | 'REVOKE_CERTIFICATE'
  /** 开始查档 */
  | 'START_SEARCH'
  /** 提交申请 */
  | 'SUBMIT'
  /** 补正材料 */
  | 'SUPPLEMENT'
  /** 撤回申请 */
  | 'WITHDRAW';

export type LookupIdentityInput = {
  documentNumber: Scalars['String']['input'];
  documentType?: DocumentType;
  name: Scalars['String']['input'];
};

export type LookupPurpose =
  /** 落户 */
  | 'HOUSEHOLD_REGISTRATION'
  /** 继承公证 */
  | 'INHERITANCE_NOTARISATION'
  /** 诉讼 */
  | 'LITIGATION'
  /** 其他 */
  | 'OTHER'
  /** 房产交易 */
  | 'PROPERTY_TRANSACTION'
  /** 退休审批 */
  | 'RETIREMENT_APPROVAL';

export type LookupQueueTab =
  /** 全部 */
  | 'ALL'
  /** 已结束 */
  | 'CLOSED'
  /** 办理中 */
  | 'IN_PROGRESS'
  /** 待受理 */
  | 'NEW'
  /** 待出证/办结 */
  | 'RESULT'
  /** 待补正 */
  | 'WAITING_CITIZEN';

export type LookupRecordType =
  /** 知青上山下乡/返城 */
  | 'EDUCATED_YOUTH'
  /** 招工/调动/工龄 */
  | 'EMPLOYMENT'
  /** 独生子女/计划生育 */
  | 'FAMILY_PLANNING'
  /** 婚姻登记(含涉外) */
  | 'MARRIAGE'
  /** 复员退伍/兵役 */
  | 'MILITARY'
  /** 公证 */
  | 'NOTARY'
  /** 其他 */
  | 'OTHER'
  /** 房产/土地/林权 */
  | 'PROPERTY'
  /** 离退休 */
  | 'RETIREMENT'
  /** 学籍/学历 */
  | 'SCHOOL'
  /** 职称/任免/荣誉 */
  | 'TITLES';

export type LookupRelation =
  /** 监护 */
  | 'GUARDIAN'
  /** 继承 */
  | 'HEIR'
  /** 单位 */
  | 'ORGANISATION'
  /** 父母子女 */
  | 'PARENT_CHILD'
  /** 受托 */
  | 'PROXY'
  /** 本人 */
  | 'SELF'
  /** 配偶 */
  | 'SPOUSE';

export type LookupRole =
  | 'CITIZEN'
  | 'HOLDING_ARCHIVE'
  | 'RECEIVING_ARCHIVE';

export type LookupSettingsInput = {
  enabledRecordTypes: Array<LookupRecordType>;
  targets: LookupTargetsInput;
  visitLeadDays: Scalars['Int']['input'];
};

export type LookupStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已出证 */
  | 'CERTIFIED'
  /** 已办结 */
  | 'COMPLETED'
  /** 已转馆 */
  | 'FORWARDED'
  /** 已查到 */
  | 'FOUND'
  /** 需补正 */
  | 'NEEDS_MORE'
  /** 未查到 */
  | 'NOT_FOUND'
  /** 不予受理 */
  | 'REFUSED'
  /** 查档中 */
  | 'SEARCHING'
  /** 已提交 */
  | 'SUBMITTED'
  /** 已撤回 */
  | 'WITHDRAWN';

export type LookupTargetsInput = {
  acceptDays: Scalars['Int']['input'];
  answerDays: Scalars['Int']['input'];
  notifyDays: Scalars['Int']['input'];
};

export type LookupUse =
  /** 出具证明 */
  | 'CERTIFY'
  /** 复制 */
  | 'COPY'
  /** 查阅 */
  | 'READ';

export type LookupVisitStatus =
  /** 已预约 */
  | 'BOOKED'
  /** 已取消 */
  | 'CANCELLED';

export type MessageDeliveryStatus =
  /** 已不再适用，未发送 */
  | 'DROPPED'
  /** 微信发送失败 */
  | 'FAILED'
  /** 仅站内消息（未配置微信发送） */
  | 'IN_APP_ONLY'
  /** 市民未订阅（或订阅已用完），未通过微信发送 */
  | 'NO_GRANT'
  /** 等待发送 */
  | 'PENDING'
  /** 已通过微信发送 */
  | 'SENT';

export type MoveLookupRequestInput = {
  action: LookupAction;
  /** RECORD_FOUND: the 档号 */
  archiveReference?: InputMaybe<Scalars['String']['input']>;
  /** The status the page showed; a request that has moved on since is not moved again */
  expectedStatus?: InputMaybe<LookupStatus>;
  /** FORWARD: the archive that holds the record */
  holdingBranchId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** Required to ask for more (what) and to refuse (why) */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type NewStaffAccountInput = {
  branchId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  role: StaffRole;
  /** 3–32 lower-case letters, digits, _ . - */
  username: Scalars['String']['input'];
};

export type NotificationKind =
  | 'BOOKING_CANCELLED_BY_ARCHIVE'
  | 'BOOKING_CONFIRMED'
  | 'BOOKING_NO_SHOW'
  | 'BOOKING_REMINDER'
  | 'BOOKING_SUSPENDED'
  | 'GROUP_APPROVED'
  | 'GROUP_REJECTED'
  | 'LOOKUP_ACCEPTED'
  | 'LOOKUP_CERTIFICATE_ISSUED'
  | 'LOOKUP_FORWARDED'
  | 'LOOKUP_FOUND'
  | 'LOOKUP_NEEDS_MORE'
  | 'LOOKUP_NOT_FOUND'
  | 'LOOKUP_REFUSED'
  | 'LOOKUP_VISIT_CANCELLED'
  | 'WAITLIST_OFFER'
  | 'WAITLIST_OFFER_EXPIRED';

export type NotificationTemplate =
  /** 账号状态通知 */
  | 'ACCOUNT_NOTICE'
  /** 预约结果通知 */
  | 'BOOKING_RESULT'
  /** 查档进度通知 */
  | 'LOOKUP_PROGRESS'
  /** 参观提醒 */
  | 'VISIT_REMINDER'
  /** 候补结果通知 */
  | 'WAITLIST_RESULT';

export type OnlineExhibitInput = {
  archiveRef?: InputMaybe<Scalars['String']['input']>;
  caption: Scalars['String']['input'];
  description: Scalars['String']['input'];
  holdingBranchId?: InputMaybe<Scalars['ID']['input']>;
  /** Keep an existing exhibit's id (its shares keep working); omit for new */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Images from our own storage (/media/…), 1 to 9 */
  imageUrls: Array<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type OnlineExhibitionInput = {
  /** Administrators choose any archive (null = the bureau; omitted when editing = unchanged); other staff always their own */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  coverUrl?: InputMaybe<Scalars['String']['input']>;
  /** On-site exhibitions this one is the online version of (omit: unchanged) */
  exhibitionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** In order; exhibits left out are deleted */
  exhibits: Array<OnlineExhibitInput>;
  intro: Scalars['String']['input'];
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type OwnAccountAction =
  | 'CHANGE_ROLE'
  | 'DISABLE'
  | 'RESET_PASSWORD';

export type SaveExhibitionInput = {
  /** Admins only; branch staff always save to their own archive */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  closesOn?: InputMaybe<Scalars['Date']['input']>;
  coverUrl?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  /** Omit to create */
  id?: InputMaybe<Scalars['ID']['input']>;
  mode: ExhibitionMode;
  notes?: InputMaybe<Scalars['String']['input']>;
  opensOn: Scalars['Date']['input'];
  published?: InputMaybe<Scalars['Boolean']['input']>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type ShareChannel =
  /** 分享给好友 */
  | 'CHAT'
  /** 复制链接 */
  | 'LINK'
  /** 分享到朋友圈 */
  | 'TIMELINE';

export type SlotStatus =
  /** 已关闭 */
  | 'CLOSED'
  /** 开放 */
  | 'OPEN';

export type SlotTemplateInput = {
  capacity: Scalars['Int']['input'];
  endTime: Scalars['String']['input'];
  groupQuota?: InputMaybe<Scalars['Int']['input']>;
  startTime: Scalars['String']['input'];
  walkinQuota?: InputMaybe<Scalars['Int']['input']>;
  /** ISO weekday, 1 = Monday */
  weekday: Scalars['Int']['input'];
};

export type StaffAccountInput = {
  branchId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  role: StaffRole;
};

export type StaffRole =
  /** 市级管理员 */
  | 'ADMIN'
  /** 本馆管理员 */
  | 'BRANCH_ADMIN'
  /** 馆员 */
  | 'BRANCH_STAFF'
  /** 检票员 */
  | 'CHECKER';

export type SubmitLookupRequestInput = {
  applicant: LookupIdentityInput;
  attachments?: InputMaybe<Array<LookupAttachmentInput>>;
  clues: LookupCluesInput;
  delivery: LookupDelivery;
  /** The archive holding the record; omit for 不详 */
  holdingBranchId?: InputMaybe<Scalars['ID']['input']>;
  /** The applicant's mobile number */
  phone: Scalars['String']['input'];
  /** Required for POST */
  postalAddress?: InputMaybe<Scalars['String']['input']>;
  purpose: LookupPurpose;
  /** Required for 其他 */
  purposeText?: InputMaybe<Scalars['String']['input']>;
  /** Where the citizen submits (and picks up) */
  receivingBranchId: Scalars['ID']['input'];
  recordType: LookupRecordType;
  relation: LookupRelation;
  /** The person the record is about; omit for 本人 */
  subject?: InputMaybe<LookupIdentityInput>;
  use: LookupUse;
};

export type SubscriptionResult =
  | 'accept'
  | 'ban'
  | 'filter'
  | 'reject';

export type SubscriptionResultInput = {
  result: SubscriptionResult;
  template: NotificationTemplate;
};

export type SupplementLookupRequestInput = {
  attachments?: InputMaybe<Array<LookupAttachmentInput>>;
  /** Replaces the clues when given */
  clues?: InputMaybe<LookupCluesInput>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type SupportingDocumentKind =
  /** 授权委托书(写明查档事项) */
  | 'AUTHORISATION'
  /** 当事人死亡证明 */
  | 'DEATH_CERTIFICATE'
  /** 监护关系证明 */
  | 'GUARDIANSHIP_PROOF'
  /** 亲属关系或继承关系证明 */
  | 'KINSHIP_PROOF'
  /** 经公证的授权委托书 */
  | 'NOTARISED_AUTHORISATION'
  /** 当事人身份证件 */
  | 'PRINCIPAL_ID'
  /** 单位介绍信或法院等机关证明 */
  | 'UNIT_LETTER';

export type VenueDayInput = {
  close?: InputMaybe<Scalars['String']['input']>;
  closed: Scalars['Boolean']['input'];
  /** 'HH:MM' */
  open?: InputMaybe<Scalars['String']['input']>;
};

export type VenueHoursInput = {
  /** Monday to Sunday, seven entries */
  days: Array<VenueDayInput>;
  lunchEnd?: InputMaybe<Scalars['String']['input']>;
  lunchStart?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type VenueInput = {
  accessibility?: InputMaybe<Scalars['String']['input']>;
  address: Scalars['String']['input'];
  entrance?: InputMaybe<Scalars['String']['input']>;
  hours: VenueHoursInput;
  /** GCJ-02 */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** GCJ-02 */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  transport?: InputMaybe<Scalars['String']['input']>;
};

export type VenueOwnerKind =
  /** An archive's own venue */
  | 'ARCHIVE'
  /** An exhibition held away from its archive */
  | 'EXHIBITION';

export type VisitorInput = {
  documentNumber: Scalars['String']['input'];
  documentType?: DocumentType;
  /** For documents without a birth date, in group rosters */
  minor?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type VisitorStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已入馆 */
  | 'CHECKED_IN'
  /** 待入馆 */
  | 'CONFIRMED'
  /** 未到场 */
  | 'NO_SHOW'
  /** 待审核 */
  | 'PENDING_REVIEW';

export type WaitlistStatus =
  /** 候补成功 */
  | 'BOOKED'
  /** 已取消候补 */
  | 'CANCELLED'
  /** 保留已过期 */
  | 'EXPIRED'
  /** 已保留名额 */
  | 'OFFERED'
  /** 候补中 */
  | 'WAITING';
