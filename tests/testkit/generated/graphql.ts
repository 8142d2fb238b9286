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

export type MutationRegisterWalkInResult = DuplicateVisitorError | InputValidationError | MutationRegisterWalkInSuccess | NotAuthorizedError | NotFoundError | SlotClosedError | SlotFullError;

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

export type StaffRole =
  /** 管理员 */
  | 'ADMIN'
  /** 馆员 */
  | 'BRANCH_STAFF'
  /** 检票员 */
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

export type SignInWithWechatMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SignInWithWechatMutation = { __typename?: 'Mutation', signInWithWechat: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSignInWithWechatSuccess', data: { __typename: 'SignedIn', token: string, expiresAt: string, account: { __typename: 'Account', id: string, kind: AccountKind, displayName: string, role?: StaffRole | null, phone?: string | null, branch?: { __typename?: 'Branch', code: string } | null } } } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } | { __typename: 'WechatCodeInvalidError', message: string, wechatCode: number } | { __typename: 'WechatRateLimitedError', message: string } | { __typename: 'WechatUnavailableError', message: string, wechatCode: number } | { __typename: 'WechatUserBlockedError', message: string } };

export type SignInForDevelopmentMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type SignInForDevelopmentMutation = { __typename?: 'Mutation', signInForDevelopment: { __typename: 'DevelopmentSignInDisabledError', message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSignInForDevelopmentSuccess', data: { __typename?: 'SignedIn', token: string, expiresAt: string, account: { __typename?: 'Account', id: string, kind: AccountKind, displayName: string, role?: StaffRole | null } } } };

export type SignInStaffMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInStaffMutation = { __typename?: 'Mutation', signInStaff: { __typename: 'InvalidCredentialsError', message: string } | { __typename: 'MutationSignInStaffSuccess', data: { __typename?: 'SignedIn', token: string, account: { __typename?: 'Account', id: string, kind: AccountKind, role?: StaffRole | null, displayName: string, branch?: { __typename?: 'Branch', code: string } | null } } } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } };

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


export type CreateBookingMutation = { __typename?: 'Mutation', createBooking: { __typename: 'BookingClosedError', message: string, closedAt: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCreateBookingSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } };

export type RushCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type RushCreateBookingMutation = { __typename?: 'Mutation', createBooking: { __typename: 'BookingClosedError', message: string } | { __typename: 'BookingNotOpenYetError', message: string } | { __typename: 'BookingSuspendedError', message: string } | { __typename: 'DuplicateVisitorError', message: string } | { __typename: 'InputValidationError', message: string } | { __typename: 'MutationCreateBookingSuccess', data: { __typename?: 'Booking', id: string } } | { __typename: 'NotAuthorizedError', message: string } | { __typename: 'SlotClosedError', message: string } | { __typename: 'SlotFullError', message: string } | { __typename: 'SlotNotFoundError', message: string } };

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
}>;


export type AddFrequentVisitorMutation = { __typename?: 'Mutation', addFrequentVisitor: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationAddFrequentVisitorSuccess', data: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type RemoveFrequentVisitorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveFrequentVisitorMutation = { __typename?: 'Mutation', removeFrequentVisitor: { __typename: 'MutationRemoveFrequentVisitorSuccess', data: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, phase: ExhibitionPhase, featured: boolean, branch: { __typename?: 'Branch', code: string, name: string } }>, latestArticles: Array<{ __typename?: 'Article', id: string, title: string, publishedAt: string }> } };

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


export type ArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, category: ArticleCategory, publishedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

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

export type CheckInResultFieldsFragment = { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } };

export type CheckInTicketMutationVariables = Exact<{
  token: Scalars['String']['input'];
  headcount?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CheckInTicketMutation = { __typename?: 'Mutation', checkInTicket: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInTicketSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null } };

export type CheckInByDocumentMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  documentType: DocumentType;
  documentNumber: Scalars['String']['input'];
}>;


export type CheckInByDocumentMutation = { __typename?: 'Mutation', checkInByDocument: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInByDocumentSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, booking: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null } };

export type RegisterWalkInMutationVariables = Exact<{
  slotId: Scalars['ID']['input'];
  visitors: Array<VisitorInput> | VisitorInput;
}>;


export type RegisterWalkInMutation = { __typename?: 'Mutation', registerWalkIn: { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRegisterWalkInSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string, entity: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } };

export type SlotRosterQueryVariables = Exact<{
  slotId: Scalars['ID']['input'];
}>;


export type SlotRosterQuery = { __typename?: 'Query', slotRoster: Array<{ __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } }> };

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

export type TicketRejectedErrorFieldsFragment = { __typename?: 'TicketRejectedError', reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null };

export type CapacityBelowBookedErrorFieldsFragment = { __typename?: 'CapacityBelowBookedError', taken: number, limit: string };

type BookingAttemptErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string, closedAt: string };

type BookingAttemptErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type BookingAttemptErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type BookingAttemptErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string, opensAt: string };

type BookingAttemptErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string };

type BookingAttemptErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type BookingAttemptErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type BookingAttemptErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string };

type BookingAttemptErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type BookingAttemptErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type BookingAttemptErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type BookingAttemptErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type BookingAttemptErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type BookingAttemptErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type BookingAttemptErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type BookingAttemptErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string, closedReason?: string | null };

type BookingAttemptErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string, remaining: number };

type BookingAttemptErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type BookingAttemptErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type BookingAttemptErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type BookingAttemptErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type BookingAttemptErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type BookingAttemptErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type BookingAttemptErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type BookingAttemptErrorsFragment = BookingAttemptErrors_BookingClosedError_Fragment | BookingAttemptErrors_BookingNotCancellableError_Fragment | BookingAttemptErrors_BookingNotFoundError_Fragment | BookingAttemptErrors_BookingNotOpenYetError_Fragment | BookingAttemptErrors_BookingSuspendedError_Fragment | BookingAttemptErrors_CapacityBelowBookedError_Fragment | BookingAttemptErrors_DevelopmentSignInDisabledError_Fragment | BookingAttemptErrors_DuplicateVisitorError_Fragment | BookingAttemptErrors_GroupQuotaFullError_Fragment | BookingAttemptErrors_GroupRuleError_Fragment | BookingAttemptErrors_InputValidationError_Fragment | BookingAttemptErrors_InvalidCredentialsError_Fragment | BookingAttemptErrors_NotAuthorizedError_Fragment | BookingAttemptErrors_NotFoundError_Fragment | BookingAttemptErrors_RateLimitedError_Fragment | BookingAttemptErrors_SlotClosedError_Fragment | BookingAttemptErrors_SlotFullError_Fragment | BookingAttemptErrors_SlotNotFoundError_Fragment | BookingAttemptErrors_TicketRejectedError_Fragment | BookingAttemptErrors_WaitlistNotAvailableError_Fragment | BookingAttemptErrors_WechatCodeInvalidError_Fragment | BookingAttemptErrors_WechatRateLimitedError_Fragment | BookingAttemptErrors_WechatUnavailableError_Fragment | BookingAttemptErrors_WechatUserBlockedError_Fragment;

type ManagerErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type ManagerErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type ManagerErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type ManagerErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type ManagerErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type ManagerErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type ManagerErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type ManagerErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type ManagerErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type ManagerErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type ManagerErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type ManagerErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type ManagerErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type ManagerErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string, entity: string };

type ManagerErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type ManagerErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type ManagerErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type ManagerErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type ManagerErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type ManagerErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type ManagerErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type ManagerErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type ManagerErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type ManagerErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type ManagerErrorsFragment = ManagerErrors_BookingClosedError_Fragment | ManagerErrors_BookingNotCancellableError_Fragment | ManagerErrors_BookingNotFoundError_Fragment | ManagerErrors_BookingNotOpenYetError_Fragment | ManagerErrors_BookingSuspendedError_Fragment | ManagerErrors_CapacityBelowBookedError_Fragment | ManagerErrors_DevelopmentSignInDisabledError_Fragment | ManagerErrors_DuplicateVisitorError_Fragment | ManagerErrors_GroupQuotaFullError_Fragment | ManagerErrors_GroupRuleError_Fragment | ManagerErrors_InputValidationError_Fragment | ManagerErrors_InvalidCredentialsError_Fragment | ManagerErrors_NotAuthorizedError_Fragment | ManagerErrors_NotFoundError_Fragment | ManagerErrors_RateLimitedError_Fragment | ManagerErrors_SlotClosedError_Fragment | ManagerErrors_SlotFullError_Fragment | ManagerErrors_SlotNotFoundError_Fragment | ManagerErrors_TicketRejectedError_Fragment | ManagerErrors_WaitlistNotAvailableError_Fragment | ManagerErrors_WechatCodeInvalidError_Fragment | ManagerErrors_WechatRateLimitedError_Fragment | ManagerErrors_WechatUnavailableError_Fragment | ManagerErrors_WechatUserBlockedError_Fragment;

type CheckInErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type CheckInErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type CheckInErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type CheckInErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type CheckInErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type CheckInErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type CheckInErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type CheckInErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type CheckInErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type CheckInErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type CheckInErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type CheckInErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type CheckInErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', message: string, reason: string };

type CheckInErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type CheckInErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type CheckInErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type CheckInErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type CheckInErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type CheckInErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null };

type CheckInErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type CheckInErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type CheckInErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type CheckInErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type CheckInErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type CheckInErrorsFragment = CheckInErrors_BookingClosedError_Fragment | CheckInErrors_BookingNotCancellableError_Fragment | CheckInErrors_BookingNotFoundError_Fragment | CheckInErrors_BookingNotOpenYetError_Fragment | CheckInErrors_BookingSuspendedError_Fragment | CheckInErrors_CapacityBelowBookedError_Fragment | CheckInErrors_DevelopmentSignInDisabledError_Fragment | CheckInErrors_DuplicateVisitorError_Fragment | CheckInErrors_GroupQuotaFullError_Fragment | CheckInErrors_GroupRuleError_Fragment | CheckInErrors_InputValidationError_Fragment | CheckInErrors_InvalidCredentialsError_Fragment | CheckInErrors_NotAuthorizedError_Fragment | CheckInErrors_NotFoundError_Fragment | CheckInErrors_RateLimitedError_Fragment | CheckInErrors_SlotClosedError_Fragment | CheckInErrors_SlotFullError_Fragment | CheckInErrors_SlotNotFoundError_Fragment | CheckInErrors_TicketRejectedError_Fragment | CheckInErrors_WaitlistNotAvailableError_Fragment | CheckInErrors_WechatCodeInvalidError_Fragment | CheckInErrors_WechatRateLimitedError_Fragment | CheckInErrors_WechatUnavailableError_Fragment | CheckInErrors_WechatUserBlockedError_Fragment;

export type RequestGroupVisitMutationVariables = Exact<{
  input: GroupVisitInput;
}>;


export type RequestGroupVisitMutation = { __typename?: 'Mutation', requestGroupVisit: { __typename: 'BookingClosedError', message: string, closedAt: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'GroupQuotaFullError', message: string, remaining: number } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRequestGroupVisitSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: BookingKind, status: BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, ticketToken?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: DocumentType, documentNumber: string, isMinor: boolean, status: VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }>, slot: { __typename?: 'Slot', id: string, startAt: string, remaining: number, groupRemaining: number } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } };

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

export type WaitlistEntryFieldsFragment = { __typename?: 'WaitlistEntry', id: string, partySize: number, status: WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, slot?: { __typename?: 'Slot', id: string, remaining: number } | null };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { __typename?: 'Mutation', joinWaitlist: { __typename: 'BookingClosedError', message: string, closedAt: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'BookingSuspendedError', message: string, suspendedFrom: string, suspendedUntil: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationJoinWaitlistSuccess', data: { __typename?: 'WaitlistEntry', id: string, partySize: number, status: WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, slot?: { __typename?: 'Slot', id: string, remaining: number } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } | { __typename: 'WaitlistNotAvailableError', message: string, reason: string } };

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
}`, {"fragmentName":"CheckInErrors"}) as unknown as TypedDocumentString<CheckInErrorsFragment, unknown>;
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
          branch {
            code
          }
        }
      }
    }
    ... on RateLimitedError {
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
    mutation AddFrequentVisitor($visitor: VisitorInput!) {
  addFrequentVisitor(visitor: $visitor) {
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
    mutation CheckInTicket($token: String!, $headcount: Int) {
  checkInTicket(token: $token, headcount: $headcount) {
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
fragment ManagerErrors on Error {
  message
  ...InputValidationErrorFields
  ...NotAuthorizedErrorFields
  ...NotFoundErrorFields
}`) as unknown as TypedDocumentString<RegisterWalkInMutation, RegisterWalkInMutationVariables>;
export const SlotRosterDocument = new TypedDocumentString(`
    query SlotRoster($slotId: ID!) {
  slotRoster(slotId: $slotId) {
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