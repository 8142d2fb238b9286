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

/** A signed-in person: a citizen (WeChat) or a member of staff. */
export type Account = {
  __typename?: 'Account';
  branch?: Maybe<Branch>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AccountKind;
  /** Masked, e.g. 138****5678 */
  phone?: Maybe<Scalars['String']['output']>;
  role?: Maybe<StaffRole>;
};

export type AccountKind =
  | 'CITIZEN'
  | 'STAFF';

export type Article = {
  __typename?: 'Article';
  author?: Maybe<Scalars['String']['output']>;
  /** Plain text; paragraphs separated by blank lines. */
  body: Scalars['String']['output'];
  branch?: Maybe<Branch>;
  category: ArticleCategory;
  coverUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTime']['output'];
  source?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type ArticleCategory =
  /** 馆务动态 */
  | 'NEWS'
  /** 编研成果 */
  | 'RESEARCH'
  /** 档案故事 */
  | 'STORY'
  /** 视频 */
  | 'VIDEO';

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

export type BookingKind =
  /** 团体预约 */
  | 'GROUP'
  /** 个人预约 */
  | 'INDIVIDUAL'
  /** 现场登记 */
  | 'WALK_IN';

export type BookingList =
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
  /** 团体预约审核中 */
  | 'PENDING_REVIEW'
  /** 团体预约未通过 */
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
  address?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: BranchKind;
  name: Scalars['String']['output'];
  openingHours?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  shortName: Scalars['String']['output'];
};

export type BranchKind =
  | 'CITY'
  | 'COUNTY';

export type CalendarDay = {
  __typename?: 'CalendarDay';
  availability: DayAvailability;
  closedReason?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  releaseAt: Scalars['DateTime']['output'];
  remaining: Scalars['Int']['output'];
};

export type CapacityBelowBookedError = Error & {
  __typename?: 'CapacityBelowBookedError';
  /** CAPACITY (individual places) or GROUP_QUOTA */
  limit: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Places already booked or held under the limit that was hit */
  taken: Scalars['Int']['output'];
};

export type CheckInResult = {
  __typename?: 'CheckInResult';
  /** People admitted by this check-in */
  admitted: Scalars['Int']['output'];
  booking: Booking;
  slotStartAt: Scalars['DateTime']['output'];
};

export type CreateBookingInput = {
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

export type DayAvailability =
  /** 余量 */
  | 'AVAILABLE'
  /** 闭馆 */
  | 'CLOSED'
  /** 约满 */
  | 'FULL'
  /** 未放票 */
  | 'NOT_OPEN_YET';

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
  bookingPolicy: BookingPolicy;
  branch: Branch;
  /** Availability per day from `from` (default today) for `days` days (at most 42). */
  calendar: Array<CalendarDay>;
  closesOn?: Maybe<Scalars['Date']['output']>;
  coverUrl?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  featured: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mode: ExhibitionMode;
  notes?: Maybe<Scalars['String']['output']>;
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
  | 'ONSITE';

export type ExhibitionPhase =
  /** 展出中 */
  | 'CURRENT'
  /** 往期 */
  | 'PAST'
  /** 即将开展 */
  | 'UPCOMING';

export type FieldError = {
  __typename?: 'FieldError';
  message: Scalars['String']['output'];
  /** Dotted input path, e.g. visitors.1.documentNumber */
  path: Scalars['String']['output'];
};

export type FrequentVisitor = {
  __typename?: 'FrequentVisitor';
  documentNumber: Scalars['String']['output'];
  documentType: DocumentType;
  id: Scalars['ID']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  acceptWaitlistOffer: MutationAcceptWaitlistOfferResult;
  addFrequentVisitor: MutationAddFrequentVisitorResult;
  /** Cancels before the cutoff freely; later (until the slot starts) it counts as a no-show. */
  cancelBooking: MutationCancelBookingResult;
  /** Never below what is already booked; added places go to the waiting list first. */
  changeSlotCapacity: MutationChangeSlotCapacityResult;
  /** Manual check-in for visitors without a phone: the document number finds the visit. */
  checkInByDocument: MutationCheckInByDocumentResult;
  /** Checks in a scanned e-ticket. A group leader’s ticket takes the headcount at the door. */
  checkInTicket: MutationCheckInTicketResult;
  /** Closes an exhibition for a day (e.g. a holiday): every slot closes, bookings are cancelled. */
  closeDay: MutationCloseDayResult;
  /** Closes a slot; its bookings are cancelled and each citizen is notified. */
  closeSlot: MutationCloseSlotResult;
  createBooking: MutationCreateBookingResult;
  /** Creates the slots of the weekly plan between two dates; returns how many were new. */
  generateSlots: MutationGenerateSlotsResult;
  joinWaitlist: MutationJoinWaitlistResult;
  leaveWaitlist: MutationLeaveWaitlistResult;
  /** 现场登记: counts against capacity (walk-in quota first) and checks in at once. */
  registerWalkIn: MutationRegisterWalkInResult;
  removeFrequentVisitor: MutationRemoveFrequentVisitorResult;
  /** A group of 10–50 from the slot’s group quota, held pending staff review. */
  requestGroupVisit: MutationRequestGroupVisitResult;
  reviewGroupVisit: MutationReviewGroupVisitResult;
  saveExhibition: MutationSaveExhibitionResult;
  setBookingPolicy: MutationSetBookingPolicyResult;
  /** Replaces the weekly slot plan of an exhibition. Existing slots are unchanged. */
  setSlotTemplates: MutationSetSlotTemplatesResult;
  /** 开发环境登录: only without WECHAT_APPID and never in production. */
  signInForDevelopment: MutationSignInForDevelopmentResult;
  signInStaff: MutationSignInStaffResult;
  /** Exchanges a Taro.login code for a session. */
  signInWithWechat: MutationSignInWithWechatResult;
  signOut: Scalars['Boolean']['output'];
  updateGroupRoster: MutationUpdateGroupRosterResult;
};


export type MutationAcceptWaitlistOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddFrequentVisitorArgs = {
  visitor: VisitorInput;
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
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
  token: Scalars['String']['input'];
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


export type MutationRegisterWalkInArgs = {
  slotId: Scalars['ID']['input'];
  visitors: Array<VisitorInput>;
};


export type MutationRemoveFrequentVisitorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestGroupVisitArgs = {
  input: GroupVisitInput;
};


export type MutationReviewGroupVisitArgs = {
  approve: Scalars['Boolean']['input'];
  bookingId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveExhibitionArgs = {
  input: SaveExhibitionInput;
};


export type MutationSetBookingPolicyArgs = {
  exhibitionId: Scalars['ID']['input'];
  policy: BookingPolicyInput;
};


export type MutationSetSlotTemplatesArgs = {
  exhibitionId: Scalars['ID']['input'];
  templates: Array<SlotTemplateInput>;
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


export type MutationUpdateGroupRosterArgs = {
  bookingId: Scalars['ID']['input'];
  roster: Array<VisitorInput>;
};

export type MutationAcceptWaitlistOfferResult = DuplicateVisitorError | MutationAcceptWaitlistOfferSuccess | NotAuthorizedError | SlotClosedError | WaitlistNotAvailableError;

export type MutationAcceptWaitlistOfferSuccess = {
  __typename?: 'MutationAcceptWaitlistOfferSuccess';
  data: Booking;
};

export type MutationAddFrequentVisitorResult = InputValidationError | MutationAddFrequentVisitorSuccess | NotAuthorizedError;

export type MutationAddFrequentVisitorSuccess = {
  __typename?: 'MutationAddFrequentVisitorSuccess';
  data: Array<FrequentVisitor>;
};

export type MutationCancelBookingResult = BookingNotCancellableError | BookingNotFoundError | MutationCancelBookingSuccess | NotAuthorizedError;

export type MutationCancelBookingSuccess = {
  __typename?: 'MutationCancelBookingSuccess';
  data: Booking;
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

export type MutationCreateBookingResult = BookingClosedError | BookingNotOpenYetError | BookingSuspendedError | DuplicateVisitorError | InputValidationError | MutationCreateBookingSuccess | NotAuthorizedError | SlotClosedError | SlotFullError | SlotNotFoundError;

export type MutationCreateBookingSuccess = {
  __typename?: 'MutationCreateBookingSuccess';
  data: Booking;
};

export type MutationGenerateSlotsResult = InputValidationError | MutationGenerateSlotsSuccess | NotAuthorizedError | NotFoundError;

export type MutationGenerateSlotsSuccess = {
  __typename?: 'MutationGenerateSlotsSuccess';
  data: Scalars['Int']['output'];
};

export type MutationJoinWaitlistResult = BookingClosedError | BookingNotOpenYetError | BookingSuspendedError | DuplicateVisitorError | InputValidationError | MutationJoinWaitlistSuccess | NotAuthorizedError | SlotClosedError | SlotFullError | SlotNotFoundError | WaitlistNotAvailableError;

export type MutationJoinWaitlistSuccess = {
  __typename?: 'MutationJoinWaitlistSuccess';
  data: WaitlistEntry;
};

export type MutationLeaveWaitlistResult = MutationLeaveWaitlistSuccess | NotAuthorizedError | WaitlistNotAvailableError;

export type MutationLeaveWaitlistSuccess = {
  __typename?: 'MutationLeaveWaitlistSuccess';
  data: WaitlistEntry;
};

export type MutationRegisterWalkInResult = DuplicateVisitorError | InputValidationError | MutationRegisterWalkInSuccess | NotAuthorizedError | NotFoundError | SlotFullError;

export type MutationRegisterWalkInSuccess = {
  __typename?: 'MutationRegisterWalkInSuccess';
  data: Booking;
};

export type MutationRemoveFrequentVisitorResult = MutationRemoveFrequentVisitorSuccess | NotAuthorizedError | NotFoundError;

export type MutationRemoveFrequentVisitorSuccess = {
  __typename?: 'MutationRemoveFrequentVisitorSuccess';
  data: Array<FrequentVisitor>;
};

export type MutationRequestGroupVisitResult = BookingClosedError | BookingNotOpenYetError | BookingSuspendedError | DuplicateVisitorError | GroupQuotaFullError | GroupRuleError | InputValidationError | MutationRequestGroupVisitSuccess | NotAuthorizedError | SlotClosedError | SlotFullError | SlotNotFoundError;

export type MutationRequestGroupVisitSuccess = {
  __typename?: 'MutationRequestGroupVisitSuccess';
  data: Booking;
};

export type MutationReviewGroupVisitResult = BookingNotFoundError | GroupRuleError | InputValidationError | MutationReviewGroupVisitSuccess | NotAuthorizedError | NotFoundError;

export type MutationReviewGroupVisitSuccess = {
  __typename?: 'MutationReviewGroupVisitSuccess';
  data: Booking;
};

export type MutationSaveExhibitionResult = InputValidationError | MutationSaveExhibitionSuccess | NotAuthorizedError | NotFoundError;

export type MutationSaveExhibitionSuccess = {
  __typename?: 'MutationSaveExhibitionSuccess';
  data: Exhibition;
};

export type MutationSetBookingPolicyResult = InputValidationError | MutationSetBookingPolicySuccess | NotAuthorizedError | NotFoundError;

export type MutationSetBookingPolicySuccess = {
  __typename?: 'MutationSetBookingPolicySuccess';
  data: BookingPolicy;
};

export type MutationSetSlotTemplatesResult = InputValidationError | MutationSetSlotTemplatesSuccess | NotAuthorizedError | NotFoundError;

export type MutationSetSlotTemplatesSuccess = {
  __typename?: 'MutationSetSlotTemplatesSuccess';
  data: Array<SlotTemplate>;
};

export type MutationSignInForDevelopmentResult = DevelopmentSignInDisabledError | InputValidationError | MutationSignInForDevelopmentSuccess;

export type MutationSignInForDevelopmentSuccess = {
  __typename?: 'MutationSignInForDevelopmentSuccess';
  data: SignedIn;
};

export type MutationSignInStaffResult = InvalidCredentialsError | MutationSignInStaffSuccess | RateLimitedError;

export type MutationSignInStaffSuccess = {
  __typename?: 'MutationSignInStaffSuccess';
  data: SignedIn;
};

export type MutationSignInWithWechatResult = InputValidationError | MutationSignInWithWechatSuccess | RateLimitedError | WechatCodeInvalidError | WechatRateLimitedError | WechatUnavailableError | WechatUserBlockedError;

export type MutationSignInWithWechatSuccess = {
  __typename?: 'MutationSignInWithWechatSuccess';
  data: SignedIn;
};

export type MutationUpdateGroupRosterResult = BookingNotFoundError | DuplicateVisitorError | GroupQuotaFullError | GroupRuleError | InputValidationError | MutationUpdateGroupRosterSuccess | NotAuthorizedError;

export type MutationUpdateGroupRosterSuccess = {
  __typename?: 'MutationUpdateGroupRosterSuccess';
  data: Booking;
};

export type NotAuthorizedError = Error & {
  __typename?: 'NotAuthorizedError';
  message: Scalars['String']['output'];
  /** UNAUTHENTICATED or FORBIDDEN */
  reason: Scalars['String']['output'];
};

export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  entity: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  /** The promotional feed, newest first. Forward pagination only. */
  articles: QueryArticlesConnection;
  authOptions: AuthOptions;
  /** The owner's booking (or any of their archive's, for staff); null for anyone else. */
  booking?: Maybe<Booking>;
  bookingStatistics: QueryBookingStatisticsResult;
  bookingSuspension: BookingSuspension;
  /** All archives, the city archive first. */
  branches: Array<Branch>;
  exhibition?: Maybe<Exhibition>;
  exhibitions: QueryExhibitionsConnection;
  frequentVisitors: Array<FrequentVisitor>;
  /** Group visits of the archives in scope from today on, by status (default: awaiting review). */
  groupVisits: Array<Booking>;
  home: Home;
  myBookings: QueryMyBookingsConnection;
  myWaitlist: Array<WaitlistEntry>;
  slot?: Maybe<Slot>;
  /** Every booking of a slot with masked personal data. */
  slotRoster: Array<Booking>;
  /** Every exhibition the signed-in staff member manages, drafts included. */
  staffExhibitions: Array<Exhibition>;
  /** A slot of an exhibition in scope, or null when there is no such slot. */
  staffSlot?: Maybe<Slot>;
  /** The signed-in account, or null. */
  viewer?: Maybe<Account>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ArticleCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<ExhibitionMode>;
  phase?: InputMaybe<ExhibitionPhase>;
};


export type QueryGroupVisitsArgs = {
  status?: BookingStatus;
};


export type QueryMyBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  list?: BookingList;
};


export type QuerySlotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySlotRosterArgs = {
  slotId: Scalars['ID']['input'];
};


export type QueryStaffSlotArgs = {
  id: Scalars['ID']['input'];
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

export type RateLimitedError = Error & {
  __typename?: 'RateLimitedError';
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
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
  | 'CLOSED'
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

export type StaffRole =
  /** 管理员：管理所有展览与预约 */
  | 'ADMIN'
  /** 馆员：管理本馆展览与预约 */
  | 'BRANCH_STAFF'
  /** 检票员：扫码核验入馆 */
  | 'CHECKER';

export type TicketRejectedError = Error & {
  __typename?: 'TicketRejectedError';
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  message: Scalars['String']['output'];
  /** INVALID, NOT_FOUND, ALREADY_CHECKED_IN, CANCELLED, NOT_CONFIRMED, WRONG_DAY, TOO_EARLY or TOO_LATE */
  reason: Scalars['String']['output'];
  slotStartAt?: Maybe<Scalars['DateTime']['output']>;
  visitDate?: Maybe<Scalars['Date']['output']>;
};

export type VisitorInput = {
  documentNumber: Scalars['String']['input'];
  documentType?: DocumentType;
  /** For documents without a birth date, in group rosters */
  minor?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type VisitorStatus =
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'CONFIRMED'
  | 'NO_SHOW'
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
  /** 已为您保留名额，请在时限内确认 */
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

export type StaffCheckInFieldsFragment = { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null }> } };

export type StaffTicketBookingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffTicketBookingQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string, kind: BookingKind, status: BookingStatus, partySize: number, checkedInCount: number, organization?: string | null } | null };

export type StaffCheckInTicketMutationVariables = Exact<{
  token: Scalars['String']['input'];
  headcount?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StaffCheckInTicketMutation = { __typename?: 'Mutation', checkInTicket: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInTicketSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null }> } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null } };

export type StaffCheckInByDocumentMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  documentType: DocumentType;
  documentNumber: Scalars['String']['input'];
}>;


export type StaffCheckInByDocumentMutation = { __typename?: 'Mutation', checkInByDocument: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInByDocumentSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null }> } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null } };

export type StaffExhibitionFieldsFragment = { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: ExhibitionMode, phase: ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, branch: { __typename?: 'Branch', id: string, shortName: string } };

export type StaffExhibitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffExhibitionsQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: ExhibitionMode, phase: ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, branch: { __typename?: 'Branch', id: string, shortName: string } }> };

export type StaffPolicyFieldsFragment = { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, checkinLateMinutes: number, walkinReleaseMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number };

export type StaffTemplateFieldsFragment = { __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number };

export type StaffExhibitionEditorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffExhibitionEditorQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: ExhibitionMode, phase: ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, bookingPolicy: { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, checkinLateMinutes: number, walkinReleaseMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number }, slotTemplates: Array<{ __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number }>, branch: { __typename?: 'Branch', id: string, shortName: string } } | null };

export type StaffBranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffBranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, shortName: string }> };

export type StaffSaveExhibitionMutationVariables = Exact<{
  input: SaveExhibitionInput;
}>;


export type StaffSaveExhibitionMutation = { __typename?: 'Mutation', saveExhibition: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveExhibitionSuccess', data: { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: ExhibitionMode, phase: ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, branch: { __typename?: 'Branch', id: string, shortName: string } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffSetBookingPolicyMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  policy: BookingPolicyInput;
}>;


export type StaffSetBookingPolicyMutation = { __typename?: 'Mutation', setBookingPolicy: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetBookingPolicySuccess', data: { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, checkinLateMinutes: number, walkinReleaseMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffSetSlotTemplatesMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  templates: Array<SlotTemplateInput> | SlotTemplateInput;
}>;


export type StaffSetSlotTemplatesMutation = { __typename?: 'Mutation', setSlotTemplates: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetSlotTemplatesSuccess', data: Array<{ __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffGenerateSlotsMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type StaffGenerateSlotsMutation = { __typename?: 'Mutation', generateSlots: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationGenerateSlotsSuccess', data: number } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffGroupVisitsQueryVariables = Exact<{
  status: BookingStatus;
}>;


export type StaffGroupVisitsQuery = { __typename?: 'Query', groupVisits: Array<{ __typename?: 'Booking', id: string, reference: string, status: BookingStatus, visitDate: string, partySize: number, organization?: string | null, leaderName?: string | null, phone?: string | null, reviewNote?: string | null, createdAt: string, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null }> };

export type StaffReviewGroupVisitMutationVariables = Exact<{
  bookingId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffReviewGroupVisitMutation = { __typename?: 'Mutation', reviewGroupVisit: { __typename: 'BookingNotFoundError', message: string } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationReviewGroupVisitSuccess', data: { __typename?: 'Booking', id: string, status: BookingStatus } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffRosterQueryVariables = Exact<{
  slotId: Scalars['ID']['input'];
}>;


export type StaffRosterQuery = { __typename?: 'Query', staffSlot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, exhibition?: { __typename?: 'Exhibition', id: string, title: string, bookingPolicy: { __typename?: 'BookingPolicy', maxVisitors: number } } | null } | null, slotRoster: Array<{ __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, phone?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus }> }> };

export type StaffRegisterWalkInMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  visitors: Array<VisitorInput> | VisitorInput;
}>;


export type StaffRegisterWalkInMutation = { __typename?: 'Mutation', registerWalkIn: { __typename: 'DuplicateVisitorError', message: string, documentNumber: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRegisterWalkInSuccess', data: { __typename?: 'Booking', id: string, reference: string, partySize: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'SlotFullError', message: string, remaining: number } };

export type StaffDaySlotsQueryVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type StaffDaySlotsQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, title: string, mode: ExhibitionMode, calendar: Array<{ __typename?: 'CalendarDay', date: string, availability: DayAvailability, closedReason?: string | null }>, slots: Array<{ __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number }> } | null };

export type StaffChangeSlotCapacityMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  capacity: Scalars['Int']['input'];
  walkinQuota?: InputMaybe<Scalars['Int']['input']>;
  groupQuota?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StaffChangeSlotCapacityMutation = { __typename?: 'Mutation', changeSlotCapacity: { __typename: 'CapacityBelowBookedError', message: string, limit: string, taken: number } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeSlotCapacitySuccess', data: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffCloseSlotMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type StaffCloseSlotMutation = { __typename?: 'Mutation', closeSlot: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCloseSlotSuccess', data: { __typename?: 'Slot', id: string, status: SlotStatus } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffCloseDayMutationVariables = Exact<{
  exhibitionId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
}>;


export type StaffCloseDayMutation = { __typename?: 'Mutation', closeDay: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCloseDaySuccess', data: Array<{ __typename?: 'Slot', id: string, status: SlotStatus }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffSlotFieldsFragment = { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number };

export type StaffTodayQueryVariables = Exact<{
  date: Scalars['Date']['input'];
}>;


export type StaffTodayQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: ExhibitionMode, branch: { __typename?: 'Branch', id: string, shortName: string }, slots: Array<{ __typename?: 'Slot', checkedIn: number, id: string, visitDate: string, startAt: string, endAt: string, status: SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number }> }> };

export type StaffStatisticsQueryVariables = Exact<{
  exhibitionId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type StaffStatisticsQuery = { __typename?: 'Query', bookingStatistics: { __typename: 'InputValidationError', message: string } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'QueryBookingStatisticsSuccess', data: Array<{ __typename?: 'DailyStatistics', date: string, bookings: number, bookedVisitors: number, checkedIn: number, noShows: number, cancelled: number, walkIns: number, groupVisitors: number }> } };

export type StaffExhibitionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffExhibitionChoicesQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: ExhibitionMode }> };

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
export const StaffCheckInFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffCheckInFields on CheckInResult {
  admitted
  slotStartAt
  booking {
    id
    reference
    kind
    status
    partySize
    checkedInCount
    organization
    leaderName
    slot {
      id
      endAt
    }
    exhibition {
      id
      title
    }
    visitors {
      id
      name
      isMinor
      status
      checkedInAt
    }
  }
}
    `, {"fragmentName":"StaffCheckInFields"}) as unknown as TypedDocumentString<StaffCheckInFieldsFragment, unknown>;
export const StaffExhibitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffExhibitionFields on Exhibition {
  id
  title
  subtitle
  mode
  phase
  summary
  description
  venue
  notes
  coverUrl
  opensOn
  closesOn
  featured
  published
  branch {
    id
    shortName
  }
}
    `, {"fragmentName":"StaffExhibitionFields"}) as unknown as TypedDocumentString<StaffExhibitionFieldsFragment, unknown>;
export const StaffPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffPolicyFields on BookingPolicy {
  bookingEnabled
  releaseDaysAhead
  releaseTime
  closeMinutesBeforeStart
  cancelCutoffMinutes
  maxVisitors
  closedWeekdays
  checkinEarlyMinutes
  checkinLateMinutes
  walkinReleaseMinutes
  waitlistHoldMinutes
  groupRosterDeadlineHours
}
    `, {"fragmentName":"StaffPolicyFields"}) as unknown as TypedDocumentString<StaffPolicyFieldsFragment, unknown>;
export const StaffTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffTemplateFields on SlotTemplate {
  id
  weekday
  startTime
  endTime
  capacity
  walkinQuota
  groupQuota
}
    `, {"fragmentName":"StaffTemplateFields"}) as unknown as TypedDocumentString<StaffTemplateFieldsFragment, unknown>;
export const StaffSlotFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffSlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  capacity
  booked
  remaining
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}
    `, {"fragmentName":"StaffSlotFields"}) as unknown as TypedDocumentString<StaffSlotFieldsFragment, unknown>;
export const StaffTicketBookingDocument = new TypedDocumentString(`
    query StaffTicketBooking($id: ID!) {
  booking(id: $id) {
    id
    kind
    status
    partySize
    checkedInCount
    organization
  }
}
    `) as unknown as TypedDocumentString<StaffTicketBookingQuery, StaffTicketBookingQueryVariables>;
export const StaffCheckInTicketDocument = new TypedDocumentString(`
    mutation StaffCheckInTicket($token: String!, $headcount: Int) {
  checkInTicket(token: $token, headcount: $headcount) {
    __typename
    ... on MutationCheckInTicketSuccess {
      data {
        ...StaffCheckInFields
      }
    }
    ... on Error {
      message
    }
    ... on TicketRejectedError {
      reason
      checkedInAt
      visitDate
      slotStartAt
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffCheckInFields on CheckInResult {
  admitted
  slotStartAt
  booking {
    id
    reference
    kind
    status
    partySize
    checkedInCount
    organization
    leaderName
    slot {
      id
      endAt
    }
    exhibition {
      id
      title
    }
    visitors {
      id
      name
      isMinor
      status
      checkedInAt
    }
  }
}`) as unknown as TypedDocumentString<StaffCheckInTicketMutation, StaffCheckInTicketMutationVariables>;
export const StaffCheckInByDocumentDocument = new TypedDocumentString(`
    mutation StaffCheckInByDocument($slotId: ID!, $documentType: DocumentType!, $documentNumber: String!) {
  checkInByDocument(
    slotId: $slotId
    documentType: $documentType
    documentNumber: $documentNumber
  ) {
    __typename
    ... on MutationCheckInByDocumentSuccess {
      data {
        ...StaffCheckInFields
      }
    }
    ... on Error {
      message
    }
    ... on TicketRejectedError {
      reason
      checkedInAt
      visitDate
      slotStartAt
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffCheckInFields on CheckInResult {
  admitted
  slotStartAt
  booking {
    id
    reference
    kind
    status
    partySize
    checkedInCount
    organization
    leaderName
    slot {
      id
      endAt
    }
    exhibition {
      id
      title
    }
    visitors {
      id
      name
      isMinor
      status
      checkedInAt
    }
  }
}`) as unknown as TypedDocumentString<StaffCheckInByDocumentMutation, StaffCheckInByDocumentMutationVariables>;
export const StaffExhibitionsDocument = new TypedDocumentString(`
    query StaffExhibitions {
  staffExhibitions {
    ...StaffExhibitionFields
  }
}
    fragment StaffExhibitionFields on Exhibition {
  id
  title
  subtitle
  mode
  phase
  summary
  description
  venue
  notes
  coverUrl
  opensOn
  closesOn
  featured
  published
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StaffExhibitionsQuery, StaffExhibitionsQueryVariables>;
export const StaffExhibitionEditorDocument = new TypedDocumentString(`
    query StaffExhibitionEditor($id: ID!) {
  exhibition(id: $id) {
    ...StaffExhibitionFields
    bookingPolicy {
      ...StaffPolicyFields
    }
    slotTemplates {
      ...StaffTemplateFields
    }
  }
}
    fragment StaffExhibitionFields on Exhibition {
  id
  title
  subtitle
  mode
  phase
  summary
  description
  venue
  notes
  coverUrl
  opensOn
  closesOn
  featured
  published
  branch {
    id
    shortName
  }
}
fragment StaffPolicyFields on BookingPolicy {
  bookingEnabled
  releaseDaysAhead
  releaseTime
  closeMinutesBeforeStart
  cancelCutoffMinutes
  maxVisitors
  closedWeekdays
  checkinEarlyMinutes
  checkinLateMinutes
  walkinReleaseMinutes
  waitlistHoldMinutes
  groupRosterDeadlineHours
}
fragment StaffTemplateFields on SlotTemplate {
  id
  weekday
  startTime
  endTime
  capacity
  walkinQuota
  groupQuota
}`) as unknown as TypedDocumentString<StaffExhibitionEditorQuery, StaffExhibitionEditorQueryVariables>;
export const StaffBranchesDocument = new TypedDocumentString(`
    query StaffBranches {
  branches {
    id
    shortName
  }
}
    `) as unknown as TypedDocumentString<StaffBranchesQuery, StaffBranchesQueryVariables>;
export const StaffSaveExhibitionDocument = new TypedDocumentString(`
    mutation StaffSaveExhibition($input: SaveExhibitionInput!) {
  saveExhibition(input: $input) {
    __typename
    ... on MutationSaveExhibitionSuccess {
      data {
        ...StaffExhibitionFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffExhibitionFields on Exhibition {
  id
  title
  subtitle
  mode
  phase
  summary
  description
  venue
  notes
  coverUrl
  opensOn
  closesOn
  featured
  published
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StaffSaveExhibitionMutation, StaffSaveExhibitionMutationVariables>;
export const StaffSetBookingPolicyDocument = new TypedDocumentString(`
    mutation StaffSetBookingPolicy($exhibitionId: ID!, $policy: BookingPolicyInput!) {
  setBookingPolicy(exhibitionId: $exhibitionId, policy: $policy) {
    __typename
    ... on MutationSetBookingPolicySuccess {
      data {
        ...StaffPolicyFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffPolicyFields on BookingPolicy {
  bookingEnabled
  releaseDaysAhead
  releaseTime
  closeMinutesBeforeStart
  cancelCutoffMinutes
  maxVisitors
  closedWeekdays
  checkinEarlyMinutes
  checkinLateMinutes
  walkinReleaseMinutes
  waitlistHoldMinutes
  groupRosterDeadlineHours
}`) as unknown as TypedDocumentString<StaffSetBookingPolicyMutation, StaffSetBookingPolicyMutationVariables>;
export const StaffSetSlotTemplatesDocument = new TypedDocumentString(`
    mutation StaffSetSlotTemplates($exhibitionId: ID!, $templates: [SlotTemplateInput!]!) {
  setSlotTemplates(exhibitionId: $exhibitionId, templates: $templates) {
    __typename
    ... on MutationSetSlotTemplatesSuccess {
      data {
        ...StaffTemplateFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffTemplateFields on SlotTemplate {
  id
  weekday
  startTime
  endTime
  capacity
  walkinQuota
  groupQuota
}`) as unknown as TypedDocumentString<StaffSetSlotTemplatesMutation, StaffSetSlotTemplatesMutationVariables>;
export const StaffGenerateSlotsDocument = new TypedDocumentString(`
    mutation StaffGenerateSlots($exhibitionId: ID!, $from: Date!, $to: Date!) {
  generateSlots(exhibitionId: $exhibitionId, from: $from, to: $to) {
    __typename
    ... on MutationGenerateSlotsSuccess {
      data
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffGenerateSlotsMutation, StaffGenerateSlotsMutationVariables>;
export const StaffGroupVisitsDocument = new TypedDocumentString(`
    query StaffGroupVisits($status: BookingStatus!) {
  groupVisits(status: $status) {
    id
    reference
    status
    visitDate
    partySize
    organization
    leaderName
    phone
    reviewNote
    createdAt
    slot {
      id
      startAt
      endAt
    }
    exhibition {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<StaffGroupVisitsQuery, StaffGroupVisitsQueryVariables>;
export const StaffReviewGroupVisitDocument = new TypedDocumentString(`
    mutation StaffReviewGroupVisit($bookingId: ID!, $approve: Boolean!, $note: String) {
  reviewGroupVisit(bookingId: $bookingId, approve: $approve, note: $note) {
    __typename
    ... on MutationReviewGroupVisitSuccess {
      data {
        id
        status
      }
    }
    ... on Error {
      message
    }
    ... on GroupRuleError {
      rule
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffReviewGroupVisitMutation, StaffReviewGroupVisitMutationVariables>;
export const StaffRosterDocument = new TypedDocumentString(`
    query StaffRoster($slotId: ID!) {
  staffSlot(id: $slotId) {
    ...StaffSlotFields
    exhibition {
      id
      title
      bookingPolicy {
        maxVisitors
      }
    }
  }
  slotRoster(slotId: $slotId) {
    id
    reference
    kind
    status
    partySize
    checkedInCount
    organization
    leaderName
    phone
    visitors {
      id
      name
      documentType
      documentNumber
      isMinor
      status
    }
  }
}
    fragment StaffSlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  capacity
  booked
  remaining
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<StaffRosterQuery, StaffRosterQueryVariables>;
export const StaffRegisterWalkInDocument = new TypedDocumentString(`
    mutation StaffRegisterWalkIn($slotId: ID!, $visitors: [VisitorInput!]!) {
  registerWalkIn(slotId: $slotId, visitors: $visitors) {
    __typename
    ... on MutationRegisterWalkInSuccess {
      data {
        id
        reference
        partySize
      }
    }
    ... on Error {
      message
    }
    ... on SlotFullError {
      remaining
    }
    ... on DuplicateVisitorError {
      documentNumber
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffRegisterWalkInMutation, StaffRegisterWalkInMutationVariables>;
export const StaffDaySlotsDocument = new TypedDocumentString(`
    query StaffDaySlots($exhibitionId: ID!, $date: Date!) {
  exhibition(id: $exhibitionId) {
    id
    title
    mode
    calendar(from: $date, days: 1) {
      date
      availability
      closedReason
    }
    slots(date: $date) {
      ...StaffSlotFields
    }
  }
}
    fragment StaffSlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  capacity
  booked
  remaining
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<StaffDaySlotsQuery, StaffDaySlotsQueryVariables>;
export const StaffChangeSlotCapacityDocument = new TypedDocumentString(`
    mutation StaffChangeSlotCapacity($slotId: ID!, $capacity: Int!, $walkinQuota: Int, $groupQuota: Int) {
  changeSlotCapacity(
    slotId: $slotId
    capacity: $capacity
    walkinQuota: $walkinQuota
    groupQuota: $groupQuota
  ) {
    __typename
    ... on MutationChangeSlotCapacitySuccess {
      data {
        ...StaffSlotFields
      }
    }
    ... on Error {
      message
    }
    ... on CapacityBelowBookedError {
      limit
      taken
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffSlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  capacity
  booked
  remaining
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<StaffChangeSlotCapacityMutation, StaffChangeSlotCapacityMutationVariables>;
export const StaffCloseSlotDocument = new TypedDocumentString(`
    mutation StaffCloseSlot($slotId: ID!, $reason: String!) {
  closeSlot(slotId: $slotId, reason: $reason) {
    __typename
    ... on MutationCloseSlotSuccess {
      data {
        id
        status
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCloseSlotMutation, StaffCloseSlotMutationVariables>;
export const StaffCloseDayDocument = new TypedDocumentString(`
    mutation StaffCloseDay($exhibitionId: ID!, $date: Date!, $reason: String!) {
  closeDay(exhibitionId: $exhibitionId, date: $date, reason: $reason) {
    __typename
    ... on MutationCloseDaySuccess {
      data {
        id
        status
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCloseDayMutation, StaffCloseDayMutationVariables>;
export const StaffTodayDocument = new TypedDocumentString(`
    query StaffToday($date: Date!) {
  staffExhibitions {
    id
    title
    mode
    branch {
      id
      shortName
    }
    slots(date: $date) {
      ...StaffSlotFields
      checkedIn
    }
  }
}
    fragment StaffSlotFields on Slot {
  id
  visitDate
  startAt
  endAt
  status
  closedReason
  capacity
  booked
  remaining
  walkinQuota
  walkinUsed
  walkinHeld
  offerHeld
  groupQuota
  groupBooked
}`) as unknown as TypedDocumentString<StaffTodayQuery, StaffTodayQueryVariables>;
export const StaffStatisticsDocument = new TypedDocumentString(`
    query StaffStatistics($exhibitionId: ID, $from: Date!, $to: Date!) {
  bookingStatistics(exhibitionId: $exhibitionId, from: $from, to: $to) {
    __typename
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
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
    `) as unknown as TypedDocumentString<StaffStatisticsQuery, StaffStatisticsQueryVariables>;
export const StaffExhibitionChoicesDocument = new TypedDocumentString(`
    query StaffExhibitionChoices {
  staffExhibitions {
    id
    title
    mode
  }
}
    `) as unknown as TypedDocumentString<StaffExhibitionChoicesQuery, StaffExhibitionChoicesQueryVariables>;