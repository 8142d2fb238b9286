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
  /** 馆务动态 */
  | 'NEWS'
  /** 编研成果 */
  | 'RESEARCH'
  /** 档案故事 */
  | 'STORY'
  /** 视频 */
  | 'VIDEO';

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

export type DayAvailability =
  /** 余量 */
  | 'AVAILABLE'
  /** 闭馆 */
  | 'CLOSED'
  /** 约满 */
  | 'FULL'
  /** 未放票 */
  | 'NOT_OPEN_YET';

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
  | 'ONSITE';

export type ExhibitionPhase =
  /** 展出中 */
  | 'CURRENT'
  /** 往期 */
  | 'PAST'
  /** 即将开展 */
  | 'UPCOMING';

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

export type StaffRole =
  /** 管理员 */
  | 'ADMIN'
  /** 馆员 */
  | 'BRANCH_STAFF'
  /** 检票员 */
  | 'CHECKER';

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
