import type * as Types from '../schema';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type TicketFieldsFragment = { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> };

export type BookingListItemFragment = { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, organization?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null };

export type FrequentVisitorFieldsFragment = { __typename?: 'FrequentVisitor', id: string, name: string, documentType: Types.DocumentType, documentNumber: string };

export type WaitlistEntryFieldsFragment = { __typename?: 'WaitlistEntry', id: string, partySize: number, status: Types.WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, createdAt: string, slot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null } | null };

export type BookingSlotQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type BookingSlotQuery = { __typename?: 'Query', slot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, remaining: number, groupRemaining: number, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, bookingPolicy: { __typename?: 'BookingPolicy', bookingEnabled: boolean, maxVisitors: number, cancelCutoffMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number } } | null } | null };

export type FrequentVisitorsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type FrequentVisitorsQuery = { __typename?: 'Query', frequentVisitors: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: Types.DocumentType, documentNumber: string }> };

export type AddFrequentVisitorMutationVariables = Types.Exact<{
  visitor: Types.VisitorInput;
  consent: Types.Scalars['Boolean']['input'];
}>;


export type AddFrequentVisitorMutation = { __typename?: 'Mutation', addFrequentVisitor: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationAddFrequentVisitorSuccess', data: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: Types.DocumentType, documentNumber: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'PrivacyConsentRequiredError', message: string } | { __typename: 'VisitorConsentRequiredError', message: string } };

export type RemoveFrequentVisitorMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type RemoveFrequentVisitorMutation = { __typename?: 'Mutation', removeFrequentVisitor: { __typename: 'MutationRemoveFrequentVisitorSuccess', data: Array<{ __typename?: 'FrequentVisitor', id: string, name: string, documentType: Types.DocumentType, documentNumber: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

type BookingAttemptErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', closedAt: string, message: string };

type BookingAttemptErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type BookingAttemptErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type BookingAttemptErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', opensAt: string, message: string };

type BookingAttemptErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', suspendedFrom: string, suspendedUntil: string, message: string };

type BookingAttemptErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type BookingAttemptErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type BookingAttemptErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type BookingAttemptErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type BookingAttemptErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type BookingAttemptErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', documentNumber: string, visitDate: string, message: string };

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

type BookingAttemptErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', reason: string, message: string };

type BookingAttemptErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type BookingAttemptErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type BookingAttemptErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type BookingAttemptErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type BookingAttemptErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type BookingAttemptErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type BookingAttemptErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string, closedReason?: string | null };

type BookingAttemptErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', remaining: number, message: string };

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

export type CreateBookingMutationVariables = Types.Exact<{
  input: Types.CreateBookingInput;
}>;


export type CreateBookingMutation = { __typename?: 'Mutation', createBooking: { __typename: 'BookingClosedError', closedAt: string, message: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'BookingNotOpenYetError', opensAt: string, message: string } | { __typename: 'BookingSuspendedError', suspendedFrom: string, suspendedUntil: string, message: string } | { __typename: 'DuplicateVisitorError', documentNumber: string, visitDate: string, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCreateBookingSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'PrivacyConsentRequiredError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', remaining: number, message: string } | { __typename: 'SlotNotFoundError', message: string } | { __typename: 'VisitorConsentRequiredError', message: string } };

export type JoinWaitlistMutationVariables = Types.Exact<{
  input: Types.JoinWaitlistInput;
}>;


export type JoinWaitlistMutation = { __typename?: 'Mutation', joinWaitlist: { __typename: 'BookingClosedError', closedAt: string, message: string } | { __typename: 'BookingNotOpenYetError', opensAt: string, message: string } | { __typename: 'BookingSuspendedError', suspendedFrom: string, suspendedUntil: string, message: string } | { __typename: 'DuplicateVisitorError', documentNumber: string, visitDate: string, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationJoinWaitlistSuccess', data: { __typename?: 'WaitlistEntry', id: string, partySize: number, status: Types.WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, createdAt: string, slot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'PrivacyConsentRequiredError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', remaining: number, message: string } | { __typename: 'SlotNotFoundError', message: string } | { __typename: 'WaitlistNotAvailableError', message: string, waitlistReason: string } };

export type BookingQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type BookingQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } | null };

export type CancelBookingMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type CancelBookingMutation = { __typename?: 'Mutation', cancelBooking: { __typename: 'BookingNotCancellableError', message: string, status: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'MutationCancelBookingSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type MyBookingsQueryVariables = Types.Exact<{
  list: Types.BookingList;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type MyBookingsQuery = { __typename?: 'Query', myBookings: { __typename?: 'QueryMyBookingsConnection', edges: Array<{ __typename?: 'QueryMyBookingsConnectionEdge', cursor: string, node: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, organization?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type BookingSuspensionQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type BookingSuspensionQuery = { __typename?: 'Query', bookingSuspension: { __typename?: 'BookingSuspension', recentNoShows: number, suspendedFrom?: string | null, suspendedUntil?: string | null } };

export type MyWaitlistQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type MyWaitlistQuery = { __typename?: 'Query', myWaitlist: Array<{ __typename?: 'WaitlistEntry', id: string, partySize: number, status: Types.WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, createdAt: string, slot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null } | null }> };

export type AcceptWaitlistOfferMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type AcceptWaitlistOfferMutation = { __typename?: 'Mutation', acceptWaitlistOffer: { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'MutationAcceptWaitlistOfferSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'WaitlistNotAvailableError', message: string, waitlistReason: string } };

export type LeaveWaitlistMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type LeaveWaitlistMutation = { __typename?: 'Mutation', leaveWaitlist: { __typename: 'MutationLeaveWaitlistSuccess', data: { __typename?: 'WaitlistEntry', id: string, partySize: number, status: Types.WaitlistStatus, position?: number | null, offeredUntil?: string | null, bookingId?: string | null, createdAt: string, slot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'WaitlistNotAvailableError', message: string, waitlistReason: string } };

export type RequestGroupVisitMutationVariables = Types.Exact<{
  input: Types.GroupVisitInput;
}>;


export type RequestGroupVisitMutation = { __typename?: 'Mutation', requestGroupVisit: { __typename: 'BookingClosedError', closedAt: string, message: string } | { __typename: 'BookingNotOpenYetError', opensAt: string, message: string } | { __typename: 'BookingSuspendedError', suspendedFrom: string, suspendedUntil: string, message: string } | { __typename: 'DuplicateVisitorError', documentNumber: string, visitDate: string, message: string } | { __typename: 'GroupQuotaFullError', message: string, groupRemaining: number } | { __typename: 'GroupRuleError', rule: string, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRequestGroupVisitSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'PrivacyConsentRequiredError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', remaining: number, message: string } | { __typename: 'SlotNotFoundError', message: string } };

export type UpdateGroupRosterMutationVariables = Types.Exact<{
  bookingId: Types.Scalars['ID']['input'];
  roster: Array<Types.VisitorInput> | Types.VisitorInput;
}>;


export type UpdateGroupRosterMutation = { __typename?: 'Mutation', updateGroupRoster: { __typename: 'BookingNotFoundError', message: string } | { __typename: 'DuplicateVisitorError', message: string, documentNumber: string, visitDate: string } | { __typename: 'GroupQuotaFullError', message: string, groupRemaining: number } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationUpdateGroupRosterSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type CancelBookingVisitorMutationVariables = Types.Exact<{
  bookingId: Types.Scalars['ID']['input'];
  visitorId: Types.Scalars['ID']['input'];
}>;


export type CancelBookingVisitorMutation = { __typename?: 'Mutation', cancelBookingVisitor: { __typename: 'BookingNotCancellableError', message: string, status: string } | { __typename: 'BookingNotFoundError', message: string } | { __typename: 'MutationCancelBookingVisitorSuccess', data: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, visitDate: string, partySize: number, phone?: string | null, organization?: string | null, leaderName?: string | null, reviewNote?: string | null, checkedInCount: number, checkedInAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, cancelDeadline?: string | null, createdAt: string, ticketToken?: string | null, slot: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string, venue?: string | null, branch: { __typename?: 'Branch', id: string, name: string }, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null, ticketToken?: string | null }> } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'VisitorNotCancellableError', message: string, visitorReason: string } };

export type PreviousPartyQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type PreviousPartyQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, fullName?: string | null, status: Types.VisitorStatus }> } | null };

export type MyPrivacyConsentQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type MyPrivacyConsentQuery = { __typename?: 'Query', viewer?: { __typename?: 'Account', id: string, kind: Types.AccountKind, privacyConsent?: { __typename?: 'PrivacyConsent', version: string, acceptedAt: string, current: boolean } | null } | null };

export type PrivacyConsentFieldsFragment = { __typename?: 'PrivacyConsent', version: string, acceptedAt: string, current: boolean };

export type AcceptPrivacyNoticeMutationVariables = Types.Exact<{
  version: Types.Scalars['String']['input'];
}>;


export type AcceptPrivacyNoticeMutation = { __typename?: 'Mutation', acceptPrivacyNotice: { __typename: 'MutationAcceptPrivacyNoticeSuccess', data: { __typename?: 'PrivacyConsent', version: string, acceptedAt: string, current: boolean } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'StalePrivacyNoticeError', message: string } };

export type WithdrawPrivacyConsentMutationVariables = Types.Exact<{ [key: string]: never; }>;


export type WithdrawPrivacyConsentMutation = { __typename?: 'Mutation', withdrawPrivacyConsent: { __typename: 'MutationWithdrawPrivacyConsentSuccess', data: { __typename?: 'PrivacyConsentWithdrawal', withdrawnAt: string } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

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
export const TicketFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}
    `, {"fragmentName":"TicketFields"}) as unknown as TypedDocumentString<TicketFieldsFragment, unknown>;
export const BookingListItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment BookingListItem on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  organization
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
    `, {"fragmentName":"BookingListItem"}) as unknown as TypedDocumentString<BookingListItemFragment, unknown>;
export const FrequentVisitorFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}
    `, {"fragmentName":"FrequentVisitorFields"}) as unknown as TypedDocumentString<FrequentVisitorFieldsFragment, unknown>;
export const WaitlistEntryFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  createdAt
  slot {
    id
    visitDate
    startAt
    endAt
    exhibition {
      id
      title
    }
  }
}
    `, {"fragmentName":"WaitlistEntryFields"}) as unknown as TypedDocumentString<WaitlistEntryFieldsFragment, unknown>;
export const BookingAttemptErrorsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment BookingAttemptErrors on Error {
  message
  ... on InputValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on NotAuthorizedError {
    reason
  }
  ... on SlotFullError {
    remaining
  }
  ... on SlotClosedError {
    closedReason: reason
  }
  ... on BookingNotOpenYetError {
    opensAt
  }
  ... on BookingClosedError {
    closedAt
  }
  ... on BookingSuspendedError {
    suspendedFrom
    suspendedUntil
  }
  ... on DuplicateVisitorError {
    documentNumber
    visitDate
  }
}
    `, {"fragmentName":"BookingAttemptErrors"}) as unknown as TypedDocumentString<BookingAttemptErrorsFragment, unknown>;
export const PrivacyConsentFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment PrivacyConsentFields on PrivacyConsent {
  version
  acceptedAt
  current
}
    `, {"fragmentName":"PrivacyConsentFields"}) as unknown as TypedDocumentString<PrivacyConsentFieldsFragment, unknown>;
export const BookingSlotDocument = /*#__PURE__*/ new TypedDocumentString(`
    query BookingSlot($id: ID!) {
  slot(id: $id) {
    id
    visitDate
    startAt
    endAt
    status
    closedReason
    remaining
    groupRemaining
    exhibition {
      id
      title
      venue
      branch {
        id
        name
      }
      bookingPolicy {
        bookingEnabled
        maxVisitors
        cancelCutoffMinutes
        waitlistHoldMinutes
        groupRosterDeadlineHours
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookingSlotQuery, BookingSlotQueryVariables>;
export const FrequentVisitorsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const AddFrequentVisitorDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddFrequentVisitor($visitor: VisitorInput!, $consent: Boolean!) {
  addFrequentVisitor(visitor: $visitor, consent: $consent) {
    __typename
    ... on MutationAddFrequentVisitorSuccess {
      data {
        ...FrequentVisitorFields
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
    ... on NotAuthorizedError {
      reason
    }
  }
}
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}`) as unknown as TypedDocumentString<AddFrequentVisitorMutation, AddFrequentVisitorMutationVariables>;
export const RemoveFrequentVisitorDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RemoveFrequentVisitor($id: ID!) {
  removeFrequentVisitor(id: $id) {
    __typename
    ... on MutationRemoveFrequentVisitorSuccess {
      data {
        ...FrequentVisitorFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
  }
}
    fragment FrequentVisitorFields on FrequentVisitor {
  id
  name
  documentType
  documentNumber
}`) as unknown as TypedDocumentString<RemoveFrequentVisitorMutation, RemoveFrequentVisitorMutationVariables>;
export const CreateBookingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    __typename
    ... on MutationCreateBookingSuccess {
      data {
        ...TicketFields
      }
    }
    ...BookingAttemptErrors
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}
fragment BookingAttemptErrors on Error {
  message
  ... on InputValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on NotAuthorizedError {
    reason
  }
  ... on SlotFullError {
    remaining
  }
  ... on SlotClosedError {
    closedReason: reason
  }
  ... on BookingNotOpenYetError {
    opensAt
  }
  ... on BookingClosedError {
    closedAt
  }
  ... on BookingSuspendedError {
    suspendedFrom
    suspendedUntil
  }
  ... on DuplicateVisitorError {
    documentNumber
    visitDate
  }
}`) as unknown as TypedDocumentString<CreateBookingMutation, CreateBookingMutationVariables>;
export const JoinWaitlistDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation JoinWaitlist($input: JoinWaitlistInput!) {
  joinWaitlist(input: $input) {
    __typename
    ... on MutationJoinWaitlistSuccess {
      data {
        ...WaitlistEntryFields
      }
    }
    ...BookingAttemptErrors
    ... on WaitlistNotAvailableError {
      waitlistReason: reason
    }
  }
}
    fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  createdAt
  slot {
    id
    visitDate
    startAt
    endAt
    exhibition {
      id
      title
    }
  }
}
fragment BookingAttemptErrors on Error {
  message
  ... on InputValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on NotAuthorizedError {
    reason
  }
  ... on SlotFullError {
    remaining
  }
  ... on SlotClosedError {
    closedReason: reason
  }
  ... on BookingNotOpenYetError {
    opensAt
  }
  ... on BookingClosedError {
    closedAt
  }
  ... on BookingSuspendedError {
    suspendedFrom
    suspendedUntil
  }
  ... on DuplicateVisitorError {
    documentNumber
    visitDate
  }
}`) as unknown as TypedDocumentString<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const BookingDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Booking($id: ID!) {
  booking(id: $id) {
    ...TicketFields
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}`) as unknown as TypedDocumentString<BookingQuery, BookingQueryVariables>;
export const CancelBookingDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CancelBooking($id: ID!) {
  cancelBooking(id: $id) {
    __typename
    ... on MutationCancelBookingSuccess {
      data {
        ...TicketFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on BookingNotCancellableError {
      status
    }
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}`) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const MyBookingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyBookings($list: BookingList!, $first: Int, $after: String) {
  myBookings(list: $list, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...BookingListItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BookingListItem on Booking {
  id
  reference
  kind
  status
  visitDate
  partySize
  organization
  slot {
    id
    startAt
    endAt
  }
  exhibition {
    id
    title
  }
}`) as unknown as TypedDocumentString<MyBookingsQuery, MyBookingsQueryVariables>;
export const BookingSuspensionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query BookingSuspension {
  bookingSuspension {
    recentNoShows
    suspendedFrom
    suspendedUntil
  }
}
    `) as unknown as TypedDocumentString<BookingSuspensionQuery, BookingSuspensionQueryVariables>;
export const MyWaitlistDocument = /*#__PURE__*/ new TypedDocumentString(`
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
  createdAt
  slot {
    id
    visitDate
    startAt
    endAt
    exhibition {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<MyWaitlistQuery, MyWaitlistQueryVariables>;
export const AcceptWaitlistOfferDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AcceptWaitlistOffer($id: ID!) {
  acceptWaitlistOffer(id: $id) {
    __typename
    ... on MutationAcceptWaitlistOfferSuccess {
      data {
        ...TicketFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on SlotClosedError {
      closedReason: reason
    }
    ... on DuplicateVisitorError {
      documentNumber
      visitDate
    }
    ... on WaitlistNotAvailableError {
      waitlistReason: reason
    }
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}`) as unknown as TypedDocumentString<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const LeaveWaitlistDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LeaveWaitlist($id: ID!) {
  leaveWaitlist(id: $id) {
    __typename
    ... on MutationLeaveWaitlistSuccess {
      data {
        ...WaitlistEntryFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on WaitlistNotAvailableError {
      waitlistReason: reason
    }
  }
}
    fragment WaitlistEntryFields on WaitlistEntry {
  id
  partySize
  status
  position
  offeredUntil
  bookingId
  createdAt
  slot {
    id
    visitDate
    startAt
    endAt
    exhibition {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const RequestGroupVisitDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RequestGroupVisit($input: GroupVisitInput!) {
  requestGroupVisit(input: $input) {
    __typename
    ... on MutationRequestGroupVisitSuccess {
      data {
        ...TicketFields
      }
    }
    ...BookingAttemptErrors
    ... on GroupRuleError {
      rule
    }
    ... on GroupQuotaFullError {
      groupRemaining: remaining
    }
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}
fragment BookingAttemptErrors on Error {
  message
  ... on InputValidationError {
    fieldErrors {
      path
      message
    }
  }
  ... on NotAuthorizedError {
    reason
  }
  ... on SlotFullError {
    remaining
  }
  ... on SlotClosedError {
    closedReason: reason
  }
  ... on BookingNotOpenYetError {
    opensAt
  }
  ... on BookingClosedError {
    closedAt
  }
  ... on BookingSuspendedError {
    suspendedFrom
    suspendedUntil
  }
  ... on DuplicateVisitorError {
    documentNumber
    visitDate
  }
}`) as unknown as TypedDocumentString<RequestGroupVisitMutation, RequestGroupVisitMutationVariables>;
export const UpdateGroupRosterDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateGroupRoster($bookingId: ID!, $roster: [VisitorInput!]!) {
  updateGroupRoster(bookingId: $bookingId, roster: $roster) {
    __typename
    ... on MutationUpdateGroupRosterSuccess {
      data {
        ...TicketFields
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
    ... on NotAuthorizedError {
      reason
    }
    ... on DuplicateVisitorError {
      documentNumber
      visitDate
    }
    ... on GroupRuleError {
      rule
    }
    ... on GroupQuotaFullError {
      groupRemaining: remaining
    }
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}`) as unknown as TypedDocumentString<UpdateGroupRosterMutation, UpdateGroupRosterMutationVariables>;
export const CancelBookingVisitorDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CancelBookingVisitor($bookingId: ID!, $visitorId: ID!) {
  cancelBookingVisitor(bookingId: $bookingId, visitorId: $visitorId) {
    __typename
    ... on MutationCancelBookingVisitorSuccess {
      data {
        ...TicketFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on BookingNotCancellableError {
      status
    }
    ... on VisitorNotCancellableError {
      visitorReason: reason
    }
  }
}
    fragment TicketFields on Booking {
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
  createdAt
  ticketToken
  slot {
    id
    visitDate
    startAt
    endAt
  }
  exhibition {
    id
    title
    venue
    branch {
      id
      name
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
  visitors {
    id
    name
    fullName
    documentType
    documentNumber
    isMinor
    status
    checkedInAt
    ticketToken
  }
}`) as unknown as TypedDocumentString<CancelBookingVisitorMutation, CancelBookingVisitorMutationVariables>;
export const PreviousPartyDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PreviousParty($id: ID!) {
  booking(id: $id) {
    id
    visitors {
      id
      name
      fullName
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PreviousPartyQuery, PreviousPartyQueryVariables>;
export const MyPrivacyConsentDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyPrivacyConsent {
  viewer {
    id
    kind
    privacyConsent {
      ...PrivacyConsentFields
    }
  }
}
    fragment PrivacyConsentFields on PrivacyConsent {
  version
  acceptedAt
  current
}`) as unknown as TypedDocumentString<MyPrivacyConsentQuery, MyPrivacyConsentQueryVariables>;
export const AcceptPrivacyNoticeDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AcceptPrivacyNotice($version: String!) {
  acceptPrivacyNotice(version: $version) {
    __typename
    ... on MutationAcceptPrivacyNoticeSuccess {
      data {
        ...PrivacyConsentFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
  }
}
    fragment PrivacyConsentFields on PrivacyConsent {
  version
  acceptedAt
  current
}`) as unknown as TypedDocumentString<AcceptPrivacyNoticeMutation, AcceptPrivacyNoticeMutationVariables>;
export const WithdrawPrivacyConsentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation WithdrawPrivacyConsent {
  withdrawPrivacyConsent {
    __typename
    ... on MutationWithdrawPrivacyConsentSuccess {
      data {
        withdrawnAt
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawPrivacyConsentMutation, WithdrawPrivacyConsentMutationVariables>;