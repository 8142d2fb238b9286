import type * as Types from './schema';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ContentBlockFieldsFragment = { __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null };

export type ArticleItemFragment = { __typename?: 'Article', id: string, title: string, summary: string, category: Types.ArticleCategory, coverUrl?: string | null, videoUrl?: string | null, publishedAt?: string | null, pinned: boolean, featured: boolean, readCount: number, likeCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type ArticleCategoriesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ArticleCategoriesQuery = { __typename?: 'Query', articleCategories: Array<{ __typename?: 'ArticleCategoryInfo', category: Types.ArticleCategory, label: string }> };

export type ArticlesQueryVariables = Types.Exact<{
  category?: Types.InputMaybe<Types.ArticleCategory>;
  search?: Types.InputMaybe<Types.Scalars['String']['input']>;
  featured?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
  last?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  before?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type ArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, summary: string, category: Types.ArticleCategory, coverUrl?: string | null, videoUrl?: string | null, publishedAt?: string | null, pinned: boolean, featured: boolean, readCount: number, likeCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type ArticleEngagementFragment = { __typename?: 'Article', id: string, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean };

export type ArticleQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type ArticleQuery = { __typename?: 'Query', article?: { __typename?: 'Article', readCount: number, likeCount: number, shareCount: number, author?: string | null, source?: string | null, tags: Array<string>, readingMinutes: number, id: string, title: string, summary: string, category: Types.ArticleCategory, coverUrl?: string | null, videoUrl?: string | null, publishedAt?: string | null, pinned: boolean, featured: boolean, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, body: Array<{ __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null }>, exhibition?: { __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode } | null, related: Array<{ __typename?: 'Article', id: string, title: string, summary: string, category: Types.ArticleCategory, coverUrl?: string | null, videoUrl?: string | null, publishedAt?: string | null, pinned: boolean, featured: boolean, readCount: number, likeCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } | null };

export type RecordArticleReadMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  readerKey?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type RecordArticleReadMutation = { __typename?: 'Mutation', recordArticleRead: { __typename: 'InputValidationError', message: string } | { __typename: 'MutationRecordArticleReadSuccess', data: { __typename?: 'Article', id: string, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean } } | { __typename: 'NotFoundError', message: string } };

export type SetArticleLikeMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  liked: Types.Scalars['Boolean']['input'];
}>;


export type SetArticleLikeMutation = { __typename?: 'Mutation', setArticleLike: { __typename: 'MutationSetArticleLikeSuccess', data: { __typename?: 'Article', id: string, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

export type RecordArticleShareMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  channel: Types.ShareChannel;
}>;


export type RecordArticleShareMutation = { __typename?: 'Mutation', recordArticleShare: { __typename: 'MutationRecordArticleShareSuccess', data: { __typename?: 'Article', id: string, readCount: number, likeCount: number, shareCount: number, viewerLiked: boolean } } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } };

export type ExhibitionCardFragment = { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, summary: string, displayCoverUrl: string, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, opensOn: string, closesOn?: string | null, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string, shortName: string }, bookingGlance?: { __typename?: 'BookingGlance', state: Types.BookingGlanceState, date?: string | null, remaining: number, releaseAt?: string | null } | null };

export type ExhibitionsQueryVariables = Types.Exact<{
  phase?: Types.InputMaybe<Types.ExhibitionPhase>;
  mode?: Types.InputMaybe<Types.ExhibitionMode>;
  branchId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type ExhibitionsQuery = { __typename?: 'Query', exhibitions: { __typename?: 'QueryExhibitionsConnection', edges: Array<{ __typename?: 'QueryExhibitionsConnectionEdge', cursor: string, node: { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, summary: string, displayCoverUrl: string, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, opensOn: string, closesOn?: string | null, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string, shortName: string }, bookingGlance?: { __typename?: 'BookingGlance', state: Types.BookingGlanceState, date?: string | null, remaining: number, releaseAt?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ExhibitionArchivesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ExhibitionArchivesQuery = { __typename?: 'Query', exhibitionArchives: Array<{ __typename?: 'Branch', id: string, shortName: string }> };

export type ExhibitionQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type ExhibitionQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', description: string, notes?: string | null, id: string, title: string, subtitle?: string | null, summary: string, displayCoverUrl: string, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, opensOn: string, closesOn?: string | null, venue?: string | null, onlineExhibition?: { __typename?: 'OnlineExhibition', id: string, title: string, exhibitCount: number } | null, branch: { __typename?: 'Branch', id: string, name: string, shortName: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null, bookingGlance?: { __typename?: 'BookingGlance', state: Types.BookingGlanceState, date?: string | null, remaining: number, releaseAt?: string | null } | null } | null };

export type ExhibitionVisitQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  days: Types.Scalars['Int']['input'];
}>;


export type ExhibitionVisitQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, opensOn: string, closesOn?: string | null, bookingPolicy: { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, waitlistHoldMinutes: number }, calendar: Array<{ __typename?: 'CalendarDay', date: string, availability: Types.DayAvailability, remaining: number, releaseAt: string, closedReason?: string | null }> } | null };

export type ExhibitionSlotsQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  date: Types.Scalars['Date']['input'];
}>;


export type ExhibitionSlotsQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, slots: Array<{ __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, remaining: number, groupRemaining: number }> } | null };

export type HomeQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename?: 'Query', home: { __typename?: 'Home', featuredExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, summary: string, displayCoverUrl: string, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, opensOn: string, closesOn?: string | null, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string, shortName: string }, bookingGlance?: { __typename?: 'BookingGlance', state: Types.BookingGlanceState, date?: string | null, remaining: number, releaseAt?: string | null } | null }>, latestArticles: Array<{ __typename?: 'Article', id: string, title: string, summary: string, category: Types.ArticleCategory, coverUrl?: string | null, videoUrl?: string | null, publishedAt?: string | null, pinned: boolean, featured: boolean, readCount: number, likeCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null }> }, featuredArticles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', id: string, title: string, summary: string, category: Types.ArticleCategory, coverUrl?: string | null, videoUrl?: string | null, publishedAt?: string | null, pinned: boolean, featured: boolean, readCount: number, likeCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } }> } };

export type BranchesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type BranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, code: string, name: string, shortName: string, kind: Types.BranchKind, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }> };

export type LatestLookupRequestQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type LatestLookupRequestQuery = { __typename?: 'Query', myLookupRequests: { __typename?: 'QueryMyLookupRequestsConnection', edges: Array<{ __typename?: 'QueryMyLookupRequestsConnectionEdge', node: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, recordType: Types.LookupRecordType } }> } };

export type UnreadMessageCountQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { __typename?: 'Query', unreadMessageCount: number };

export type SubscriptionFieldsFragment = { __typename?: 'NotificationSubscription', template: Types.NotificationTemplate, label: string, templateId?: string | null, credits: number, longTerm: boolean, on: boolean, lastResult?: string | null };

export type MySubscriptionsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type MySubscriptionsQuery = { __typename?: 'Query', mySubscriptions: Array<{ __typename?: 'NotificationSubscription', template: Types.NotificationTemplate, label: string, templateId?: string | null, credits: number, longTerm: boolean, on: boolean, lastResult?: string | null }> };

export type ReportSubscriptionResultsMutationVariables = Types.Exact<{
  results: Array<Types.SubscriptionResultInput> | Types.SubscriptionResultInput;
}>;


export type ReportSubscriptionResultsMutation = { __typename?: 'Mutation', reportSubscriptionResults: { __typename: 'InputValidationError' } | { __typename: 'MutationReportSubscriptionResultsSuccess', data: Array<{ __typename?: 'NotificationSubscription', template: Types.NotificationTemplate, label: string, templateId?: string | null, credits: number, longTerm: boolean, on: boolean, lastResult?: string | null }> } };

export type ViewerFieldsFragment = { __typename?: 'Account', id: string, kind: Types.AccountKind, displayName: string, phone?: string | null, role?: Types.StaffRole | null, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, name: string, shortName: string } | null };

export type ViewerQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Account', id: string, kind: Types.AccountKind, displayName: string, phone?: string | null, role?: Types.StaffRole | null, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, name: string, shortName: string } | null } | null, authOptions: { __typename?: 'AuthOptions', developmentSignIn: boolean, wechatSignIn: boolean } };

export type SignInWithWechatMutationVariables = Types.Exact<{
  code: Types.Scalars['String']['input'];
}>;


export type SignInWithWechatMutation = { __typename?: 'Mutation', signInWithWechat: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSignInWithWechatSuccess', data: { __typename?: 'SignedIn', token: string, account: { __typename?: 'Account', id: string, kind: Types.AccountKind, displayName: string, phone?: string | null, role?: Types.StaffRole | null, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, name: string, shortName: string } | null } } } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } | { __typename: 'WechatCodeInvalidError', message: string, wechatCode: number } | { __typename: 'WechatRateLimitedError', message: string } | { __typename: 'WechatUnavailableError', message: string, wechatCode: number } | { __typename: 'WechatUserBlockedError', message: string } };

export type SignInForDevelopmentMutationVariables = Types.Exact<{
  displayName: Types.Scalars['String']['input'];
}>;


export type SignInForDevelopmentMutation = { __typename?: 'Mutation', signInForDevelopment: { __typename: 'DevelopmentSignInDisabledError', message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSignInForDevelopmentSuccess', data: { __typename?: 'SignedIn', token: string, account: { __typename?: 'Account', id: string, kind: Types.AccountKind, displayName: string, phone?: string | null, role?: Types.StaffRole | null, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, name: string, shortName: string } | null } } } | { __typename: 'RateLimitedError', message: string } };

export type SignInStaffMutationVariables = Types.Exact<{
  username: Types.Scalars['String']['input'];
  password: Types.Scalars['String']['input'];
}>;


export type SignInStaffMutation = { __typename?: 'Mutation', signInStaff: { __typename: 'InvalidCredentialsError', message: string } | { __typename: 'MutationSignInStaffSuccess', data: { __typename?: 'SignedIn', token: string, account: { __typename?: 'Account', id: string, kind: Types.AccountKind, displayName: string, phone?: string | null, role?: Types.StaffRole | null, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, name: string, shortName: string } | null } } } | { __typename: 'RateLimitedError', message: string, retryAfterSeconds: number } | { __typename: 'SignInLockedError', message: string } };

export type SignOutMutationVariables = Types.Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

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
export const ContentBlockFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ContentBlockFields on ContentBlock {
  kind
  level
  text
  html
  ordered
  items
  image {
    url
    thumbUrl
    largeUrl
    width
    height
  }
  alt
  caption
  videoUrl
  posterUrl
  exhibitId
  exhibit {
    id
    title
    caption
    images {
      thumbUrl
    }
    onlineExhibition {
      id
      title
    }
  }
  tableHeader
  tableRows {
    cells
  }
}
    `, {"fragmentName":"ContentBlockFields"}) as unknown as TypedDocumentString<ContentBlockFieldsFragment, unknown>;
export const ArticleItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleItem on Article {
  id
  title
  summary
  category
  cover {
    url
    thumbUrl
  }
  coverUrl
  videoUrl
  publishedAt
  pinned
  featured
  readCount
  likeCount
  branch {
    id
    shortName
  }
}
    `, {"fragmentName":"ArticleItem"}) as unknown as TypedDocumentString<ArticleItemFragment, unknown>;
export const ArticleEngagementFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleEngagement on Article {
  id
  readCount
  likeCount
  shareCount
  viewerLiked
}
    `, {"fragmentName":"ArticleEngagement"}) as unknown as TypedDocumentString<ArticleEngagementFragment, unknown>;
export const ExhibitionCardFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ExhibitionCard on Exhibition {
  id
  title
  subtitle
  summary
  displayCoverUrl
  mode
  phase
  opensOn
  closesOn
  venue
  branch {
    id
    name
    shortName
  }
  bookingGlance {
    state
    date
    remaining
    releaseAt
  }
}
    `, {"fragmentName":"ExhibitionCard"}) as unknown as TypedDocumentString<ExhibitionCardFragment, unknown>;
export const SubscriptionFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
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
export const ViewerFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ViewerFields on Account {
  id
  kind
  displayName
  phone
  role
  mustChangePassword
  branch {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const ArticleCategoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ArticleCategories {
  articleCategories {
    category
    label
  }
}
    `) as unknown as TypedDocumentString<ArticleCategoriesQuery, ArticleCategoriesQueryVariables>;
export const ArticlesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Articles($category: ArticleCategory, $search: String, $featured: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
  articles(
    category: $category
    search: $search
    featured: $featured
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      cursor
      node {
        ...ArticleItem
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
    fragment ArticleItem on Article {
  id
  title
  summary
  category
  cover {
    url
    thumbUrl
  }
  coverUrl
  videoUrl
  publishedAt
  pinned
  featured
  readCount
  likeCount
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const ArticleDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Article($id: ID!) {
  article(id: $id) {
    ...ArticleItem
    readCount
    likeCount
    shareCount
    author
    source
    tags
    readingMinutes
    cover {
      url
      thumbUrl
      largeUrl
    }
    video {
      url
      posterUrl
    }
    body {
      ...ContentBlockFields
    }
    exhibition {
      id
      title
      mode
    }
    related(first: 3) {
      ...ArticleItem
    }
  }
}
    fragment ContentBlockFields on ContentBlock {
  kind
  level
  text
  html
  ordered
  items
  image {
    url
    thumbUrl
    largeUrl
    width
    height
  }
  alt
  caption
  videoUrl
  posterUrl
  exhibitId
  exhibit {
    id
    title
    caption
    images {
      thumbUrl
    }
    onlineExhibition {
      id
      title
    }
  }
  tableHeader
  tableRows {
    cells
  }
}
fragment ArticleItem on Article {
  id
  title
  summary
  category
  cover {
    url
    thumbUrl
  }
  coverUrl
  videoUrl
  publishedAt
  pinned
  featured
  readCount
  likeCount
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const RecordArticleReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RecordArticleRead($id: ID!, $readerKey: String) {
  recordArticleRead(id: $id, readerKey: $readerKey) {
    __typename
    ... on MutationRecordArticleReadSuccess {
      data {
        ...ArticleEngagement
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment ArticleEngagement on Article {
  id
  readCount
  likeCount
  shareCount
  viewerLiked
}`) as unknown as TypedDocumentString<RecordArticleReadMutation, RecordArticleReadMutationVariables>;
export const SetArticleLikeDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetArticleLike($id: ID!, $liked: Boolean!) {
  setArticleLike(id: $id, liked: $liked) {
    __typename
    ... on MutationSetArticleLikeSuccess {
      data {
        ...ArticleEngagement
      }
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on Error {
      message
    }
  }
}
    fragment ArticleEngagement on Article {
  id
  readCount
  likeCount
  shareCount
  viewerLiked
}`) as unknown as TypedDocumentString<SetArticleLikeMutation, SetArticleLikeMutationVariables>;
export const RecordArticleShareDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RecordArticleShare($id: ID!, $channel: ShareChannel!) {
  recordArticleShare(id: $id, channel: $channel) {
    __typename
    ... on MutationRecordArticleShareSuccess {
      data {
        ...ArticleEngagement
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment ArticleEngagement on Article {
  id
  readCount
  likeCount
  shareCount
  viewerLiked
}`) as unknown as TypedDocumentString<RecordArticleShareMutation, RecordArticleShareMutationVariables>;
export const ExhibitionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Exhibitions($phase: ExhibitionPhase, $mode: ExhibitionMode, $branchId: ID, $first: Int, $after: String) {
  exhibitions(
    phase: $phase
    mode: $mode
    branchId: $branchId
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        ...ExhibitionCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ExhibitionCard on Exhibition {
  id
  title
  subtitle
  summary
  displayCoverUrl
  mode
  phase
  opensOn
  closesOn
  venue
  branch {
    id
    name
    shortName
  }
  bookingGlance {
    state
    date
    remaining
    releaseAt
  }
}`) as unknown as TypedDocumentString<ExhibitionsQuery, ExhibitionsQueryVariables>;
export const ExhibitionArchivesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExhibitionArchives {
  exhibitionArchives {
    id
    shortName
  }
}
    `) as unknown as TypedDocumentString<ExhibitionArchivesQuery, ExhibitionArchivesQueryVariables>;
export const ExhibitionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Exhibition($id: ID!) {
  exhibition(id: $id) {
    ...ExhibitionCard
    description
    notes
    onlineExhibition {
      id
      title
      exhibitCount
    }
    branch {
      id
      name
      shortName
    }
    venueDetails {
      id
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
  }
}
    fragment ExhibitionCard on Exhibition {
  id
  title
  subtitle
  summary
  displayCoverUrl
  mode
  phase
  opensOn
  closesOn
  venue
  branch {
    id
    name
    shortName
  }
  bookingGlance {
    state
    date
    remaining
    releaseAt
  }
}`) as unknown as TypedDocumentString<ExhibitionQuery, ExhibitionQueryVariables>;
export const ExhibitionVisitDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExhibitionVisit($id: ID!, $days: Int!) {
  exhibition(id: $id) {
    id
    mode
    phase
    opensOn
    closesOn
    bookingPolicy {
      bookingEnabled
      releaseDaysAhead
      releaseTime
      closeMinutesBeforeStart
      cancelCutoffMinutes
      maxVisitors
      closedWeekdays
      checkinEarlyMinutes
      waitlistHoldMinutes
    }
    calendar(days: $days) {
      date
      availability
      remaining
      releaseAt
      closedReason
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionVisitQuery, ExhibitionVisitQueryVariables>;
export const ExhibitionSlotsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExhibitionSlots($id: ID!, $date: Date!) {
  exhibition(id: $id) {
    id
    slots(date: $date) {
      id
      visitDate
      startAt
      endAt
      status
      closedReason
      remaining
      groupRemaining
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionSlotsQuery, ExhibitionSlotsQueryVariables>;
export const HomeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Home {
  home {
    featuredExhibitions {
      ...ExhibitionCard
    }
    latestArticles(first: 5) {
      ...ArticleItem
    }
  }
  featuredArticles: articles(featured: true, first: 3) {
    edges {
      node {
        ...ArticleItem
      }
    }
  }
}
    fragment ArticleItem on Article {
  id
  title
  summary
  category
  cover {
    url
    thumbUrl
  }
  coverUrl
  videoUrl
  publishedAt
  pinned
  featured
  readCount
  likeCount
  branch {
    id
    shortName
  }
}
fragment ExhibitionCard on Exhibition {
  id
  title
  subtitle
  summary
  displayCoverUrl
  mode
  phase
  opensOn
  closesOn
  venue
  branch {
    id
    name
    shortName
  }
  bookingGlance {
    state
    date
    remaining
    releaseAt
  }
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const BranchesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Branches {
  branches {
    id
    code
    name
    shortName
    kind
    venueDetails {
      id
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
  }
}
    `) as unknown as TypedDocumentString<BranchesQuery, BranchesQueryVariables>;
export const LatestLookupRequestDocument = /*#__PURE__*/ new TypedDocumentString(`
    query LatestLookupRequest {
  myLookupRequests(first: 1) {
    edges {
      node {
        id
        receiptNumber
        status
        recordType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestLookupRequestQuery, LatestLookupRequestQueryVariables>;
export const UnreadMessageCountDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UnreadMessageCount {
  unreadMessageCount
}
    `) as unknown as TypedDocumentString<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const MySubscriptionsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const ReportSubscriptionResultsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReportSubscriptionResults($results: [SubscriptionResultInput!]!) {
  reportSubscriptionResults(results: $results) {
    __typename
    ... on MutationReportSubscriptionResultsSuccess {
      data {
        ...SubscriptionFields
      }
    }
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
export const ViewerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
  authOptions {
    developmentSignIn
    wechatSignIn
  }
}
    fragment ViewerFields on Account {
  id
  kind
  displayName
  phone
  role
  mustChangePassword
  branch {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInWithWechatDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignInWithWechat($code: String!) {
  signInWithWechat(code: $code) {
    __typename
    ... on MutationSignInWithWechatSuccess {
      data {
        token
        account {
          ...ViewerFields
        }
      }
    }
    ... on Error {
      message
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on WechatCodeInvalidError {
      wechatCode
    }
    ... on WechatUnavailableError {
      wechatCode
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment ViewerFields on Account {
  id
  kind
  displayName
  phone
  role
  mustChangePassword
  branch {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<SignInWithWechatMutation, SignInWithWechatMutationVariables>;
export const SignInForDevelopmentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignInForDevelopment($displayName: String!) {
  signInForDevelopment(displayName: $displayName) {
    __typename
    ... on MutationSignInForDevelopmentSuccess {
      data {
        token
        account {
          ...ViewerFields
        }
      }
    }
    ... on Error {
      message
    }
    ... on InputValidationError {
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment ViewerFields on Account {
  id
  kind
  displayName
  phone
  role
  mustChangePassword
  branch {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<SignInForDevelopmentMutation, SignInForDevelopmentMutationVariables>;
export const SignInStaffDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignInStaff($username: String!, $password: String!) {
  signInStaff(username: $username, password: $password) {
    __typename
    ... on MutationSignInStaffSuccess {
      data {
        token
        account {
          ...ViewerFields
        }
      }
    }
    ... on Error {
      message
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
  }
}
    fragment ViewerFields on Account {
  id
  kind
  displayName
  phone
  role
  mustChangePassword
  branch {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<SignInStaffMutation, SignInStaffMutationVariables>;
export const SignOutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;