/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string | number; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in Asia/Shanghai business time, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, as an ISO 8601 string in UTC. */
  DateTime: { input: string; output: string; }
};

/** A signed-in person: a citizen (WeChat) or a member of staff. */
export type Account = {
  __typename?: 'Account';
  branch?: Maybe<Branch>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AccountKind;
  /** Signed in with a one-time password: changeMyPassword before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Masked, e.g. 138****5678 */
  phone?: Maybe<Scalars['String']['output']>;
  /** The viewer's own standing consent (null: never accepted, or withdrawn); null for other accounts. */
  privacyConsent?: Maybe<PrivacyConsent>;
  role?: Maybe<StaffRole>;
};

export type AccountKind =
  | 'CITIZEN'
  | 'STAFF';

export type Article = {
  __typename?: 'Article';
  author?: Maybe<Scalars['String']['output']>;
  availableActions: Array<ContentAction>;
  body: Array<ContentBlock>;
  /** The stored clean HTML (staff only; '' for readers) */
  bodyHtml: Scalars['String']['output'];
  branch?: Maybe<Branch>;
  category: ArticleCategory;
  cover?: Maybe<MediaImage>;
  /** Kept for existing clients: cover.url */
  coverUrl?: Maybe<Scalars['String']['output']>;
  /** The on-site exhibition it belongs to (预约参观), when published */
  exhibition?: Maybe<Exhibition>;
  featured: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  likeCount: Scalars['Int']['output'];
  pinned: Scalars['Boolean']['output'];
  /** Null while not yet published */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  readCount: Scalars['Int']['output'];
  readingMinutes: Scalars['Int']['output'];
  /** Up to `first` (default 3, max 6) other published articles: same exhibition, then category, newest first */
  related: Array<Article>;
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  shareCount: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  /** Staff (of its archive, or administrators) see the real status; readers PUBLISHED */
  status: ContentStatus;
  /** Staff's summary, or the first 80 characters of the text */
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  video?: Maybe<ArticleVideo>;
  /** Kept for existing clients: video.url */
  videoUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the signed-in viewer likes it; false for anonymous readers. Never cached. */
  viewerLiked: Scalars['Boolean']['output'];
};


export type ArticleRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

export type ArticleCategoryInfo = {
  __typename?: 'ArticleCategoryInfo';
  category: ArticleCategory;
  label: Scalars['String']['output'];
};

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

export type ArticleReads = {
  __typename?: 'ArticleReads';
  id: Scalars['ID']['output'];
  reads: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ArticleVideo = {
  __typename?: 'ArticleVideo';
  posterUrl?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
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

/** One audited action: who did what to which record, when, from where, and how it ended. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actorAccountId?: Maybe<Scalars['ID']['output']>;
  /** The archive the actor belonged to when acting */
  actorBranch?: Maybe<Branch>;
  actorName?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<StaffRole>;
  at: Scalars['DateTime']['output'];
  clientAddress?: Maybe<Scalars['String']['output']>;
  /** Non-personal details as recorded (JSON) */
  detail?: Maybe<Scalars['String']['output']>;
  /** The position in the chain (seq) */
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  result: AuditResult;
  revealedFields: Array<Scalars['String']['output']>;
  rowCount?: Maybe<Scalars['Int']['output']>;
  targetId?: Maybe<Scalars['String']['output']>;
  targetKind?: Maybe<Scalars['String']['output']>;
};

export type AuditResult =
  /** 拒绝 */
  | 'DENIED'
  /** 出错 */
  | 'ERROR'
  /** 成功 */
  | 'OK';

export type AuthOptions = {
  __typename?: 'AuthOptions';
  /** True when the labelled development sign-in is available (no WeChat app configured, not production). */
  developmentSignIn: Scalars['Boolean']['output'];
  wechatSignIn: Scalars['Boolean']['output'];
};

export type Booking = {
  __typename?: 'Booking';
  /** Cancelling after this counts as a no-show. */
  cancelDeadline?: Maybe<Scalars['DateTime']['output']>;
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  checkedInCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  exhibition?: Maybe<Exhibition>;
  id: Scalars['ID']['output'];
  kind: BookingKind;
  leaderName?: Maybe<Scalars['String']['output']>;
  organization?: Maybe<Scalars['String']['output']>;
  partySize: Scalars['Int']['output'];
  /** Masked, e.g. 138****5678 */
  phone?: Maybe<Scalars['String']['output']>;
  reference: Scalars['String']['output'];
  reviewNote?: Maybe<Scalars['String']['output']>;
  slot: Slot;
  status: BookingStatus;
  /** The whole booking's QR payload (a group leader's ticket); only for the owner. */
  ticketToken?: Maybe<Scalars['String']['output']>;
  visitDate: Scalars['Date']['output'];
  visitors: Array<BookingVisitor>;
};

export type BookingClosedError = Error & {
  __typename?: 'BookingClosedError';
  closedAt: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
};

/** What a card says about booking at a glance, decided by the same rule as the calendar. */
export type BookingGlance = {
  __typename?: 'BookingGlance';
  /** The first day with places (AVAILABLE), the first full one (FULL), the first to be released (NOT_OPEN_YET) or the opening day (NOT_STARTED) */
  date?: Maybe<Scalars['Date']['output']>;
  /** When the next day opens for booking (NOT_OPEN_YET; FULL when a later day is still to come) */
  releaseAt?: Maybe<Scalars['DateTime']['output']>;
  /** Places left on that day (AVAILABLE) */
  remaining: Scalars['Int']['output'];
  state: BookingGlanceState;
};

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

export type BookingNotCancellableError = Error & {
  __typename?: 'BookingNotCancellableError';
  message: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type BookingNotFoundError = Error & {
  __typename?: 'BookingNotFoundError';
  message: Scalars['String']['output'];
};

export type BookingNotOpenYetError = Error & {
  __typename?: 'BookingNotOpenYetError';
  message: Scalars['String']['output'];
  opensAt: Scalars['DateTime']['output'];
};

/** Booking rules of one exhibition, enforced by the server. */
export type BookingPolicy = {
  __typename?: 'BookingPolicy';
  bookingEnabled: Scalars['Boolean']['output'];
  cancelCutoffMinutes: Scalars['Int']['output'];
  checkinEarlyMinutes: Scalars['Int']['output'];
  checkinLateMinutes: Scalars['Int']['output'];
  closeMinutesBeforeStart: Scalars['Int']['output'];
  /** ISO weekdays, 1 = Monday */
  closedWeekdays: Array<Scalars['Int']['output']>;
  groupRosterDeadlineHours: Scalars['Int']['output'];
  maxVisitors: Scalars['Int']['output'];
  releaseDaysAhead: Scalars['Int']['output'];
  /** HH:MM, Asia/Shanghai */
  releaseTime: Scalars['String']['output'];
  waitlistHoldMinutes: Scalars['Int']['output'];
  walkinReleaseMinutes: Scalars['Int']['output'];
};

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

export type BookingSuspendedError = Error & {
  __typename?: 'BookingSuspendedError';
  message: Scalars['String']['output'];
  suspendedFrom: Scalars['DateTime']['output'];
  suspendedUntil: Scalars['DateTime']['output'];
};

/** 3 no-shows within 180 days suspend booking for 60 days. */
export type BookingSuspension = {
  __typename?: 'BookingSuspension';
  recentNoShows: Scalars['Int']['output'];
  suspendedFrom?: Maybe<Scalars['DateTime']['output']>;
  suspendedUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type BookingVisitor = {
  __typename?: 'BookingVisitor';
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Masked, e.g. 350602********1234 */
  documentNumber: Scalars['String']['output'];
  documentType: DocumentType;
  /** In full, only for the booking's own account (who named these people); null for anyone else. */
  fullName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isMinor: Scalars['Boolean']['output'];
  /** Masked, e.g. 张* */
  name: Scalars['String']['output'];
  status: VisitorStatus;
  /** This visitor's QR payload; only for the booking's owner while the visit stands. */
  ticketToken?: Maybe<Scalars['String']['output']>;
};

/** An archive: the city archive or one of its 11 county and district archives. */
export type Branch = {
  __typename?: 'Branch';
  /** @deprecated Use venueDetails.address */
  address?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: BranchKind;
  name: Scalars['String']['output'];
  /** @deprecated Use venueDetails.hoursText */
  openingHours?: Maybe<Scalars['String']['output']>;
  /** @deprecated Use venueDetails.phone */
  phone?: Maybe<Scalars['String']['output']>;
  shortName: Scalars['String']['output'];
  /** The archive's address, phone, hours and directions (null until recorded) */
  venueDetails?: Maybe<Venue>;
};

export type BranchKind =
  | 'CITY'
  | 'COUNTY';

export type BranchLookupTrend = {
  __typename?: 'BranchLookupTrend';
  answered: Scalars['Int']['output'];
  branchId: Scalars['ID']['output'];
  branchName: Scalars['String']['output'];
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  submitted: Scalars['Int']['output'];
};

export type CalendarDay = {
  __typename?: 'CalendarDay';
  availability: DayAvailability;
  closedReason?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  releaseAt: Scalars['DateTime']['output'];
  remaining: Scalars['Int']['output'];
};

export type CalendarDayKind =
  /** 法定节假日 */
  | 'HOLIDAY'
  /** 调休上班 */
  | 'WORKDAY';

export type CapacityBelowBookedError = Error & {
  __typename?: 'CapacityBelowBookedError';
  /** CAPACITY (individual places) or GROUP_QUOTA */
  limit: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Places already booked or held under the limit that was hit */
  taken: Scalars['Int']['output'];
};

export type CertificateVerdict =
  /** 真实有效 */
  | 'GENUINE'
  /** 无法验证 */
  | 'INVALID'
  /** 已撤销 */
  | 'REVOKED';

/** What a certificate says about itself; never the content of the record. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  issuedOn?: Maybe<Scalars['Date']['output']>;
  issuerName?: Maybe<Scalars['String']['output']>;
  recordType?: Maybe<LookupRecordType>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  serial?: Maybe<Scalars['String']['output']>;
  /** Masked */
  subjectName?: Maybe<Scalars['String']['output']>;
  verdict: CertificateVerdict;
};

export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** People admitted by this check-in */
  admitted: Scalars['Int']['output'];
  booking: Booking;
  /** True when this scan id had been applied already: the answer is the first outcome */
  replayed: Scalars['Boolean']['output'];
  revealed: Array<RevealedVisitor>;
  slotStartAt: Scalars['DateTime']['output'];
};

export type CheckInUndoRefusedError = Error & {
  __typename?: 'CheckInUndoRefusedError';
  message: Scalars['String']['output'];
  /** NOT_CHECKED_IN or TOO_LATE */
  reason: Scalars['String']['output'];
  undoMinutes: Scalars['Int']['output'];
};

export type ContentAction =
  /** 撤回为草稿 */
  | 'BACK_TO_DRAFT'
  /** 立即发布 */
  | 'PUBLISH'
  /** 定时发布 */
  | 'SCHEDULE'
  /** 下线 */
  | 'UNPUBLISH';

/** One block of a rich body (shared/src/content/blocks.ts), parsed from the stored clean HTML */
export type ContentBlock = {
  __typename?: 'ContentBlock';
  alt?: Maybe<Scalars['String']['output']>;
  /** IMAGE, VIDEO, EXHIBIT */
  caption?: Maybe<Scalars['String']['output']>;
  /** EXHIBIT: the exhibit, when it exists and its exhibition is published (null otherwise) */
  exhibit?: Maybe<OnlineExhibit>;
  /** EXHIBIT: the id as stored (the editor keeps it even when the exhibit is not published) */
  exhibitId?: Maybe<Scalars['ID']['output']>;
  /** PARAGRAPH, QUOTE: clean inline HTML (strong, em, b, i, br, a) for <RichText> */
  html?: Maybe<Scalars['String']['output']>;
  image?: Maybe<MediaImage>;
  /** LIST: clean inline HTML per item */
  items?: Maybe<Array<Scalars['String']['output']>>;
  kind: ContentBlockKind;
  /** HEADING: 2 or 3 */
  level?: Maybe<Scalars['Int']['output']>;
  ordered?: Maybe<Scalars['Boolean']['output']>;
  posterUrl?: Maybe<Scalars['String']['output']>;
  tableHeader?: Maybe<Array<Scalars['String']['output']>>;
  tableRows?: Maybe<Array<ContentTableRow>>;
  /** HEADING: the text */
  text?: Maybe<Scalars['String']['output']>;
  videoUrl?: Maybe<Scalars['String']['output']>;
};

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

export type ContentTableRow = {
  __typename?: 'ContentTableRow';
  /** Plain text cells */
  cells: Array<Scalars['String']['output']>;
};

/** The status the item has now does not allow the action (it may have just changed) */
export type ContentTransitionError = Error & {
  __typename?: 'ContentTransitionError';
  action: ContentAction;
  message: Scalars['String']['output'];
  status: ContentStatus;
};

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

export type DailyStatistics = {
  __typename?: 'DailyStatistics';
  bookedVisitors: Scalars['Int']['output'];
  bookings: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  checkedIn: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  groupVisitors: Scalars['Int']['output'];
  noShows: Scalars['Int']['output'];
  walkIns: Scalars['Int']['output'];
};

export type DashboardSlot = {
  __typename?: 'DashboardSlot';
  arrived: Scalars['Int']['output'];
  /** Visitors holding a place (cancelled ones not) */
  booked: Scalars['Int']['output'];
  branchName: Scalars['String']['output'];
  capacity: Scalars['Int']['output'];
  endAt: Scalars['DateTime']['output'];
  exhibitionId: Scalars['ID']['output'];
  exhibitionTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Free places (individual and group) */
  remaining: Scalars['Int']['output'];
  startAt: Scalars['DateTime']['output'];
  status: SlotStatus;
  walkIns: Scalars['Int']['output'];
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

export type DevelopmentSignInDisabledError = Error & {
  __typename?: 'DevelopmentSignInDisabledError';
  message: Scalars['String']['output'];
};

export type DocumentType =
  /** 港澳居民来往内地通行证 */
  | 'HK_MACAO_PERMIT'
  /** 护照 */
  | 'PASSPORT'
  /** 居民身份证 */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证 */
  | 'TAIWAN_PERMIT';

export type DuplicateOpenLookupError = Error & {
  __typename?: 'DuplicateOpenLookupError';
  message: Scalars['String']['output'];
  /** The open request's receipt number when it is the caller's own */
  receiptNumber?: Maybe<Scalars['String']['output']>;
  recordType: LookupRecordType;
};

export type DuplicateVisitorError = Error & {
  __typename?: 'DuplicateVisitorError';
  /** Masked */
  documentNumber: Scalars['String']['output'];
  message: Scalars['String']['output'];
  visitDate: Scalars['Date']['output'];
};

/** An expected failure; each implementation carries what the client needs to explain it. */
export type Error = {
  message: Scalars['String']['output'];
};

export type Exhibition = {
  __typename?: 'Exhibition';
  /** Booking at a glance over the next 14 days (null for online exhibitions); a page of cards costs three queries in all (policies, slots, closures). */
  bookingGlance?: Maybe<BookingGlance>;
  bookingPolicy: BookingPolicy;
  branch: Branch;
  /** Availability per day from `from` (default today) for `days` days (at most 42). */
  calendar: Array<CalendarDay>;
  closesOn?: Maybe<Scalars['Date']['output']>;
  /** The uploaded cover (what staff edit) */
  coverUrl?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** The cover to show: the uploaded one, or a generated placeholder (title, archive) until there is one */
  displayCoverUrl: Scalars['String']['output'];
  featured: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mode: ExhibitionMode;
  notes?: Maybe<Scalars['String']['output']>;
  /** The online version of this exhibition, when one is published */
  onlineExhibition?: Maybe<OnlineExhibition>;
  opensOn: Scalars['Date']['output'];
  phase: ExhibitionPhase;
  /** False for drafts, which only staff see */
  published: Scalars['Boolean']['output'];
  /** The weekly plan; only staff of the exhibition’s archive (and administrators) see it. */
  slotTemplates: Array<SlotTemplate>;
  slots: Array<Slot>;
  slug: Scalars['String']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  venue?: Maybe<Scalars['String']['output']>;
  /** Where the exhibition is held: its own venue when held elsewhere, else its archive's */
  venueDetails?: Maybe<Venue>;
};


export type ExhibitionCalendarArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
};


export type ExhibitionSlotsArgs = {
  date: Scalars['Date']['input'];
};

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

export type ExportApprovalRefusedError = Error & {
  __typename?: 'ExportApprovalRefusedError';
  message: Scalars['String']['output'];
  /** SELF_APPROVAL or NOT_PENDING */
  rule: Scalars['String']['output'];
};

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

export type ExportRequest = {
  __typename?: 'ExportRequest';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  from: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: ExportKind;
  /** The viewer asked for it (and downloads it once approved). */
  mine: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  rowCount: Scalars['Int']['output'];
  status: ExportRequestStatus;
  to: Scalars['Date']['output'];
};

export type ExportRequestNotFoundError = Error & {
  __typename?: 'ExportRequestNotFoundError';
  message: Scalars['String']['output'];
};

export type ExportRequestStatus =
  /** 可下载 */
  | 'APPROVED'
  /** 已下载 */
  | 'DOWNLOADED'
  /** 待审批 */
  | 'PENDING'
  /** 已拒绝 */
  | 'REFUSED';

export type FieldError = {
  __typename?: 'FieldError';
  message: Scalars['String']['output'];
  /** Dotted input path, e.g. visitors.1.documentNumber */
  path: Scalars['String']['output'];
};

export type FrequentVisitor = {
  __typename?: 'FrequentVisitor';
  /** Masked, e.g. 350602********1234 */
  documentNumber: Scalars['String']['output'];
  documentType: DocumentType;
  id: Scalars['ID']['output'];
  /** In full: only the account that saved the person reads it */
  name: Scalars['String']['output'];
};

export type GroupQuotaFullError = Error & {
  __typename?: 'GroupQuotaFullError';
  message: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
};

export type GroupRuleError = Error & {
  __typename?: 'GroupRuleError';
  message: Scalars['String']['output'];
  /** SIZE, ADULT_RATIO, ROSTER_LOCKED or NOT_PENDING */
  rule: Scalars['String']['output'];
};

export type GroupVisitInput = {
  idempotencyKey: Scalars['String']['input'];
  leaderName: Scalars['String']['input'];
  leaderPhone: Scalars['String']['input'];
  organization: Scalars['String']['input'];
  roster: Array<VisitorInput>;
  slotId: Scalars['ID']['input'];
};

export type Home = {
  __typename?: 'Home';
  /** Featured exhibitions that are open now or opening soon. */
  featuredExhibitions: Array<Exhibition>;
  latestArticles: Array<Article>;
};


export type HomeLatestArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IllegalLookupTransitionError = Error & {
  __typename?: 'IllegalLookupTransitionError';
  action: LookupAction;
  from: LookupStatus;
  message: Scalars['String']['output'];
};

export type InputValidationError = Error & {
  __typename?: 'InputValidationError';
  fieldErrors: Array<FieldError>;
  message: Scalars['String']['output'];
};

export type InvalidCredentialsError = Error & {
  __typename?: 'InvalidCredentialsError';
  message: Scalars['String']['output'];
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

export type LookupApplicant = {
  __typename?: 'LookupApplicant';
  /** Masked */
  documentNumber: Scalars['String']['output'];
  documentType: DocumentType;
  /** Masked */
  name: Scalars['String']['output'];
  /** Masked, e.g. 138****5678 */
  phone: Scalars['String']['output'];
};

/** What an archive offers for lookups: the record types it holds, its targets, its reading room. */
export type LookupArchive = {
  __typename?: 'LookupArchive';
  branch: Branch;
  enabledRecordTypes: Array<LookupRecordType>;
  readingRoom?: Maybe<LookupReadingRoom>;
  targets: LookupTargets;
  /** Working days between booking a reading-room seat and the visit */
  visitLeadDays: Scalars['Int']['output'];
};

/** A supporting document of a request, without its content. Its owner reads it at GET /uploads/<uploadId> with their session; staff open it with openLookupAttachment (a reason, recorded). */
export type LookupAttachment = {
  __typename?: 'LookupAttachment';
  attachedAt: Scalars['DateTime']['output'];
  /** Of the stored JPEG */
  byteSize: Scalars['Int']['output'];
  height: Scalars['Int']['output'];
  kind: SupportingDocumentKind;
  /** The kind in Chinese */
  label: Scalars['String']['output'];
  /** 32 lowercase hex characters */
  uploadId: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

/** Where a member of staff reads an attachment they opened, for a few minutes; the opening is recorded. */
export type LookupAttachmentAccess = {
  __typename?: 'LookupAttachmentAccess';
  expiresAt: Scalars['DateTime']['output'];
  kind: SupportingDocumentKind;
  label: Scalars['String']['output'];
  /** GET it on the API server with the same Authorization header before expiresAt (e.g. Taro.downloadFile with header); it admits this member of staff only */
  path: Scalars['String']['output'];
  uploadId: Scalars['String']['output'];
};

export type LookupAttachmentInput = {
  kind: SupportingDocumentKind;
  /** The id POST /uploads answered with (32 lowercase hex characters): the caller's unclaimed upload */
  uploadId: Scalars['String']['input'];
};

/** The request was not filed (or supplemented): nothing was written and no upload was taken. */
export type LookupAttachmentNotAvailableError = Error & {
  __typename?: 'LookupAttachmentNotAvailableError';
  message: Scalars['String']['output'];
  /** DUPLICATE (one upload cited twice) or NOT_AVAILABLE (not the caller's, expired, or used by a request already) */
  reason: Scalars['String']['output'];
};

export type LookupAttachmentNotFoundError = Error & {
  __typename?: 'LookupAttachmentNotFoundError';
  message: Scalars['String']['output'];
};

export type LookupCertificate = {
  __typename?: 'LookupCertificate';
  /** 档号 */
  archiveReference?: Maybe<Scalars['String']['output']>;
  issuedOn: Scalars['Date']['output'];
  issuingBranch: Branch;
  /** FOUND (a record exists) or NOT_FOUND (none recorded) */
  outcome: Scalars['String']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  serial: Scalars['String']['output'];
  /** The QR code's content: the public verification page of this certificate */
  verificationUrl: Scalars['String']['output'];
};

export type LookupCertificateNotAvailableError = Error & {
  __typename?: 'LookupCertificateNotAvailableError';
  message: Scalars['String']['output'];
  /** NONE or REVOKED */
  reason: Scalars['String']['output'];
};

export type LookupClue = {
  __typename?: 'LookupClue';
  key: LookupClueKey;
  label: Scalars['String']['output'];
  /** Names of people are masked unless revealed */
  value: Scalars['String']['output'];
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

/** Nothing moved: the request lacks these documents for the move (staff ask for them with 需补正). */
export type LookupDocumentsMissingError = Error & {
  __typename?: 'LookupDocumentsMissingError';
  message: Scalars['String']['output'];
  missing: Array<SupportingDocumentKind>;
};

/** One step of a request: what happened, when, and which archive took it. */
export type LookupEvent = {
  __typename?: 'LookupEvent';
  at: Scalars['DateTime']['output'];
  /** The archive whose staff took the step; null for the citizen's own */
  branch?: Maybe<Branch>;
  byCitizen: Scalars['Boolean']['output'];
  fromStatus?: Maybe<LookupStatus>;
  id: Scalars['ID']['output'];
  kind: LookupEventKind;
  note?: Maybe<Scalars['String']['output']>;
  toStatus: LookupStatus;
};

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

export type LookupPerson = {
  __typename?: 'LookupPerson';
  /** Masked, e.g. 350602********1234 */
  documentNumber: Scalars['String']['output'];
  documentType: DocumentType;
  /** Masked, e.g. 张* */
  name: Scalars['String']['output'];
};

/** A request’s personal data in full; every reading is recorded with its reason. */
export type LookupPersonalData = {
  __typename?: 'LookupPersonalData';
  applicantDocumentNumber: Scalars['String']['output'];
  applicantName: Scalars['String']['output'];
  applicantPhone: Scalars['String']['output'];
  clues: Array<LookupClue>;
  postalAddress?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['ID']['output'];
  subjectDocumentNumber: Scalars['String']['output'];
  subjectName: Scalars['String']['output'];
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

/** An archive's reading room: seats booked with a lookup request that needs a visit. */
export type LookupReadingRoom = {
  __typename?: 'LookupReadingRoom';
  branch: Branch;
  /** Seats per day from `from` (default today) for `days` days (at most 42). */
  calendar: Array<CalendarDay>;
  /** The scheduling calendar behind it (an exhibition id): staff plan it with setSlotTemplates… */
  calendarId: Scalars['ID']['output'];
  slots: Array<Slot>;
};


/** An archive's reading room: seats booked with a lookup request that needs a visit. */
export type LookupReadingRoomCalendarArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
};


/** An archive's reading room: seats booked with a lookup request that needs a visit. */
export type LookupReadingRoomSlotsArgs = {
  date: Scalars['Date']['input'];
};

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

export type LookupRecordTypeNotHeldError = Error & {
  __typename?: 'LookupRecordTypeNotHeldError';
  branchName: Scalars['String']['output'];
  message: Scalars['String']['output'];
  recordType: LookupRecordType;
};

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

export type LookupRequest = {
  __typename?: 'LookupRequest';
  applicant: LookupApplicant;
  /** 档号 */
  archiveReference?: Maybe<Scalars['String']['output']>;
  attachments: Array<LookupAttachment>;
  /** The moves the viewer may make now */
  availableActions: Array<LookupAction>;
  certificate?: Maybe<LookupCertificate>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  clues: Array<LookupClue>;
  delivery: LookupDelivery;
  /** Served at the desk rather than by online self-service */
  deskVisit: Scalars['Boolean']['output'];
  /** By when the next step is due; null while waiting on the citizen or once closed */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Null while unknown (不详): staff route the request */
  holdingBranch?: Maybe<Branch>;
  id: Scalars['ID']['output'];
  /** A reading-room appointment belongs to this request */
  needsVisit: Scalars['Boolean']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Masked */
  postalAddress?: Maybe<Scalars['String']['output']>;
  purpose: LookupPurpose;
  purposeText?: Maybe<Scalars['String']['output']>;
  receiptNumber: Scalars['String']['output'];
  receivingBranch: Branch;
  recordType: LookupRecordType;
  relation: LookupRelation;
  requiredDocuments: Array<SupportingDocumentKind>;
  /** The viewer's roles on it */
  roles: Array<LookupRole>;
  status: LookupStatus;
  /** What the last move said: what is missing, why it was refused… */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** The person the record is about */
  subject: LookupPerson;
  submittedAt: Scalars['DateTime']['output'];
  /** While the holding archive is unknown: the archive the clues name */
  suggestedHoldingBranchCode?: Maybe<Scalars['String']['output']>;
  timeline: Array<LookupEvent>;
  updatedAt: Scalars['DateTime']['output'];
  use: LookupUse;
  /** The latest reading-room appointment, standing or cancelled */
  visit?: Maybe<LookupVisit>;
};

export type LookupRequestChangedError = Error & {
  __typename?: 'LookupRequestChangedError';
  message: Scalars['String']['output'];
  /** The status it has now */
  status: LookupStatus;
};

export type LookupRequestNotFoundError = Error & {
  __typename?: 'LookupRequestNotFoundError';
  message: Scalars['String']['output'];
};

export type LookupRole =
  | 'CITIZEN'
  | 'HOLDING_ARCHIVE'
  | 'RECEIVING_ARCHIVE';

export type LookupSettingsInput = {
  enabledRecordTypes: Array<LookupRecordType>;
  targets: LookupTargetsInput;
  visitLeadDays: Scalars['Int']['input'];
};

export type LookupStateCount = {
  __typename?: 'LookupStateCount';
  count: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  status: LookupStatus;
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

/** Working days each step may take (accept, answer, notify). */
export type LookupTargets = {
  __typename?: 'LookupTargets';
  acceptDays: Scalars['Int']['output'];
  answerDays: Scalars['Int']['output'];
  notifyDays: Scalars['Int']['output'];
};

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

/** A reading-room appointment of a request. */
export type LookupVisit = {
  __typename?: 'LookupVisit';
  bookedAt: Scalars['DateTime']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  slot: Slot;
  status: LookupVisitStatus;
  visitDate: Scalars['Date']['output'];
};

export type LookupVisitNotAvailableError = Error & {
  __typename?: 'LookupVisitNotAvailableError';
  message: Scalars['String']['output'];
  /** NOT_NEEDED, ALREADY_BOOKED, NONE_BOOKED or REQUEST_CLOSED */
  reason: Scalars['String']['output'];
};

export type LookupVisitStatus =
  /** 已预约 */
  | 'BOOKED'
  /** 已取消 */
  | 'CANCELLED';

export type LookupVisitTooSoonError = Error & {
  __typename?: 'LookupVisitTooSoonError';
  earliestDate: Scalars['Date']['output'];
  message: Scalars['String']['output'];
};

export type MarkMessagesReadResult = {
  __typename?: 'MarkMessagesReadResult';
  marked: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** A stored public image in screen-sized JPEG variants (480, 960, 1600 px wide), absolute URLs */
export type MediaImage = {
  __typename?: 'MediaImage';
  height?: Maybe<Scalars['Int']['output']>;
  /** 1600 px wide: full-screen preview and zoom */
  largeUrl: Scalars['String']['output'];
  /** 480 px wide: lists and share cards */
  thumbUrl: Scalars['String']['output'];
  /** 960 px wide: what a page shows */
  url: Scalars['String']['output'];
  /** Of the original, when known */
  width?: Maybe<Scalars['Int']['output']>;
};

/** A notification in the citizen's message centre. */
export type Message = {
  __typename?: 'Message';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveryStatus: MessageDeliveryStatus;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** The app page it links to, e.g. 'booking/pages/ticket/index?id=7'; null once the subject is gone */
  page?: Maybe<Scalars['String']['output']>;
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

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

export type MessageRecipientPhone = {
  __typename?: 'MessageRecipientPhone';
  messageId: Scalars['ID']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type MessagesNotFoundError = Error & {
  __typename?: 'MessagesNotFoundError';
  ids: Array<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Records that the citizen read and accepted this version of the notice (the current one). */
  acceptPrivacyNotice: MutationAcceptPrivacyNoticeResult;
  acceptWaitlistOffer: MutationAcceptWaitlistOfferResult;
  addFrequentVisitor: MutationAddFrequentVisitorResult;
  /** Books a seat in the receiving archive's reading room for a request that needs a visit. */
  bookLookupVisit: MutationBookLookupVisitResult;
  /** Cancels before the cutoff freely; later (until the slot starts) it counts as a no-show. */
  cancelBooking: MutationCancelBookingResult;
  /** Cancels one visitor of an individual booking under the same cutoff as cancelBooking; the last one cancels the booking. */
  cancelBookingVisitor: MutationCancelBookingVisitorResult;
  /** Cancels the standing reading-room appointment; the seat is given back. */
  cancelLookupVisit: MutationCancelLookupVisitResult;
  /** Staff: SCHEDULE needs publishAt in the future; PUBLISH now; UNPUBLISH; BACK_TO_DRAFT */
  changeArticleStatus: MutationChangeArticleStatusResult;
  /** Staff replace their password (the one-time one first of all); the account’s other sessions end. */
  changeMyPassword: MutationChangeMyPasswordResult;
  /** Staff: SCHEDULE needs publishAt in the future; PUBLISH now; UNPUBLISH; BACK_TO_DRAFT */
  changeOnlineExhibitionStatus: MutationChangeOnlineExhibitionStatusResult;
  /** Never below what is already booked; added places go to the waiting list first. */
  changeSlotCapacity: MutationChangeSlotCapacityResult;
  /** Manual check-in for visitors without a phone: the document number finds the visit. */
  checkInByDocument: MutationCheckInByDocumentResult;
  /** Checks in a scanned e-ticket. A group leader’s ticket takes the headcount at the door. */
  checkInTicket: MutationCheckInTicketResult;
  /** From the roster: checks in the chosen visitors of a booking (a party arriving split). */
  checkInVisitors: MutationCheckInVisitorsResult;
  /** The day follows the weekly rule again; false when it did already. */
  clearWorkingCalendarDay: MutationClearWorkingCalendarDayResult;
  /** Closes an exhibition for a day (e.g. a holiday): every slot closes, bookings are cancelled. */
  closeDay: MutationCloseDayResult;
  /** Closes a slot; its bookings are cancelled and each citizen is notified. */
  closeSlot: MutationCloseSlotResult;
  createBooking: MutationCreateBookingResult;
  /** A new member of staff with a one-time password, shown once. */
  createStaffAccount: MutationCreateStaffAccountResult;
  /** A second administrator's decision on a pending unmasked export (never the requester's own). */
  decideExport: MutationDecideExportResult;
  /** Disables the account; its sessions end at once. */
  disableStaffAccount: MutationDisableStaffAccountResult;
  /** Enables a disabled account again. */
  enableStaffAccount: MutationEnableStaffAccountResult;
  /** Creates the slots of the weekly plan between two dates; returns how many were new. */
  generateSlots: MutationGenerateSlotsResult;
  joinWaitlist: MutationJoinWaitlistResult;
  leaveWaitlist: MutationLeaveWaitlistResult;
  /** Marks the viewer's messages read: the ones in `ids`, or every one with `all: true`. */
  markMessagesRead: MutationMarkMessagesReadResult;
  /** One move of the state machine by staff; ISSUE_CERTIFICATE also issues the signed certificate. */
  moveLookupRequest: MutationMoveLookupRequestResult;
  /** Staff of the receiving or holding archive open an attachment of a request, saying why: the reading is recorded and answered with a short-lived read grant (GET /uploads/<id> admits staff with it only). */
  openLookupAttachment: MutationOpenLookupAttachmentResult;
  /** 特殊放行: admits a ticket (token) or a typed document (slotId, documentNumber) that the entry window refuses that day, with a reason (2–100 characters) recorded in the audit log. Managers only; checkers are refused. */
  overrideCheckIn: MutationOverrideCheckInResult;
  /** At most one read per reader per business day counts. Signed-in readers count by account, others by readerKey (16–64 of [A-Za-z0-9_-], kept on the device) */
  recordArticleRead: MutationRecordArticleReadResult;
  recordArticleShare: MutationRecordArticleShareResult;
  /** 现场登记: counts against capacity (walk-in quota first) and checks in at once. */
  registerWalkIn: MutationRegisterWalkInResult;
  removeFrequentVisitor: MutationRemoveFrequentVisitorResult;
  /** Reports what Taro.requestSubscribeMessage answered per template: accept adds a one-time credit, or turns on a template the archive holds as long-term (WECHAT_LONG_TERM_TEMPLATES); reject or ban turns that off. */
  reportSubscriptionResults: MutationReportSubscriptionResultsResult;
  /** A group within the group-size rule, from the slot’s group quota, held pending staff review. */
  requestGroupVisit: MutationRequestGroupVisitResult;
  /** An export showing personal data in full: needs a reason; above EXPORT_APPROVAL_ROWS rows it waits for another administrator. */
  requestUnmaskedExport: MutationRequestUnmaskedExportResult;
  /** A new one-time password, shown once; the account’s sessions end. */
  resetStaffPassword: MutationResetStaffPasswordResult;
  /** Shows the full names, document numbers, phone and address of a request, recording who and why. */
  revealLookupPersonalData: MutationRevealLookupPersonalDataResult;
  /** The citizen's phone in full for an undelivered message, recording who read it and why. */
  revealMessageRecipientPhone: MutationRevealMessageRecipientPhoneResult;
  reviewGroupVisit: MutationReviewGroupVisitResult;
  /** Staff of the issuing archive revoke a certificate; its verification page then says 已撤销. */
  revokeLookupCertificate: MutationRevokeLookupCertificateResult;
  /** Staff: creates (no id) or edits a draft/any article in scope; body sanitised on save */
  saveArticle: MutationSaveArticleResult;
  saveExhibition: MutationSaveExhibitionResult;
  /** Staff: creates (no id) or edits an online exhibition in scope with its ordered exhibits */
  saveOnlineExhibition: MutationSaveOnlineExhibitionResult;
  /** Saves an archive's venue, or an exhibition's own venue (held elsewhere) */
  saveVenue: MutationSaveVenueResult;
  setArticleHighlight: MutationSetArticleHighlightResult;
  /** Idempotent: sets the viewer's like to `liked` (signed in) */
  setArticleLike: MutationSetArticleLikeResult;
  setBookingPolicy: MutationSetBookingPolicyResult;
  /** The record types an archive holds, its working-day targets and reading-room lead time. */
  setLookupSettings: MutationSetLookupSettingsResult;
  /** Replaces the weekly slot plan of an exhibition. Existing slots are unchanged. */
  setSlotTemplates: MutationSetSlotTemplatesResult;
  /** Marks a holiday or a make-up working day (调休) in the city’s calendar (administrators). */
  setWorkingCalendarDay: MutationSetWorkingCalendarDayResult;
  /** 开发环境登录: only without WECHAT_APPID and never in production. */
  signInForDevelopment: MutationSignInForDevelopmentResult;
  /** Repeated failures lock sign-in for a while, for the username and for the address (SignInLockedError). */
  signInStaff: MutationSignInStaffResult;
  /** Exchanges a Taro.login code for a session. */
  signInWithWechat: MutationSignInWithWechatResult;
  signOut: Scalars['Boolean']['output'];
  /** Files a request; its receipt number is unique per archive and day. */
  submitLookupRequest: MutationSubmitLookupRequestResult;
  /** Answers 需补正: the request goes back to the receiving archive. */
  supplementLookupRequest: MutationSupplementLookupRequestResult;
  /** Undoes a visitor's mistaken check-in within CHECK_IN_UNDO_MINUTES of it; recorded in the audit log. */
  undoCheckIn: MutationUndoCheckInResult;
  updateGroupRoster: MutationUpdateGroupRosterResult;
  /** Changes the name, role and archive (not your own role or archive). */
  updateStaffAccount: MutationUpdateStaffAccountResult;
  /** The exhibition is held at its archive again: its own venue is removed */
  useArchiveVenue: MutationUseArchiveVenueResult;
  /** The citizen withdraws a request that is still open (before a certificate is issued). */
  withdrawLookupRequest: MutationWithdrawLookupRequestResult;
  /** Withdraws the consent: no new booking until the notice is accepted again. */
  withdrawPrivacyConsent: MutationWithdrawPrivacyConsentResult;
};


export type MutationAcceptPrivacyNoticeArgs = {
  version: Scalars['String']['input'];
};


export type MutationAcceptWaitlistOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddFrequentVisitorArgs = {
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  visitor: VisitorInput;
};


export type MutationBookLookupVisitArgs = {
  requestId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelBookingVisitorArgs = {
  bookingId: Scalars['ID']['input'];
  visitorId: Scalars['ID']['input'];
};


export type MutationCancelLookupVisitArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationChangeArticleStatusArgs = {
  action: ContentAction;
  id: Scalars['ID']['input'];
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangeOnlineExhibitionStatusArgs = {
  action: ContentAction;
  id: Scalars['ID']['input'];
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationChangeSlotCapacityArgs = {
  capacity: Scalars['Int']['input'];
  groupQuota?: InputMaybe<Scalars['Int']['input']>;
  slotId: Scalars['ID']['input'];
  walkinQuota?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCheckInByDocumentArgs = {
  documentNumber: Scalars['String']['input'];
  documentType?: DocumentType;
  slotId: Scalars['ID']['input'];
};


export type MutationCheckInTicketArgs = {
  headcount?: InputMaybe<Scalars['Int']['input']>;
  scanId?: InputMaybe<Scalars['String']['input']>;
  scannedAt?: InputMaybe<Scalars['DateTime']['input']>;
  token: Scalars['String']['input'];
};


export type MutationCheckInVisitorsArgs = {
  bookingId: Scalars['ID']['input'];
  visitorIds: Array<Scalars['ID']['input']>;
};


export type MutationClearWorkingCalendarDayArgs = {
  date: Scalars['Date']['input'];
};


export type MutationCloseDayArgs = {
  date: Scalars['Date']['input'];
  exhibitionId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseSlotArgs = {
  reason: Scalars['String']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationCreateBookingArgs = {
  input: CreateBookingInput;
};


export type MutationCreateStaffAccountArgs = {
  input: NewStaffAccountInput;
};


export type MutationDecideExportArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDisableStaffAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableStaffAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateSlotsArgs = {
  exhibitionId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type MutationJoinWaitlistArgs = {
  input: JoinWaitlistInput;
};


export type MutationLeaveWaitlistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkMessagesReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMoveLookupRequestArgs = {
  input: MoveLookupRequestInput;
};


export type MutationOpenLookupAttachmentArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  uploadId: Scalars['String']['input'];
};


export type MutationOverrideCheckInArgs = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentType?: DocumentType;
  reason: Scalars['String']['input'];
  slotId?: InputMaybe<Scalars['ID']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordArticleReadArgs = {
  id: Scalars['ID']['input'];
  readerKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordArticleShareArgs = {
  channel: ShareChannel;
  id: Scalars['ID']['input'];
};


export type MutationRegisterWalkInArgs = {
  slotId: Scalars['ID']['input'];
  visitors: Array<VisitorInput>;
};


export type MutationRemoveFrequentVisitorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportSubscriptionResultsArgs = {
  results: Array<SubscriptionResultInput>;
};


export type MutationRequestGroupVisitArgs = {
  input: GroupVisitInput;
};


export type MutationRequestUnmaskedExportArgs = {
  input: ExportInput;
  reason: Scalars['String']['input'];
};


export type MutationResetStaffPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealLookupPersonalDataArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationRevealMessageRecipientPhoneArgs = {
  messageId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewGroupVisitArgs = {
  approve: Scalars['Boolean']['input'];
  bookingId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeLookupCertificateArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationSaveArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ArticleInput;
};


export type MutationSaveExhibitionArgs = {
  input: SaveExhibitionInput;
};


export type MutationSaveOnlineExhibitionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: OnlineExhibitionInput;
};


export type MutationSaveVenueArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  venue: VenueInput;
};


export type MutationSetArticleHighlightArgs = {
  featured: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
};


export type MutationSetArticleLikeArgs = {
  id: Scalars['ID']['input'];
  liked: Scalars['Boolean']['input'];
};


export type MutationSetBookingPolicyArgs = {
  exhibitionId: Scalars['ID']['input'];
  policy: BookingPolicyInput;
};


export type MutationSetLookupSettingsArgs = {
  branchId: Scalars['ID']['input'];
  settings: LookupSettingsInput;
};


export type MutationSetSlotTemplatesArgs = {
  exhibitionId: Scalars['ID']['input'];
  templates: Array<SlotTemplateInput>;
};


export type MutationSetWorkingCalendarDayArgs = {
  date: Scalars['Date']['input'];
  kind: CalendarDayKind;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInForDevelopmentArgs = {
  displayName: Scalars['String']['input'];
};


export type MutationSignInStaffArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationSignInWithWechatArgs = {
  code: Scalars['String']['input'];
};


export type MutationSubmitLookupRequestArgs = {
  input: SubmitLookupRequestInput;
};


export type MutationSupplementLookupRequestArgs = {
  id: Scalars['ID']['input'];
  input: SupplementLookupRequestInput;
};


export type MutationUndoCheckInArgs = {
  visitorId: Scalars['ID']['input'];
};


export type MutationUpdateGroupRosterArgs = {
  bookingId: Scalars['ID']['input'];
  roster: Array<VisitorInput>;
};


export type MutationUpdateStaffAccountArgs = {
  id: Scalars['ID']['input'];
  input: StaffAccountInput;
};


export type MutationUseArchiveVenueArgs = {
  exhibitionId: Scalars['ID']['input'];
};


export type MutationWithdrawLookupRequestArgs = {
  expectedStatus?: InputMaybe<LookupStatus>;
  id: Scalars['ID']['input'];
};

export type MutationAcceptPrivacyNoticeResult = MutationAcceptPrivacyNoticeSuccess | NotAuthorizedError | StalePrivacyNoticeError;

export type MutationAcceptPrivacyNoticeSuccess = {
  __typename?: 'MutationAcceptPrivacyNoticeSuccess';
  data: PrivacyConsent;
};

export type MutationAcceptWaitlistOfferResult = DuplicateVisitorError | MutationAcceptWaitlistOfferSuccess | NotAuthorizedError | SlotClosedError | WaitlistNotAvailableError;

export type MutationAcceptWaitlistOfferSuccess = {
  __typename?: 'MutationAcceptWaitlistOfferSuccess';
  data: Booking;
};

export type MutationAddFrequentVisitorResult = InputValidationError | MutationAddFrequentVisitorSuccess | NotAuthorizedError | PrivacyConsentRequiredError | VisitorConsentRequiredError;

export type MutationAddFrequentVisitorSuccess = {
  __typename?: 'MutationAddFrequentVisitorSuccess';
  data: Array<FrequentVisitor>;
};

export type MutationBookLookupVisitResult = BookingClosedError | BookingNotOpenYetError | LookupRequestNotFoundError | LookupVisitNotAvailableError | LookupVisitTooSoonError | MutationBookLookupVisitSuccess | NotAuthorizedError | SlotClosedError | SlotFullError | SlotNotFoundError;

export type MutationBookLookupVisitSuccess = {
  __typename?: 'MutationBookLookupVisitSuccess';
  data: LookupRequest;
};

export type MutationCancelBookingResult = BookingNotCancellableError | BookingNotFoundError | MutationCancelBookingSuccess | NotAuthorizedError;

export type MutationCancelBookingSuccess = {
  __typename?: 'MutationCancelBookingSuccess';
  data: Booking;
};

export type MutationCancelBookingVisitorResult = BookingNotCancellableError | BookingNotFoundError | MutationCancelBookingVisitorSuccess | NotAuthorizedError | VisitorNotCancellableError;

export type MutationCancelBookingVisitorSuccess = {
  __typename?: 'MutationCancelBookingVisitorSuccess';
  data: Booking;
};

export type MutationCancelLookupVisitResult = LookupRequestNotFoundError | LookupVisitNotAvailableError | MutationCancelLookupVisitSuccess | NotAuthorizedError;

export type MutationCancelLookupVisitSuccess = {
  __typename?: 'MutationCancelLookupVisitSuccess';
  data: LookupRequest;
};

export type MutationChangeArticleStatusResult = ContentTransitionError | InputValidationError | MutationChangeArticleStatusSuccess | NotAuthorizedError | NotFoundError;

export type MutationChangeArticleStatusSuccess = {
  __typename?: 'MutationChangeArticleStatusSuccess';
  data: Article;
};

export type MutationChangeMyPasswordResult = InputValidationError | MutationChangeMyPasswordSuccess | NotAuthorizedError | RateLimitedError;

export type MutationChangeMyPasswordSuccess = {
  __typename?: 'MutationChangeMyPasswordSuccess';
  data: Account;
};

export type MutationChangeOnlineExhibitionStatusResult = ContentTransitionError | InputValidationError | MutationChangeOnlineExhibitionStatusSuccess | NotAuthorizedError | NotFoundError;

export type MutationChangeOnlineExhibitionStatusSuccess = {
  __typename?: 'MutationChangeOnlineExhibitionStatusSuccess';
  data: OnlineExhibition;
};

export type MutationChangeSlotCapacityResult = CapacityBelowBookedError | InputValidationError | MutationChangeSlotCapacitySuccess | NotAuthorizedError | NotFoundError;

export type MutationChangeSlotCapacitySuccess = {
  __typename?: 'MutationChangeSlotCapacitySuccess';
  data: Slot;
};

export type MutationCheckInByDocumentResult = InputValidationError | MutationCheckInByDocumentSuccess | NotAuthorizedError | TicketRejectedError;

export type MutationCheckInByDocumentSuccess = {
  __typename?: 'MutationCheckInByDocumentSuccess';
  data: CheckInResult;
};

export type MutationCheckInTicketResult = InputValidationError | MutationCheckInTicketSuccess | NotAuthorizedError | TicketRejectedError;

export type MutationCheckInTicketSuccess = {
  __typename?: 'MutationCheckInTicketSuccess';
  data: CheckInResult;
};

export type MutationCheckInVisitorsResult = InputValidationError | MutationCheckInVisitorsSuccess | NotAuthorizedError | TicketRejectedError;

export type MutationCheckInVisitorsSuccess = {
  __typename?: 'MutationCheckInVisitorsSuccess';
  data: CheckInResult;
};

export type MutationClearWorkingCalendarDayResult = MutationClearWorkingCalendarDaySuccess | NotAuthorizedError;

export type MutationClearWorkingCalendarDaySuccess = {
  __typename?: 'MutationClearWorkingCalendarDaySuccess';
  data: Scalars['Boolean']['output'];
};

export type MutationCloseDayResult = InputValidationError | MutationCloseDaySuccess | NotAuthorizedError | NotFoundError;

export type MutationCloseDaySuccess = {
  __typename?: 'MutationCloseDaySuccess';
  data: Array<Slot>;
};

export type MutationCloseSlotResult = InputValidationError | MutationCloseSlotSuccess | NotAuthorizedError | NotFoundError;

export type MutationCloseSlotSuccess = {
  __typename?: 'MutationCloseSlotSuccess';
  data: Slot;
};

export type MutationCreateBookingResult = BookingClosedError | BookingNotFoundError | BookingNotOpenYetError | BookingSuspendedError | DuplicateVisitorError | InputValidationError | MutationCreateBookingSuccess | NotAuthorizedError | PrivacyConsentRequiredError | RateLimitedError | SlotClosedError | SlotFullError | SlotNotFoundError | VisitorConsentRequiredError;

export type MutationCreateBookingSuccess = {
  __typename?: 'MutationCreateBookingSuccess';
  data: Booking;
};

export type MutationCreateStaffAccountResult = InputValidationError | MutationCreateStaffAccountSuccess | NotAuthorizedError | UsernameTakenError;

export type MutationCreateStaffAccountSuccess = {
  __typename?: 'MutationCreateStaffAccountSuccess';
  data: StaffAccountWithPassword;
};

export type MutationDecideExportResult = ExportApprovalRefusedError | ExportRequestNotFoundError | MutationDecideExportSuccess | NotAuthorizedError;

export type MutationDecideExportSuccess = {
  __typename?: 'MutationDecideExportSuccess';
  data: ExportRequest;
};

export type MutationDisableStaffAccountResult = MutationDisableStaffAccountSuccess | NotAuthorizedError | NotFoundError | OwnAccountError;

export type MutationDisableStaffAccountSuccess = {
  __typename?: 'MutationDisableStaffAccountSuccess';
  data: StaffAccount;
};

export type MutationEnableStaffAccountResult = MutationEnableStaffAccountSuccess | NotAuthorizedError | NotFoundError | OwnAccountError;

export type MutationEnableStaffAccountSuccess = {
  __typename?: 'MutationEnableStaffAccountSuccess';
  data: StaffAccount;
};

export type MutationGenerateSlotsResult = InputValidationError | MutationGenerateSlotsSuccess | NotAuthorizedError | NotFoundError;

export type MutationGenerateSlotsSuccess = {
  __typename?: 'MutationGenerateSlotsSuccess';
  data: Scalars['Int']['output'];
};

export type MutationJoinWaitlistResult = BookingClosedError | BookingNotOpenYetError | BookingSuspendedError | DuplicateVisitorError | InputValidationError | MutationJoinWaitlistSuccess | NotAuthorizedError | PrivacyConsentRequiredError | RateLimitedError | SlotClosedError | SlotFullError | SlotNotFoundError | WaitlistNotAvailableError;

export type MutationJoinWaitlistSuccess = {
  __typename?: 'MutationJoinWaitlistSuccess';
  data: WaitlistEntry;
};

export type MutationLeaveWaitlistResult = MutationLeaveWaitlistSuccess | NotAuthorizedError | WaitlistNotAvailableError;

export type MutationLeaveWaitlistSuccess = {
  __typename?: 'MutationLeaveWaitlistSuccess';
  data: WaitlistEntry;
};

export type MutationMarkMessagesReadResult = InputValidationError | MessagesNotFoundError | MutationMarkMessagesReadSuccess;

export type MutationMarkMessagesReadSuccess = {
  __typename?: 'MutationMarkMessagesReadSuccess';
  data: MarkMessagesReadResult;
};

export type MutationMoveLookupRequestResult = IllegalLookupTransitionError | InputValidationError | LookupDocumentsMissingError | LookupRecordTypeNotHeldError | LookupRequestChangedError | LookupRequestNotFoundError | MutationMoveLookupRequestSuccess | NotAuthorizedError;

export type MutationMoveLookupRequestSuccess = {
  __typename?: 'MutationMoveLookupRequestSuccess';
  data: LookupRequest;
};

export type MutationOpenLookupAttachmentResult = InputValidationError | LookupAttachmentNotFoundError | LookupRequestNotFoundError | MutationOpenLookupAttachmentSuccess | NotAuthorizedError;

export type MutationOpenLookupAttachmentSuccess = {
  __typename?: 'MutationOpenLookupAttachmentSuccess';
  data: LookupAttachmentAccess;
};

export type MutationOverrideCheckInResult = InputValidationError | MutationOverrideCheckInSuccess | NotAuthorizedError | TicketRejectedError;

export type MutationOverrideCheckInSuccess = {
  __typename?: 'MutationOverrideCheckInSuccess';
  data: CheckInResult;
};

export type MutationRecordArticleReadResult = InputValidationError | MutationRecordArticleReadSuccess | NotFoundError;

export type MutationRecordArticleReadSuccess = {
  __typename?: 'MutationRecordArticleReadSuccess';
  data: Article;
};

export type MutationRecordArticleShareResult = MutationRecordArticleShareSuccess | NotFoundError | RateLimitedError;

export type MutationRecordArticleShareSuccess = {
  __typename?: 'MutationRecordArticleShareSuccess';
  data: Article;
};

export type MutationRegisterWalkInResult = DuplicateVisitorError | InputValidationError | MutationRegisterWalkInSuccess | NotAuthorizedError | NotFoundError | OutsideEntryWindowError | SlotClosedError | SlotFullError;

export type MutationRegisterWalkInSuccess = {
  __typename?: 'MutationRegisterWalkInSuccess';
  data: Booking;
};

export type MutationRemoveFrequentVisitorResult = MutationRemoveFrequentVisitorSuccess | NotAuthorizedError | NotFoundError;

export type MutationRemoveFrequentVisitorSuccess = {
  __typename?: 'MutationRemoveFrequentVisitorSuccess';
  data: Array<FrequentVisitor>;
};

export type MutationReportSubscriptionResultsResult = InputValidationError | MutationReportSubscriptionResultsSuccess;

export type MutationReportSubscriptionResultsSuccess = {
  __typename?: 'MutationReportSubscriptionResultsSuccess';
  data: Array<NotificationSubscription>;
};

export type MutationRequestGroupVisitResult = BookingClosedError | BookingNotOpenYetError | BookingSuspendedError | DuplicateVisitorError | GroupQuotaFullError | GroupRuleError | InputValidationError | MutationRequestGroupVisitSuccess | NotAuthorizedError | PrivacyConsentRequiredError | RateLimitedError | SlotClosedError | SlotFullError | SlotNotFoundError;

export type MutationRequestGroupVisitSuccess = {
  __typename?: 'MutationRequestGroupVisitSuccess';
  data: Booking;
};

export type MutationRequestUnmaskedExportResult = InputValidationError | MutationRequestUnmaskedExportSuccess | NotAuthorizedError;

export type MutationRequestUnmaskedExportSuccess = {
  __typename?: 'MutationRequestUnmaskedExportSuccess';
  data: ExportRequest;
};

export type MutationResetStaffPasswordResult = MutationResetStaffPasswordSuccess | NotAuthorizedError | NotFoundError | OwnAccountError;

export type MutationResetStaffPasswordSuccess = {
  __typename?: 'MutationResetStaffPasswordSuccess';
  data: StaffAccountWithPassword;
};

export type MutationRevealLookupPersonalDataResult = InputValidationError | LookupRequestNotFoundError | MutationRevealLookupPersonalDataSuccess | NotAuthorizedError;

export type MutationRevealLookupPersonalDataSuccess = {
  __typename?: 'MutationRevealLookupPersonalDataSuccess';
  data: LookupPersonalData;
};

export type MutationRevealMessageRecipientPhoneResult = InputValidationError | MutationRevealMessageRecipientPhoneSuccess | NotAuthorizedError | UndeliveredMessageNotFoundError;

export type MutationRevealMessageRecipientPhoneSuccess = {
  __typename?: 'MutationRevealMessageRecipientPhoneSuccess';
  data: MessageRecipientPhone;
};

export type MutationReviewGroupVisitResult = BookingNotFoundError | GroupRuleError | InputValidationError | MutationReviewGroupVisitSuccess | NotAuthorizedError | NotFoundError;

export type MutationReviewGroupVisitSuccess = {
  __typename?: 'MutationReviewGroupVisitSuccess';
  data: Booking;
};

export type MutationRevokeLookupCertificateResult = InputValidationError | LookupCertificateNotAvailableError | LookupRequestNotFoundError | MutationRevokeLookupCertificateSuccess | NotAuthorizedError;

export type MutationRevokeLookupCertificateSuccess = {
  __typename?: 'MutationRevokeLookupCertificateSuccess';
  data: LookupRequest;
};

export type MutationSaveArticleResult = InputValidationError | MutationSaveArticleSuccess | NotAuthorizedError | NotFoundError;

export type MutationSaveArticleSuccess = {
  __typename?: 'MutationSaveArticleSuccess';
  data: Article;
};

export type MutationSaveExhibitionResult = InputValidationError | MutationSaveExhibitionSuccess | NotAuthorizedError | NotFoundError;

export type MutationSaveExhibitionSuccess = {
  __typename?: 'MutationSaveExhibitionSuccess';
  data: Exhibition;
};

export type MutationSaveOnlineExhibitionResult = InputValidationError | MutationSaveOnlineExhibitionSuccess | NotAuthorizedError | NotFoundError;

export type MutationSaveOnlineExhibitionSuccess = {
  __typename?: 'MutationSaveOnlineExhibitionSuccess';
  data: OnlineExhibition;
};

export type MutationSaveVenueResult = InputValidationError | MutationSaveVenueSuccess | NotAuthorizedError | NotFoundError;

export type MutationSaveVenueSuccess = {
  __typename?: 'MutationSaveVenueSuccess';
  data: Venue;
};

export type MutationSetArticleHighlightResult = MutationSetArticleHighlightSuccess | NotAuthorizedError | NotFoundError;

export type MutationSetArticleHighlightSuccess = {
  __typename?: 'MutationSetArticleHighlightSuccess';
  data: Article;
};

export type MutationSetArticleLikeResult = MutationSetArticleLikeSuccess | NotAuthorizedError | NotFoundError;

export type MutationSetArticleLikeSuccess = {
  __typename?: 'MutationSetArticleLikeSuccess';
  data: Article;
};

export type MutationSetBookingPolicyResult = InputValidationError | MutationSetBookingPolicySuccess | NotAuthorizedError | NotFoundError;

export type MutationSetBookingPolicySuccess = {
  __typename?: 'MutationSetBookingPolicySuccess';
  data: BookingPolicy;
};

export type MutationSetLookupSettingsResult = InputValidationError | MutationSetLookupSettingsSuccess | NotAuthorizedError;

export type MutationSetLookupSettingsSuccess = {
  __typename?: 'MutationSetLookupSettingsSuccess';
  data: LookupArchive;
};

export type MutationSetSlotTemplatesResult = InputValidationError | MutationSetSlotTemplatesSuccess | NotAuthorizedError | NotFoundError;

export type MutationSetSlotTemplatesSuccess = {
  __typename?: 'MutationSetSlotTemplatesSuccess';
  data: Array<SlotTemplate>;
};

export type MutationSetWorkingCalendarDayResult = InputValidationError | MutationSetWorkingCalendarDaySuccess | NotAuthorizedError;

export type MutationSetWorkingCalendarDaySuccess = {
  __typename?: 'MutationSetWorkingCalendarDaySuccess';
  data: WorkingCalendarDay;
};

export type MutationSignInForDevelopmentResult = DevelopmentSignInDisabledError | InputValidationError | MutationSignInForDevelopmentSuccess | RateLimitedError;

export type MutationSignInForDevelopmentSuccess = {
  __typename?: 'MutationSignInForDevelopmentSuccess';
  data: SignedIn;
};

export type MutationSignInStaffResult = InvalidCredentialsError | MutationSignInStaffSuccess | RateLimitedError | SignInLockedError;

export type MutationSignInStaffSuccess = {
  __typename?: 'MutationSignInStaffSuccess';
  data: SignedIn;
};

export type MutationSignInWithWechatResult = InputValidationError | MutationSignInWithWechatSuccess | RateLimitedError | WechatCodeInvalidError | WechatRateLimitedError | WechatUnavailableError | WechatUserBlockedError;

export type MutationSignInWithWechatSuccess = {
  __typename?: 'MutationSignInWithWechatSuccess';
  data: SignedIn;
};

export type MutationSubmitLookupRequestResult = DuplicateOpenLookupError | InputValidationError | LookupAttachmentNotAvailableError | LookupRecordTypeNotHeldError | MutationSubmitLookupRequestSuccess | NotAuthorizedError;

export type MutationSubmitLookupRequestSuccess = {
  __typename?: 'MutationSubmitLookupRequestSuccess';
  data: LookupRequest;
};

export type MutationSupplementLookupRequestResult = IllegalLookupTransitionError | InputValidationError | LookupAttachmentNotAvailableError | LookupRequestChangedError | LookupRequestNotFoundError | MutationSupplementLookupRequestSuccess | NotAuthorizedError;

export type MutationSupplementLookupRequestSuccess = {
  __typename?: 'MutationSupplementLookupRequestSuccess';
  data: LookupRequest;
};

export type MutationUndoCheckInResult = CheckInUndoRefusedError | InputValidationError | MutationUndoCheckInSuccess | NotAuthorizedError | TicketRejectedError;

export type MutationUndoCheckInSuccess = {
  __typename?: 'MutationUndoCheckInSuccess';
  data: Booking;
};

export type MutationUpdateGroupRosterResult = BookingNotFoundError | DuplicateVisitorError | GroupQuotaFullError | GroupRuleError | InputValidationError | MutationUpdateGroupRosterSuccess | NotAuthorizedError;

export type MutationUpdateGroupRosterSuccess = {
  __typename?: 'MutationUpdateGroupRosterSuccess';
  data: Booking;
};

export type MutationUpdateStaffAccountResult = InputValidationError | MutationUpdateStaffAccountSuccess | NotAuthorizedError | NotFoundError | OwnAccountError;

export type MutationUpdateStaffAccountSuccess = {
  __typename?: 'MutationUpdateStaffAccountSuccess';
  data: StaffAccount;
};

export type MutationUseArchiveVenueResult = InputValidationError | MutationUseArchiveVenueSuccess | NotAuthorizedError | NotFoundError;

export type MutationUseArchiveVenueSuccess = {
  __typename?: 'MutationUseArchiveVenueSuccess';
  data: Exhibition;
};

export type MutationWithdrawLookupRequestResult = IllegalLookupTransitionError | InputValidationError | LookupRequestChangedError | LookupRequestNotFoundError | MutationWithdrawLookupRequestSuccess | NotAuthorizedError;

export type MutationWithdrawLookupRequestSuccess = {
  __typename?: 'MutationWithdrawLookupRequestSuccess';
  data: LookupRequest;
};

export type MutationWithdrawPrivacyConsentResult = MutationWithdrawPrivacyConsentSuccess | NotAuthorizedError;

export type MutationWithdrawPrivacyConsentSuccess = {
  __typename?: 'MutationWithdrawPrivacyConsentSuccess';
  data: PrivacyConsentWithdrawal;
};

export type NewStaffAccountInput = {
  branchId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  role: StaffRole;
  /** 3–32 lower-case letters, digits, _ . - */
  username: Scalars['String']['input'];
};

export type NotAuthorizedError = Error & {
  __typename?: 'NotAuthorizedError';
  message: Scalars['String']['output'];
  /** UNAUTHENTICATED, FORBIDDEN or PASSWORD_CHANGE_REQUIRED */
  reason: Scalars['String']['output'];
};

export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

/** What the citizen holds for one WeChat template. */
export type NotificationSubscription = {
  __typename?: 'NotificationSubscription';
  /** One-time subscriptions not yet used */
  credits: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  lastResult?: Maybe<Scalars['String']['output']>;
  longTerm: Scalars['Boolean']['output'];
  /** Whether the next message of this template can reach WeChat */
  on: Scalars['Boolean']['output'];
  template: NotificationTemplate;
  /** The id to pass to Taro.requestSubscribeMessage; null when the archive has not configured it */
  templateId?: Maybe<Scalars['String']['output']>;
};

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

/** One exhibit of an online exhibition */
export type OnlineExhibit = {
  __typename?: 'OnlineExhibit';
  /** 档号, e.g. 0001-002-0034 */
  archiveRef?: Maybe<Scalars['String']['output']>;
  caption: Scalars['String']['output'];
  description: Scalars['String']['output'];
  holdingBranch?: Maybe<Branch>;
  id: Scalars['ID']['output'];
  images: Array<MediaImage>;
  onlineExhibition: OnlineExhibition;
  /** e.g. 1930年代, 民国二十五年（1936） */
  period?: Maybe<Scalars['String']['output']>;
  /** From 0, in the order of the exhibition */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

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

/** An online exhibition: an ordered set of exhibits with images, readable anywhere */
export type OnlineExhibition = {
  __typename?: 'OnlineExhibition';
  /** What the viewer may do with it now (staff of its archive; none for readers) */
  availableActions: Array<ContentAction>;
  branch?: Maybe<Branch>;
  cover?: Maybe<MediaImage>;
  exhibitCount: Scalars['Int']['output'];
  /** On-site or hall exhibitions that link here (预约参观 for ONSITE ones) */
  exhibitions: Array<Exhibition>;
  /** In order */
  exhibits: Array<OnlineExhibit>;
  id: Scalars['ID']['output'];
  /** Plain text; paragraphs separated by blank lines */
  intro: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  slug: Scalars['String']['output'];
  status: ContentStatus;
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
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

/** A walk-in outside the entry window of the slot, the same window a ticket keeps */
export type OutsideEntryWindowError = Error & {
  __typename?: 'OutsideEntryWindowError';
  closesAt: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
  opensAt: Scalars['DateTime']['output'];
  /** WRONG_DAY, TOO_EARLY or TOO_LATE */
  reason: Scalars['String']['output'];
  slotStartAt: Scalars['DateTime']['output'];
};

export type OwnAccountAction =
  | 'CHANGE_ROLE'
  | 'DISABLE'
  | 'RESET_PASSWORD';

export type OwnAccountError = Error & {
  __typename?: 'OwnAccountError';
  action: OwnAccountAction;
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The 个人信息保护说明 an account accepted, and when. */
export type PrivacyConsent = {
  __typename?: 'PrivacyConsent';
  acceptedAt: Scalars['DateTime']['output'];
  /** False when the notice changed since: accept it again. */
  current: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type PrivacyConsentRequiredError = Error & {
  __typename?: 'PrivacyConsentRequiredError';
  currentVersion: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** New bookings are refused until the notice is accepted again; existing bookings stand. */
export type PrivacyConsentWithdrawal = {
  __typename?: 'PrivacyConsentWithdrawal';
  /** Standing consents withdrawn (0: there was none). */
  withdrawn: Scalars['Int']['output'];
  withdrawnAt: Scalars['DateTime']['output'];
};

/** A compiled publication (编研成果) of the archives */
export type Publication = {
  __typename?: 'Publication';
  abstract: Scalars['String']['output'];
  /** The 编研成果 article about it, if any */
  article?: Maybe<Article>;
  branch?: Maybe<Branch>;
  cover?: Maybe<MediaImage>;
  id: Scalars['ID']['output'];
  /** Where to read or obtain it, e.g. 市档案馆阅览室可查阅；各县（区）档案馆有赠阅 */
  obtain: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A published article; null when missing or not published */
  article?: Maybe<Article>;
  /** The feed's tabs in the configured order (ARTICLE_CATEGORY_ORDER) */
  articleCategories: Array<ArticleCategoryInfo>;
  /** Published articles: pinned first, then newest first; keyset cursors both ways (first/after for older, last/before for newer), stable while new ones are published. `search` (its first 40 characters are used) matches Chinese substrings of title and text. `featured: true` only featured ones. */
  articles: QueryArticlesConnection;
  /** Administrators: the audit log, newest first. City administrators see every archive, archive administrators their own. */
  auditLog: QueryAuditLogResult;
  authOptions: AuthOptions;
  /** The owner's booking (or any of their archive's, for staff); null for anyone else. */
  booking?: Maybe<Booking>;
  bookingStatistics: QueryBookingStatisticsResult;
  bookingSuspension: BookingSuspension;
  /** All archives, the city archive first. */
  branches: Array<Branch>;
  exhibition?: Maybe<Exhibition>;
  /** The archives that have published exhibitions: the exhibition list filters by them. */
  exhibitionArchives: Array<Branch>;
  exhibitions: QueryExhibitionsConnection;
  /** The viewer's unmasked export requests, and for administrators the pending ones they may decide. */
  exportRequests: Array<ExportRequest>;
  frequentVisitors: Array<FrequentVisitor>;
  /** Group visits of the archives in scope from today on, by status (default: awaiting review). */
  groupVisits: Array<Booking>;
  home: Home;
  lookupArchive?: Maybe<LookupArchive>;
  /** The 12 archives with what each offers for lookups, the city archive first. */
  lookupArchives: Array<LookupArchive>;
  /** Requests received or held by your archive (all archives for administrators), due first. */
  lookupQueue: QueryLookupQueueResult;
  /** The citizen's own request, or one received or held by the staff member's archive; null otherwise. */
  lookupRequest?: Maybe<LookupRequest>;
  myBookings: QueryMyBookingsConnection;
  myLookupRequests: QueryMyLookupRequestsConnection;
  /** The viewer's messages, newest first. */
  myMessages: QueryMyMessagesConnection;
  /** Every template with what the viewer holds for it (which reminders are on). */
  mySubscriptions: Array<NotificationSubscription>;
  myWaitlist: Array<WaitlistEntry>;
  /** One exhibit of a published online exhibition (for sharing one exhibit) */
  onlineExhibit?: Maybe<OnlineExhibit>;
  /** A published online exhibition; null when missing or not published */
  onlineExhibition?: Maybe<OnlineExhibition>;
  /** Published online exhibitions, newest first */
  onlineExhibitions: Array<OnlineExhibition>;
  /** Staff: what pasted or typed HTML becomes after the sanitiser (paste keeps only the allow-list; preview) */
  previewRichText: Array<ContentBlock>;
  /** 编研成果: compiled publications, newest year first */
  publications: Array<Publication>;
  slot?: Maybe<Slot>;
  /** Booked, arrived and remaining visitors of a slot, for the door to poll. */
  slotDoorFigures?: Maybe<SlotDoorFigures>;
  /** Every booking of a slot with masked personal data, or those a search finds (name, phone tail, reference). */
  slotRoster: Array<Booking>;
  staffAccount?: Maybe<StaffAccount>;
  /** Staff of your archive (every archive for the city administrator), at most 200, by archive. */
  staffAccounts: Array<StaffAccount>;
  /** Today across the archives in scope; the city administration may pick one archive. */
  staffDashboard: QueryStaffDashboardResult;
  /** Every exhibition the signed-in staff member manages, drafts included. */
  staffExhibitions: Array<Exhibition>;
  /** A slot of an exhibition in scope, or null when there is no such slot. */
  staffSlot?: Maybe<Slot>;
  /** The last 30 or 90 days (today included); the city administration may pick one archive. */
  staffTrends: QueryStaffTrendsResult;
  /** The venue of an archive or an exhibition, for its editors */
  staffVenue: QueryStaffVenueResult;
  /** Staff: one article in scope, any status */
  studioArticle?: Maybe<Article>;
  /** Staff: articles of the archives in the viewer's scope, any status, newest change first */
  studioArticles: QueryStudioArticlesConnection;
  /** Staff: one online exhibition in scope, any status */
  studioOnlineExhibition?: Maybe<OnlineExhibition>;
  /** Staff: the online exhibitions of the viewer's archive (administrators: all), newest change first */
  studioOnlineExhibitions: Array<OnlineExhibition>;
  /** Messages of the staff's archive (administrators: all) that WeChat did not deliver, newest first. */
  undeliveredMessages: QueryUndeliveredMessagesConnection;
  unreadMessageCount: Scalars['Int']['output'];
  /** Checks a certificate's QR code (the code or the whole URL). */
  verifyCertificate: CertificateVerification;
  /** The signed-in account, or null. */
  viewer?: Maybe<Account>;
  /** Holidays and make-up working days between two dates (at most 400 days). */
  workingCalendar: QueryWorkingCalendarResult;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<ArticleCategory>;
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<AuditAction>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  person?: InputMaybe<Scalars['String']['input']>;
  staff?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBookingStatisticsArgs = {
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryExhibitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExhibitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<ExhibitionMode>;
  phase?: InputMaybe<ExhibitionPhase>;
};


export type QueryGroupVisitsArgs = {
  status?: BookingStatus;
};


export type QueryLookupArchiveArgs = {
  branchId: Scalars['ID']['input'];
};


export type QueryLookupQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  receiptNumber?: InputMaybe<Scalars['String']['input']>;
  recordType?: InputMaybe<LookupRecordType>;
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
  tab?: LookupQueueTab;
};


export type QueryLookupRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  list?: BookingList;
};


export type QueryMyLookupRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOnlineExhibitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOnlineExhibitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPreviewRichTextArgs = {
  html: Scalars['String']['input'];
};


export type QuerySlotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySlotDoorFiguresArgs = {
  slotId: Scalars['ID']['input'];
};


export type QuerySlotRosterArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  slotId: Scalars['ID']['input'];
};


export type QueryStaffAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffAccountsArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStaffDashboardArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffSlotArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffTrendsArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  days: Scalars['Int']['input'];
};


export type QueryStaffVenueArgs = {
  branchId?: InputMaybe<Scalars['ID']['input']>;
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStudioArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStudioArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ContentStatus>;
};


export type QueryStudioOnlineExhibitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStudioOnlineExhibitionsArgs = {
  status?: InputMaybe<ContentStatus>;
};


export type QueryUndeliveredMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};


export type QueryWorkingCalendarArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type QueryArticlesConnection = {
  __typename?: 'QueryArticlesConnection';
  edges: Array<QueryArticlesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryArticlesConnectionEdge = {
  __typename?: 'QueryArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type QueryAuditLogConnection = {
  __typename?: 'QueryAuditLogConnection';
  edges: Array<QueryAuditLogConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryAuditLogConnectionEdge = {
  __typename?: 'QueryAuditLogConnectionEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type QueryAuditLogResult = InputValidationError | NotAuthorizedError | QueryAuditLogSuccess;

export type QueryAuditLogSuccess = {
  __typename?: 'QueryAuditLogSuccess';
  data: QueryAuditLogConnection;
};

export type QueryBookingStatisticsResult = InputValidationError | NotAuthorizedError | NotFoundError | QueryBookingStatisticsSuccess;

export type QueryBookingStatisticsSuccess = {
  __typename?: 'QueryBookingStatisticsSuccess';
  data: Array<DailyStatistics>;
};

export type QueryExhibitionsConnection = {
  __typename?: 'QueryExhibitionsConnection';
  edges: Array<QueryExhibitionsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryExhibitionsConnectionEdge = {
  __typename?: 'QueryExhibitionsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Exhibition;
};

export type QueryLookupQueueConnection = {
  __typename?: 'QueryLookupQueueConnection';
  edges: Array<QueryLookupQueueConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryLookupQueueConnectionEdge = {
  __typename?: 'QueryLookupQueueConnectionEdge';
  cursor: Scalars['String']['output'];
  node: LookupRequest;
};

export type QueryLookupQueueResult = InputValidationError | QueryLookupQueueSuccess;

export type QueryLookupQueueSuccess = {
  __typename?: 'QueryLookupQueueSuccess';
  data: QueryLookupQueueConnection;
};

export type QueryMyBookingsConnection = {
  __typename?: 'QueryMyBookingsConnection';
  edges: Array<QueryMyBookingsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyBookingsConnectionEdge = {
  __typename?: 'QueryMyBookingsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

export type QueryMyLookupRequestsConnection = {
  __typename?: 'QueryMyLookupRequestsConnection';
  edges: Array<QueryMyLookupRequestsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyLookupRequestsConnectionEdge = {
  __typename?: 'QueryMyLookupRequestsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: LookupRequest;
};

export type QueryMyMessagesConnection = {
  __typename?: 'QueryMyMessagesConnection';
  edges: Array<QueryMyMessagesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyMessagesConnectionEdge = {
  __typename?: 'QueryMyMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type QueryStaffDashboardResult = InputValidationError | NotAuthorizedError | QueryStaffDashboardSuccess;

export type QueryStaffDashboardSuccess = {
  __typename?: 'QueryStaffDashboardSuccess';
  data: StaffDashboard;
};

export type QueryStaffTrendsResult = InputValidationError | NotAuthorizedError | QueryStaffTrendsSuccess;

export type QueryStaffTrendsSuccess = {
  __typename?: 'QueryStaffTrendsSuccess';
  data: StaffTrends;
};

export type QueryStaffVenueResult = InputValidationError | NotAuthorizedError | NotFoundError | QueryStaffVenueSuccess;

export type QueryStaffVenueSuccess = {
  __typename?: 'QueryStaffVenueSuccess';
  data: VenueEditing;
};

export type QueryStudioArticlesConnection = {
  __typename?: 'QueryStudioArticlesConnection';
  edges: Array<QueryStudioArticlesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryStudioArticlesConnectionEdge = {
  __typename?: 'QueryStudioArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type QueryUndeliveredMessagesConnection = {
  __typename?: 'QueryUndeliveredMessagesConnection';
  edges: Array<QueryUndeliveredMessagesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryUndeliveredMessagesConnectionEdge = {
  __typename?: 'QueryUndeliveredMessagesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: UndeliveredMessage;
};

export type QueryWorkingCalendarResult = InputValidationError | QueryWorkingCalendarSuccess;

export type QueryWorkingCalendarSuccess = {
  __typename?: 'QueryWorkingCalendarSuccess';
  data: Array<WorkingCalendarDay>;
};

export type RateLimitedError = Error & {
  __typename?: 'RateLimitedError';
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
};

/** A share shown honestly: the counts always, the percentage only for samples of 20 or more. */
export type Ratio = {
  __typename?: 'Ratio';
  part: Scalars['Int']['output'];
  /** null below 20: show "part / whole" instead */
  percent?: Maybe<Scalars['Int']['output']>;
  whole: Scalars['Int']['output'];
};

/** A visitor admitted, named in full for staff to match the ID card (each reveal is audited) */
export type RevealedVisitor = {
  __typename?: 'RevealedVisitor';
  /** The last 4 characters of the document number */
  documentTail: Scalars['String']['output'];
  documentType: DocumentType;
  name: Scalars['String']['output'];
  visitorId: Scalars['ID']['output'];
};

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

export type SignInLockedError = Error & {
  __typename?: 'SignInLockedError';
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
  retryAt: Scalars['DateTime']['output'];
};

export type SignedIn = {
  __typename?: 'SignedIn';
  account: Account;
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque session token; send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

export type Slot = {
  __typename?: 'Slot';
  booked: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  /** Visitors checked in so far */
  checkedIn: Scalars['Int']['output'];
  closedReason?: Maybe<Scalars['String']['output']>;
  endAt: Scalars['DateTime']['output'];
  exhibition?: Maybe<Exhibition>;
  groupBooked: Scalars['Int']['output'];
  groupQuota: Scalars['Int']['output'];
  groupRemaining: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  offerHeld: Scalars['Int']['output'];
  /** Places an online booking can take now */
  remaining: Scalars['Int']['output'];
  startAt: Scalars['DateTime']['output'];
  status: SlotStatus;
  visitDate: Scalars['Date']['output'];
  walkinHeld: Scalars['Int']['output'];
  walkinQuota: Scalars['Int']['output'];
  walkinUsed: Scalars['Int']['output'];
};

export type SlotClosedError = Error & {
  __typename?: 'SlotClosedError';
  message: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

/** Live counts of one slot at the door, read from the database (right whichever door admitted) */
export type SlotDoorFigures = {
  __typename?: 'SlotDoorFigures';
  arrived: Scalars['Int']['output'];
  /** Visitors booked: arrived, expected or missed */
  booked: Scalars['Int']['output'];
  closesAt: Scalars['DateTime']['output'];
  opensAt: Scalars['DateTime']['output'];
  /** Booked and not arrived yet */
  remaining: Scalars['Int']['output'];
  /** Minutes within which a check-in may be undone */
  undoMinutes: Scalars['Int']['output'];
};

export type SlotFullError = Error & {
  __typename?: 'SlotFullError';
  message: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
};

export type SlotNotFoundError = Error & {
  __typename?: 'SlotNotFoundError';
  message: Scalars['String']['output'];
};

export type SlotStatus =
  /** 已关闭 */
  | 'CLOSED'
  /** 开放 */
  | 'OPEN';

export type SlotTemplate = {
  __typename?: 'SlotTemplate';
  capacity: Scalars['Int']['output'];
  endTime: Scalars['String']['output'];
  groupQuota: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  startTime: Scalars['String']['output'];
  walkinQuota: Scalars['Int']['output'];
  weekday: Scalars['Int']['output'];
};

export type SlotTemplateInput = {
  capacity: Scalars['Int']['input'];
  endTime: Scalars['String']['input'];
  groupQuota?: InputMaybe<Scalars['Int']['input']>;
  startTime: Scalars['String']['input'];
  walkinQuota?: InputMaybe<Scalars['Int']['input']>;
  /** ISO weekday, 1 = Monday */
  weekday: Scalars['Int']['input'];
};

/** A member of staff as administrators see them. */
export type StaffAccount = {
  __typename?: 'StaffAccount';
  branch?: Maybe<Branch>;
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Still on a one-time password an administrator was shown. */
  mustChangePassword: Scalars['Boolean']['output'];
  passwordChangedAt?: Maybe<Scalars['DateTime']['output']>;
  role: StaffRole;
  username: Scalars['String']['output'];
};

export type StaffAccountInput = {
  branchId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  role: StaffRole;
};

export type StaffAccountWithPassword = {
  __typename?: 'StaffAccountWithPassword';
  account: StaffAccount;
  /** Shown once: only its hash is kept. The account must replace it at its next sign-in. */
  oneTimePassword: Scalars['String']['output'];
};

export type StaffDashboard = {
  __typename?: 'StaffDashboard';
  date: Scalars['Date']['output'];
  groupsAwaitingReview: Scalars['Int']['output'];
  lookupsOverdue: Scalars['Int']['output'];
  openLookups: Array<LookupStateCount>;
  slots: Array<DashboardSlot>;
  undeliveredMessages: Scalars['Int']['output'];
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

export type StaffTrends = {
  __typename?: 'StaffTrends';
  articles: Array<ArticleReads>;
  /** Booked visitors who came, of those whose day is over; walk-ins apart */
  attendance: Ratio;
  days: Array<TrendDay>;
  from: Scalars['Date']['output'];
  lookups: Array<BranchLookupTrend>;
  noShowRate: Ratio;
  to: Scalars['Date']['output'];
  walkIns: Scalars['Int']['output'];
};

export type StalePrivacyNoticeError = Error & {
  __typename?: 'StalePrivacyNoticeError';
  acceptedVersion: Scalars['String']['output'];
  currentVersion: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

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

export type TicketRejectedError = Error & {
  __typename?: 'TicketRejectedError';
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who the ticket is for, masked (张*): the visitor scanned, the leader or the first of the party */
  maskedName?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** For WRONG_DAY, TOO_EARLY and TOO_LATE: the first instant of entry */
  opensAt?: Maybe<Scalars['DateTime']['output']>;
  partySize?: Maybe<Scalars['Int']['output']>;
  /** INVALID, NOT_FOUND, ALREADY_CHECKED_IN, CANCELLED, NOT_CONFIRMED, WRONG_DAY, TOO_EARLY or TOO_LATE */
  reason: Scalars['String']['output'];
  slotStartAt?: Maybe<Scalars['DateTime']['output']>;
  visitDate?: Maybe<Scalars['Date']['output']>;
};

export type TrendDay = {
  __typename?: 'TrendDay';
  /** Visitors who booked and came */
  bookedArrived: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  noShows: Scalars['Int']['output'];
  walkIns: Scalars['Int']['output'];
};

/** A message WeChat could not deliver (FAILED or NO_GRANT): staff may phone the citizen instead. */
export type UndeliveredMessage = {
  __typename?: 'UndeliveredMessage';
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  branchId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deliveryStatus: MessageDeliveryStatus;
  errcode?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  maskedPhone?: Maybe<Scalars['String']['output']>;
  page?: Maybe<Scalars['String']['output']>;
  /** WeChat's errcode and errmsg, or why not sent */
  reason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type UndeliveredMessageNotFoundError = Error & {
  __typename?: 'UndeliveredMessageNotFoundError';
  message: Scalars['String']['output'];
};

export type UsernameTakenError = Error & {
  __typename?: 'UsernameTakenError';
  message: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

/** Where and when to come: an archive, or an exhibition held elsewhere. */
export type Venue = {
  __typename?: 'Venue';
  accessibility?: Maybe<Scalars['String']['output']>;
  address: Scalars['String']['output'];
  /** Monday to Sunday */
  days: Array<VenueDay>;
  entrance?: Maybe<Scalars['String']['output']>;
  /** Holiday closures and the like */
  hoursNotes?: Maybe<Scalars['String']['output']>;
  /** "周一闭馆，9:00–12:00，14:30–17:30" */
  hoursText: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Demonstration values not yet confirmed by the archive */
  isExample: Scalars['Boolean']['output'];
  /** GCJ-02 (what WeChat openLocation expects) */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** GCJ-02 */
  longitude?: Maybe<Scalars['Float']['output']>;
  lunchEnd?: Maybe<Scalars['String']['output']>;
  lunchStart?: Maybe<Scalars['String']['output']>;
  ownerKind: VenueOwnerKind;
  phone?: Maybe<Scalars['String']['output']>;
  transport?: Maybe<Scalars['String']['output']>;
};

/** One weekday of the opening hours; open and close are null when closed all day. */
export type VenueDay = {
  __typename?: 'VenueDay';
  close?: Maybe<Scalars['String']['output']>;
  /** 'HH:MM', Asia/Shanghai */
  open?: Maybe<Scalars['String']['output']>;
  /** 1 = Monday … 7 = Sunday */
  weekday: Scalars['Int']['output'];
};

export type VenueDayInput = {
  close?: InputMaybe<Scalars['String']['input']>;
  closed: Scalars['Boolean']['input'];
  /** 'HH:MM' */
  open?: InputMaybe<Scalars['String']['input']>;
};

/** What the staff page edits: an archive’s venue, or an exhibition’s own venue beside its archive’s */
export type VenueEditing = {
  __typename?: 'VenueEditing';
  /** For an exhibition: its archive’s venue, where it is held without one of its own */
  archiveVenue?: Maybe<Venue>;
  ownerId: Scalars['ID']['output'];
  ownerKind: VenueOwnerKind;
  /** The archive’s name or the exhibition’s title */
  title: Scalars['String']['output'];
  venue?: Maybe<Venue>;
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

export type VisitorConsentRequiredError = Error & {
  __typename?: 'VisitorConsentRequiredError';
  message: Scalars['String']['output'];
};

export type VisitorInput = {
  documentNumber: Scalars['String']['input'];
  documentType?: DocumentType;
  /** For documents without a birth date, in group rosters */
  minor?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type VisitorNotCancellableError = Error & {
  __typename?: 'VisitorNotCancellableError';
  message: Scalars['String']['output'];
  /** GROUP_ROSTER or VISITOR_STATUS */
  reason: Scalars['String']['output'];
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

export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  bookingId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  offeredUntil?: Maybe<Scalars['DateTime']['output']>;
  partySize: Scalars['Int']['output'];
  /** Place in the queue while waiting */
  position?: Maybe<Scalars['Int']['output']>;
  slot?: Maybe<Slot>;
  status: WaitlistStatus;
};

export type WaitlistNotAvailableError = Error & {
  __typename?: 'WaitlistNotAvailableError';
  message: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

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

export type WechatCodeInvalidError = Error & {
  __typename?: 'WechatCodeInvalidError';
  message: Scalars['String']['output'];
  /** 40029 invalid code, 40163 code already used */
  wechatCode: Scalars['Int']['output'];
};

export type WechatRateLimitedError = Error & {
  __typename?: 'WechatRateLimitedError';
  message: Scalars['String']['output'];
};

export type WechatUnavailableError = Error & {
  __typename?: 'WechatUnavailableError';
  message: Scalars['String']['output'];
  /** WeChat's errcode; -1 busy or unreachable */
  wechatCode: Scalars['Int']['output'];
};

export type WechatUserBlockedError = Error & {
  __typename?: 'WechatUserBlockedError';
  message: Scalars['String']['output'];
};

/** A day that differs from the weekly rule (Monday–Friday work): a holiday or a make-up working day. */
export type WorkingCalendarDay = {
  __typename?: 'WorkingCalendarDay';
  date: Scalars['Date']['output'];
  kind: CalendarDayKind;
  note?: Maybe<Scalars['String']['output']>;
};

export type ArticleCardFragment = { __typename?: 'Article', id: string, title: string, category: ArticleCategory, pinned: boolean, featured: boolean, publishedAt?: string | null, tags: Array<string> };

export type ArticleFeedQueryVariables = Exact<{
  category?: InputMaybe<ArticleCategory>;
  search?: InputMaybe<Scalars['String']['input']>;
  featured?: InputMaybe<Scalars['Boolean']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArticleFeedQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, category: ArticleCategory, pinned: boolean, featured: boolean, publishedAt?: string | null, tags: Array<string> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type ArticleFeedCardsQueryVariables = Exact<{
  category?: InputMaybe<ArticleCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ArticleFeedCardsQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, summary: string, category: ArticleCategory, tags: Array<string>, readingMinutes: number, pinned: boolean, featured: boolean, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean, publishedAt?: string | null, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ArticleFullFragment = { __typename?: 'Article', id: string, title: string, summary: string, category: ArticleCategory, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, bodyHtml: string, coverUrl?: string | null, tags: Array<string>, readingMinutes: number, pinned: boolean, featured: boolean, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean, availableActions: Array<ContentAction>, body: Array<{ __typename?: 'ContentBlock', kind: ContentBlockKind, html?: string | null, text?: string | null }>, cover?: { __typename?: 'MediaImage', url: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, branch?: { __typename?: 'Branch', id: string, code: string } | null, exhibition?: { __typename?: 'Exhibition', id: string } | null };

export type ArticleReaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  related?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ArticleReaderQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title: string, summary: string, category: ArticleCategory, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, bodyHtml: string, coverUrl?: string | null, tags: Array<string>, readingMinutes: number, pinned: boolean, featured: boolean, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean, availableActions: Array<ContentAction>, related: Array<{ __typename?: 'Article', id: string, title: string }>, body: Array<{ __typename?: 'ContentBlock', kind: ContentBlockKind, html?: string | null, text?: string | null }>, cover?: { __typename?: 'MediaImage', url: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, branch?: { __typename?: 'Branch', id: string, code: string } | null, exhibition?: { __typename?: 'Exhibition', id: string } | null } | null };

export type ArticleCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleCategoriesQuery = { __typename?: 'Query', articleCategories: Array<{ __typename?: 'ArticleCategoryInfo', category: ArticleCategory, label: string }> };

export type StudioArticlesQueryVariables = Exact<{
  status?: InputMaybe<ContentStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StudioArticlesQuery = { __typename?: 'Query', studioArticles: { __typename?: 'QueryStudioArticlesConnection', edges: Array<{ __typename?: 'QueryStudioArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, status: ContentStatus, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type StudioArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StudioArticleQuery = { __typename?: 'Query', studioArticle?: { __typename?: 'Article', id: string, title: string, summary: string, category: ArticleCategory, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, bodyHtml: string, coverUrl?: string | null, tags: Array<string>, readingMinutes: number, pinned: boolean, featured: boolean, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean, availableActions: Array<ContentAction>, body: Array<{ __typename?: 'ContentBlock', kind: ContentBlockKind, html?: string | null, text?: string | null }>, cover?: { __typename?: 'MediaImage', url: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, branch?: { __typename?: 'Branch', id: string, code: string } | null, exhibition?: { __typename?: 'Exhibition', id: string } | null } | null };

export type PreviewRichTextQueryVariables = Exact<{
  html: Scalars['String']['input'];
}>;


export type PreviewRichTextQuery = { __typename?: 'Query', previewRichText: Array<{ __typename?: 'ContentBlock', kind: ContentBlockKind, html?: string | null }> };

export type RecordArticleReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  readerKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordArticleReadMutation = { __typename?: 'Mutation', recordArticleRead: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRecordArticleReadSuccess', data: { __typename?: 'Article', id: string, readCount: number } } | { __typename: 'NotFoundError', message: string, entity: string } };

export type SetArticleLikeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  liked: Scalars['Boolean']['input'];
}>;


export type SetArticleLikeMutation = { __typename?: 'Mutation', setArticleLike: { __typename: 'MutationSetArticleLikeSuccess', data: { __typename?: 'Article', id: string, likeCount: number, viewerLiked: boolean } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type RecordArticleShareMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  channel: ShareChannel;
}>;


export type RecordArticleShareMutation = { __typename?: 'Mutation', recordArticleShare: { __typename: 'MutationRecordArticleShareSuccess', data: { __typename?: 'Article', id: string, shareCount: number } } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } };

export type SaveArticleMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ArticleInput;
}>;


export type SaveArticleMutation = { __typename?: 'Mutation', saveArticle: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveArticleSuccess', data: { __typename?: 'Article', id: string, title: string, summary: string, category: ArticleCategory, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, bodyHtml: string, coverUrl?: string | null, tags: Array<string>, readingMinutes: number, pinned: boolean, featured: boolean, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean, availableActions: Array<ContentAction>, body: Array<{ __typename?: 'ContentBlock', kind: ContentBlockKind, html?: string | null, text?: string | null }>, cover?: { __typename?: 'MediaImage', url: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, branch?: { __typename?: 'Branch', id: string, code: string } | null, exhibition?: { __typename?: 'Exhibition', id: string } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type ChangeArticleStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: ContentAction;
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ChangeArticleStatusMutation = { __typename?: 'Mutation', changeArticleStatus: { __typename: 'ContentTransitionError', message: string, status: ContentStatus, action: ContentAction } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeArticleStatusSuccess', data: { __typename?: 'Article', id: string, status: ContentStatus, publishedAt?: string | null, scheduledAt?: string | null, availableActions: Array<ContentAction> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type SetArticleHighlightMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  pinned: Scalars['Boolean']['input'];
  featured: Scalars['Boolean']['input'];
}>;


export type SetArticleHighlightMutation = { __typename?: 'Mutation', setArticleHighlight: { __typename: 'MutationSetArticleHighlightSuccess', data: { __typename?: 'Article', id: string, pinned: boolean, featured: boolean } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type AuditLogQueryVariables = Exact<{
  person?: InputMaybe<Scalars['String']['input']>;
  staff?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<AuditAction>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'NotAuthorizedError', reason: string } | { __typename: 'QueryAuditLogSuccess', data: { __typename?: 'QueryAuditLogConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryAuditLogConnectionEdge', node: { __typename?: 'AuditEntry', id: string, at: string, action: AuditAction, result: AuditResult, actorAccountId?: string | null, actorName?: string | null, actorRole?: StaffRole | null, targetKind?: string | null, targetId?: string | null, revealedFields: Array<string>, reason?: string | null, rowCount?: number | null, requestId?: string | null, clientAddress?: string | null, detail?: string | null, actorBranch?: { __typename?: 'Branch', id: string, name: string } | null } }> } } };

export type SignInWithWechatMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SignInWithWechatMutation = { __typename?: 'Mutation', signInWithWechat: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSignInWithWechatSuccess', data: { __typename: 'SignedIn', token: string, expiresAt: string, account: { __typename: 'Account', id: string, kind: AccountKind, displayName: string, role?: StaffRole | null, phone?: string | null, branch?: { __typename?: 'Branch', code: string } | null } } } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } | { __typename: 'WechatCodeInvalidError', message: string, wechatCode: number } | { __typename: 'WechatRateLimitedError', message: string } | { __typename: 'WechatUnavailableError', message: string, wechatCode: number } | { __typename: 'WechatUserBlockedError', message: string } };

export type SignInForDevelopmentMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type SignInForDevelopmentMutation = { __typename?: 'Mutation', signInForDevelopment: { __typename: 'DevelopmentSignInDisabledError', message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSignInForDevelopmentSuccess', data: { __typename?: 'SignedIn', token: string, expiresAt: string, account: { __typename?: 'Account', id: string, kind: AccountKind, displayName: string, role?: StaffRole | null } } } | { __typename: 'RateLimitedError', message: string } };

export type SignInStaffMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInStaffMutation = { __typename?: 'Mutation', signInStaff: { __typename: 'InvalidCredentialsError', message: string } | { __typename: 'MutationSignInStaffSuccess', data: { __typename?: 'SignedIn', token: string, account: { __typename?: 'Account', id: string, kind: AccountKind, role?: StaffRole | null, displayName: string, mustChangePassword: boolean, branch?: { __typename?: 'Branch', code: string } | null } } } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } | { __typename: 'SignInLockedError', message: string, retryAt: string, retryAfterSeconds: number } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Account', id: string, kind: AccountKind, displayName: string, role?: StaffRole | null, branch?: { __typename?: 'Branch', code: string } | null } | null };

export type ViewerPhoneQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPhoneQuery = { __typename?: 'Query', viewer?: { __typename?: 'Account', id: string, phone?: string | null } | null };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOptionsQuery = { __typename?: 'Query', authOptions: { __typename?: 'AuthOptions', developmentSignIn: boolean, wechatSignIn: boolean } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SlotFieldsFragment = { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number };

export type CalendarDayFieldsFragment = { __typename?: 'CalendarDay', date: string, availability: DayAvailability, remaining: number, releaseAt: string, closedReason?: string | null };

export type BookingFieldsFragment = { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } };

export type FrequentVisitorFieldsFragment = { __typename?: 'FrequentVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string };

export type ExhibitionSlotsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type ExhibitionSlotsQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', slots: Array<{ __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number }> } | null };

export type ExhibitionCalendarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  days: Scalars['Int']['input'];
}>;


export type ExhibitionCalendarQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', calendar: Array<{ __typename?: 'CalendarDay', date: string, availability: DayAvailability, remaining: number, releaseAt: string, closedReason?: string | null }> } | null };

export type CreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type CreateBookingMutation = { __typename?: 'Mutation', createBooking: { __typename: 'BookingClosedError', message: string, closedAt: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCreateBookingSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'PrivacyConsentRequiredError', currentVersion: string, message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } | { __typename: 'VisitorConsentRequiredError', message: string } };

export type RushCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type RushCreateBookingMutation = { __typename?: 'Mutation', createBooking: { __typename: 'BookingClosedError', message: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'BookingNotOpenYetError', message: string } | { __typename: 'BookingSuspendedError', message: string } | { __typename: 'DuplicateVisitorError', message: string } | { __typename: 'InputValidationError', message: string } | { __typename: 'MutationCreateBookingSuccess', data: { __typename?: 'Booking', id: string } } | { __typename: 'NotAuthorizedError', message: string } | { __typename: 'PrivacyConsentRequiredError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string } | { __typename: 'SlotFullError', message: string } | { __typename: 'SlotNotFoundError', message: string } | { __typename: 'VisitorConsentRequiredError', message: string } };

export type CancelBookingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelBookingMutation = { __typename?: 'Mutation', cancelBooking: { __typename: 'BookingNotCancellableError', message: string, status: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'MutationCancelBookingSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type BookingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BookingQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } | null };

export type BookingIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BookingIdQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string } | null };

export type MyBookingsQueryVariables = Exact<{
  list: BookingList;
}>;


export type MyBookingsQuery = { __typename?: 'Query', myBookings: { __typename?: 'QueryMyBookingsConnection', edges: Array<{ __typename?: 'QueryMyBookingsConnectionEdge', node: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } }> } };

export type BookingSuspensionQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingSuspensionQuery = { __typename?: 'Query', bookingSuspension: { __typename?: 'BookingSuspension', recentNoShows: number, suspendedFrom?: string | null, suspendedUntil?: string | null } };

export type FrequentVisitorsQueryVariables = Exact<{ [key: string]: never; }>;


export type FrequentVisitorsQuery = { __typename?: 'Query', frequentVisitors: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string }> };

export type AddFrequentVisitorMutationVariables = Exact<{
  visitor: VisitorInput;
  consent?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AddFrequentVisitorMutation = { __typename?: 'Mutation', addFrequentVisitor: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationAddFrequentVisitorSuccess', data: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'PrivacyConsentRequiredError', message: string } | { __typename: 'VisitorConsentRequiredError', message: string } };

export type RemoveFrequentVisitorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveFrequentVisitorMutation = { __typename?: 'Mutation', removeFrequentVisitor: { __typename: 'MutationRemoveFrequentVisitorSuccess', data: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type BookingVisitorNamesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BookingVisitorNamesQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentNumber: string, status: VisitorStatus }> } | null };

export type CancelBookingVisitorMutationVariables = Exact<{
  bookingId: Scalars['ID']['input'];
  visitorId: Scalars['ID']['input'];
}>;


export type CancelBookingVisitorMutation = { __typename?: 'Mutation', cancelBookingVisitor: { __typename: 'BookingNotCancellableError', message: string, status: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'MutationCancelBookingVisitorSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'VisitorNotCancellableError', message: string, reason: string } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, phase: ExhibitionPhase, featured: boolean, branch: { __typename?: 'Branch', code: string, name: string } }>, latestArticles: Array<{ __typename?: 'Article', id: string, title: string, publishedAt?: string | null }> } };

export type DemoHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoHomeQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', title: string, phase: ExhibitionPhase }>, latestArticles: Array<{ __typename?: 'Article', title: string }> } };

export type HomeTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeTitlesQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', title: string }>, latestArticles: Array<{ __typename?: 'Article', title: string }> } };

export type ExhibitionsQueryVariables = Exact<{
  phase?: InputMaybe<ExhibitionPhase>;
  mode?: InputMaybe<ExhibitionMode>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExhibitionsQuery = { __typename?: 'Query', exhibitions: { __typename?: 'QueryExhibitionsConnection', edges: Array<{ __typename?: 'QueryExhibitionsConnectionEdge', cursor: string, node: { __typename?: 'Exhibition', id: string, title: string, phase: ExhibitionPhase, mode: ExhibitionMode, opensOn: string, closesOn?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type FirstCurrentOnsiteExhibitionQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstCurrentOnsiteExhibitionQuery = { __typename?: 'Query', exhibitions: { __typename?: 'QueryExhibitionsConnection', edges: Array<{ __typename?: 'QueryExhibitionsConnectionEdge', node: { __typename?: 'Exhibition', id: string, title: string } }> } };

export type ExhibitionTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExhibitionTitleQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null };

export type TwoExhibitionPhasesQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type TwoExhibitionPhasesQuery = { __typename?: 'Query', a?: { __typename?: 'Exhibition', phase: ExhibitionPhase } | null, b?: { __typename?: 'Exhibition', phase: ExhibitionPhase } | null };

export type ArticlesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ArticleCategory>;
}>;


export type ArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, category: ArticleCategory, publishedAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ArticleAndNewestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArticleAndNewestQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title: string } | null, articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id: string } }> } };

export type NewestArticleIdQueryVariables = Exact<{ [key: string]: never; }>;


export type NewestArticleIdQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id: string } }> } };

export type BranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, code: string, name: string, shortName: string, kind: BranchKind }> };

export type BenchHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchHomeQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, branch: { __typename?: 'Branch', name: string } }> } };

export type CheckInResultFieldsFragment = { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } };

export type CheckInTicketMutationVariables = Exact<{
  token: Scalars['String']['input'];
  headcount?: InputMaybe<Scalars['Int']['input']>;
  scanId?: InputMaybe<Scalars['String']['input']>;
  scannedAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CheckInTicketMutation = { __typename?: 'Mutation', checkInTicket: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInTicketSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null } };

export type CheckInByDocumentMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  documentType: DocumentType;
  documentNumber: Scalars['String']['input'];
}>;


export type CheckInByDocumentMutation = { __typename?: 'Mutation', checkInByDocument: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInByDocumentSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null } };

export type RegisterWalkInMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  visitors: Array<VisitorInput> | VisitorInput;
}>;


export type RegisterWalkInMutation = { __typename?: 'Mutation', registerWalkIn: { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRegisterWalkInSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'OutsideEntryWindowError', message: string, reason: string, slotStartAt: string, opensAt: string, closesAt: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } };

export type SlotRosterQueryVariables = Exact<{
  slotId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type SlotRosterQuery = { __typename?: 'Query', slotRoster: Array<{ __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } }> };

export type CheckInVisitorsMutationVariables = Exact<{
  bookingId: Scalars['ID']['input'];
  visitorIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CheckInVisitorsMutation = { __typename?: 'Mutation', checkInVisitors: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInVisitorsSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null } };

export type UndoCheckInMutationVariables = Exact<{
  visitorId: Scalars['ID']['input'];
}>;


export type UndoCheckInMutation = { __typename?: 'Mutation', undoCheckIn: { __typename: 'CheckInUndoRefusedError', reason: string, undoMinutes: number, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationUndoCheckInSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null } };

export type SlotDoorFiguresQueryVariables = Exact<{
  slotId: Scalars['ID']['input'];
}>;


export type SlotDoorFiguresQuery = { __typename?: 'Query', slotDoorFigures?: { __typename?: 'SlotDoorFigures', booked: number, arrived: number, remaining: number, opensAt: string, closesAt: string, undoMinutes: number } | null };

export type OverrideCheckInMutationVariables = Exact<{
  token?: InputMaybe<Scalars['String']['input']>;
  slotId?: InputMaybe<Scalars['ID']['input']>;
  documentType?: InputMaybe<DocumentType>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
}>;


export type OverrideCheckInMutation = { __typename?: 'Mutation', overrideCheckIn: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationOverrideCheckInSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null } };

export type InputValidationErrorFieldsFragment = { __typename?: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

export type NotAuthorizedErrorFieldsFragment = { __typename?: 'NotAuthorizedError', reason: string };

export type NotFoundErrorFieldsFragment = { __typename?: 'NotFoundError', entity: string };

export type SlotFullErrorFieldsFragment = { __typename?: 'SlotFullError', remaining: number };

export type SlotClosedErrorFieldsFragment = { __typename?: 'SlotClosedError', closedReason?: string | null };

export type BookingNotOpenYetErrorFieldsFragment = { __typename?: 'BookingNotOpenYetError', opensAt: string };

export type BookingClosedErrorFieldsFragment = { __typename?: 'BookingClosedError', closedAt: string };

export type BookingSuspendedErrorFieldsFragment = { __typename?: 'BookingSuspendedError', suspendedFrom: string, suspendedUntil: string };

export type DuplicateVisitorErrorFieldsFragment = { __typename?: 'DuplicateVisitorError', documentNumber: string, visitDate: string };

export type BookingNotCancellableErrorFieldsFragment = { __typename?: 'BookingNotCancellableError', status: string };

export type WaitlistNotAvailableErrorFieldsFragment = { __typename?: 'WaitlistNotAvailableError', reason: string };

export type GroupRuleErrorFieldsFragment = { __typename?: 'GroupRuleError', rule: string };

export type GroupQuotaFullErrorFieldsFragment = { __typename?: 'GroupQuotaFullError', remaining: number };

export type TicketRejectedErrorFieldsFragment = { __typename?: 'TicketRejectedError', reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null };

export type OutsideEntryWindowErrorFieldsFragment = { __typename?: 'OutsideEntryWindowError', reason: string, slotStartAt: string, opensAt: string, closesAt: string };

export type CapacityBelowBookedErrorFieldsFragment = { __typename?: 'CapacityBelowBookedError', taken: number, limit: string };

type BookingAttemptErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string, closedAt: string };

type BookingAttemptErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type BookingAttemptErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type BookingAttemptErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string, opensAt: string };

type BookingAttemptErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string };

type BookingAttemptErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type BookingAttemptErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type BookingAttemptErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type BookingAttemptErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type BookingAttemptErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type BookingAttemptErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string };

type BookingAttemptErrors_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type BookingAttemptErrors_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type BookingAttemptErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type BookingAttemptErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type BookingAttemptErrors_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type BookingAttemptErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type BookingAttemptErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type BookingAttemptErrors_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type BookingAttemptErrors_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type BookingAttemptErrors_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type BookingAttemptErrors_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type BookingAttemptErrors_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type BookingAttemptErrors_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type BookingAttemptErrors_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type BookingAttemptErrors_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type BookingAttemptErrors_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type BookingAttemptErrors_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type BookingAttemptErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type BookingAttemptErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type BookingAttemptErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type BookingAttemptErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type BookingAttemptErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', currentVersion: string, message: string };

type BookingAttemptErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type BookingAttemptErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type BookingAttemptErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string, closedReason?: string | null };

type BookingAttemptErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string, remaining: number };

type BookingAttemptErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type BookingAttemptErrors_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type BookingAttemptErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type BookingAttemptErrors_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type BookingAttemptErrors_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type BookingAttemptErrors_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type BookingAttemptErrors_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type BookingAttemptErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type BookingAttemptErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type BookingAttemptErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type BookingAttemptErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type BookingAttemptErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type BookingAttemptErrorsFragment = BookingAttemptErrors_BookingClosedError_Fragment | BookingAttemptErrors_BookingNotCancellableError_Fragment | BookingAttemptErrors_BookingNotFoundError_Fragment | BookingAttemptErrors_BookingNotOpenYetError_Fragment | BookingAttemptErrors_BookingSuspendedError_Fragment | BookingAttemptErrors_CapacityBelowBookedError_Fragment | BookingAttemptErrors_CheckInUndoRefusedError_Fragment | BookingAttemptErrors_ContentTransitionError_Fragment | BookingAttemptErrors_DevelopmentSignInDisabledError_Fragment | BookingAttemptErrors_DuplicateOpenLookupError_Fragment | BookingAttemptErrors_DuplicateVisitorError_Fragment | BookingAttemptErrors_ExportApprovalRefusedError_Fragment | BookingAttemptErrors_ExportRequestNotFoundError_Fragment | BookingAttemptErrors_GroupQuotaFullError_Fragment | BookingAttemptErrors_GroupRuleError_Fragment | BookingAttemptErrors_IllegalLookupTransitionError_Fragment | BookingAttemptErrors_InputValidationError_Fragment | BookingAttemptErrors_InvalidCredentialsError_Fragment | BookingAttemptErrors_LookupAttachmentNotAvailableError_Fragment | BookingAttemptErrors_LookupAttachmentNotFoundError_Fragment | BookingAttemptErrors_LookupCertificateNotAvailableError_Fragment | BookingAttemptErrors_LookupDocumentsMissingError_Fragment | BookingAttemptErrors_LookupRecordTypeNotHeldError_Fragment | BookingAttemptErrors_LookupRequestChangedError_Fragment | BookingAttemptErrors_LookupRequestNotFoundError_Fragment | BookingAttemptErrors_LookupVisitNotAvailableError_Fragment | BookingAttemptErrors_LookupVisitTooSoonError_Fragment | BookingAttemptErrors_MessagesNotFoundError_Fragment | BookingAttemptErrors_NotAuthorizedError_Fragment | BookingAttemptErrors_NotFoundError_Fragment | BookingAttemptErrors_OutsideEntryWindowError_Fragment | BookingAttemptErrors_OwnAccountError_Fragment | BookingAttemptErrors_PrivacyConsentRequiredError_Fragment | BookingAttemptErrors_RateLimitedError_Fragment | BookingAttemptErrors_SignInLockedError_Fragment | BookingAttemptErrors_SlotClosedError_Fragment | BookingAttemptErrors_SlotFullError_Fragment | BookingAttemptErrors_SlotNotFoundError_Fragment | BookingAttemptErrors_StalePrivacyNoticeError_Fragment | BookingAttemptErrors_TicketRejectedError_Fragment | BookingAttemptErrors_UndeliveredMessageNotFoundError_Fragment | BookingAttemptErrors_UsernameTakenError_Fragment | BookingAttemptErrors_VisitorConsentRequiredError_Fragment | BookingAttemptErrors_VisitorNotCancellableError_Fragment | BookingAttemptErrors_WaitlistNotAvailableError_Fragment | BookingAttemptErrors_WechatCodeInvalidError_Fragment | BookingAttemptErrors_WechatRateLimitedError_Fragment | BookingAttemptErrors_WechatUnavailableError_Fragment | BookingAttemptErrors_WechatUserBlockedError_Fragment;

type ManagerErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type ManagerErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type ManagerErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type ManagerErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type ManagerErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type ManagerErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type ManagerErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type ManagerErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type ManagerErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type ManagerErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type ManagerErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type ManagerErrors_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type ManagerErrors_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type ManagerErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type ManagerErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type ManagerErrors_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type ManagerErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type ManagerErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type ManagerErrors_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type ManagerErrors_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type ManagerErrors_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type ManagerErrors_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type ManagerErrors_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type ManagerErrors_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type ManagerErrors_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type ManagerErrors_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type ManagerErrors_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type ManagerErrors_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type ManagerErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type ManagerErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string, entity: string };

type ManagerErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type ManagerErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type ManagerErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type ManagerErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type ManagerErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type ManagerErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type ManagerErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type ManagerErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type ManagerErrors_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type ManagerErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type ManagerErrors_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type ManagerErrors_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type ManagerErrors_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type ManagerErrors_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type ManagerErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type ManagerErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type ManagerErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type ManagerErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type ManagerErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type ManagerErrorsFragment = ManagerErrors_BookingClosedError_Fragment | ManagerErrors_BookingNotCancellableError_Fragment | ManagerErrors_BookingNotFoundError_Fragment | ManagerErrors_BookingNotOpenYetError_Fragment | ManagerErrors_BookingSuspendedError_Fragment | ManagerErrors_CapacityBelowBookedError_Fragment | ManagerErrors_CheckInUndoRefusedError_Fragment | ManagerErrors_ContentTransitionError_Fragment | ManagerErrors_DevelopmentSignInDisabledError_Fragment | ManagerErrors_DuplicateOpenLookupError_Fragment | ManagerErrors_DuplicateVisitorError_Fragment | ManagerErrors_ExportApprovalRefusedError_Fragment | ManagerErrors_ExportRequestNotFoundError_Fragment | ManagerErrors_GroupQuotaFullError_Fragment | ManagerErrors_GroupRuleError_Fragment | ManagerErrors_IllegalLookupTransitionError_Fragment | ManagerErrors_InputValidationError_Fragment | ManagerErrors_InvalidCredentialsError_Fragment | ManagerErrors_LookupAttachmentNotAvailableError_Fragment | ManagerErrors_LookupAttachmentNotFoundError_Fragment | ManagerErrors_LookupCertificateNotAvailableError_Fragment | ManagerErrors_LookupDocumentsMissingError_Fragment | ManagerErrors_LookupRecordTypeNotHeldError_Fragment | ManagerErrors_LookupRequestChangedError_Fragment | ManagerErrors_LookupRequestNotFoundError_Fragment | ManagerErrors_LookupVisitNotAvailableError_Fragment | ManagerErrors_LookupVisitTooSoonError_Fragment | ManagerErrors_MessagesNotFoundError_Fragment | ManagerErrors_NotAuthorizedError_Fragment | ManagerErrors_NotFoundError_Fragment | ManagerErrors_OutsideEntryWindowError_Fragment | ManagerErrors_OwnAccountError_Fragment | ManagerErrors_PrivacyConsentRequiredError_Fragment | ManagerErrors_RateLimitedError_Fragment | ManagerErrors_SignInLockedError_Fragment | ManagerErrors_SlotClosedError_Fragment | ManagerErrors_SlotFullError_Fragment | ManagerErrors_SlotNotFoundError_Fragment | ManagerErrors_StalePrivacyNoticeError_Fragment | ManagerErrors_TicketRejectedError_Fragment | ManagerErrors_UndeliveredMessageNotFoundError_Fragment | ManagerErrors_UsernameTakenError_Fragment | ManagerErrors_VisitorConsentRequiredError_Fragment | ManagerErrors_VisitorNotCancellableError_Fragment | ManagerErrors_WaitlistNotAvailableError_Fragment | ManagerErrors_WechatCodeInvalidError_Fragment | ManagerErrors_WechatRateLimitedError_Fragment | ManagerErrors_WechatUnavailableError_Fragment | ManagerErrors_WechatUserBlockedError_Fragment;

type CheckInErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type CheckInErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type CheckInErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type CheckInErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type CheckInErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type CheckInErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type CheckInErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type CheckInErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type CheckInErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type CheckInErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type CheckInErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type CheckInErrors_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type CheckInErrors_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type CheckInErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type CheckInErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type CheckInErrors_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type CheckInErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type CheckInErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type CheckInErrors_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type CheckInErrors_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type CheckInErrors_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type CheckInErrors_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type CheckInErrors_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type CheckInErrors_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type CheckInErrors_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type CheckInErrors_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type CheckInErrors_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type CheckInErrors_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type CheckInErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type CheckInErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type CheckInErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type CheckInErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type CheckInErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type CheckInErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type CheckInErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type CheckInErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type CheckInErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type CheckInErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type CheckInErrors_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type CheckInErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null, closesAt?: string | null };

type CheckInErrors_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type CheckInErrors_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type CheckInErrors_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type CheckInErrors_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type CheckInErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type CheckInErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type CheckInErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type CheckInErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type CheckInErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type CheckInErrorsFragment = CheckInErrors_BookingClosedError_Fragment | CheckInErrors_BookingNotCancellableError_Fragment | CheckInErrors_BookingNotFoundError_Fragment | CheckInErrors_BookingNotOpenYetError_Fragment | CheckInErrors_BookingSuspendedError_Fragment | CheckInErrors_CapacityBelowBookedError_Fragment | CheckInErrors_CheckInUndoRefusedError_Fragment | CheckInErrors_ContentTransitionError_Fragment | CheckInErrors_DevelopmentSignInDisabledError_Fragment | CheckInErrors_DuplicateOpenLookupError_Fragment | CheckInErrors_DuplicateVisitorError_Fragment | CheckInErrors_ExportApprovalRefusedError_Fragment | CheckInErrors_ExportRequestNotFoundError_Fragment | CheckInErrors_GroupQuotaFullError_Fragment | CheckInErrors_GroupRuleError_Fragment | CheckInErrors_IllegalLookupTransitionError_Fragment | CheckInErrors_InputValidationError_Fragment | CheckInErrors_InvalidCredentialsError_Fragment | CheckInErrors_LookupAttachmentNotAvailableError_Fragment | CheckInErrors_LookupAttachmentNotFoundError_Fragment | CheckInErrors_LookupCertificateNotAvailableError_Fragment | CheckInErrors_LookupDocumentsMissingError_Fragment | CheckInErrors_LookupRecordTypeNotHeldError_Fragment | CheckInErrors_LookupRequestChangedError_Fragment | CheckInErrors_LookupRequestNotFoundError_Fragment | CheckInErrors_LookupVisitNotAvailableError_Fragment | CheckInErrors_LookupVisitTooSoonError_Fragment | CheckInErrors_MessagesNotFoundError_Fragment | CheckInErrors_NotAuthorizedError_Fragment | CheckInErrors_NotFoundError_Fragment | CheckInErrors_OutsideEntryWindowError_Fragment | CheckInErrors_OwnAccountError_Fragment | CheckInErrors_PrivacyConsentRequiredError_Fragment | CheckInErrors_RateLimitedError_Fragment | CheckInErrors_SignInLockedError_Fragment | CheckInErrors_SlotClosedError_Fragment | CheckInErrors_SlotFullError_Fragment | CheckInErrors_SlotNotFoundError_Fragment | CheckInErrors_StalePrivacyNoticeError_Fragment | CheckInErrors_TicketRejectedError_Fragment | CheckInErrors_UndeliveredMessageNotFoundError_Fragment | CheckInErrors_UsernameTakenError_Fragment | CheckInErrors_VisitorConsentRequiredError_Fragment | CheckInErrors_VisitorNotCancellableError_Fragment | CheckInErrors_WaitlistNotAvailableError_Fragment | CheckInErrors_WechatCodeInvalidError_Fragment | CheckInErrors_WechatRateLimitedError_Fragment | CheckInErrors_WechatUnavailableError_Fragment | CheckInErrors_WechatUserBlockedError_Fragment;

export type RequestGroupVisitMutationVariables = Exact<{
  input: GroupVisitInput;
}>;


export type RequestGroupVisitMutation = { __typename?: 'Mutation', requestGroupVisit: { __typename: 'BookingClosedError', message: string, closedAt: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'GroupQuotaFullError', message: string, remaining: number } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRequestGroupVisitSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'PrivacyConsentRequiredError', currentVersion: string, message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } };

export type UpdateGroupRosterMutationVariables = Exact<{
  bookingId: Scalars['ID']['input'];
  roster: Array<VisitorInput> | VisitorInput;
}>;


export type UpdateGroupRosterMutation = { __typename?: 'Mutation', updateGroupRoster: { __typename: 'BookingNotFoundError', message: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'GroupQuotaFullError', message: string, remaining: number } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationUpdateGroupRosterSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type ReviewGroupVisitMutationVariables = Exact<{
  bookingId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewGroupVisitMutation = { __typename?: 'Mutation', reviewGroupVisit: { __typename: 'BookingNotFoundError', message: string } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationReviewGroupVisitSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type GroupVisitIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupVisitIdsQuery = { __typename?: 'Query', groupVisits: Array<{ __typename?: 'Booking', id: string }> };

export type LookupRequestFieldsFragment = { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: LookupStatus, statusNote?: string | null, recordType: LookupRecordType, relation: LookupRelation, purpose: LookupPurpose, purposeText?: string | null, use: LookupUse, delivery: LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, closedAt?: string | null, roles: Array<LookupRole>, availableActions: Array<LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', code: string }, holdingBranch?: { __typename?: 'Branch', code: string } | null };

export type LookupTimelineFieldsFragment = { __typename?: 'LookupRequest', timeline: Array<{ __typename?: 'LookupEvent', kind: LookupEventKind, fromStatus?: LookupStatus | null, toStatus: LookupStatus, at: string, byCitizen: boolean, note?: string | null, branch?: { __typename?: 'Branch', code: string } | null }> };

export type LookupCertificateFieldsFragment = { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', code: string } };

export type LookupVisitFieldsFragment = { __typename?: 'LookupVisit', id: string, status: LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, remaining: number, startAt: string } };

export type DuplicateOpenLookupErrorFieldsFragment = { __typename?: 'DuplicateOpenLookupError', recordType: LookupRecordType, receiptNumber?: string | null };

export type IllegalLookupTransitionErrorFieldsFragment = { __typename?: 'IllegalLookupTransitionError', from: LookupStatus, action: LookupAction };

export type LookupRequestChangedErrorFieldsFragment = { __typename?: 'LookupRequestChangedError', currentStatus: LookupStatus };

export type LookupRecordTypeNotHeldErrorFieldsFragment = { __typename?: 'LookupRecordTypeNotHeldError', recordType: LookupRecordType, branchName: string };

export type LookupDocumentsMissingErrorFieldsFragment = { __typename?: 'LookupDocumentsMissingError', missing: Array<SupportingDocumentKind> };

export type LookupVisitTooSoonErrorFieldsFragment = { __typename?: 'LookupVisitTooSoonError', earliestDate: string };

export type LookupVisitNotAvailableErrorFieldsFragment = { __typename?: 'LookupVisitNotAvailableError', visitReason: string };

export type LookupCertificateNotAvailableErrorFieldsFragment = { __typename?: 'LookupCertificateNotAvailableError', certificateReason: string };

export type LookupAttachmentNotAvailableErrorFieldsFragment = { __typename?: 'LookupAttachmentNotAvailableError', attachmentReason: string };

export type LookupAttachmentFieldsFragment = { __typename?: 'LookupAttachment', uploadId: string, kind: SupportingDocumentKind, label: string, byteSize: number, width: number, height: number, attachedAt: string };

type LookupMoveErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type LookupMoveErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type LookupMoveErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type LookupMoveErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type LookupMoveErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type LookupMoveErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type LookupMoveErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type LookupMoveErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type LookupMoveErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type LookupMoveErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type LookupMoveErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type LookupMoveErrors_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type LookupMoveErrors_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type LookupMoveErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type LookupMoveErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type LookupMoveErrors_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string, from: LookupStatus, action: LookupAction };

type LookupMoveErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type LookupMoveErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type LookupMoveErrors_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type LookupMoveErrors_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type LookupMoveErrors_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type LookupMoveErrors_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type LookupMoveErrors_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type LookupMoveErrors_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string, currentStatus: LookupStatus };

type LookupMoveErrors_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type LookupMoveErrors_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type LookupMoveErrors_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type LookupMoveErrors_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type LookupMoveErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type LookupMoveErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type LookupMoveErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type LookupMoveErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type LookupMoveErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type LookupMoveErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type LookupMoveErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type LookupMoveErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type LookupMoveErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type LookupMoveErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type LookupMoveErrors_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type LookupMoveErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type LookupMoveErrors_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type LookupMoveErrors_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type LookupMoveErrors_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type LookupMoveErrors_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type LookupMoveErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type LookupMoveErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type LookupMoveErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type LookupMoveErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type LookupMoveErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type LookupMoveErrorsFragment = LookupMoveErrors_BookingClosedError_Fragment | LookupMoveErrors_BookingNotCancellableError_Fragment | LookupMoveErrors_BookingNotFoundError_Fragment | LookupMoveErrors_BookingNotOpenYetError_Fragment | LookupMoveErrors_BookingSuspendedError_Fragment | LookupMoveErrors_CapacityBelowBookedError_Fragment | LookupMoveErrors_CheckInUndoRefusedError_Fragment | LookupMoveErrors_ContentTransitionError_Fragment | LookupMoveErrors_DevelopmentSignInDisabledError_Fragment | LookupMoveErrors_DuplicateOpenLookupError_Fragment | LookupMoveErrors_DuplicateVisitorError_Fragment | LookupMoveErrors_ExportApprovalRefusedError_Fragment | LookupMoveErrors_ExportRequestNotFoundError_Fragment | LookupMoveErrors_GroupQuotaFullError_Fragment | LookupMoveErrors_GroupRuleError_Fragment | LookupMoveErrors_IllegalLookupTransitionError_Fragment | LookupMoveErrors_InputValidationError_Fragment | LookupMoveErrors_InvalidCredentialsError_Fragment | LookupMoveErrors_LookupAttachmentNotAvailableError_Fragment | LookupMoveErrors_LookupAttachmentNotFoundError_Fragment | LookupMoveErrors_LookupCertificateNotAvailableError_Fragment | LookupMoveErrors_LookupDocumentsMissingError_Fragment | LookupMoveErrors_LookupRecordTypeNotHeldError_Fragment | LookupMoveErrors_LookupRequestChangedError_Fragment | LookupMoveErrors_LookupRequestNotFoundError_Fragment | LookupMoveErrors_LookupVisitNotAvailableError_Fragment | LookupMoveErrors_LookupVisitTooSoonError_Fragment | LookupMoveErrors_MessagesNotFoundError_Fragment | LookupMoveErrors_NotAuthorizedError_Fragment | LookupMoveErrors_NotFoundError_Fragment | LookupMoveErrors_OutsideEntryWindowError_Fragment | LookupMoveErrors_OwnAccountError_Fragment | LookupMoveErrors_PrivacyConsentRequiredError_Fragment | LookupMoveErrors_RateLimitedError_Fragment | LookupMoveErrors_SignInLockedError_Fragment | LookupMoveErrors_SlotClosedError_Fragment | LookupMoveErrors_SlotFullError_Fragment | LookupMoveErrors_SlotNotFoundError_Fragment | LookupMoveErrors_StalePrivacyNoticeError_Fragment | LookupMoveErrors_TicketRejectedError_Fragment | LookupMoveErrors_UndeliveredMessageNotFoundError_Fragment | LookupMoveErrors_UsernameTakenError_Fragment | LookupMoveErrors_VisitorConsentRequiredError_Fragment | LookupMoveErrors_VisitorNotCancellableError_Fragment | LookupMoveErrors_WaitlistNotAvailableError_Fragment | LookupMoveErrors_WechatCodeInvalidError_Fragment | LookupMoveErrors_WechatRateLimitedError_Fragment | LookupMoveErrors_WechatUnavailableError_Fragment | LookupMoveErrors_WechatUserBlockedError_Fragment;

export type SubmitLookupRequestMutationVariables = Exact<{
  input: SubmitLookupRequestInput;
}>;


export type SubmitLookupRequestMutation = { __typename?: 'Mutation', submitLookupRequest: { __typename: 'DuplicateOpenLookupError', message: string, recordType: LookupRecordType, receiptNumber?: string | null } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupAttachmentNotAvailableError', message: string, attachmentReason: string } | { __typename: 'LookupRecordTypeNotHeldError', message: string, recordType: LookupRecordType, branchName: string } | { __typename: 'MutationSubmitLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: LookupStatus, statusNote?: string | null, recordType: LookupRecordType, relation: LookupRelation, purpose: LookupPurpose, purposeText?: string | null, use: LookupUse, delivery: LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, closedAt?: string | null, roles: Array<LookupRole>, availableActions: Array<LookupAction>, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: SupportingDocumentKind, label: string, byteSize: number, width: number, height: number, attachedAt: string }>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', code: string }, holdingBranch?: { __typename?: 'Branch', code: string } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type LookupRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LookupRequestQuery = { __typename?: 'Query', lookupRequest?: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: LookupStatus, statusNote?: string | null, recordType: LookupRecordType, relation: LookupRelation, purpose: LookupPurpose, purposeText?: string | null, use: LookupUse, delivery: LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, closedAt?: string | null, roles: Array<LookupRole>, availableActions: Array<LookupAction>, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: SupportingDocumentKind, label: string, byteSize: number, width: number, height: number, attachedAt: string }>, visit?: { __typename?: 'LookupVisit', id: string, status: LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, remaining: number, startAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', code: string } } | null, applicant: { __typename?: 'LookupApplicant', name: string, documentType: DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', code: string }, holdingBranch?: { __typename?: 'Branch', code: string } | null, timeline: Array<{ __typename?: 'LookupEvent', kind: LookupEventKind, fromStatus?: LookupStatus | null, toStatus: LookupStatus, at: string, byCitizen: boolean, note?: string | null, branch?: { __typename?: 'Branch', code: string } | null }> } | null };

export type LookupRequestStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LookupRequestStatusQuery = { __typename?: 'Query', lookupRequest?: { __typename?: 'LookupRequest', id: string, status: LookupStatus } | null };

export type LookupRequestForStaffQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LookupRequestForStaffQuery = { __typename?: 'Query', lookupRequest?: { __typename?: 'LookupRequest', id: string, status: LookupStatus, suggestedHoldingBranchCode?: string | null, certificate?: { __typename?: 'LookupCertificate', revokeReason?: string | null } | null } | null };

export type MyLookupRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyLookupRequestsQuery = { __typename?: 'Query', myLookupRequests: { __typename?: 'QueryMyLookupRequestsConnection', edges: Array<{ __typename?: 'QueryMyLookupRequestsConnectionEdge', node: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: LookupStatus } }> } };

export type LookupQueueQueryVariables = Exact<{
  tab?: InputMaybe<LookupQueueTab>;
  recordType?: InputMaybe<LookupRecordType>;
  submittedFrom?: InputMaybe<Scalars['Date']['input']>;
  submittedTo?: InputMaybe<Scalars['Date']['input']>;
  receiptNumber?: InputMaybe<Scalars['String']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LookupQueueQuery = { __typename?: 'Query', lookupQueue: { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'QueryLookupQueueSuccess', data: { __typename?: 'QueryLookupQueueConnection', edges: Array<{ __typename?: 'QueryLookupQueueConnectionEdge', node: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: LookupStatus, recordType: LookupRecordType, dueOn?: string | null, overdue: boolean } }> } } };

export type MoveLookupRequestMutationVariables = Exact<{
  input: MoveLookupRequestInput;
}>;


export type MoveLookupRequestMutation = { __typename?: 'Mutation', moveLookupRequest: { __typename: 'IllegalLookupTransitionError', message: string, from: LookupStatus, action: LookupAction } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupDocumentsMissingError', message: string, missing: Array<SupportingDocumentKind> } | { __typename: 'LookupRecordTypeNotHeldError', message: string, recordType: LookupRecordType, branchName: string } | { __typename: 'LookupRequestChangedError', message: string, currentStatus: LookupStatus } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationMoveLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, status: LookupStatus, statusNote?: string | null, archiveReference?: string | null, dueOn?: string | null, availableActions: Array<LookupAction>, holdingBranch?: { __typename?: 'Branch', code: string } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', code: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type WithdrawLookupRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedStatus?: InputMaybe<LookupStatus>;
}>;


export type WithdrawLookupRequestMutation = { __typename?: 'Mutation', withdrawLookupRequest: { __typename: 'IllegalLookupTransitionError', message: string, from: LookupStatus, action: LookupAction } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupRequestChangedError', message: string, currentStatus: LookupStatus } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationWithdrawLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, status: LookupStatus, closedAt?: string | null, visit?: { __typename?: 'LookupVisit', id: string, status: LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, remaining: number, startAt: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type SupplementLookupRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SupplementLookupRequestInput;
}>;


export type SupplementLookupRequestMutation = { __typename?: 'Mutation', supplementLookupRequest: { __typename: 'IllegalLookupTransitionError', message: string, from: LookupStatus, action: LookupAction } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupAttachmentNotAvailableError', message: string, attachmentReason: string } | { __typename: 'LookupRequestChangedError', message: string, currentStatus: LookupStatus } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationSupplementLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, status: LookupStatus, statusNote?: string | null, dueOn?: string | null, clues: Array<{ __typename?: 'LookupClue', key: LookupClueKey, value: string }>, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: SupportingDocumentKind, label: string, byteSize: number, width: number, height: number, attachedAt: string }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type RevealLookupPersonalDataMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealLookupPersonalDataMutation = { __typename?: 'Mutation', revealLookupPersonalData: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationRevealLookupPersonalDataSuccess', data: { __typename?: 'LookupPersonalData', requestId: string, applicantName: string, applicantDocumentNumber: string, applicantPhone: string, subjectName: string, subjectDocumentNumber: string, postalAddress?: string | null, clues: Array<{ __typename?: 'LookupClue', key: LookupClueKey, value: string }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type OpenLookupAttachmentMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  uploadId: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type OpenLookupAttachmentMutation = { __typename?: 'Mutation', openLookupAttachment: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupAttachmentNotFoundError', message: string } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationOpenLookupAttachmentSuccess', data: { __typename?: 'LookupAttachmentAccess', uploadId: string, kind: SupportingDocumentKind, label: string, path: string, expiresAt: string } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type RevokeLookupCertificateMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevokeLookupCertificateMutation = { __typename?: 'Mutation', revokeLookupCertificate: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupCertificateNotAvailableError', message: string, certificateReason: string } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationRevokeLookupCertificateSuccess', data: { __typename?: 'LookupRequest', id: string, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', code: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type VerifyCertificateQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyCertificateQuery = { __typename?: 'Query', verifyCertificate: { __typename?: 'CertificateVerification', verdict: CertificateVerdict, serial?: string | null, issuerName?: string | null, issuedOn?: string | null, recordType?: LookupRecordType | null, subjectName?: string | null, revokedAt?: string | null } };

export type BookLookupVisitMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
}>;


export type BookLookupVisitMutation = { __typename?: 'Mutation', bookLookupVisit: { __typename: 'BookingClosedError', message: string } | { __typename: 'BookingNotOpenYetError', message: string } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'LookupVisitNotAvailableError', message: string, visitReason: string } | { __typename: 'LookupVisitTooSoonError', message: string, earliestDate: string } | { __typename: 'MutationBookLookupVisitSuccess', data: { __typename?: 'LookupRequest', id: string, visit?: { __typename?: 'LookupVisit', id: string, status: LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, remaining: number, startAt: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } };

export type CancelLookupVisitMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type CancelLookupVisitMutation = { __typename?: 'Mutation', cancelLookupVisit: { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'LookupVisitNotAvailableError', message: string, visitReason: string } | { __typename: 'MutationCancelLookupVisitSuccess', data: { __typename?: 'LookupRequest', id: string, visit?: { __typename?: 'LookupVisit', id: string, status: LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, remaining: number, startAt: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type LookupArchivesQueryVariables = Exact<{ [key: string]: never; }>;


export type LookupArchivesQuery = { __typename?: 'Query', lookupArchives: Array<{ __typename?: 'LookupArchive', enabledRecordTypes: Array<LookupRecordType>, visitLeadDays: number, branch: { __typename?: 'Branch', id: string, code: string }, targets: { __typename?: 'LookupTargets', acceptDays: number, answerDays: number, notifyDays: number } }> };

export type ReadingRoomQueryVariables = Exact<{
  branchId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  date: Scalars['Date']['input'];
}>;


export type ReadingRoomQuery = { __typename?: 'Query', lookupArchive?: { __typename?: 'LookupArchive', readingRoom?: { __typename?: 'LookupReadingRoom', calendar: Array<{ __typename?: 'CalendarDay', date: string, availability: DayAvailability, remaining: number, closedReason?: string | null }>, slots: Array<{ __typename?: 'Slot', id: string, startAt: string, endAt: string, remaining: number, capacity: number }> } | null } | null };

export type ReadingRoomCalendarIdQueryVariables = Exact<{
  branchId: Scalars['ID']['input'];
}>;


export type ReadingRoomCalendarIdQuery = { __typename?: 'Query', lookupArchive?: { __typename?: 'LookupArchive', readingRoom?: { __typename?: 'LookupReadingRoom', calendarId: string } | null } | null };

export type SetLookupSettingsMutationVariables = Exact<{
  branchId: Scalars['ID']['input'];
  settings: LookupSettingsInput;
}>;


export type SetLookupSettingsMutation = { __typename?: 'Mutation', setLookupSettings: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetLookupSettingsSuccess', data: { __typename?: 'LookupArchive', enabledRecordTypes: Array<LookupRecordType>, visitLeadDays: number, targets: { __typename?: 'LookupTargets', acceptDays: number, answerDays: number, notifyDays: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type SetWorkingCalendarDayMutationVariables = Exact<{
  date: Scalars['Date']['input'];
  kind: CalendarDayKind;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetWorkingCalendarDayMutation = { __typename?: 'Mutation', setWorkingCalendarDay: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetWorkingCalendarDaySuccess', data: { __typename?: 'WorkingCalendarDay', date: string, kind: CalendarDayKind, note?: string | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type ClearWorkingCalendarDayMutationVariables = Exact<{
  date: Scalars['Date']['input'];
}>;


export type ClearWorkingCalendarDayMutation = { __typename?: 'Mutation', clearWorkingCalendarDay: { __typename: 'MutationClearWorkingCalendarDaySuccess', data: boolean } | { __typename: 'NotAuthorizedError', reason: string } };

export type WorkingCalendarQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type WorkingCalendarQuery = { __typename?: 'Query', workingCalendar: { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'QueryWorkingCalendarSuccess', data: Array<{ __typename?: 'WorkingCalendarDay', date: string, kind: CalendarDayKind, note?: string | null }> } };

export type LookupQueuePageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LookupQueuePageQuery = { __typename?: 'Query', lookupQueue: { __typename: 'InputValidationError' } | { __typename: 'QueryLookupQueueSuccess', data: { __typename?: 'QueryLookupQueueConnection', edges: Array<{ __typename?: 'QueryLookupQueueConnectionEdge', node: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: LookupStatus, statusNote?: string | null, recordType: LookupRecordType, relation: LookupRelation, purpose: LookupPurpose, purposeText?: string | null, use: LookupUse, delivery: LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, closedAt?: string | null, roles: Array<LookupRole>, availableActions: Array<LookupAction>, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: SupportingDocumentKind }>, visit?: { __typename?: 'LookupVisit', id: string, status: LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, remaining: number, startAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', code: string } } | null, applicant: { __typename?: 'LookupApplicant', name: string, documentType: DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', code: string }, holdingBranch?: { __typename?: 'Branch', code: string } | null, timeline: Array<{ __typename?: 'LookupEvent', kind: LookupEventKind, fromStatus?: LookupStatus | null, toStatus: LookupStatus, at: string, byCitizen: boolean, note?: string | null, branch?: { __typename?: 'Branch', code: string } | null }> } }> } } };

export type MessageFieldsFragment = { __typename?: 'Message', id: string, kind: NotificationKind, title: string, body: string, page?: string | null, createdAt: string, read: boolean, deliveryStatus: MessageDeliveryStatus };

export type MyMessagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyMessagesQuery = { __typename?: 'Query', myMessages: { __typename?: 'QueryMyMessagesConnection', edges: Array<{ __typename?: 'QueryMyMessagesConnectionEdge', cursor: string, node: { __typename?: 'Message', id: string, kind: NotificationKind, title: string, body: string, page?: string | null, createdAt: string, read: boolean, deliveryStatus: MessageDeliveryStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type UnreadMessageCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { __typename?: 'Query', unreadMessageCount: number };

export type MarkMessagesReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MarkMessagesReadMutation = { __typename?: 'Mutation', markMessagesRead: { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MessagesNotFoundError', message: string, ids: Array<string> } | { __typename: 'MutationMarkMessagesReadSuccess', data: { __typename?: 'MarkMessagesReadResult', marked: number, unreadCount: number } } };

export type SubscriptionFieldsFragment = { __typename?: 'NotificationSubscription', template: NotificationTemplate, label: string, templateId?: string | null, credits: number, longTerm: boolean, on: boolean, lastResult?: string | null };

export type MySubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubscriptionsQuery = { __typename?: 'Query', mySubscriptions: Array<{ __typename?: 'NotificationSubscription', template: NotificationTemplate, label: string, templateId?: string | null, credits: number, longTerm: boolean, on: boolean, lastResult?: string | null }> };

export type ReportSubscriptionResultsMutationVariables = Exact<{
  results: Array<SubscriptionResultInput> | SubscriptionResultInput;
}>;


export type ReportSubscriptionResultsMutation = { __typename?: 'Mutation', reportSubscriptionResults: { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationReportSubscriptionResultsSuccess', data: Array<{ __typename?: 'NotificationSubscription', template: NotificationTemplate, label: string, templateId?: string | null, credits: number, longTerm: boolean, on: boolean, lastResult?: string | null }> } };

export type UndeliveredMessagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UndeliveredMessagesQuery = { __typename?: 'Query', undeliveredMessages: { __typename?: 'QueryUndeliveredMessagesConnection', edges: Array<{ __typename?: 'QueryUndeliveredMessagesConnectionEdge', node: { __typename?: 'UndeliveredMessage', id: string, kind: NotificationKind, title: string, body: string, deliveryStatus: MessageDeliveryStatus, reason?: string | null, errcode?: number | null, attempts: number, branchId?: string | null, maskedPhone?: string | null, page?: string | null } }> } };

export type RevealMessageRecipientPhoneMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealMessageRecipientPhoneMutation = { __typename?: 'Mutation', revealMessageRecipientPhone: { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRevealMessageRecipientPhoneSuccess', data: { __typename?: 'MessageRecipientPhone', messageId: string, phone?: string | null } } | { __typename: 'NotAuthorizedError', reason: string } | { __typename: 'UndeliveredMessageNotFoundError', message: string } };

export type OnlineExhibitFieldsFragment = { __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', code: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string }> };

export type StudioOnlineExhibitionFieldsFragment = { __typename?: 'OnlineExhibition', id: string, title: string, subtitle?: string | null, intro: string, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, availableActions: Array<ContentAction>, exhibitCount: number, branch?: { __typename?: 'Branch', code: string } | null, cover?: { __typename?: 'MediaImage', url: string } | null, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', code: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string }> }>, exhibitions: Array<{ __typename?: 'Exhibition', id: string, slug: string }> };

export type OnlineExhibitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnlineExhibitionsQuery = { __typename?: 'Query', onlineExhibitions: Array<{ __typename?: 'OnlineExhibition', id: string, slug: string, title: string, status: ContentStatus, availableActions: Array<ContentAction>, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string } | null, branch?: { __typename?: 'Branch', code: string } | null, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, title: string, images: Array<{ __typename?: 'MediaImage', url: string }>, holdingBranch?: { __typename?: 'Branch', code: string } | null }> }> };

export type OnlineExhibitionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OnlineExhibitionQuery = { __typename?: 'Query', onlineExhibition?: { __typename?: 'OnlineExhibition', id: string, slug: string, title: string, intro: string, exhibitCount: number, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', code: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string }> }>, exhibitions: Array<{ __typename?: 'Exhibition', id: string, slug: string, mode: ExhibitionMode }> } | null };

export type OnlineExhibitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OnlineExhibitQuery = { __typename?: 'Query', onlineExhibit?: { __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string }, holdingBranch?: { __typename?: 'Branch', code: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string }> } | null };

export type ExhibitionOnlineVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExhibitionOnlineVersionQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, slug: string, onlineExhibition?: { __typename?: 'OnlineExhibition', id: string, slug: string } | null } | null };

export type StudioOnlineExhibitionsQueryVariables = Exact<{
  status?: InputMaybe<ContentStatus>;
}>;


export type StudioOnlineExhibitionsQuery = { __typename?: 'Query', studioOnlineExhibitions: Array<{ __typename?: 'OnlineExhibition', id: string, title: string, status: ContentStatus, branch?: { __typename?: 'Branch', code: string } | null }> };

export type StudioOnlineExhibitionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StudioOnlineExhibitionQuery = { __typename?: 'Query', studioOnlineExhibition?: { __typename?: 'OnlineExhibition', id: string, title: string, subtitle?: string | null, intro: string, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, availableActions: Array<ContentAction>, exhibitCount: number, branch?: { __typename?: 'Branch', code: string } | null, cover?: { __typename?: 'MediaImage', url: string } | null, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', code: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string }> }>, exhibitions: Array<{ __typename?: 'Exhibition', id: string, slug: string }> } | null };

export type SaveOnlineExhibitionMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  input: OnlineExhibitionInput;
}>;


export type SaveOnlineExhibitionMutation = { __typename?: 'Mutation', saveOnlineExhibition: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveOnlineExhibitionSuccess', data: { __typename?: 'OnlineExhibition', id: string, title: string, subtitle?: string | null, intro: string, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, availableActions: Array<ContentAction>, exhibitCount: number, branch?: { __typename?: 'Branch', code: string } | null, cover?: { __typename?: 'MediaImage', url: string } | null, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', code: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string }> }>, exhibitions: Array<{ __typename?: 'Exhibition', id: string, slug: string }> } } | { __typename: 'NotAuthorizedError', reason: string } | { __typename: 'NotFoundError', entity: string } };

export type ChangeOnlineExhibitionStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: ContentAction;
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ChangeOnlineExhibitionStatusMutation = { __typename?: 'Mutation', changeOnlineExhibitionStatus: { __typename: 'ContentTransitionError', message: string, status: ContentStatus, action: ContentAction } | { __typename: 'InputValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeOnlineExhibitionStatusSuccess', data: { __typename?: 'OnlineExhibition', id: string, status: ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, availableActions: Array<ContentAction> } } | { __typename: 'NotAuthorizedError', reason: string } | { __typename: 'NotFoundError', entity: string } };

export type PublicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationsQuery = { __typename?: 'Query', publications: Array<{ __typename?: 'Publication', id: string, title: string, abstract: string, year: number, obtain: string, cover?: { __typename?: 'MediaImage', url: string } | null, branch?: { __typename?: 'Branch', code: string } | null, article?: { __typename?: 'Article', id: string, title: string } | null }> };

export type AcceptPrivacyNoticeMutationVariables = Exact<{
  version: Scalars['String']['input'];
}>;


export type AcceptPrivacyNoticeMutation = { __typename?: 'Mutation', acceptPrivacyNotice: { __typename: 'MutationAcceptPrivacyNoticeSuccess', data: { __typename?: 'PrivacyConsent', version: string, acceptedAt: string, current: boolean } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'StalePrivacyNoticeError', message: string, acceptedVersion: string, currentVersion: string } };

export type WithdrawPrivacyConsentMutationVariables = Exact<{ [key: string]: never; }>;


export type WithdrawPrivacyConsentMutation = { __typename?: 'Mutation', withdrawPrivacyConsent: { __typename: 'MutationWithdrawPrivacyConsentSuccess', data: { __typename?: 'PrivacyConsentWithdrawal', withdrawnAt: string, withdrawn: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type MyPrivacyConsentQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPrivacyConsentQuery = { __typename?: 'Query', viewer?: { __typename?: 'Account', id: string, privacyConsent?: { __typename?: 'PrivacyConsent', version: string, acceptedAt: string, current: boolean } | null } | null };

export type ExhibitionByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExhibitionByIdQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string } | null };

export type ExhibitionPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExhibitionPageQuery = { __typename?: 'Query', exhibitions: { __typename?: 'QueryExhibitionsConnection', edges: Array<{ __typename?: 'QueryExhibitionsConnectionEdge', node: { __typename?: 'Exhibition', id: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null } } };

export type ArticlePageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArticlePageQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id: string } }> } };

export type SlotRosterIdsQueryVariables = Exact<{
  slotId: Scalars['ID']['input'];
}>;


export type SlotRosterIdsQuery = { __typename?: 'Query', slotRoster: Array<{ __typename?: 'Booking', id: string }> };

export type StaffSlotIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffSlotIdQuery = { __typename?: 'Query', staffSlot?: { __typename?: 'Slot', id: string } | null };

export type CalendarFromQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CalendarFromQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', calendar: Array<{ __typename?: 'CalendarDay', date: string }> } | null };

export type ExhibitionPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExhibitionPlanQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, slotTemplates: Array<{ __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, capacity: number }>, bookingPolicy: { __typename?: 'BookingPolicy', maxVisitors: number } } | null };

export type StaffExhibitionTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffExhibitionTitlesQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string }> };

export type ReaderFeedQueryVariables = Exact<{
  category?: InputMaybe<ArticleCategory>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReaderFeedQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id: string, title: string, category: ArticleCategory, pinned: boolean, featured: boolean, cover?: { __typename?: 'MediaImage', thumbUrl: string } | null, body: Array<{ __typename?: 'ContentBlock', kind: ContentBlockKind, image?: { __typename?: 'MediaImage', largeUrl: string } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type ReaderArticleCountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReaderArticleCountsQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title: string, readCount: number, likeCount: number, shareCount: number } | null };

export type ReaderHallsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReaderHallsQuery = { __typename?: 'Query', onlineExhibitions: Array<{ __typename?: 'OnlineExhibition', id: string, title: string, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, title: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string, largeUrl: string }> }>, exhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: ExhibitionMode }> }>, publications: Array<{ __typename?: 'Publication', id: string, title: string }> };

export type RatioFieldsFragment = { __typename?: 'Ratio', part: number, whole: number, percent?: number | null };

export type StaffDashboardQueryVariables = Exact<{
  branchId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffDashboardQuery = { __typename?: 'Query', staffDashboard: { __typename: 'InputValidationError', message: string } | { __typename: 'NotAuthorizedError', message: string } | { __typename: 'QueryStaffDashboardSuccess', data: { __typename?: 'StaffDashboard', date: string, groupsAwaitingReview: number, lookupsOverdue: number, undeliveredMessages: number, slots: Array<{ __typename?: 'DashboardSlot', id: string, exhibitionId: string, exhibitionTitle: string, branchName: string, startAt: string, status: SlotStatus, capacity: number, booked: number, arrived: number, walkIns: number, remaining: number }>, openLookups: Array<{ __typename?: 'LookupStateCount', status: LookupStatus, count: number, overdue: number }> } } };

export type StaffTrendsQueryVariables = Exact<{
  days: Scalars['Int']['input'];
  branchId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffTrendsQuery = { __typename?: 'Query', staffTrends: { __typename: 'InputValidationError', message: string } | { __typename: 'NotAuthorizedError', message: string } | { __typename: 'QueryStaffTrendsSuccess', data: { __typename?: 'StaffTrends', from: string, to: string, walkIns: number, days: Array<{ __typename?: 'TrendDay', date: string, bookedArrived: number, walkIns: number, noShows: number }>, attendance: { __typename?: 'Ratio', part: number, whole: number, percent?: number | null }, noShowRate: { __typename?: 'Ratio', part: number, whole: number, percent?: number | null }, lookups: Array<{ __typename?: 'BranchLookupTrend', branchId: string, branchName: string, submitted: number, answered: number, medianDaysToAnswer?: number | null }>, articles: Array<{ __typename?: 'ArticleReads', id: string, title: string, reads: number }> } } };

export type ExportRequestFieldsFragment = { __typename?: 'ExportRequest', id: string, kind: ExportKind, status: ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, expiresAt?: string | null, mine: boolean };

export type RequestUnmaskedExportMutationVariables = Exact<{
  input: ExportInput;
  reason: Scalars['String']['input'];
}>;


export type RequestUnmaskedExportMutation = { __typename?: 'Mutation', requestUnmaskedExport: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRequestUnmaskedExportSuccess', data: { __typename?: 'ExportRequest', id: string, kind: ExportKind, status: ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, expiresAt?: string | null, mine: boolean } } | { __typename: 'NotAuthorizedError', message: string } };

export type DecideExportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
}>;


export type DecideExportMutation = { __typename?: 'Mutation', decideExport: { __typename: 'ExportApprovalRefusedError', message: string, rule: string } | { __typename: 'ExportRequestNotFoundError', message: string } | { __typename: 'MutationDecideExportSuccess', data: { __typename?: 'ExportRequest', id: string, kind: ExportKind, status: ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, expiresAt?: string | null, mine: boolean } } | { __typename: 'NotAuthorizedError', message: string } };

export type ExportRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportRequestsQuery = { __typename?: 'Query', exportRequests: Array<{ __typename?: 'ExportRequest', id: string, kind: ExportKind, status: ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, expiresAt?: string | null, mine: boolean }> };

export type StaffAccountFieldsFragment = { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null };

type StaffAdminErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type StaffAdminErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type StaffAdminErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type StaffAdminErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type StaffAdminErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type StaffAdminErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type StaffAdminErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type StaffAdminErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type StaffAdminErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type StaffAdminErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type StaffAdminErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type StaffAdminErrors_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type StaffAdminErrors_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type StaffAdminErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type StaffAdminErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type StaffAdminErrors_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type StaffAdminErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type StaffAdminErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type StaffAdminErrors_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type StaffAdminErrors_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type StaffAdminErrors_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type StaffAdminErrors_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type StaffAdminErrors_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type StaffAdminErrors_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type StaffAdminErrors_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type StaffAdminErrors_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type StaffAdminErrors_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type StaffAdminErrors_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type StaffAdminErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type StaffAdminErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string, entity: string };

type StaffAdminErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type StaffAdminErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', action: OwnAccountAction, message: string };

type StaffAdminErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type StaffAdminErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type StaffAdminErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type StaffAdminErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type StaffAdminErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type StaffAdminErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type StaffAdminErrors_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type StaffAdminErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type StaffAdminErrors_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type StaffAdminErrors_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', username: string, message: string };

type StaffAdminErrors_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type StaffAdminErrors_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type StaffAdminErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type StaffAdminErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type StaffAdminErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type StaffAdminErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type StaffAdminErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type StaffAdminErrorsFragment = StaffAdminErrors_BookingClosedError_Fragment | StaffAdminErrors_BookingNotCancellableError_Fragment | StaffAdminErrors_BookingNotFoundError_Fragment | StaffAdminErrors_BookingNotOpenYetError_Fragment | StaffAdminErrors_BookingSuspendedError_Fragment | StaffAdminErrors_CapacityBelowBookedError_Fragment | StaffAdminErrors_CheckInUndoRefusedError_Fragment | StaffAdminErrors_ContentTransitionError_Fragment | StaffAdminErrors_DevelopmentSignInDisabledError_Fragment | StaffAdminErrors_DuplicateOpenLookupError_Fragment | StaffAdminErrors_DuplicateVisitorError_Fragment | StaffAdminErrors_ExportApprovalRefusedError_Fragment | StaffAdminErrors_ExportRequestNotFoundError_Fragment | StaffAdminErrors_GroupQuotaFullError_Fragment | StaffAdminErrors_GroupRuleError_Fragment | StaffAdminErrors_IllegalLookupTransitionError_Fragment | StaffAdminErrors_InputValidationError_Fragment | StaffAdminErrors_InvalidCredentialsError_Fragment | StaffAdminErrors_LookupAttachmentNotAvailableError_Fragment | StaffAdminErrors_LookupAttachmentNotFoundError_Fragment | StaffAdminErrors_LookupCertificateNotAvailableError_Fragment | StaffAdminErrors_LookupDocumentsMissingError_Fragment | StaffAdminErrors_LookupRecordTypeNotHeldError_Fragment | StaffAdminErrors_LookupRequestChangedError_Fragment | StaffAdminErrors_LookupRequestNotFoundError_Fragment | StaffAdminErrors_LookupVisitNotAvailableError_Fragment | StaffAdminErrors_LookupVisitTooSoonError_Fragment | StaffAdminErrors_MessagesNotFoundError_Fragment | StaffAdminErrors_NotAuthorizedError_Fragment | StaffAdminErrors_NotFoundError_Fragment | StaffAdminErrors_OutsideEntryWindowError_Fragment | StaffAdminErrors_OwnAccountError_Fragment | StaffAdminErrors_PrivacyConsentRequiredError_Fragment | StaffAdminErrors_RateLimitedError_Fragment | StaffAdminErrors_SignInLockedError_Fragment | StaffAdminErrors_SlotClosedError_Fragment | StaffAdminErrors_SlotFullError_Fragment | StaffAdminErrors_SlotNotFoundError_Fragment | StaffAdminErrors_StalePrivacyNoticeError_Fragment | StaffAdminErrors_TicketRejectedError_Fragment | StaffAdminErrors_UndeliveredMessageNotFoundError_Fragment | StaffAdminErrors_UsernameTakenError_Fragment | StaffAdminErrors_VisitorConsentRequiredError_Fragment | StaffAdminErrors_VisitorNotCancellableError_Fragment | StaffAdminErrors_WaitlistNotAvailableError_Fragment | StaffAdminErrors_WechatCodeInvalidError_Fragment | StaffAdminErrors_WechatRateLimitedError_Fragment | StaffAdminErrors_WechatUnavailableError_Fragment | StaffAdminErrors_WechatUserBlockedError_Fragment;

export type StaffAccountsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  branchId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffAccountsQuery = { __typename?: 'Query', staffAccounts: Array<{ __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null }> };

export type StaffAccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffAccountQuery = { __typename?: 'Query', staffAccount?: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null } | null };

export type CreateStaffAccountMutationVariables = Exact<{
  input: NewStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { __typename?: 'Mutation', createStaffAccount: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCreateStaffAccountSuccess', data: { __typename?: 'StaffAccountWithPassword', oneTimePassword: string, account: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'UsernameTakenError', username: string, message: string } };

export type UpdateStaffAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StaffAccountInput;
}>;


export type UpdateStaffAccountMutation = { __typename?: 'Mutation', updateStaffAccount: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationUpdateStaffAccountSuccess', data: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'OwnAccountError', action: OwnAccountAction, message: string } };

export type DisableStaffAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableStaffAccountMutation = { __typename?: 'Mutation', disableStaffAccount: { __typename: 'MutationDisableStaffAccountSuccess', data: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'OwnAccountError', action: OwnAccountAction, message: string } };

export type EnableStaffAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnableStaffAccountMutation = { __typename?: 'Mutation', enableStaffAccount: { __typename: 'MutationEnableStaffAccountSuccess', data: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'OwnAccountError', action: OwnAccountAction, message: string } };

export type ResetStaffPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetStaffPasswordMutation = { __typename?: 'Mutation', resetStaffPassword: { __typename: 'MutationResetStaffPasswordSuccess', data: { __typename?: 'StaffAccountWithPassword', oneTimePassword: string, account: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, code: string } | null } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'OwnAccountError', action: OwnAccountAction, message: string } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangeMyPasswordMutation = { __typename?: 'Mutation', changeMyPassword: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeMyPasswordSuccess', data: { __typename?: 'Account', id: string, mustChangePassword: boolean } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string } };

export type ViewerMustChangeQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerMustChangeQuery = { __typename?: 'Query', viewer?: { __typename?: 'Account', id: string, kind: AccountKind, mustChangePassword: boolean } | null };

export type StaffSlotFieldsFragment = { __typename?: 'Slot', booked: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number };

export type StaffSlotQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffSlotQuery = { __typename?: 'Query', staffSlot?: { __typename?: 'Slot', booked: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number } | null };

export type StaffExhibitionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffExhibitionIdsQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string }> };

export type CloseSlotMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CloseSlotMutation = { __typename?: 'Mutation', closeSlot: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCloseSlotSuccess', data: { __typename?: 'Slot', booked: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type CloseDayMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
}>;


export type CloseDayMutation = { __typename?: 'Mutation', closeDay: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCloseDaySuccess', data: Array<{ __typename?: 'Slot', booked: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type ChangeSlotCapacityMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  capacity: Scalars['Int']['input'];
  walkinQuota?: InputMaybe<Scalars['Int']['input']>;
  groupQuota?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChangeSlotCapacityMutation = { __typename?: 'Mutation', changeSlotCapacity: { __typename: 'CapacityBelowBookedError', message: string, taken: number, limit: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeSlotCapacitySuccess', data: { __typename?: 'Slot', booked: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, remaining: number, capacity: number, groupRemaining: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type SetBookingPolicyMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  policy: BookingPolicyInput;
}>;


export type SetBookingPolicyMutation = { __typename?: 'Mutation', setBookingPolicy: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetBookingPolicySuccess', data: { __typename?: 'BookingPolicy', releaseDaysAhead: number, releaseTime: string, closedWeekdays: Array<number>, maxVisitors: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type SetSlotTemplatesMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  templates: Array<SlotTemplateInput> | SlotTemplateInput;
}>;


export type SetSlotTemplatesMutation = { __typename?: 'Mutation', setSlotTemplates: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetSlotTemplatesSuccess', data: Array<{ __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type GenerateSlotsMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type GenerateSlotsMutation = { __typename?: 'Mutation', generateSlots: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationGenerateSlotsSuccess', data: number } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type SaveExhibitionMutationVariables = Exact<{
  input: SaveExhibitionInput;
}>;


export type SaveExhibitionMutation = { __typename?: 'Mutation', saveExhibition: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveExhibitionSuccess', data: { __typename?: 'Exhibition', id: string, title: string, branch: { __typename?: 'Branch', code: string } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type BookingStatisticsQueryVariables = Exact<{
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type BookingStatisticsQuery = { __typename?: 'Query', bookingStatistics: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'QueryBookingStatisticsSuccess', data: Array<{ __typename?: 'DailyStatistics', date: string, bookings: number, bookedVisitors: number, checkedIn: number, noShows: number, cancelled: number, walkIns: number, groupVisitors: number }> } };

export type VenueFieldsFragment = { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> };

export type BranchVenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchVenuesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, code: string, venueDetails?: { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }> };

export type ExhibitionVenueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExhibitionVenueQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, venueDetails?: { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null };

export type StaffVenueQueryVariables = Exact<{
  branchId?: InputMaybe<Scalars['ID']['input']>;
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffVenueQuery = { __typename?: 'Query', staffVenue: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'QueryStaffVenueSuccess', data: { __typename?: 'VenueEditing', ownerKind: VenueOwnerKind, ownerId: string, title: string, venue?: { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null, archiveVenue?: { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } } };

export type SaveVenueMutationVariables = Exact<{
  branchId?: InputMaybe<Scalars['ID']['input']>;
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  venue: VenueInput;
}>;


export type SaveVenueMutation = { __typename?: 'Mutation', saveVenue: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveVenueSuccess', data: { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type UseArchiveVenueMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
}>;


export type UseArchiveVenueMutation = { __typename?: 'Mutation', useArchiveVenue: { __typename: 'InputValidationError', message: string } | { __typename: 'MutationUseArchiveVenueSuccess', data: { __typename?: 'Exhibition', id: string, venueDetails?: { __typename?: 'Venue', id: string, ownerKind: VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } };

export type WaitlistEntryFieldsFragment = { __typename?: 'WaitlistEntry', id: string, partySize: number, status: WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, slot?: { __typename?: 'Slot', id: string, remaining: number } | null };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { __typename?: 'Mutation', joinWaitlist: { __typename: 'BookingClosedError', message: string, closedAt: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationJoinWaitlistSuccess', data: { __typename?: 'WaitlistEntry', id: string, partySize: number, status: WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, slot?: { __typename?: 'Slot', id: string, remaining: number } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'PrivacyConsentRequiredError', currentVersion: string, message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } | { __typename: 'WaitlistNotAvailableError', message: string, reason: string } };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptWaitlistOfferMutation = { __typename?: 'Mutation', acceptWaitlistOffer: { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'MutationAcceptWaitlistOfferSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'WaitlistNotAvailableError', message: string, reason: string } };

export type LeaveWaitlistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeaveWaitlistMutation = { __typename?: 'Mutation', leaveWaitlist: { __typename: 'MutationLeaveWaitlistSuccess', data: { __typename?: 'WaitlistEntry', id: string, partySize: number, status: WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, slot?: { __typename?: 'Slot', id: string, remaining: number } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'WaitlistNotAvailableError', message: string, reason: string } };

export type MyWaitlistQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWaitlistQuery = { __typename?: 'Query', myWaitlist: Array<{ __typename?: 'WaitlistEntry', id: string, partySize: number, status: WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, slot?: { __typename?: 'Slot', id: string, remaining: number } | null }> };

export type WeappHomeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type WeappHomeIdsQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', id: string }>, latestArticles: Array<{ __typename?: 'Article', id: string }> } };

export type WeappHomeTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type WeappHomeTitlesQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', title: string }>, latestArticles: Array<{ __typename?: 'Article', title: string }> } };

export type WeappCurrentExhibitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WeappCurrentExhibitionsQuery = { __typename?: 'Query', exhibitions: { __typename?: 'QueryExhibitionsConnection', edges: Array<{ __typename?: 'QueryExhibitionsConnectionEdge', node: { __typename?: 'Exhibition', id: string, title: string, summary: string, venue?: string | null, branch: { __typename?: 'Branch', name: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ArticleCardFragmentDoc = new TypedDocumentString(`
    fragment ArticleCard on Article {
  id
  title
  category
  pinned
  featured
  publishedAt
  tags
}
    `, {"fragmentName":"ArticleCard"}) as unknown as TypedDocumentString<ArticleCardFragment, unknown>;
export const ArticleFullFragmentDoc = new TypedDocumentString(`
    fragment ArticleFull on Article {
  id
  title
  summary
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  bodyHtml
  body {
    kind
    html
    text
  }
  cover {
    url
  }
  coverUrl
  video {
    url
    posterUrl
  }
  tags
  readingMinutes
  pinned
  featured
  readCount
  likeCount
  shareCount
  viewerLiked
  availableActions
  branch {
    id
    code
  }
  exhibition {
    id
  }
}
    `, {"fragmentName":"ArticleFull"}) as unknown as TypedDocumentString<ArticleFullFragment, unknown>;
export const CalendarDayFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarDayFields on CalendarDay {
  date
  availability
  remaining
  releaseAt
  closedReason
}
    `, {"fragmentName":"CalendarDayFields"}) as unknown as TypedDocumentString<CalendarDayFieldsFragment, unknown>;
export const FrequentVisitorFieldsFragmentDoc = new TypedDocumentString(`
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}
    `, {"fragmentName":"FrequentVisitorFields"}) as unknown as TypedDocumentString<FrequentVisitorFieldsFragment, unknown>;
export const BookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
    `, {"fragmentName":"BookingFields"}) as unknown as TypedDocumentString<BookingFieldsFragment, unknown>;
export const CheckInResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckInResultFields on CheckInResult {
  admitted
  slotStartAt
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
  booking {
    ...BookingFields
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}`, {"fragmentName":"CheckInResultFields"}) as unknown as TypedDocumentString<CheckInResultFieldsFragment, unknown>;
export const BookingNotCancellableErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingNotCancellableErrorFields on BookingNotCancellableError {
  status
}
    `, {"fragmentName":"BookingNotCancellableErrorFields"}) as unknown as TypedDocumentString<BookingNotCancellableErrorFieldsFragment, unknown>;
export const WaitlistNotAvailableErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment WaitlistNotAvailableErrorFields on WaitlistNotAvailableError {
  reason
}
    `, {"fragmentName":"WaitlistNotAvailableErrorFields"}) as unknown as TypedDocumentString<WaitlistNotAvailableErrorFieldsFragment, unknown>;
export const GroupRuleErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment GroupRuleErrorFields on GroupRuleError {
  rule
}
    `, {"fragmentName":"GroupRuleErrorFields"}) as unknown as TypedDocumentString<GroupRuleErrorFieldsFragment, unknown>;
export const GroupQuotaFullErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment GroupQuotaFullErrorFields on GroupQuotaFullError {
  remaining
}
    `, {"fragmentName":"GroupQuotaFullErrorFields"}) as unknown as TypedDocumentString<GroupQuotaFullErrorFieldsFragment, unknown>;
export const OutsideEntryWindowErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutsideEntryWindowErrorFields on OutsideEntryWindowError {
  reason
  slotStartAt
  opensAt
  closesAt
}
    `, {"fragmentName":"OutsideEntryWindowErrorFields"}) as unknown as TypedDocumentString<OutsideEntryWindowErrorFieldsFragment, unknown>;
export const CapacityBelowBookedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment CapacityBelowBookedErrorFields on CapacityBelowBookedError {
  taken
  limit
}
    `, {"fragmentName":"CapacityBelowBookedErrorFields"}) as unknown as TypedDocumentString<CapacityBelowBookedErrorFieldsFragment, unknown>;
export const InputValidationErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
    `, {"fragmentName":"InputValidationErrorFields"}) as unknown as TypedDocumentString<InputValidationErrorFieldsFragment, unknown>;
export const NotAuthorizedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
    `, {"fragmentName":"NotAuthorizedErrorFields"}) as unknown as TypedDocumentString<NotAuthorizedErrorFieldsFragment, unknown>;
export const SlotFullErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlotFullErrorFields on SlotFullError {
  remaining
}
    `, {"fragmentName":"SlotFullErrorFields"}) as unknown as TypedDocumentString<SlotFullErrorFieldsFragment, unknown>;
export const SlotClosedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
    `, {"fragmentName":"SlotClosedErrorFields"}) as unknown as TypedDocumentString<SlotClosedErrorFieldsFragment, unknown>;
export const BookingNotOpenYetErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingNotOpenYetErrorFields on BookingNotOpenYetError {
  opensAt
}
    `, {"fragmentName":"BookingNotOpenYetErrorFields"}) as unknown as TypedDocumentString<BookingNotOpenYetErrorFieldsFragment, unknown>;
export const BookingClosedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingClosedErrorFields on BookingClosedError {
  closedAt
}
    `, {"fragmentName":"BookingClosedErrorFields"}) as unknown as TypedDocumentString<BookingClosedErrorFieldsFragment, unknown>;
export const BookingSuspendedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingSuspendedErrorFields on BookingSuspendedError {
  suspendedFrom
  suspendedUntil
}
    `, {"fragmentName":"BookingSuspendedErrorFields"}) as unknown as TypedDocumentString<BookingSuspendedErrorFieldsFragment, unknown>;
export const DuplicateVisitorErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
    `, {"fragmentName":"DuplicateVisitorErrorFields"}) as unknown as TypedDocumentString<DuplicateVisitorErrorFieldsFragment, unknown>;
export const BookingAttemptErrorsFragmentDoc = new TypedDocumentString(`
    fragment BookingAttemptErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...SlotFullErrorFields
  ...SlotClosedErrorFields
  ...BookingNotOpenYetErrorFields
  ...BookingClosedErrorFields
  ...BookingSuspendedErrorFields
  ...DuplicateVisitorErrorFields
  ... on PrivacyConsentRequiredError {
    currentVersion
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment SlotFullErrorFields on SlotFullError {
  remaining
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment BookingNotOpenYetErrorFields on BookingNotOpenYetError {
  opensAt
}
fragment BookingClosedErrorFields on BookingClosedError {
  closedAt
}
fragment BookingSuspendedErrorFields on BookingSuspendedError {
  suspendedFrom
  suspendedUntil
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}`, {"fragmentName":"BookingAttemptErrors"}) as unknown as TypedDocumentString<BookingAttemptErrorsFragment, unknown>;
export const NotFoundErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotFoundErrorFields on NotFoundError {
  entity
}
    `, {"fragmentName":"NotFoundErrorFields"}) as unknown as TypedDocumentString<NotFoundErrorFieldsFragment, unknown>;
export const ManagerErrorsFragmentDoc = new TypedDocumentString(`
    fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`, {"fragmentName":"ManagerErrors"}) as unknown as TypedDocumentString<ManagerErrorsFragment, unknown>;
export const TicketRejectedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}
    `, {"fragmentName":"TicketRejectedErrorFields"}) as unknown as TypedDocumentString<TicketRejectedErrorFieldsFragment, unknown>;
export const CheckInErrorsFragmentDoc = new TypedDocumentString(`
    fragment CheckInErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...TicketRejectedErrorFields
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}`, {"fragmentName":"CheckInErrors"}) as unknown as TypedDocumentString<CheckInErrorsFragment, unknown>;
export const LookupRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupRequestFields on LookupRequest {
  id
  receiptNumber
  status
  statusNote
  recordType
  relation
  applicant {
    name
    documentType
    documentNumber
    phone
  }
  subject {
    name
    documentType
    documentNumber
  }
  clues {
    key
    label
    value
  }
  purpose
  purposeText
  use
  delivery
  postalAddress
  receivingBranch {
    code
  }
  holdingBranch {
    code
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  closedAt
  roles
  availableActions
}
    `, {"fragmentName":"LookupRequestFields"}) as unknown as TypedDocumentString<LookupRequestFieldsFragment, unknown>;
export const LookupTimelineFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupTimelineFields on LookupRequest {
  timeline {
    kind
    fromStatus
    toStatus
    at
    branch {
      code
    }
    byCitizen
    note
  }
}
    `, {"fragmentName":"LookupTimelineFields"}) as unknown as TypedDocumentString<LookupTimelineFieldsFragment, unknown>;
export const LookupCertificateFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupCertificateFields on LookupCertificate {
  serial
  outcome
  archiveReference
  issuingBranch {
    code
  }
  issuedOn
  revokedAt
  verificationUrl
}
    `, {"fragmentName":"LookupCertificateFields"}) as unknown as TypedDocumentString<LookupCertificateFieldsFragment, unknown>;
export const LookupVisitFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupVisitFields on LookupVisit {
  id
  status
  visitDate
  slot {
    id
    remaining
    startAt
  }
  cancelReason
}
    `, {"fragmentName":"LookupVisitFields"}) as unknown as TypedDocumentString<LookupVisitFieldsFragment, unknown>;
export const DuplicateOpenLookupErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment DuplicateOpenLookupErrorFields on DuplicateOpenLookupError {
  recordType
  receiptNumber
}
    `, {"fragmentName":"DuplicateOpenLookupErrorFields"}) as unknown as TypedDocumentString<DuplicateOpenLookupErrorFieldsFragment, unknown>;
export const LookupRecordTypeNotHeldErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupRecordTypeNotHeldErrorFields on LookupRecordTypeNotHeldError {
  recordType
  branchName
}
    `, {"fragmentName":"LookupRecordTypeNotHeldErrorFields"}) as unknown as TypedDocumentString<LookupRecordTypeNotHeldErrorFieldsFragment, unknown>;
export const LookupDocumentsMissingErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupDocumentsMissingErrorFields on LookupDocumentsMissingError {
  missing
}
    `, {"fragmentName":"LookupDocumentsMissingErrorFields"}) as unknown as TypedDocumentString<LookupDocumentsMissingErrorFieldsFragment, unknown>;
export const LookupVisitTooSoonErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupVisitTooSoonErrorFields on LookupVisitTooSoonError {
  earliestDate
}
    `, {"fragmentName":"LookupVisitTooSoonErrorFields"}) as unknown as TypedDocumentString<LookupVisitTooSoonErrorFieldsFragment, unknown>;
export const LookupVisitNotAvailableErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupVisitNotAvailableErrorFields on LookupVisitNotAvailableError {
  visitReason: reason
}
    `, {"fragmentName":"LookupVisitNotAvailableErrorFields"}) as unknown as TypedDocumentString<LookupVisitNotAvailableErrorFieldsFragment, unknown>;
export const LookupCertificateNotAvailableErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupCertificateNotAvailableErrorFields on LookupCertificateNotAvailableError {
  certificateReason: reason
}
    `, {"fragmentName":"LookupCertificateNotAvailableErrorFields"}) as unknown as TypedDocumentString<LookupCertificateNotAvailableErrorFieldsFragment, unknown>;
export const LookupAttachmentNotAvailableErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupAttachmentNotAvailableErrorFields on LookupAttachmentNotAvailableError {
  attachmentReason: reason
}
    `, {"fragmentName":"LookupAttachmentNotAvailableErrorFields"}) as unknown as TypedDocumentString<LookupAttachmentNotAvailableErrorFieldsFragment, unknown>;
export const LookupAttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupAttachmentFields on LookupAttachment {
  uploadId
  kind
  label
  byteSize
  width
  height
  attachedAt
}
    `, {"fragmentName":"LookupAttachmentFields"}) as unknown as TypedDocumentString<LookupAttachmentFieldsFragment, unknown>;
export const IllegalLookupTransitionErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IllegalLookupTransitionErrorFields on IllegalLookupTransitionError {
  from
  action
}
    `, {"fragmentName":"IllegalLookupTransitionErrorFields"}) as unknown as TypedDocumentString<IllegalLookupTransitionErrorFieldsFragment, unknown>;
export const LookupRequestChangedErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment LookupRequestChangedErrorFields on LookupRequestChangedError {
  currentStatus: status
}
    `, {"fragmentName":"LookupRequestChangedErrorFields"}) as unknown as TypedDocumentString<LookupRequestChangedErrorFieldsFragment, unknown>;
export const LookupMoveErrorsFragmentDoc = new TypedDocumentString(`
    fragment LookupMoveErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...IllegalLookupTransitionErrorFields
  ...LookupRequestChangedErrorFields
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment IllegalLookupTransitionErrorFields on IllegalLookupTransitionError {
  from
  action
}
fragment LookupRequestChangedErrorFields on LookupRequestChangedError {
  currentStatus: status
}`, {"fragmentName":"LookupMoveErrors"}) as unknown as TypedDocumentString<LookupMoveErrorsFragment, unknown>;
export const MessageFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessageFields on Message {
  id
  kind
  title
  body
  page
  createdAt
  read
  deliveryStatus
}
    `, {"fragmentName":"MessageFields"}) as unknown as TypedDocumentString<MessageFieldsFragment, unknown>;
export const SubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriptionFields on NotificationSubscription {
  template
  label
  templateId
  credits
  longTerm
  on
  lastResult
}
    `, {"fragmentName":"SubscriptionFields"}) as unknown as TypedDocumentString<SubscriptionFieldsFragment, unknown>;
export const OnlineExhibitFieldsFragmentDoc = new TypedDocumentString(`
    fragment OnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  period
  holdingBranch {
    code
  }
  images {
    url
    thumbUrl
    largeUrl
  }
}
    `, {"fragmentName":"OnlineExhibitFields"}) as unknown as TypedDocumentString<OnlineExhibitFieldsFragment, unknown>;
export const StudioOnlineExhibitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StudioOnlineExhibitionFields on OnlineExhibition {
  id
  title
  subtitle
  intro
  status
  scheduledAt
  publishedAt
  availableActions
  branch {
    code
  }
  cover {
    url
  }
  exhibitCount
  exhibits {
    ...OnlineExhibitFields
  }
  exhibitions {
    id
    slug
  }
}
    fragment OnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  period
  holdingBranch {
    code
  }
  images {
    url
    thumbUrl
    largeUrl
  }
}`, {"fragmentName":"StudioOnlineExhibitionFields"}) as unknown as TypedDocumentString<StudioOnlineExhibitionFieldsFragment, unknown>;
export const RatioFieldsFragmentDoc = new TypedDocumentString(`
    fragment RatioFields on Ratio {
  part
  whole
  percent
}
    `, {"fragmentName":"RatioFields"}) as unknown as TypedDocumentString<RatioFieldsFragment, unknown>;
export const ExportRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  expiresAt
  mine
}
    `, {"fragmentName":"ExportRequestFields"}) as unknown as TypedDocumentString<ExportRequestFieldsFragment, unknown>;
export const StaffAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}
    `, {"fragmentName":"StaffAccountFields"}) as unknown as TypedDocumentString<StaffAccountFieldsFragment, unknown>;
export const StaffAdminErrorsFragmentDoc = new TypedDocumentString(`
    fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`, {"fragmentName":"StaffAdminErrors"}) as unknown as TypedDocumentString<StaffAdminErrorsFragment, unknown>;
export const SlotFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}
    `, {"fragmentName":"SlotFields"}) as unknown as TypedDocumentString<SlotFieldsFragment, unknown>;
export const StaffSlotFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffSlotFields on Slot {
  ...SlotFields
  booked
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}`, {"fragmentName":"StaffSlotFields"}) as unknown as TypedDocumentString<StaffSlotFieldsFragment, unknown>;
export const VenueFieldsFragmentDoc = new TypedDocumentString(`
    fragment VenueFields on Venue {
  id
  ownerKind
  address
  phone
  latitude
  longitude
  days {
    weekday
    open
    close
  }
  lunchStart
  lunchEnd
  hoursNotes
  hoursText
  transport
  entrance
  accessibility
  isExample
}
    `, {"fragmentName":"VenueFields"}) as unknown as TypedDocumentString<VenueFieldsFragment, unknown>;
export const WaitlistEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  slot {
    id
    remaining
  }
}
    `, {"fragmentName":"WaitlistEntryFields"}) as unknown as TypedDocumentString<WaitlistEntryFieldsFragment, unknown>;
export const ArticleFeedDocument = new TypedDocumentString(`
    query ArticleFeed($category: ArticleCategory, $search: String, $featured: Boolean, $branchId: ID, $first: Int, $after: String, $last: Int, $before: String) {
  articles(
    category: $category
    search: $search
    featured: $featured
    branchId: $branchId
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      cursor
      node {
        ...ArticleCard
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    fragment ArticleCard on Article {
  id
  title
  category
  pinned
  featured
  publishedAt
  tags
}`) as unknown as TypedDocumentString<ArticleFeedQuery, ArticleFeedQueryVariables>;
export const ArticleFeedCardsDocument = new TypedDocumentString(`
    query ArticleFeedCards($category: ArticleCategory, $first: Int) {
  articles(category: $category, first: $first) {
    edges {
      cursor
      node {
        id
        title
        summary
        category
        cover {
          url
          thumbUrl
        }
        video {
          url
          posterUrl
        }
        tags
        readingMinutes
        pinned
        featured
        readCount
        likeCount
        shareCount
        viewerLiked
        publishedAt
        branch {
          id
          shortName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleFeedCardsQuery, ArticleFeedCardsQueryVariables>;
export const ArticleReaderDocument = new TypedDocumentString(`
    query ArticleReader($id: ID!, $related: Int) {
  article(id: $id) {
    ...ArticleFull
    related(first: $related) {
      id
      title
    }
  }
}
    fragment ArticleFull on Article {
  id
  title
  summary
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  bodyHtml
  body {
    kind
    html
    text
  }
  cover {
    url
  }
  coverUrl
  video {
    url
    posterUrl
  }
  tags
  readingMinutes
  pinned
  featured
  readCount
  likeCount
  shareCount
  viewerLiked
  availableActions
  branch {
    id
    code
  }
  exhibition {
    id
  }
}`) as unknown as TypedDocumentString<ArticleReaderQuery, ArticleReaderQueryVariables>;
export const ArticleCategoriesDocument = new TypedDocumentString(`
    query ArticleCategories {
  articleCategories {
    category
    label
  }
}
    `) as unknown as TypedDocumentString<ArticleCategoriesQuery, ArticleCategoriesQueryVariables>;
export const StudioArticlesDocument = new TypedDocumentString(`
    query StudioArticles($status: ContentStatus, $search: String, $first: Int, $after: String) {
  studioArticles(status: $status, search: $search, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        status
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StudioArticlesQuery, StudioArticlesQueryVariables>;
export const StudioArticleDocument = new TypedDocumentString(`
    query StudioArticle($id: ID!) {
  studioArticle(id: $id) {
    ...ArticleFull
  }
}
    fragment ArticleFull on Article {
  id
  title
  summary
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  bodyHtml
  body {
    kind
    html
    text
  }
  cover {
    url
  }
  coverUrl
  video {
    url
    posterUrl
  }
  tags
  readingMinutes
  pinned
  featured
  readCount
  likeCount
  shareCount
  viewerLiked
  availableActions
  branch {
    id
    code
  }
  exhibition {
    id
  }
}`) as unknown as TypedDocumentString<StudioArticleQuery, StudioArticleQueryVariables>;
export const PreviewRichTextDocument = new TypedDocumentString(`
    query PreviewRichText($html: String!) {
  previewRichText(html: $html) {
    kind
    html
  }
}
    `) as unknown as TypedDocumentString<PreviewRichTextQuery, PreviewRichTextQueryVariables>;
export const RecordArticleReadDocument = new TypedDocumentString(`
    mutation RecordArticleRead($id: ID!, $readerKey: String) {
  recordArticleRead(id: $id, readerKey: $readerKey) {
    __typename
    ... on Error {
      message
    }
    ... on MutationRecordArticleReadSuccess {
      data {
        id
        readCount
      }
    }
    ...InputValidationErrorFields
    ...NotFoundErrorFields
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`) as unknown as TypedDocumentString<RecordArticleReadMutation, RecordArticleReadMutationVariables>;
export const SetArticleLikeDocument = new TypedDocumentString(`
    mutation SetArticleLike($id: ID!, $liked: Boolean!) {
  setArticleLike(id: $id, liked: $liked) {
    __typename
    ... on Error {
      message
    }
    ... on MutationSetArticleLikeSuccess {
      data {
        id
        likeCount
        viewerLiked
      }
    }
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`) as unknown as TypedDocumentString<SetArticleLikeMutation, SetArticleLikeMutationVariables>;
export const RecordArticleShareDocument = new TypedDocumentString(`
    mutation RecordArticleShare($id: ID!, $channel: ShareChannel!) {
  recordArticleShare(id: $id, channel: $channel) {
    __typename
    ... on Error {
      message
    }
    ... on MutationRecordArticleShareSuccess {
      data {
        id
        shareCount
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ...NotFoundErrorFields
  }
}
    fragment NotFoundErrorFields on NotFoundError {
  entity
}`) as unknown as TypedDocumentString<RecordArticleShareMutation, RecordArticleShareMutationVariables>;
export const SaveArticleDocument = new TypedDocumentString(`
    mutation SaveArticle($id: ID, $input: ArticleInput!) {
  saveArticle(id: $id, input: $input) {
    __typename
    ... on Error {
      message
    }
    ... on MutationSaveArticleSuccess {
      data {
        ...ArticleFull
      }
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
  }
}
    fragment ArticleFull on Article {
  id
  title
  summary
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  bodyHtml
  body {
    kind
    html
    text
  }
  cover {
    url
  }
  coverUrl
  video {
    url
    posterUrl
  }
  tags
  readingMinutes
  pinned
  featured
  readCount
  likeCount
  shareCount
  viewerLiked
  availableActions
  branch {
    id
    code
  }
  exhibition {
    id
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`) as unknown as TypedDocumentString<SaveArticleMutation, SaveArticleMutationVariables>;
export const ChangeArticleStatusDocument = new TypedDocumentString(`
    mutation ChangeArticleStatus($id: ID!, $action: ContentAction!, $publishAt: DateTime) {
  changeArticleStatus(id: $id, action: $action, publishAt: $publishAt) {
    __typename
    ... on Error {
      message
    }
    ... on MutationChangeArticleStatusSuccess {
      data {
        id
        status
        publishedAt
        scheduledAt
        availableActions
      }
    }
    ... on ContentTransitionError {
      status
      action
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`) as unknown as TypedDocumentString<ChangeArticleStatusMutation, ChangeArticleStatusMutationVariables>;
export const SetArticleHighlightDocument = new TypedDocumentString(`
    mutation SetArticleHighlight($id: ID!, $pinned: Boolean!, $featured: Boolean!) {
  setArticleHighlight(id: $id, pinned: $pinned, featured: $featured) {
    __typename
    ... on Error {
      message
    }
    ... on MutationSetArticleHighlightSuccess {
      data {
        id
        pinned
        featured
      }
    }
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}`) as unknown as TypedDocumentString<SetArticleHighlightMutation, SetArticleHighlightMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($person: String, $staff: String, $action: AuditAction, $from: Date, $to: Date, $first: Int, $after: String) {
  auditLog(
    person: $person
    staff: $staff
    action: $action
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    __typename
    ... on NotAuthorizedError {
      ...NotAuthorizedErrorFields
    }
    ... on InputValidationError {
      ...InputValidationErrorFields
    }
    ... on QueryAuditLogSuccess {
      data {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            action
            result
            actorAccountId
            actorName
            actorRole
            actorBranch {
              id
              name
            }
            targetKind
            targetId
            revealedFields
            reason
            rowCount
            requestId
            clientAddress
            detail
          }
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const SignInWithWechatDocument = new TypedDocumentString(`
    mutation SignInWithWechat($code: String!) {
  signInWithWechat(code: $code) {
    __typename
    ... on Error {
      message
    }
    ... on MutationSignInWithWechatSuccess {
      data {
        __typename
        token
        expiresAt
        account {
          __typename
          id
          kind
          displayName
          role
          phone
          branch {
            code
          }
        }
      }
    }
    ... on WechatCodeInvalidError {
      wechatCode
    }
    ... on WechatUnavailableError {
      wechatCode
    }
    ...InputValidationErrorFields
    ... on RateLimitedError {
      retryAfterSeconds
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}`) as unknown as TypedDocumentString<SignInWithWechatMutation, SignInWithWechatMutationVariables>;
export const SignInForDevelopmentDocument = new TypedDocumentString(`
    mutation SignInForDevelopment($name: String!) {
  signInForDevelopment(displayName: $name) {
    __typename
    ... on Error {
      message
    }
    ... on MutationSignInForDevelopmentSuccess {
      data {
        token
        expiresAt
        account {
          id
          kind
          displayName
          role
        }
      }
    }
    ...InputValidationErrorFields
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}`) as unknown as TypedDocumentString<SignInForDevelopmentMutation, SignInForDevelopmentMutationVariables>;
export const SignInStaffDocument = new TypedDocumentString(`
    mutation SignInStaff($username: String!, $password: String!) {
  signInStaff(username: $username, password: $password) {
    __typename
    ... on Error {
      message
    }
    ... on MutationSignInStaffSuccess {
      data {
        token
        account {
          id
          kind
          role
          displayName
          mustChangePassword
          branch {
            code
          }
        }
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on SignInLockedError {
      retryAt
      retryAfterSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<SignInStaffMutation, SignInStaffMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    kind
    displayName
    role
    branch {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ViewerPhoneDocument = new TypedDocumentString(`
    query ViewerPhone {
  viewer {
    id
    phone
  }
}
    `) as unknown as TypedDocumentString<ViewerPhoneQuery, ViewerPhoneQueryVariables>;
export const AuthOptionsDocument = new TypedDocumentString(`
    query AuthOptions {
  authOptions {
    developmentSignIn
    wechatSignIn
  }
}
    `) as unknown as TypedDocumentString<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ExhibitionSlotsDocument = new TypedDocumentString(`
    query ExhibitionSlots($id: ID!, $date: Date!) {
  exhibition(id: $id) {
    slots(date: $date) {
      ...SlotFields
    }
  }
}
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}`) as unknown as TypedDocumentString<ExhibitionSlotsQuery, ExhibitionSlotsQueryVariables>;
export const ExhibitionCalendarDocument = new TypedDocumentString(`
    query ExhibitionCalendar($id: ID!, $from: Date!, $days: Int!) {
  exhibition(id: $id) {
    calendar(from: $from, days: $days) {
      ...CalendarDayFields
    }
  }
}
    fragment CalendarDayFields on CalendarDay {
  date
  availability
  remaining
  releaseAt
  closedReason
}`) as unknown as TypedDocumentString<ExhibitionCalendarQuery, ExhibitionCalendarQueryVariables>;
export const CreateBookingDocument = new TypedDocumentString(`
    mutation CreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    __typename
    ...BookingAttemptErrors
    ... on MutationCreateBookingSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment SlotFullErrorFields on SlotFullError {
  remaining
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment BookingNotOpenYetErrorFields on BookingNotOpenYetError {
  opensAt
}
fragment BookingClosedErrorFields on BookingClosedError {
  closedAt
}
fragment BookingSuspendedErrorFields on BookingSuspendedError {
  suspendedFrom
  suspendedUntil
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
fragment BookingAttemptErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...SlotFullErrorFields
  ...SlotClosedErrorFields
  ...BookingNotOpenYetErrorFields
  ...BookingClosedErrorFields
  ...BookingSuspendedErrorFields
  ...DuplicateVisitorErrorFields
  ... on PrivacyConsentRequiredError {
    currentVersion
  }
}`) as unknown as TypedDocumentString<CreateBookingMutation, CreateBookingMutationVariables>;
export const RushCreateBookingDocument = new TypedDocumentString(`
    mutation RushCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    __typename
    ... on MutationCreateBookingSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RushCreateBookingMutation, RushCreateBookingMutationVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!) {
  cancelBooking(id: $id) {
    __typename
    ... on Error {
      message
    }
    ...BookingNotCancellableErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationCancelBookingSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment BookingNotCancellableErrorFields on BookingNotCancellableError {
  status
}`) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const BookingDocument = new TypedDocumentString(`
    query Booking($id: ID!) {
  booking(id: $id) {
    ...BookingFields
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}`) as unknown as TypedDocumentString<BookingQuery, BookingQueryVariables>;
export const BookingIdDocument = new TypedDocumentString(`
    query BookingId($id: ID!) {
  booking(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookingIdQuery, BookingIdQueryVariables>;
export const MyBookingsDocument = new TypedDocumentString(`
    query MyBookings($list: BookingList!) {
  myBookings(list: $list, first: 20) {
    edges {
      node {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}`) as unknown as TypedDocumentString<MyBookingsQuery, MyBookingsQueryVariables>;
export const BookingSuspensionDocument = new TypedDocumentString(`
    query BookingSuspension {
  bookingSuspension {
    recentNoShows
    suspendedFrom
    suspendedUntil
  }
}
    `) as unknown as TypedDocumentString<BookingSuspensionQuery, BookingSuspensionQueryVariables>;
export const FrequentVisitorsDocument = new TypedDocumentString(`
    query FrequentVisitors {
  frequentVisitors {
    ...FrequentVisitorFields
  }
}
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}`) as unknown as TypedDocumentString<FrequentVisitorsQuery, FrequentVisitorsQueryVariables>;
export const AddFrequentVisitorDocument = new TypedDocumentString(`
    mutation AddFrequentVisitor($visitor: VisitorInput!, $consent: Boolean) {
  addFrequentVisitor(visitor: $visitor, consent: $consent) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationAddFrequentVisitorSuccess {
      data {
        ...FrequentVisitorFields
      }
    }
  }
}
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<AddFrequentVisitorMutation, AddFrequentVisitorMutationVariables>;
export const RemoveFrequentVisitorDocument = new TypedDocumentString(`
    mutation RemoveFrequentVisitor($id: ID!) {
  removeFrequentVisitor(id: $id) {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ... on MutationRemoveFrequentVisitorSuccess {
      data {
        ...FrequentVisitorFields
      }
    }
  }
}
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<RemoveFrequentVisitorMutation, RemoveFrequentVisitorMutationVariables>;
export const BookingVisitorNamesDocument = new TypedDocumentString(`
    query BookingVisitorNames($id: ID!) {
  booking(id: $id) {
    id
    visitors {
      id
      name
      fullName
      documentNumber
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BookingVisitorNamesQuery, BookingVisitorNamesQueryVariables>;
export const CancelBookingVisitorDocument = new TypedDocumentString(`
    mutation CancelBookingVisitor($bookingId: ID!, $visitorId: ID!) {
  cancelBookingVisitor(bookingId: $bookingId, visitorId: $visitorId) {
    __typename
    ... on Error {
      message
    }
    ...BookingNotCancellableErrorFields
    ...NotAuthorizedErrorFields
    ... on VisitorNotCancellableError {
      reason
    }
    ... on MutationCancelBookingVisitorSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment BookingNotCancellableErrorFields on BookingNotCancellableError {
  status
}`) as unknown as TypedDocumentString<CancelBookingVisitorMutation, CancelBookingVisitorMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  home {
    featuredExhibitions {
      id
      title
      phase
      featured
      branch {
        code
        name
      }
    }
    latestArticles(first: 3) {
      id
      title
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const DemoHomeDocument = new TypedDocumentString(`
    query DemoHome {
  home {
    featuredExhibitions {
      title
      phase
    }
    latestArticles(first: 20) {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<DemoHomeQuery, DemoHomeQueryVariables>;
export const HomeTitlesDocument = new TypedDocumentString(`
    query HomeTitles {
  home {
    featuredExhibitions {
      title
    }
    latestArticles {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<HomeTitlesQuery, HomeTitlesQueryVariables>;
export const ExhibitionsDocument = new TypedDocumentString(`
    query Exhibitions($phase: ExhibitionPhase, $mode: ExhibitionMode, $first: Int, $after: String) {
  exhibitions(phase: $phase, mode: $mode, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        phase
        mode
        opensOn
        closesOn
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsQuery, ExhibitionsQueryVariables>;
export const FirstCurrentOnsiteExhibitionDocument = new TypedDocumentString(`
    query FirstCurrentOnsiteExhibition {
  exhibitions(mode: ONSITE, phase: CURRENT, first: 1) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstCurrentOnsiteExhibitionQuery, FirstCurrentOnsiteExhibitionQueryVariables>;
export const ExhibitionTitleDocument = new TypedDocumentString(`
    query ExhibitionTitle($id: ID!) {
  exhibition(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ExhibitionTitleQuery, ExhibitionTitleQueryVariables>;
export const TwoExhibitionPhasesDocument = new TypedDocumentString(`
    query TwoExhibitionPhases($a: ID!, $b: ID!) {
  a: exhibition(id: $a) {
    phase
  }
  b: exhibition(id: $b) {
    phase
  }
}
    `) as unknown as TypedDocumentString<TwoExhibitionPhasesQuery, TwoExhibitionPhasesQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($first: Int, $after: String, $category: ArticleCategory) {
  articles(first: $first, after: $after, category: $category) {
    edges {
      cursor
      node {
        id
        title
        category
        publishedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const ArticleAndNewestDocument = new TypedDocumentString(`
    query ArticleAndNewest($id: ID!) {
  article(id: $id) {
    id
    title
  }
  articles(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleAndNewestQuery, ArticleAndNewestQueryVariables>;
export const NewestArticleIdDocument = new TypedDocumentString(`
    query NewestArticleId {
  articles(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NewestArticleIdQuery, NewestArticleIdQueryVariables>;
export const BranchesDocument = new TypedDocumentString(`
    query Branches {
  branches {
    id
    code
    name
    shortName
    kind
  }
}
    `) as unknown as TypedDocumentString<BranchesQuery, BranchesQueryVariables>;
export const BenchHomeDocument = new TypedDocumentString(`
    query BenchHome {
  home {
    featuredExhibitions {
      id
      title
      branch {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchHomeQuery, BenchHomeQueryVariables>;
export const CheckInTicketDocument = new TypedDocumentString(`
    mutation CheckInTicket($token: String!, $headcount: Int, $scanId: String, $scannedAt: DateTime) {
  checkInTicket(
    token: $token
    headcount: $headcount
    scanId: $scanId
    scannedAt: $scannedAt
  ) {
    __typename
    ...CheckInErrors
    ... on MutationCheckInTicketSuccess {
      data {
        ...CheckInResultFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment CheckInResultFields on CheckInResult {
  admitted
  slotStartAt
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
  booking {
    ...BookingFields
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}
fragment CheckInErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...TicketRejectedErrorFields
}`) as unknown as TypedDocumentString<CheckInTicketMutation, CheckInTicketMutationVariables>;
export const CheckInByDocumentDocument = new TypedDocumentString(`
    mutation CheckInByDocument($slotId: ID!, $documentType: DocumentType!, $documentNumber: String!) {
  checkInByDocument(
    slotId: $slotId
    documentType: $documentType
    documentNumber: $documentNumber
  ) {
    __typename
    ...CheckInErrors
    ... on MutationCheckInByDocumentSuccess {
      data {
        ...CheckInResultFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment CheckInResultFields on CheckInResult {
  admitted
  slotStartAt
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
  booking {
    ...BookingFields
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}
fragment CheckInErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...TicketRejectedErrorFields
}`) as unknown as TypedDocumentString<CheckInByDocumentMutation, CheckInByDocumentMutationVariables>;
export const RegisterWalkInDocument = new TypedDocumentString(`
    mutation RegisterWalkIn($slotId: ID!, $visitors: [VisitorInput!]!) {
  registerWalkIn(slotId: $slotId, visitors: $visitors) {
    __typename
    ...ManagerErrors
    ...SlotFullErrorFields
    ...SlotClosedErrorFields
    ...OutsideEntryWindowErrorFields
    ...DuplicateVisitorErrorFields
    ... on MutationRegisterWalkInSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment SlotFullErrorFields on SlotFullError {
  remaining
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
fragment OutsideEntryWindowErrorFields on OutsideEntryWindowError {
  reason
  slotStartAt
  opensAt
  closesAt
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<RegisterWalkInMutation, RegisterWalkInMutationVariables>;
export const SlotRosterDocument = new TypedDocumentString(`
    query SlotRoster($slotId: ID!, $search: String) {
  slotRoster(slotId: $slotId, search: $search) {
    ...BookingFields
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}`) as unknown as TypedDocumentString<SlotRosterQuery, SlotRosterQueryVariables>;
export const CheckInVisitorsDocument = new TypedDocumentString(`
    mutation CheckInVisitors($bookingId: ID!, $visitorIds: [ID!]!) {
  checkInVisitors(bookingId: $bookingId, visitorIds: $visitorIds) {
    __typename
    ...CheckInErrors
    ... on MutationCheckInVisitorsSuccess {
      data {
        ...CheckInResultFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment CheckInResultFields on CheckInResult {
  admitted
  slotStartAt
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
  booking {
    ...BookingFields
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}
fragment CheckInErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...TicketRejectedErrorFields
}`) as unknown as TypedDocumentString<CheckInVisitorsMutation, CheckInVisitorsMutationVariables>;
export const UndoCheckInDocument = new TypedDocumentString(`
    mutation UndoCheckIn($visitorId: ID!) {
  undoCheckIn(visitorId: $visitorId) {
    __typename
    ...CheckInErrors
    ... on CheckInUndoRefusedError {
      reason
      undoMinutes
    }
    ... on MutationUndoCheckInSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}
fragment CheckInErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...TicketRejectedErrorFields
}`) as unknown as TypedDocumentString<UndoCheckInMutation, UndoCheckInMutationVariables>;
export const SlotDoorFiguresDocument = new TypedDocumentString(`
    query SlotDoorFigures($slotId: ID!) {
  slotDoorFigures(slotId: $slotId) {
    booked
    arrived
    remaining
    opensAt
    closesAt
    undoMinutes
  }
}
    `) as unknown as TypedDocumentString<SlotDoorFiguresQuery, SlotDoorFiguresQueryVariables>;
export const OverrideCheckInDocument = new TypedDocumentString(`
    mutation OverrideCheckIn($token: String, $slotId: ID, $documentType: DocumentType, $documentNumber: String, $reason: String!) {
  overrideCheckIn(
    token: $token
    slotId: $slotId
    documentType: $documentType
    documentNumber: $documentNumber
    reason: $reason
  ) {
    __typename
    ...CheckInErrors
    ... on MutationOverrideCheckInSuccess {
      data {
        ...CheckInResultFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment CheckInResultFields on CheckInResult {
  admitted
  slotStartAt
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
  booking {
    ...BookingFields
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment TicketRejectedErrorFields on TicketRejectedError {
  reason
  checkedInAt
  visitDate
  slotStartAt
  maskedName
  partySize
  opensAt
  closesAt
}
fragment CheckInErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...TicketRejectedErrorFields
}`) as unknown as TypedDocumentString<OverrideCheckInMutation, OverrideCheckInMutationVariables>;
export const RequestGroupVisitDocument = new TypedDocumentString(`
    mutation RequestGroupVisit($input: GroupVisitInput!) {
  requestGroupVisit(input: $input) {
    __typename
    ...BookingAttemptErrors
    ...GroupRuleErrorFields
    ...GroupQuotaFullErrorFields
    ... on MutationRequestGroupVisitSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment SlotFullErrorFields on SlotFullError {
  remaining
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment BookingNotOpenYetErrorFields on BookingNotOpenYetError {
  opensAt
}
fragment BookingClosedErrorFields on BookingClosedError {
  closedAt
}
fragment BookingSuspendedErrorFields on BookingSuspendedError {
  suspendedFrom
  suspendedUntil
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
fragment GroupRuleErrorFields on GroupRuleError {
  rule
}
fragment GroupQuotaFullErrorFields on GroupQuotaFullError {
  remaining
}
fragment BookingAttemptErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...SlotFullErrorFields
  ...SlotClosedErrorFields
  ...BookingNotOpenYetErrorFields
  ...BookingClosedErrorFields
  ...BookingSuspendedErrorFields
  ...DuplicateVisitorErrorFields
  ... on PrivacyConsentRequiredError {
    currentVersion
  }
}`) as unknown as TypedDocumentString<RequestGroupVisitMutation, RequestGroupVisitMutationVariables>;
export const UpdateGroupRosterDocument = new TypedDocumentString(`
    mutation UpdateGroupRoster($bookingId: ID!, $roster: [VisitorInput!]!) {
  updateGroupRoster(bookingId: $bookingId, roster: $roster) {
    __typename
    ... on Error {
      message
    }
    ...DuplicateVisitorErrorFields
    ...GroupQuotaFullErrorFields
    ...GroupRuleErrorFields
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationUpdateGroupRosterSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
fragment GroupRuleErrorFields on GroupRuleError {
  rule
}
fragment GroupQuotaFullErrorFields on GroupQuotaFullError {
  remaining
}`) as unknown as TypedDocumentString<UpdateGroupRosterMutation, UpdateGroupRosterMutationVariables>;
export const ReviewGroupVisitDocument = new TypedDocumentString(`
    mutation ReviewGroupVisit($bookingId: ID!, $approve: Boolean!, $note: String) {
  reviewGroupVisit(bookingId: $bookingId, approve: $approve, note: $note) {
    __typename
    ...ManagerErrors
    ...GroupRuleErrorFields
    ... on MutationReviewGroupVisitSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment GroupRuleErrorFields on GroupRuleError {
  rule
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<ReviewGroupVisitMutation, ReviewGroupVisitMutationVariables>;
export const GroupVisitIdsDocument = new TypedDocumentString(`
    query GroupVisitIds {
  groupVisits {
    id
  }
}
    `) as unknown as TypedDocumentString<GroupVisitIdsQuery, GroupVisitIdsQueryVariables>;
export const SubmitLookupRequestDocument = new TypedDocumentString(`
    mutation SubmitLookupRequest($input: SubmitLookupRequestInput!) {
  submitLookupRequest(input: $input) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ...DuplicateOpenLookupErrorFields
    ...LookupRecordTypeNotHeldErrorFields
    ...LookupAttachmentNotAvailableErrorFields
    ... on MutationSubmitLookupRequestSuccess {
      data {
        ...LookupRequestFields
        attachments {
          ...LookupAttachmentFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment LookupRequestFields on LookupRequest {
  id
  receiptNumber
  status
  statusNote
  recordType
  relation
  applicant {
    name
    documentType
    documentNumber
    phone
  }
  subject {
    name
    documentType
    documentNumber
  }
  clues {
    key
    label
    value
  }
  purpose
  purposeText
  use
  delivery
  postalAddress
  receivingBranch {
    code
  }
  holdingBranch {
    code
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  closedAt
  roles
  availableActions
}
fragment DuplicateOpenLookupErrorFields on DuplicateOpenLookupError {
  recordType
  receiptNumber
}
fragment LookupRecordTypeNotHeldErrorFields on LookupRecordTypeNotHeldError {
  recordType
  branchName
}
fragment LookupAttachmentNotAvailableErrorFields on LookupAttachmentNotAvailableError {
  attachmentReason: reason
}
fragment LookupAttachmentFields on LookupAttachment {
  uploadId
  kind
  label
  byteSize
  width
  height
  attachedAt
}`) as unknown as TypedDocumentString<SubmitLookupRequestMutation, SubmitLookupRequestMutationVariables>;
export const LookupRequestDocument = new TypedDocumentString(`
    query LookupRequest($id: ID!) {
  lookupRequest(id: $id) {
    ...LookupRequestFields
    ...LookupTimelineFields
    attachments {
      ...LookupAttachmentFields
    }
    visit {
      ...LookupVisitFields
    }
    certificate {
      ...LookupCertificateFields
    }
  }
}
    fragment LookupRequestFields on LookupRequest {
  id
  receiptNumber
  status
  statusNote
  recordType
  relation
  applicant {
    name
    documentType
    documentNumber
    phone
  }
  subject {
    name
    documentType
    documentNumber
  }
  clues {
    key
    label
    value
  }
  purpose
  purposeText
  use
  delivery
  postalAddress
  receivingBranch {
    code
  }
  holdingBranch {
    code
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  closedAt
  roles
  availableActions
}
fragment LookupTimelineFields on LookupRequest {
  timeline {
    kind
    fromStatus
    toStatus
    at
    branch {
      code
    }
    byCitizen
    note
  }
}
fragment LookupCertificateFields on LookupCertificate {
  serial
  outcome
  archiveReference
  issuingBranch {
    code
  }
  issuedOn
  revokedAt
  verificationUrl
}
fragment LookupVisitFields on LookupVisit {
  id
  status
  visitDate
  slot {
    id
    remaining
    startAt
  }
  cancelReason
}
fragment LookupAttachmentFields on LookupAttachment {
  uploadId
  kind
  label
  byteSize
  width
  height
  attachedAt
}`) as unknown as TypedDocumentString<LookupRequestQuery, LookupRequestQueryVariables>;
export const LookupRequestStatusDocument = new TypedDocumentString(`
    query LookupRequestStatus($id: ID!) {
  lookupRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LookupRequestStatusQuery, LookupRequestStatusQueryVariables>;
export const LookupRequestForStaffDocument = new TypedDocumentString(`
    query LookupRequestForStaff($id: ID!) {
  lookupRequest(id: $id) {
    id
    status
    suggestedHoldingBranchCode
    certificate {
      revokeReason
    }
  }
}
    `) as unknown as TypedDocumentString<LookupRequestForStaffQuery, LookupRequestForStaffQueryVariables>;
export const MyLookupRequestsDocument = new TypedDocumentString(`
    query MyLookupRequests($first: Int) {
  myLookupRequests(first: $first) {
    edges {
      node {
        id
        receiptNumber
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyLookupRequestsQuery, MyLookupRequestsQueryVariables>;
export const LookupQueueDocument = new TypedDocumentString(`
    query LookupQueue($tab: LookupQueueTab, $recordType: LookupRecordType, $submittedFrom: Date, $submittedTo: Date, $receiptNumber: String, $overdueOnly: Boolean, $branchId: ID, $first: Int) {
  lookupQueue(
    tab: $tab
    recordType: $recordType
    submittedFrom: $submittedFrom
    submittedTo: $submittedTo
    receiptNumber: $receiptNumber
    overdueOnly: $overdueOnly
    branchId: $branchId
    first: $first
  ) {
    __typename
    ...InputValidationErrorFields
    ... on QueryLookupQueueSuccess {
      data {
        edges {
          node {
            id
            receiptNumber
            status
            recordType
            dueOn
            overdue
          }
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}`) as unknown as TypedDocumentString<LookupQueueQuery, LookupQueueQueryVariables>;
export const MoveLookupRequestDocument = new TypedDocumentString(`
    mutation MoveLookupRequest($input: MoveLookupRequestInput!) {
  moveLookupRequest(input: $input) {
    __typename
    ...LookupMoveErrors
    ...LookupRecordTypeNotHeldErrorFields
    ...LookupDocumentsMissingErrorFields
    ... on MutationMoveLookupRequestSuccess {
      data {
        id
        status
        statusNote
        holdingBranch {
          code
        }
        archiveReference
        dueOn
        availableActions
        certificate {
          ...LookupCertificateFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment LookupCertificateFields on LookupCertificate {
  serial
  outcome
  archiveReference
  issuingBranch {
    code
  }
  issuedOn
  revokedAt
  verificationUrl
}
fragment IllegalLookupTransitionErrorFields on IllegalLookupTransitionError {
  from
  action
}
fragment LookupRequestChangedErrorFields on LookupRequestChangedError {
  currentStatus: status
}
fragment LookupRecordTypeNotHeldErrorFields on LookupRecordTypeNotHeldError {
  recordType
  branchName
}
fragment LookupDocumentsMissingErrorFields on LookupDocumentsMissingError {
  missing
}
fragment LookupMoveErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...IllegalLookupTransitionErrorFields
  ...LookupRequestChangedErrorFields
}`) as unknown as TypedDocumentString<MoveLookupRequestMutation, MoveLookupRequestMutationVariables>;
export const WithdrawLookupRequestDocument = new TypedDocumentString(`
    mutation WithdrawLookupRequest($id: ID!, $expectedStatus: LookupStatus) {
  withdrawLookupRequest(id: $id, expectedStatus: $expectedStatus) {
    __typename
    ...LookupMoveErrors
    ... on MutationWithdrawLookupRequestSuccess {
      data {
        id
        status
        closedAt
        visit {
          ...LookupVisitFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment LookupVisitFields on LookupVisit {
  id
  status
  visitDate
  slot {
    id
    remaining
    startAt
  }
  cancelReason
}
fragment IllegalLookupTransitionErrorFields on IllegalLookupTransitionError {
  from
  action
}
fragment LookupRequestChangedErrorFields on LookupRequestChangedError {
  currentStatus: status
}
fragment LookupMoveErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...IllegalLookupTransitionErrorFields
  ...LookupRequestChangedErrorFields
}`) as unknown as TypedDocumentString<WithdrawLookupRequestMutation, WithdrawLookupRequestMutationVariables>;
export const SupplementLookupRequestDocument = new TypedDocumentString(`
    mutation SupplementLookupRequest($id: ID!, $input: SupplementLookupRequestInput!) {
  supplementLookupRequest(id: $id, input: $input) {
    __typename
    ...LookupMoveErrors
    ...LookupAttachmentNotAvailableErrorFields
    ... on MutationSupplementLookupRequestSuccess {
      data {
        id
        status
        statusNote
        dueOn
        clues {
          key
          value
        }
        attachments {
          ...LookupAttachmentFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment IllegalLookupTransitionErrorFields on IllegalLookupTransitionError {
  from
  action
}
fragment LookupRequestChangedErrorFields on LookupRequestChangedError {
  currentStatus: status
}
fragment LookupAttachmentNotAvailableErrorFields on LookupAttachmentNotAvailableError {
  attachmentReason: reason
}
fragment LookupAttachmentFields on LookupAttachment {
  uploadId
  kind
  label
  byteSize
  width
  height
  attachedAt
}
fragment LookupMoveErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...IllegalLookupTransitionErrorFields
  ...LookupRequestChangedErrorFields
}`) as unknown as TypedDocumentString<SupplementLookupRequestMutation, SupplementLookupRequestMutationVariables>;
export const RevealLookupPersonalDataDocument = new TypedDocumentString(`
    mutation RevealLookupPersonalData($requestId: ID!, $reason: String!) {
  revealLookupPersonalData(requestId: $requestId, reason: $reason) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationRevealLookupPersonalDataSuccess {
      data {
        requestId
        applicantName
        applicantDocumentNumber
        applicantPhone
        subjectName
        subjectDocumentNumber
        clues {
          key
          value
        }
        postalAddress
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<RevealLookupPersonalDataMutation, RevealLookupPersonalDataMutationVariables>;
export const OpenLookupAttachmentDocument = new TypedDocumentString(`
    mutation OpenLookupAttachment($requestId: ID!, $uploadId: String!, $reason: String!) {
  openLookupAttachment(
    requestId: $requestId
    uploadId: $uploadId
    reason: $reason
  ) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationOpenLookupAttachmentSuccess {
      data {
        uploadId
        kind
        label
        path
        expiresAt
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<OpenLookupAttachmentMutation, OpenLookupAttachmentMutationVariables>;
export const RevokeLookupCertificateDocument = new TypedDocumentString(`
    mutation RevokeLookupCertificate($requestId: ID!, $reason: String!) {
  revokeLookupCertificate(requestId: $requestId, reason: $reason) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ...LookupCertificateNotAvailableErrorFields
    ... on MutationRevokeLookupCertificateSuccess {
      data {
        id
        certificate {
          ...LookupCertificateFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment LookupCertificateFields on LookupCertificate {
  serial
  outcome
  archiveReference
  issuingBranch {
    code
  }
  issuedOn
  revokedAt
  verificationUrl
}
fragment LookupCertificateNotAvailableErrorFields on LookupCertificateNotAvailableError {
  certificateReason: reason
}`) as unknown as TypedDocumentString<RevokeLookupCertificateMutation, RevokeLookupCertificateMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!) {
  verifyCertificate(code: $code) {
    verdict
    serial
    issuerName
    issuedOn
    recordType
    subjectName
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const BookLookupVisitDocument = new TypedDocumentString(`
    mutation BookLookupVisit($requestId: ID!, $slotId: ID!) {
  bookLookupVisit(requestId: $requestId, slotId: $slotId) {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ...LookupVisitTooSoonErrorFields
    ...LookupVisitNotAvailableErrorFields
    ...SlotFullErrorFields
    ...SlotClosedErrorFields
    ... on MutationBookLookupVisitSuccess {
      data {
        id
        visit {
          ...LookupVisitFields
        }
      }
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment SlotFullErrorFields on SlotFullError {
  remaining
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment LookupVisitFields on LookupVisit {
  id
  status
  visitDate
  slot {
    id
    remaining
    startAt
  }
  cancelReason
}
fragment LookupVisitTooSoonErrorFields on LookupVisitTooSoonError {
  earliestDate
}
fragment LookupVisitNotAvailableErrorFields on LookupVisitNotAvailableError {
  visitReason: reason
}`) as unknown as TypedDocumentString<BookLookupVisitMutation, BookLookupVisitMutationVariables>;
export const CancelLookupVisitDocument = new TypedDocumentString(`
    mutation CancelLookupVisit($requestId: ID!) {
  cancelLookupVisit(requestId: $requestId) {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ...LookupVisitNotAvailableErrorFields
    ... on MutationCancelLookupVisitSuccess {
      data {
        id
        visit {
          ...LookupVisitFields
        }
      }
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment LookupVisitFields on LookupVisit {
  id
  status
  visitDate
  slot {
    id
    remaining
    startAt
  }
  cancelReason
}
fragment LookupVisitNotAvailableErrorFields on LookupVisitNotAvailableError {
  visitReason: reason
}`) as unknown as TypedDocumentString<CancelLookupVisitMutation, CancelLookupVisitMutationVariables>;
export const LookupArchivesDocument = new TypedDocumentString(`
    query LookupArchives {
  lookupArchives {
    branch {
      id
      code
    }
    enabledRecordTypes
    targets {
      acceptDays
      answerDays
      notifyDays
    }
    visitLeadDays
  }
}
    `) as unknown as TypedDocumentString<LookupArchivesQuery, LookupArchivesQueryVariables>;
export const ReadingRoomDocument = new TypedDocumentString(`
    query ReadingRoom($branchId: ID!, $from: Date, $days: Int, $date: Date!) {
  lookupArchive(branchId: $branchId) {
    readingRoom {
      calendar(from: $from, days: $days) {
        date
        availability
        remaining
        closedReason
      }
      slots(date: $date) {
        id
        startAt
        endAt
        remaining
        capacity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingRoomQuery, ReadingRoomQueryVariables>;
export const ReadingRoomCalendarIdDocument = new TypedDocumentString(`
    query ReadingRoomCalendarId($branchId: ID!) {
  lookupArchive(branchId: $branchId) {
    readingRoom {
      calendarId
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingRoomCalendarIdQuery, ReadingRoomCalendarIdQueryVariables>;
export const SetLookupSettingsDocument = new TypedDocumentString(`
    mutation SetLookupSettings($branchId: ID!, $settings: LookupSettingsInput!) {
  setLookupSettings(branchId: $branchId, settings: $settings) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationSetLookupSettingsSuccess {
      data {
        enabledRecordTypes
        targets {
          acceptDays
          answerDays
          notifyDays
        }
        visitLeadDays
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<SetLookupSettingsMutation, SetLookupSettingsMutationVariables>;
export const SetWorkingCalendarDayDocument = new TypedDocumentString(`
    mutation SetWorkingCalendarDay($date: Date!, $kind: CalendarDayKind!, $note: String) {
  setWorkingCalendarDay(date: $date, kind: $kind, note: $note) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ... on MutationSetWorkingCalendarDaySuccess {
      data {
        date
        kind
        note
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<SetWorkingCalendarDayMutation, SetWorkingCalendarDayMutationVariables>;
export const ClearWorkingCalendarDayDocument = new TypedDocumentString(`
    mutation ClearWorkingCalendarDay($date: Date!) {
  clearWorkingCalendarDay(date: $date) {
    __typename
    ...NotAuthorizedErrorFields
    ... on MutationClearWorkingCalendarDaySuccess {
      data
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<ClearWorkingCalendarDayMutation, ClearWorkingCalendarDayMutationVariables>;
export const WorkingCalendarDocument = new TypedDocumentString(`
    query WorkingCalendar($from: Date!, $to: Date!) {
  workingCalendar(from: $from, to: $to) {
    __typename
    ...InputValidationErrorFields
    ... on QueryWorkingCalendarSuccess {
      data {
        date
        kind
        note
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}`) as unknown as TypedDocumentString<WorkingCalendarQuery, WorkingCalendarQueryVariables>;
export const LookupQueuePageDocument = new TypedDocumentString(`
    query LookupQueuePage($first: Int) {
  lookupQueue(tab: ALL, first: $first) {
    __typename
    ... on QueryLookupQueueSuccess {
      data {
        edges {
          node {
            ...LookupRequestFields
            ...LookupTimelineFields
            attachments {
              uploadId
              kind
            }
            visit {
              ...LookupVisitFields
            }
            certificate {
              ...LookupCertificateFields
            }
          }
        }
      }
    }
  }
}
    fragment LookupRequestFields on LookupRequest {
  id
  receiptNumber
  status
  statusNote
  recordType
  relation
  applicant {
    name
    documentType
    documentNumber
    phone
  }
  subject {
    name
    documentType
    documentNumber
  }
  clues {
    key
    label
    value
  }
  purpose
  purposeText
  use
  delivery
  postalAddress
  receivingBranch {
    code
  }
  holdingBranch {
    code
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  closedAt
  roles
  availableActions
}
fragment LookupTimelineFields on LookupRequest {
  timeline {
    kind
    fromStatus
    toStatus
    at
    branch {
      code
    }
    byCitizen
    note
  }
}
fragment LookupCertificateFields on LookupCertificate {
  serial
  outcome
  archiveReference
  issuingBranch {
    code
  }
  issuedOn
  revokedAt
  verificationUrl
}
fragment LookupVisitFields on LookupVisit {
  id
  status
  visitDate
  slot {
    id
    remaining
    startAt
  }
  cancelReason
}`) as unknown as TypedDocumentString<LookupQueuePageQuery, LookupQueuePageQueryVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
    query MyMessages($first: Int, $after: String) {
  myMessages(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...MessageFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MessageFields on Message {
  id
  kind
  title
  body
  page
  createdAt
  read
  deliveryStatus
}`) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const UnreadMessageCountDocument = new TypedDocumentString(`
    query UnreadMessageCount {
  unreadMessageCount
}
    `) as unknown as TypedDocumentString<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const MarkMessagesReadDocument = new TypedDocumentString(`
    mutation MarkMessagesRead($ids: [ID!], $all: Boolean) {
  markMessagesRead(ids: $ids, all: $all) {
    __typename
    ... on MutationMarkMessagesReadSuccess {
      data {
        marked
        unreadCount
      }
    }
    ... on MessagesNotFoundError {
      message
      ids
    }
    ...InputValidationErrorFields
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}`) as unknown as TypedDocumentString<MarkMessagesReadMutation, MarkMessagesReadMutationVariables>;
export const MySubscriptionsDocument = new TypedDocumentString(`
    query MySubscriptions {
  mySubscriptions {
    ...SubscriptionFields
  }
}
    fragment SubscriptionFields on NotificationSubscription {
  template
  label
  templateId
  credits
  longTerm
  on
  lastResult
}`) as unknown as TypedDocumentString<MySubscriptionsQuery, MySubscriptionsQueryVariables>;
export const ReportSubscriptionResultsDocument = new TypedDocumentString(`
    mutation ReportSubscriptionResults($results: [SubscriptionResultInput!]!) {
  reportSubscriptionResults(results: $results) {
    __typename
    ... on MutationReportSubscriptionResultsSuccess {
      data {
        ...SubscriptionFields
      }
    }
    ...InputValidationErrorFields
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment SubscriptionFields on NotificationSubscription {
  template
  label
  templateId
  credits
  longTerm
  on
  lastResult
}`) as unknown as TypedDocumentString<ReportSubscriptionResultsMutation, ReportSubscriptionResultsMutationVariables>;
export const UndeliveredMessagesDocument = new TypedDocumentString(`
    query UndeliveredMessages($first: Int, $after: String) {
  undeliveredMessages(first: $first, after: $after) {
    edges {
      node {
        id
        kind
        title
        body
        deliveryStatus
        reason
        errcode
        attempts
        branchId
        maskedPhone
        page
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UndeliveredMessagesQuery, UndeliveredMessagesQueryVariables>;
export const RevealMessageRecipientPhoneDocument = new TypedDocumentString(`
    mutation RevealMessageRecipientPhone($messageId: ID!, $reason: String!) {
  revealMessageRecipientPhone(messageId: $messageId, reason: $reason) {
    __typename
    ... on MutationRevealMessageRecipientPhoneSuccess {
      data {
        messageId
        phone
      }
    }
    ... on UndeliveredMessageNotFoundError {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<RevealMessageRecipientPhoneMutation, RevealMessageRecipientPhoneMutationVariables>;
export const OnlineExhibitionsDocument = new TypedDocumentString(`
    query OnlineExhibitions {
  onlineExhibitions {
    id
    slug
    title
    status
    availableActions
    exhibitCount
    cover {
      url
    }
    branch {
      code
    }
    exhibits {
      id
      title
      images {
        url
      }
      holdingBranch {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnlineExhibitionsQuery, OnlineExhibitionsQueryVariables>;
export const OnlineExhibitionDocument = new TypedDocumentString(`
    query OnlineExhibition($id: ID!) {
  onlineExhibition(id: $id) {
    id
    slug
    title
    intro
    exhibitCount
    exhibits {
      ...OnlineExhibitFields
    }
    exhibitions {
      id
      slug
      mode
    }
  }
}
    fragment OnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  period
  holdingBranch {
    code
  }
  images {
    url
    thumbUrl
    largeUrl
  }
}`) as unknown as TypedDocumentString<OnlineExhibitionQuery, OnlineExhibitionQueryVariables>;
export const OnlineExhibitDocument = new TypedDocumentString(`
    query OnlineExhibit($id: ID!) {
  onlineExhibit(id: $id) {
    ...OnlineExhibitFields
    onlineExhibition {
      id
      title
    }
  }
}
    fragment OnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  period
  holdingBranch {
    code
  }
  images {
    url
    thumbUrl
    largeUrl
  }
}`) as unknown as TypedDocumentString<OnlineExhibitQuery, OnlineExhibitQueryVariables>;
export const ExhibitionOnlineVersionDocument = new TypedDocumentString(`
    query ExhibitionOnlineVersion($id: ID!) {
  exhibition(id: $id) {
    id
    slug
    onlineExhibition {
      id
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionOnlineVersionQuery, ExhibitionOnlineVersionQueryVariables>;
export const StudioOnlineExhibitionsDocument = new TypedDocumentString(`
    query StudioOnlineExhibitions($status: ContentStatus) {
  studioOnlineExhibitions(status: $status) {
    id
    title
    status
    branch {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StudioOnlineExhibitionsQuery, StudioOnlineExhibitionsQueryVariables>;
export const StudioOnlineExhibitionDocument = new TypedDocumentString(`
    query StudioOnlineExhibition($id: ID!) {
  studioOnlineExhibition(id: $id) {
    ...StudioOnlineExhibitionFields
  }
}
    fragment OnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  period
  holdingBranch {
    code
  }
  images {
    url
    thumbUrl
    largeUrl
  }
}
fragment StudioOnlineExhibitionFields on OnlineExhibition {
  id
  title
  subtitle
  intro
  status
  scheduledAt
  publishedAt
  availableActions
  branch {
    code
  }
  cover {
    url
  }
  exhibitCount
  exhibits {
    ...OnlineExhibitFields
  }
  exhibitions {
    id
    slug
  }
}`) as unknown as TypedDocumentString<StudioOnlineExhibitionQuery, StudioOnlineExhibitionQueryVariables>;
export const SaveOnlineExhibitionDocument = new TypedDocumentString(`
    mutation SaveOnlineExhibition($id: ID, $input: OnlineExhibitionInput!) {
  saveOnlineExhibition(id: $id, input: $input) {
    __typename
    ... on MutationSaveOnlineExhibitionSuccess {
      data {
        ...StudioOnlineExhibitionFields
      }
    }
    ... on InputValidationError {
      message
      fieldErrors {
        path
        message
      }
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on NotFoundError {
      entity
    }
  }
}
    fragment OnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  period
  holdingBranch {
    code
  }
  images {
    url
    thumbUrl
    largeUrl
  }
}
fragment StudioOnlineExhibitionFields on OnlineExhibition {
  id
  title
  subtitle
  intro
  status
  scheduledAt
  publishedAt
  availableActions
  branch {
    code
  }
  cover {
    url
  }
  exhibitCount
  exhibits {
    ...OnlineExhibitFields
  }
  exhibitions {
    id
    slug
  }
}`) as unknown as TypedDocumentString<SaveOnlineExhibitionMutation, SaveOnlineExhibitionMutationVariables>;
export const ChangeOnlineExhibitionStatusDocument = new TypedDocumentString(`
    mutation ChangeOnlineExhibitionStatus($id: ID!, $action: ContentAction!, $publishAt: DateTime) {
  changeOnlineExhibitionStatus(id: $id, action: $action, publishAt: $publishAt) {
    __typename
    ... on MutationChangeOnlineExhibitionStatusSuccess {
      data {
        id
        status
        scheduledAt
        publishedAt
        availableActions
      }
    }
    ... on ContentTransitionError {
      message
      status
      action
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on NotFoundError {
      entity
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeOnlineExhibitionStatusMutation, ChangeOnlineExhibitionStatusMutationVariables>;
export const PublicationsDocument = new TypedDocumentString(`
    query Publications {
  publications {
    id
    title
    abstract
    year
    obtain
    cover {
      url
    }
    branch {
      code
    }
    article {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PublicationsQuery, PublicationsQueryVariables>;
export const AcceptPrivacyNoticeDocument = new TypedDocumentString(`
    mutation AcceptPrivacyNotice($version: String!) {
  acceptPrivacyNotice(version: $version) {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ... on StalePrivacyNoticeError {
      acceptedVersion
      currentVersion
    }
    ... on MutationAcceptPrivacyNoticeSuccess {
      data {
        version
        acceptedAt
        current
      }
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<AcceptPrivacyNoticeMutation, AcceptPrivacyNoticeMutationVariables>;
export const WithdrawPrivacyConsentDocument = new TypedDocumentString(`
    mutation WithdrawPrivacyConsent {
  withdrawPrivacyConsent {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ... on MutationWithdrawPrivacyConsentSuccess {
      data {
        withdrawnAt
        withdrawn
      }
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}`) as unknown as TypedDocumentString<WithdrawPrivacyConsentMutation, WithdrawPrivacyConsentMutationVariables>;
export const MyPrivacyConsentDocument = new TypedDocumentString(`
    query MyPrivacyConsent {
  viewer {
    id
    privacyConsent {
      version
      acceptedAt
      current
    }
  }
}
    `) as unknown as TypedDocumentString<MyPrivacyConsentQuery, MyPrivacyConsentQueryVariables>;
export const ExhibitionByIdDocument = new TypedDocumentString(`
    query ExhibitionById($id: ID!) {
  exhibition(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExhibitionByIdQuery, ExhibitionByIdQueryVariables>;
export const ExhibitionPageDocument = new TypedDocumentString(`
    query ExhibitionPage($first: Int, $after: String) {
  exhibitions(first: $first, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionPageQuery, ExhibitionPageQueryVariables>;
export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($after: String) {
  articles(after: $after) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
export const SlotRosterIdsDocument = new TypedDocumentString(`
    query SlotRosterIds($slotId: ID!) {
  slotRoster(slotId: $slotId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SlotRosterIdsQuery, SlotRosterIdsQueryVariables>;
export const StaffSlotIdDocument = new TypedDocumentString(`
    query StaffSlotId($id: ID!) {
  staffSlot(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffSlotIdQuery, StaffSlotIdQueryVariables>;
export const CalendarFromDocument = new TypedDocumentString(`
    query CalendarFrom($id: ID!, $from: Date) {
  exhibition(id: $id) {
    calendar(from: $from, days: 2) {
      date
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFromQuery, CalendarFromQueryVariables>;
export const ExhibitionPlanDocument = new TypedDocumentString(`
    query ExhibitionPlan($id: ID!) {
  exhibition(id: $id) {
    id
    slotTemplates {
      id
      weekday
      startTime
      capacity
    }
    bookingPolicy {
      maxVisitors
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionPlanQuery, ExhibitionPlanQueryVariables>;
export const StaffExhibitionTitlesDocument = new TypedDocumentString(`
    query StaffExhibitionTitles {
  staffExhibitions {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<StaffExhibitionTitlesQuery, StaffExhibitionTitlesQueryVariables>;
export const ReaderFeedDocument = new TypedDocumentString(`
    query ReaderFeed($category: ArticleCategory, $search: String, $first: Int) {
  articles(category: $category, search: $search, first: $first) {
    edges {
      node {
        id
        title
        category
        pinned
        featured
        cover {
          thumbUrl
        }
        body {
          kind
          image {
            largeUrl
          }
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ReaderFeedQuery, ReaderFeedQueryVariables>;
export const ReaderArticleCountsDocument = new TypedDocumentString(`
    query ReaderArticleCounts($id: ID!) {
  article(id: $id) {
    id
    title
    readCount
    likeCount
    shareCount
  }
}
    `) as unknown as TypedDocumentString<ReaderArticleCountsQuery, ReaderArticleCountsQueryVariables>;
export const ReaderHallsDocument = new TypedDocumentString(`
    query ReaderHalls {
  onlineExhibitions {
    id
    title
    exhibits {
      id
      title
      images {
        thumbUrl
        largeUrl
      }
    }
    exhibitions {
      id
      title
      mode
    }
  }
  publications {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ReaderHallsQuery, ReaderHallsQueryVariables>;
export const StaffDashboardDocument = new TypedDocumentString(`
    query StaffDashboard($branchId: ID) {
  staffDashboard(branchId: $branchId) {
    __typename
    ... on Error {
      message
    }
    ... on QueryStaffDashboardSuccess {
      data {
        date
        slots {
          id
          exhibitionId
          exhibitionTitle
          branchName
          startAt
          status
          capacity
          booked
          arrived
          walkIns
          remaining
        }
        groupsAwaitingReview
        openLookups {
          status
          count
          overdue
        }
        lookupsOverdue
        undeliveredMessages
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffDashboardQuery, StaffDashboardQueryVariables>;
export const StaffTrendsDocument = new TypedDocumentString(`
    query StaffTrends($days: Int!, $branchId: ID) {
  staffTrends(days: $days, branchId: $branchId) {
    __typename
    ... on Error {
      message
    }
    ... on QueryStaffTrendsSuccess {
      data {
        from
        to
        days {
          date
          bookedArrived
          walkIns
          noShows
        }
        attendance {
          ...RatioFields
        }
        noShowRate {
          ...RatioFields
        }
        walkIns
        lookups {
          branchId
          branchName
          submitted
          answered
          medianDaysToAnswer
        }
        articles {
          id
          title
          reads
        }
      }
    }
  }
}
    fragment RatioFields on Ratio {
  part
  whole
  percent
}`) as unknown as TypedDocumentString<StaffTrendsQuery, StaffTrendsQueryVariables>;
export const RequestUnmaskedExportDocument = new TypedDocumentString(`
    mutation RequestUnmaskedExport($input: ExportInput!, $reason: String!) {
  requestUnmaskedExport(input: $input, reason: $reason) {
    __typename
    ... on Error {
      message
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on MutationRequestUnmaskedExportSuccess {
      data {
        ...ExportRequestFields
      }
    }
  }
}
    fragment ExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  expiresAt
  mine
}`) as unknown as TypedDocumentString<RequestUnmaskedExportMutation, RequestUnmaskedExportMutationVariables>;
export const DecideExportDocument = new TypedDocumentString(`
    mutation DecideExport($id: ID!, $approve: Boolean!) {
  decideExport(id: $id, approve: $approve) {
    __typename
    ... on Error {
      message
    }
    ... on ExportApprovalRefusedError {
      rule
    }
    ... on MutationDecideExportSuccess {
      data {
        ...ExportRequestFields
      }
    }
  }
}
    fragment ExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  expiresAt
  mine
}`) as unknown as TypedDocumentString<DecideExportMutation, DecideExportMutationVariables>;
export const ExportRequestsDocument = new TypedDocumentString(`
    query ExportRequests {
  exportRequests {
    ...ExportRequestFields
  }
}
    fragment ExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  expiresAt
  mine
}`) as unknown as TypedDocumentString<ExportRequestsQuery, ExportRequestsQueryVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts($search: String, $branchId: ID) {
  staffAccounts(search: $search, branchId: $branchId) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}`) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const StaffAccountDocument = new TypedDocumentString(`
    query StaffAccount($id: ID!) {
  staffAccount(id: $id) {
    ...StaffAccountFields
  }
}
    fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}`) as unknown as TypedDocumentString<StaffAccountQuery, StaffAccountQueryVariables>;
export const CreateStaffAccountDocument = new TypedDocumentString(`
    mutation CreateStaffAccount($input: NewStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ...StaffAdminErrors
    ... on MutationCreateStaffAccountSuccess {
      data {
        oneTimePassword
        account {
          ...StaffAccountFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}
fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}`) as unknown as TypedDocumentString<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const UpdateStaffAccountDocument = new TypedDocumentString(`
    mutation UpdateStaffAccount($id: ID!, $input: StaffAccountInput!) {
  updateStaffAccount(id: $id, input: $input) {
    __typename
    ...StaffAdminErrors
    ... on MutationUpdateStaffAccountSuccess {
      data {
        ...StaffAccountFields
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}
fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}`) as unknown as TypedDocumentString<UpdateStaffAccountMutation, UpdateStaffAccountMutationVariables>;
export const DisableStaffAccountDocument = new TypedDocumentString(`
    mutation DisableStaffAccount($id: ID!) {
  disableStaffAccount(id: $id) {
    __typename
    ...StaffAdminErrors
    ... on MutationDisableStaffAccountSuccess {
      data {
        ...StaffAccountFields
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}
fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}`) as unknown as TypedDocumentString<DisableStaffAccountMutation, DisableStaffAccountMutationVariables>;
export const EnableStaffAccountDocument = new TypedDocumentString(`
    mutation EnableStaffAccount($id: ID!) {
  enableStaffAccount(id: $id) {
    __typename
    ...StaffAdminErrors
    ... on MutationEnableStaffAccountSuccess {
      data {
        ...StaffAccountFields
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}
fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}`) as unknown as TypedDocumentString<EnableStaffAccountMutation, EnableStaffAccountMutationVariables>;
export const ResetStaffPasswordDocument = new TypedDocumentString(`
    mutation ResetStaffPassword($id: ID!) {
  resetStaffPassword(id: $id) {
    __typename
    ...StaffAdminErrors
    ... on MutationResetStaffPasswordSuccess {
      data {
        oneTimePassword
        account {
          ...StaffAccountFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment StaffAccountFields on StaffAccount {
  id
  username
  displayName
  role
  branch {
    id
    code
  }
  disabled
  mustChangePassword
}
fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}`) as unknown as TypedDocumentString<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const ChangeMyPasswordDocument = new TypedDocumentString(`
    mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
  changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    __typename
    ...StaffAdminErrors
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on MutationChangeMyPasswordSuccess {
      data {
        id
        mustChangePassword
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment StaffAdminErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}`) as unknown as TypedDocumentString<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const ViewerMustChangeDocument = new TypedDocumentString(`
    query ViewerMustChange {
  viewer {
    id
    kind
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<ViewerMustChangeQuery, ViewerMustChangeQueryVariables>;
export const StaffSlotDocument = new TypedDocumentString(`
    query StaffSlot($id: ID!) {
  staffSlot(id: $id) {
    ...StaffSlotFields
  }
}
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}
fragment StaffSlotFields on Slot {
  ...SlotFields
  booked
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<StaffSlotQuery, StaffSlotQueryVariables>;
export const StaffExhibitionIdsDocument = new TypedDocumentString(`
    query StaffExhibitionIds {
  staffExhibitions {
    id
  }
}
    `) as unknown as TypedDocumentString<StaffExhibitionIdsQuery, StaffExhibitionIdsQueryVariables>;
export const CloseSlotDocument = new TypedDocumentString(`
    mutation CloseSlot($slotId: ID!, $reason: String!) {
  closeSlot(slotId: $slotId, reason: $reason) {
    __typename
    ...ManagerErrors
    ... on MutationCloseSlotSuccess {
      data {
        ...StaffSlotFields
      }
    }
  }
}
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}
fragment StaffSlotFields on Slot {
  ...SlotFields
  booked
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<CloseSlotMutation, CloseSlotMutationVariables>;
export const CloseDayDocument = new TypedDocumentString(`
    mutation CloseDay($exhibitionId: ID!, $date: Date!, $reason: String!) {
  closeDay(exhibitionId: $exhibitionId, date: $date, reason: $reason) {
    __typename
    ...ManagerErrors
    ... on MutationCloseDaySuccess {
      data {
        ...StaffSlotFields
      }
    }
  }
}
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}
fragment StaffSlotFields on Slot {
  ...SlotFields
  booked
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<CloseDayMutation, CloseDayMutationVariables>;
export const ChangeSlotCapacityDocument = new TypedDocumentString(`
    mutation ChangeSlotCapacity($slotId: ID!, $capacity: Int!, $walkinQuota: Int, $groupQuota: Int) {
  changeSlotCapacity(
    slotId: $slotId
    capacity: $capacity
    walkinQuota: $walkinQuota
    groupQuota: $groupQuota
  ) {
    __typename
    ...ManagerErrors
    ...CapacityBelowBookedErrorFields
    ... on MutationChangeSlotCapacitySuccess {
      data {
        ...StaffSlotFields
      }
    }
  }
}
    fragment SlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  remaining
  capacity
  groupRemaining
}
fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment CapacityBelowBookedErrorFields on CapacityBelowBookedError {
  taken
  limit
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}
fragment StaffSlotFields on Slot {
  ...SlotFields
  booked
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<ChangeSlotCapacityMutation, ChangeSlotCapacityMutationVariables>;
export const SetBookingPolicyDocument = new TypedDocumentString(`
    mutation SetBookingPolicy($exhibitionId: ID!, $policy: BookingPolicyInput!) {
  setBookingPolicy(exhibitionId: $exhibitionId, policy: $policy) {
    __typename
    ...ManagerErrors
    ... on MutationSetBookingPolicySuccess {
      data {
        releaseDaysAhead
        releaseTime
        closedWeekdays
        maxVisitors
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<SetBookingPolicyMutation, SetBookingPolicyMutationVariables>;
export const SetSlotTemplatesDocument = new TypedDocumentString(`
    mutation SetSlotTemplates($exhibitionId: ID!, $templates: [SlotTemplateInput!]!) {
  setSlotTemplates(exhibitionId: $exhibitionId, templates: $templates) {
    __typename
    ...ManagerErrors
    ... on MutationSetSlotTemplatesSuccess {
      data {
        id
        weekday
        startTime
        endTime
        capacity
        walkinQuota
        groupQuota
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<SetSlotTemplatesMutation, SetSlotTemplatesMutationVariables>;
export const GenerateSlotsDocument = new TypedDocumentString(`
    mutation GenerateSlots($exhibitionId: ID!, $from: Date!, $to: Date!) {
  generateSlots(exhibitionId: $exhibitionId, from: $from, to: $to) {
    __typename
    ...ManagerErrors
    ... on MutationGenerateSlotsSuccess {
      data
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<GenerateSlotsMutation, GenerateSlotsMutationVariables>;
export const SaveExhibitionDocument = new TypedDocumentString(`
    mutation SaveExhibition($input: SaveExhibitionInput!) {
  saveExhibition(input: $input) {
    __typename
    ...ManagerErrors
    ... on MutationSaveExhibitionSuccess {
      data {
        id
        title
        branch {
          code
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<SaveExhibitionMutation, SaveExhibitionMutationVariables>;
export const BookingStatisticsDocument = new TypedDocumentString(`
    query BookingStatistics($exhibitionId: ID, $from: Date!, $to: Date!) {
  bookingStatistics(exhibitionId: $exhibitionId, from: $from, to: $to) {
    __typename
    ...ManagerErrors
    ... on QueryBookingStatisticsSuccess {
      data {
        date
        bookings
        bookedVisitors
        checkedIn
        noShows
        cancelled
        walkIns
        groupVisitors
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<BookingStatisticsQuery, BookingStatisticsQueryVariables>;
export const BranchVenuesDocument = new TypedDocumentString(`
    query BranchVenues {
  branches {
    id
    code
    venueDetails {
      ...VenueFields
    }
  }
}
    fragment VenueFields on Venue {
  id
  ownerKind
  address
  phone
  latitude
  longitude
  days {
    weekday
    open
    close
  }
  lunchStart
  lunchEnd
  hoursNotes
  hoursText
  transport
  entrance
  accessibility
  isExample
}`) as unknown as TypedDocumentString<BranchVenuesQuery, BranchVenuesQueryVariables>;
export const ExhibitionVenueDocument = new TypedDocumentString(`
    query ExhibitionVenue($id: ID!) {
  exhibition(id: $id) {
    id
    venueDetails {
      ...VenueFields
    }
  }
}
    fragment VenueFields on Venue {
  id
  ownerKind
  address
  phone
  latitude
  longitude
  days {
    weekday
    open
    close
  }
  lunchStart
  lunchEnd
  hoursNotes
  hoursText
  transport
  entrance
  accessibility
  isExample
}`) as unknown as TypedDocumentString<ExhibitionVenueQuery, ExhibitionVenueQueryVariables>;
export const StaffVenueDocument = new TypedDocumentString(`
    query StaffVenue($branchId: ID, $exhibitionId: ID) {
  staffVenue(branchId: $branchId, exhibitionId: $exhibitionId) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
    ... on QueryStaffVenueSuccess {
      data {
        ownerKind
        ownerId
        title
        venue {
          ...VenueFields
        }
        archiveVenue {
          ...VenueFields
        }
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment VenueFields on Venue {
  id
  ownerKind
  address
  phone
  latitude
  longitude
  days {
    weekday
    open
    close
  }
  lunchStart
  lunchEnd
  hoursNotes
  hoursText
  transport
  entrance
  accessibility
  isExample
}`) as unknown as TypedDocumentString<StaffVenueQuery, StaffVenueQueryVariables>;
export const SaveVenueDocument = new TypedDocumentString(`
    mutation SaveVenue($branchId: ID, $exhibitionId: ID, $venue: VenueInput!) {
  saveVenue(branchId: $branchId, exhibitionId: $exhibitionId, venue: $venue) {
    __typename
    ... on Error {
      message
    }
    ...InputValidationErrorFields
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
    ... on MutationSaveVenueSuccess {
      data {
        ...VenueFields
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment VenueFields on Venue {
  id
  ownerKind
  address
  phone
  latitude
  longitude
  days {
    weekday
    open
    close
  }
  lunchStart
  lunchEnd
  hoursNotes
  hoursText
  transport
  entrance
  accessibility
  isExample
}`) as unknown as TypedDocumentString<SaveVenueMutation, SaveVenueMutationVariables>;
export const UseArchiveVenueDocument = new TypedDocumentString(`
    mutation UseArchiveVenue($exhibitionId: ID!) {
  useArchiveVenue(exhibitionId: $exhibitionId) {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ...NotFoundErrorFields
    ... on MutationUseArchiveVenueSuccess {
      data {
        id
        venueDetails {
          ...VenueFields
        }
      }
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment NotFoundErrorFields on NotFoundError {
  entity
}
fragment VenueFields on Venue {
  id
  ownerKind
  address
  phone
  latitude
  longitude
  days {
    weekday
    open
    close
  }
  lunchStart
  lunchEnd
  hoursNotes
  hoursText
  transport
  entrance
  accessibility
  isExample
}`) as unknown as TypedDocumentString<UseArchiveVenueMutation, UseArchiveVenueMutationVariables>;
export const JoinWaitlistDocument = new TypedDocumentString(`
    mutation JoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
    ...BookingAttemptErrors
    ...WaitlistNotAvailableErrorFields
    ... on MutationJoinWaitlistSuccess {
      data {
        ...WaitlistEntryFields
      }
    }
  }
}
    fragment InputValidationErrorFields on InputValidationError {
  fieldErrors {
    path
    message
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment SlotFullErrorFields on SlotFullError {
  remaining
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment BookingNotOpenYetErrorFields on BookingNotOpenYetError {
  opensAt
}
fragment BookingClosedErrorFields on BookingClosedError {
  closedAt
}
fragment BookingSuspendedErrorFields on BookingSuspendedError {
  suspendedFrom
  suspendedUntil
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
fragment WaitlistNotAvailableErrorFields on WaitlistNotAvailableError {
  reason
}
fragment BookingAttemptErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...SlotFullErrorFields
  ...SlotClosedErrorFields
  ...BookingNotOpenYetErrorFields
  ...BookingClosedErrorFields
  ...BookingSuspendedErrorFields
  ...DuplicateVisitorErrorFields
  ... on PrivacyConsentRequiredError {
    currentVersion
  }
}
fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  slot {
    id
    remaining
  }
}`) as unknown as TypedDocumentString<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const AcceptWaitlistOfferDocument = new TypedDocumentString(`
    mutation AcceptWaitlistOffer($id: ID!) {
  acceptWaitlistOffer(id: $id) {
    __typename
    ... on Error {
      message
    }
    ...DuplicateVisitorErrorFields
    ...NotAuthorizedErrorFields
    ...SlotClosedErrorFields
    ...WaitlistNotAvailableErrorFields
    ... on MutationAcceptWaitlistOfferSuccess {
      data {
        ...BookingFields
      }
    }
  }
}
    fragment BookingFields on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  phone
  organization
  leaderName
  reviewNote
  checkedInCount
  checkedInAt
  cancelledAt
  cancelReason
  cancelDeadline
  ticketToken
  visitors {
    id
    name
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
  slot {
    id
    startAt
    remaining
    groupRemaining
  }
}
fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment SlotClosedErrorFields on SlotClosedError {
  closedReason: reason
}
fragment DuplicateVisitorErrorFields on DuplicateVisitorError {
  documentNumber
  visitDate
}
fragment WaitlistNotAvailableErrorFields on WaitlistNotAvailableError {
  reason
}`) as unknown as TypedDocumentString<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const LeaveWaitlistDocument = new TypedDocumentString(`
    mutation LeaveWaitlist($id: ID!) {
  leaveWaitlist(id: $id) {
    __typename
    ... on Error {
      message
    }
    ...NotAuthorizedErrorFields
    ...WaitlistNotAvailableErrorFields
    ... on MutationLeaveWaitlistSuccess {
      data {
        ...WaitlistEntryFields
      }
    }
  }
}
    fragment NotAuthorizedErrorFields on NotAuthorizedError {
  reason
}
fragment WaitlistNotAvailableErrorFields on WaitlistNotAvailableError {
  reason
}
fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  slot {
    id
    remaining
  }
}`) as unknown as TypedDocumentString<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const MyWaitlistDocument = new TypedDocumentString(`
    query MyWaitlist {
  myWaitlist {
    ...WaitlistEntryFields
  }
}
    fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  slot {
    id
    remaining
  }
}`) as unknown as TypedDocumentString<MyWaitlistQuery, MyWaitlistQueryVariables>;
export const WeappHomeIdsDocument = new TypedDocumentString(`
    query WeappHomeIds {
  home {
    featuredExhibitions {
      id
    }
    latestArticles(first: 1) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WeappHomeIdsQuery, WeappHomeIdsQueryVariables>;
export const WeappHomeTitlesDocument = new TypedDocumentString(`
    query WeappHomeTitles {
  home {
    featuredExhibitions {
      title
    }
    latestArticles(first: 5) {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<WeappHomeTitlesQuery, WeappHomeTitlesQueryVariables>;
export const WeappCurrentExhibitionsDocument = new TypedDocumentString(`
    query WeappCurrentExhibitions {
  exhibitions(phase: CURRENT, mode: ONSITE, first: 10) {
    edges {
      node {
        id
        title
        summary
        venue
        branch {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WeappCurrentExhibitionsQuery, WeappCurrentExhibitionsQueryVariables>;