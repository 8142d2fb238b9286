import type * as Types from '../schema';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type LookupDetailFieldsFragment = { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, submittedAt: string, closedAt?: string | null, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', id: string, status: Types.LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', id: string, name: string } } | null };

export type LookupListItemFragment = { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, recordType: Types.LookupRecordType, submittedAt: string, dueOn?: string | null, receivingBranch: { __typename?: 'Branch', id: string, shortName: string } };

type LookupCitizenMoveErrors_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type LookupCitizenMoveErrors_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type LookupCitizenMoveErrors_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type LookupCitizenMoveErrors_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type LookupCitizenMoveErrors_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type LookupCitizenMoveErrors_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type LookupCitizenMoveErrors_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type LookupCitizenMoveErrors_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type LookupCitizenMoveErrors_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type LookupCitizenMoveErrors_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type LookupCitizenMoveErrors_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type LookupCitizenMoveErrors_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type LookupCitizenMoveErrors_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type LookupCitizenMoveErrors_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type LookupCitizenMoveErrors_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type LookupCitizenMoveErrors_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', action: Types.LookupAction, from: Types.LookupStatus, message: string };

type LookupCitizenMoveErrors_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type LookupCitizenMoveErrors_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type LookupCitizenMoveErrors_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type LookupCitizenMoveErrors_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type LookupCitizenMoveErrors_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type LookupCitizenMoveErrors_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type LookupCitizenMoveErrors_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type LookupCitizenMoveErrors_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string, currentStatus: Types.LookupStatus };

type LookupCitizenMoveErrors_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type LookupCitizenMoveErrors_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type LookupCitizenMoveErrors_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type LookupCitizenMoveErrors_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type LookupCitizenMoveErrors_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', reason: string, message: string };

type LookupCitizenMoveErrors_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type LookupCitizenMoveErrors_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type LookupCitizenMoveErrors_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type LookupCitizenMoveErrors_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type LookupCitizenMoveErrors_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type LookupCitizenMoveErrors_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type LookupCitizenMoveErrors_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type LookupCitizenMoveErrors_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type LookupCitizenMoveErrors_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type LookupCitizenMoveErrors_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type LookupCitizenMoveErrors_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type LookupCitizenMoveErrors_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type LookupCitizenMoveErrors_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type LookupCitizenMoveErrors_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type LookupCitizenMoveErrors_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type LookupCitizenMoveErrors_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type LookupCitizenMoveErrors_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type LookupCitizenMoveErrors_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type LookupCitizenMoveErrors_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type LookupCitizenMoveErrors_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type LookupCitizenMoveErrorsFragment = LookupCitizenMoveErrors_BookingClosedError_Fragment | LookupCitizenMoveErrors_BookingNotCancellableError_Fragment | LookupCitizenMoveErrors_BookingNotFoundError_Fragment | LookupCitizenMoveErrors_BookingNotOpenYetError_Fragment | LookupCitizenMoveErrors_BookingSuspendedError_Fragment | LookupCitizenMoveErrors_CapacityBelowBookedError_Fragment | LookupCitizenMoveErrors_CheckInUndoRefusedError_Fragment | LookupCitizenMoveErrors_ContentTransitionError_Fragment | LookupCitizenMoveErrors_DevelopmentSignInDisabledError_Fragment | LookupCitizenMoveErrors_DuplicateOpenLookupError_Fragment | LookupCitizenMoveErrors_DuplicateVisitorError_Fragment | LookupCitizenMoveErrors_ExportApprovalRefusedError_Fragment | LookupCitizenMoveErrors_ExportRequestNotFoundError_Fragment | LookupCitizenMoveErrors_GroupQuotaFullError_Fragment | LookupCitizenMoveErrors_GroupRuleError_Fragment | LookupCitizenMoveErrors_IllegalLookupTransitionError_Fragment | LookupCitizenMoveErrors_InputValidationError_Fragment | LookupCitizenMoveErrors_InvalidCredentialsError_Fragment | LookupCitizenMoveErrors_LookupAttachmentNotAvailableError_Fragment | LookupCitizenMoveErrors_LookupAttachmentNotFoundError_Fragment | LookupCitizenMoveErrors_LookupCertificateNotAvailableError_Fragment | LookupCitizenMoveErrors_LookupDocumentsMissingError_Fragment | LookupCitizenMoveErrors_LookupRecordTypeNotHeldError_Fragment | LookupCitizenMoveErrors_LookupRequestChangedError_Fragment | LookupCitizenMoveErrors_LookupRequestNotFoundError_Fragment | LookupCitizenMoveErrors_LookupVisitNotAvailableError_Fragment | LookupCitizenMoveErrors_LookupVisitTooSoonError_Fragment | LookupCitizenMoveErrors_MessagesNotFoundError_Fragment | LookupCitizenMoveErrors_NotAuthorizedError_Fragment | LookupCitizenMoveErrors_NotFoundError_Fragment | LookupCitizenMoveErrors_OutsideEntryWindowError_Fragment | LookupCitizenMoveErrors_OwnAccountError_Fragment | LookupCitizenMoveErrors_PrivacyConsentRequiredError_Fragment | LookupCitizenMoveErrors_RateLimitedError_Fragment | LookupCitizenMoveErrors_SignInLockedError_Fragment | LookupCitizenMoveErrors_SlotClosedError_Fragment | LookupCitizenMoveErrors_SlotFullError_Fragment | LookupCitizenMoveErrors_SlotNotFoundError_Fragment | LookupCitizenMoveErrors_StalePrivacyNoticeError_Fragment | LookupCitizenMoveErrors_TicketRejectedError_Fragment | LookupCitizenMoveErrors_UndeliveredMessageNotFoundError_Fragment | LookupCitizenMoveErrors_UsernameTakenError_Fragment | LookupCitizenMoveErrors_VisitorConsentRequiredError_Fragment | LookupCitizenMoveErrors_VisitorNotCancellableError_Fragment | LookupCitizenMoveErrors_WaitlistNotAvailableError_Fragment | LookupCitizenMoveErrors_WechatCodeInvalidError_Fragment | LookupCitizenMoveErrors_WechatRateLimitedError_Fragment | LookupCitizenMoveErrors_WechatUnavailableError_Fragment | LookupCitizenMoveErrors_WechatUserBlockedError_Fragment;

export type LookupApplyArchivesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type LookupApplyArchivesQuery = { __typename?: 'Query', lookupArchives: Array<{ __typename?: 'LookupArchive', enabledRecordTypes: Array<Types.LookupRecordType>, branch: { __typename?: 'Branch', id: string, code: string, name: string, shortName: string, address?: string | null } }> };

export type SubmitLookupMutationVariables = Types.Exact<{
  input: Types.SubmitLookupRequestInput;
}>;


export type SubmitLookupMutation = { __typename?: 'Mutation', submitLookupRequest: { __typename: 'DuplicateOpenLookupError', message: string, recordType: Types.LookupRecordType, receiptNumber?: string | null } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupAttachmentNotAvailableError', message: string } | { __typename: 'LookupRecordTypeNotHeldError', message: string, recordType: Types.LookupRecordType, branchName: string } | { __typename: 'MutationSubmitLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type LookupRequestDetailQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type LookupRequestDetailQuery = { __typename?: 'Query', lookupRequest?: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, submittedAt: string, closedAt?: string | null, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', id: string, status: Types.LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', id: string, name: string } } | null } | null };

export type MyLookupsQueryVariables = Types.Exact<{
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type MyLookupsQuery = { __typename?: 'Query', myLookupRequests: { __typename?: 'QueryMyLookupRequestsConnection', edges: Array<{ __typename?: 'QueryMyLookupRequestsConnectionEdge', cursor: string, node: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, recordType: Types.LookupRecordType, submittedAt: string, dueOn?: string | null, receivingBranch: { __typename?: 'Branch', id: string, shortName: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WithdrawLookupMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  expectedStatus?: Types.InputMaybe<Types.LookupStatus>;
}>;


export type WithdrawLookupMutation = { __typename?: 'Mutation', withdrawLookupRequest: { __typename: 'IllegalLookupTransitionError', action: Types.LookupAction, from: Types.LookupStatus, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupRequestChangedError', message: string, currentStatus: Types.LookupStatus } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationWithdrawLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, submittedAt: string, closedAt?: string | null, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', id: string, status: Types.LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', id: string, name: string } } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type SupplementLookupMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.SupplementLookupRequestInput;
}>;


export type SupplementLookupMutation = { __typename?: 'Mutation', supplementLookupRequest: { __typename: 'IllegalLookupTransitionError', action: Types.LookupAction, from: Types.LookupStatus, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupAttachmentNotAvailableError', message: string } | { __typename: 'LookupRequestChangedError', message: string, currentStatus: Types.LookupStatus } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationSupplementLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, submittedAt: string, closedAt?: string | null, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', id: string, status: Types.LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', id: string, name: string } } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type ReadingRoomDaysQueryVariables = Types.Exact<{
  branchId: Types.Scalars['ID']['input'];
  days?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type ReadingRoomDaysQuery = { __typename?: 'Query', lookupArchive?: { __typename?: 'LookupArchive', visitLeadDays: number, readingRoom?: { __typename?: 'LookupReadingRoom', calendar: Array<{ __typename?: 'CalendarDay', date: string, availability: Types.DayAvailability, remaining: number, closedReason?: string | null, releaseAt: string }> } | null } | null };

export type ReadingRoomSlotsQueryVariables = Types.Exact<{
  branchId: Types.Scalars['ID']['input'];
  date: Types.Scalars['Date']['input'];
}>;


export type ReadingRoomSlotsQuery = { __typename?: 'Query', lookupArchive?: { __typename?: 'LookupArchive', readingRoom?: { __typename?: 'LookupReadingRoom', slots: Array<{ __typename?: 'Slot', id: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, remaining: number }> } | null } | null };

export type BookReadingRoomVisitMutationVariables = Types.Exact<{
  requestId: Types.Scalars['ID']['input'];
  slotId: Types.Scalars['ID']['input'];
}>;


export type BookReadingRoomVisitMutation = { __typename?: 'Mutation', bookLookupVisit: { __typename: 'BookingClosedError', message: string } | { __typename: 'BookingNotOpenYetError', message: string, opensAt: string } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'LookupVisitNotAvailableError', message: string, visitReason: string } | { __typename: 'LookupVisitTooSoonError', message: string, earliestDate: string } | { __typename: 'MutationBookLookupVisitSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, submittedAt: string, closedAt?: string | null, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', id: string, status: Types.LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', id: string, name: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } | { __typename: 'SlotNotFoundError', message: string } };

export type CancelReadingRoomVisitMutationVariables = Types.Exact<{
  requestId: Types.Scalars['ID']['input'];
}>;


export type CancelReadingRoomVisitMutation = { __typename?: 'Mutation', cancelLookupVisit: { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'LookupVisitNotAvailableError', message: string, visitReason: string } | { __typename: 'MutationCancelLookupVisitSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, needsVisit: boolean, archiveReference?: string | null, dueOn?: string | null, submittedAt: string, closedAt?: string | null, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string, venueDetails?: { __typename?: 'Venue', id: string, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', id: string, status: Types.LookupVisitStatus, visitDate: string, cancelReason?: string | null, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, outcome: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, verificationUrl: string, issuingBranch: { __typename?: 'Branch', id: string, name: string } } | null } } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

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
export const LookupDetailFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment LookupDetailFields on LookupRequest {
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
    id
    name
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
  holdingBranch {
    id
    name
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  submittedAt
  closedAt
  availableActions
  attachments {
    kind
    attachedAt
  }
  timeline {
    id
    kind
    toStatus
    at
    note
    byCitizen
    branch {
      id
      name
    }
  }
  visit {
    id
    status
    visitDate
    cancelReason
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    outcome
    archiveReference
    issuedOn
    revokedAt
    verificationUrl
    issuingBranch {
      id
      name
    }
  }
}
    `, {"fragmentName":"LookupDetailFields"}) as unknown as TypedDocumentString<LookupDetailFieldsFragment, unknown>;
export const LookupListItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment LookupListItem on LookupRequest {
  id
  receiptNumber
  status
  recordType
  submittedAt
  dueOn
  receivingBranch {
    id
    shortName
  }
}
    `, {"fragmentName":"LookupListItem"}) as unknown as TypedDocumentString<LookupListItemFragment, unknown>;
export const LookupCitizenMoveErrorsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment LookupCitizenMoveErrors on Error {
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
  ... on IllegalLookupTransitionError {
    action
    from
  }
  ... on LookupRequestChangedError {
    currentStatus: status
  }
}
    `, {"fragmentName":"LookupCitizenMoveErrors"}) as unknown as TypedDocumentString<LookupCitizenMoveErrorsFragment, unknown>;
export const LookupApplyArchivesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query LookupApplyArchives {
  lookupArchives {
    enabledRecordTypes
    branch {
      id
      code
      name
      shortName
      address
    }
  }
}
    `) as unknown as TypedDocumentString<LookupApplyArchivesQuery, LookupApplyArchivesQueryVariables>;
export const SubmitLookupDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SubmitLookup($input: SubmitLookupRequestInput!) {
  submitLookupRequest(input: $input) {
    __typename
    ... on MutationSubmitLookupRequestSuccess {
      data {
        id
        receiptNumber
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
    ... on DuplicateOpenLookupError {
      recordType
      receiptNumber
    }
    ... on LookupRecordTypeNotHeldError {
      recordType
      branchName
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitLookupMutation, SubmitLookupMutationVariables>;
export const LookupRequestDetailDocument = /*#__PURE__*/ new TypedDocumentString(`
    query LookupRequestDetail($id: ID!) {
  lookupRequest(id: $id) {
    ...LookupDetailFields
  }
}
    fragment LookupDetailFields on LookupRequest {
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
    id
    name
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
  holdingBranch {
    id
    name
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  submittedAt
  closedAt
  availableActions
  attachments {
    kind
    attachedAt
  }
  timeline {
    id
    kind
    toStatus
    at
    note
    byCitizen
    branch {
      id
      name
    }
  }
  visit {
    id
    status
    visitDate
    cancelReason
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    outcome
    archiveReference
    issuedOn
    revokedAt
    verificationUrl
    issuingBranch {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LookupRequestDetailQuery, LookupRequestDetailQueryVariables>;
export const MyLookupsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyLookups($first: Int, $after: String) {
  myLookupRequests(first: $first, after: $after) {
    edges {
      cursor
      node {
        ...LookupListItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LookupListItem on LookupRequest {
  id
  receiptNumber
  status
  recordType
  submittedAt
  dueOn
  receivingBranch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<MyLookupsQuery, MyLookupsQueryVariables>;
export const WithdrawLookupDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation WithdrawLookup($id: ID!, $expectedStatus: LookupStatus) {
  withdrawLookupRequest(id: $id, expectedStatus: $expectedStatus) {
    __typename
    ... on MutationWithdrawLookupRequestSuccess {
      data {
        ...LookupDetailFields
      }
    }
    ...LookupCitizenMoveErrors
  }
}
    fragment LookupDetailFields on LookupRequest {
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
    id
    name
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
  holdingBranch {
    id
    name
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  submittedAt
  closedAt
  availableActions
  attachments {
    kind
    attachedAt
  }
  timeline {
    id
    kind
    toStatus
    at
    note
    byCitizen
    branch {
      id
      name
    }
  }
  visit {
    id
    status
    visitDate
    cancelReason
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    outcome
    archiveReference
    issuedOn
    revokedAt
    verificationUrl
    issuingBranch {
      id
      name
    }
  }
}
fragment LookupCitizenMoveErrors on Error {
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
  ... on IllegalLookupTransitionError {
    action
    from
  }
  ... on LookupRequestChangedError {
    currentStatus: status
  }
}`) as unknown as TypedDocumentString<WithdrawLookupMutation, WithdrawLookupMutationVariables>;
export const SupplementLookupDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SupplementLookup($id: ID!, $input: SupplementLookupRequestInput!) {
  supplementLookupRequest(id: $id, input: $input) {
    __typename
    ... on MutationSupplementLookupRequestSuccess {
      data {
        ...LookupDetailFields
      }
    }
    ...LookupCitizenMoveErrors
  }
}
    fragment LookupDetailFields on LookupRequest {
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
    id
    name
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
  holdingBranch {
    id
    name
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  submittedAt
  closedAt
  availableActions
  attachments {
    kind
    attachedAt
  }
  timeline {
    id
    kind
    toStatus
    at
    note
    byCitizen
    branch {
      id
      name
    }
  }
  visit {
    id
    status
    visitDate
    cancelReason
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    outcome
    archiveReference
    issuedOn
    revokedAt
    verificationUrl
    issuingBranch {
      id
      name
    }
  }
}
fragment LookupCitizenMoveErrors on Error {
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
  ... on IllegalLookupTransitionError {
    action
    from
  }
  ... on LookupRequestChangedError {
    currentStatus: status
  }
}`) as unknown as TypedDocumentString<SupplementLookupMutation, SupplementLookupMutationVariables>;
export const ReadingRoomDaysDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReadingRoomDays($branchId: ID!, $days: Int) {
  lookupArchive(branchId: $branchId) {
    visitLeadDays
    readingRoom {
      calendar(days: $days) {
        date
        availability
        remaining
        closedReason
        releaseAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingRoomDaysQuery, ReadingRoomDaysQueryVariables>;
export const ReadingRoomSlotsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReadingRoomSlots($branchId: ID!, $date: Date!) {
  lookupArchive(branchId: $branchId) {
    readingRoom {
      slots(date: $date) {
        id
        startAt
        endAt
        status
        closedReason
        remaining
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingRoomSlotsQuery, ReadingRoomSlotsQueryVariables>;
export const BookReadingRoomVisitDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation BookReadingRoomVisit($requestId: ID!, $slotId: ID!) {
  bookLookupVisit(requestId: $requestId, slotId: $slotId) {
    __typename
    ... on MutationBookLookupVisitSuccess {
      data {
        ...LookupDetailFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on LookupVisitTooSoonError {
      earliestDate
    }
    ... on LookupVisitNotAvailableError {
      visitReason: reason
    }
    ... on SlotClosedError {
      closedReason: reason
    }
    ... on SlotFullError {
      remaining
    }
    ... on BookingNotOpenYetError {
      opensAt
    }
  }
}
    fragment LookupDetailFields on LookupRequest {
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
    id
    name
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
  holdingBranch {
    id
    name
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  submittedAt
  closedAt
  availableActions
  attachments {
    kind
    attachedAt
  }
  timeline {
    id
    kind
    toStatus
    at
    note
    byCitizen
    branch {
      id
      name
    }
  }
  visit {
    id
    status
    visitDate
    cancelReason
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    outcome
    archiveReference
    issuedOn
    revokedAt
    verificationUrl
    issuingBranch {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<BookReadingRoomVisitMutation, BookReadingRoomVisitMutationVariables>;
export const CancelReadingRoomVisitDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CancelReadingRoomVisit($requestId: ID!) {
  cancelLookupVisit(requestId: $requestId) {
    __typename
    ... on MutationCancelLookupVisitSuccess {
      data {
        ...LookupDetailFields
      }
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on LookupVisitNotAvailableError {
      visitReason: reason
    }
  }
}
    fragment LookupDetailFields on LookupRequest {
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
    id
    name
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
  holdingBranch {
    id
    name
  }
  requiredDocuments
  deskVisit
  needsVisit
  archiveReference
  dueOn
  submittedAt
  closedAt
  availableActions
  attachments {
    kind
    attachedAt
  }
  timeline {
    id
    kind
    toStatus
    at
    note
    byCitizen
    branch {
      id
      name
    }
  }
  visit {
    id
    status
    visitDate
    cancelReason
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    outcome
    archiveReference
    issuedOn
    revokedAt
    verificationUrl
    issuingBranch {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CancelReadingRoomVisitMutation, CancelReadingRoomVisitMutationVariables>;