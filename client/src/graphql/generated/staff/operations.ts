import type * as Types from '../schema';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type StaffAccountRowFragment = { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

type StaffAccountFailure_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type StaffAccountFailure_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type StaffAccountFailure_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type StaffAccountFailure_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type StaffAccountFailure_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type StaffAccountFailure_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type StaffAccountFailure_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type StaffAccountFailure_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type StaffAccountFailure_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type StaffAccountFailure_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type StaffAccountFailure_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type StaffAccountFailure_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type StaffAccountFailure_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type StaffAccountFailure_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type StaffAccountFailure_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type StaffAccountFailure_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type StaffAccountFailure_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type StaffAccountFailure_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type StaffAccountFailure_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type StaffAccountFailure_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type StaffAccountFailure_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type StaffAccountFailure_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type StaffAccountFailure_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type StaffAccountFailure_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type StaffAccountFailure_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type StaffAccountFailure_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type StaffAccountFailure_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type StaffAccountFailure_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type StaffAccountFailure_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', reason: string, message: string };

type StaffAccountFailure_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type StaffAccountFailure_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type StaffAccountFailure_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', action: Types.OwnAccountAction, message: string };

type StaffAccountFailure_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type StaffAccountFailure_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type StaffAccountFailure_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type StaffAccountFailure_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type StaffAccountFailure_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type StaffAccountFailure_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type StaffAccountFailure_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type StaffAccountFailure_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type StaffAccountFailure_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type StaffAccountFailure_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', username: string, message: string };

type StaffAccountFailure_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type StaffAccountFailure_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type StaffAccountFailure_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type StaffAccountFailure_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type StaffAccountFailure_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type StaffAccountFailure_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type StaffAccountFailure_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type StaffAccountFailureFragment = StaffAccountFailure_BookingClosedError_Fragment | StaffAccountFailure_BookingNotCancellableError_Fragment | StaffAccountFailure_BookingNotFoundError_Fragment | StaffAccountFailure_BookingNotOpenYetError_Fragment | StaffAccountFailure_BookingSuspendedError_Fragment | StaffAccountFailure_CapacityBelowBookedError_Fragment | StaffAccountFailure_CheckInUndoRefusedError_Fragment | StaffAccountFailure_ContentTransitionError_Fragment | StaffAccountFailure_DevelopmentSignInDisabledError_Fragment | StaffAccountFailure_DuplicateOpenLookupError_Fragment | StaffAccountFailure_DuplicateVisitorError_Fragment | StaffAccountFailure_ExportApprovalRefusedError_Fragment | StaffAccountFailure_ExportRequestNotFoundError_Fragment | StaffAccountFailure_GroupQuotaFullError_Fragment | StaffAccountFailure_GroupRuleError_Fragment | StaffAccountFailure_IllegalLookupTransitionError_Fragment | StaffAccountFailure_InputValidationError_Fragment | StaffAccountFailure_InvalidCredentialsError_Fragment | StaffAccountFailure_LookupAttachmentNotAvailableError_Fragment | StaffAccountFailure_LookupAttachmentNotFoundError_Fragment | StaffAccountFailure_LookupCertificateNotAvailableError_Fragment | StaffAccountFailure_LookupDocumentsMissingError_Fragment | StaffAccountFailure_LookupRecordTypeNotHeldError_Fragment | StaffAccountFailure_LookupRequestChangedError_Fragment | StaffAccountFailure_LookupRequestNotFoundError_Fragment | StaffAccountFailure_LookupVisitNotAvailableError_Fragment | StaffAccountFailure_LookupVisitTooSoonError_Fragment | StaffAccountFailure_MessagesNotFoundError_Fragment | StaffAccountFailure_NotAuthorizedError_Fragment | StaffAccountFailure_NotFoundError_Fragment | StaffAccountFailure_OutsideEntryWindowError_Fragment | StaffAccountFailure_OwnAccountError_Fragment | StaffAccountFailure_PrivacyConsentRequiredError_Fragment | StaffAccountFailure_RateLimitedError_Fragment | StaffAccountFailure_SignInLockedError_Fragment | StaffAccountFailure_SlotClosedError_Fragment | StaffAccountFailure_SlotFullError_Fragment | StaffAccountFailure_SlotNotFoundError_Fragment | StaffAccountFailure_StalePrivacyNoticeError_Fragment | StaffAccountFailure_TicketRejectedError_Fragment | StaffAccountFailure_UndeliveredMessageNotFoundError_Fragment | StaffAccountFailure_UsernameTakenError_Fragment | StaffAccountFailure_VisitorConsentRequiredError_Fragment | StaffAccountFailure_VisitorNotCancellableError_Fragment | StaffAccountFailure_WaitlistNotAvailableError_Fragment | StaffAccountFailure_WechatCodeInvalidError_Fragment | StaffAccountFailure_WechatRateLimitedError_Fragment | StaffAccountFailure_WechatUnavailableError_Fragment | StaffAccountFailure_WechatUserBlockedError_Fragment;

export type StaffAccountListQueryVariables = Types.Exact<{
  search?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffAccountListQuery = { __typename?: 'Query', staffAccounts: Array<{ __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null }> };

export type StaffAccountFormQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  withAccount: Types.Scalars['Boolean']['input'];
}>;


export type StaffAccountFormQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, name: string }>, staffAccount?: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } | null };

export type StaffCreateAccountMutationVariables = Types.Exact<{
  input: Types.NewStaffAccountInput;
}>;


export type StaffCreateAccountMutation = { __typename?: 'Mutation', createStaffAccount: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCreateStaffAccountSuccess', data: { __typename?: 'StaffAccountWithPassword', oneTimePassword: string, account: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'UsernameTakenError', username: string, message: string } };

export type StaffUpdateAccountMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.StaffAccountInput;
}>;


export type StaffUpdateAccountMutation = { __typename?: 'Mutation', updateStaffAccount: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationUpdateStaffAccountSuccess', data: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'OwnAccountError', action: Types.OwnAccountAction, message: string } };

export type StaffDisableAccountMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StaffDisableAccountMutation = { __typename?: 'Mutation', disableStaffAccount: { __typename: 'MutationDisableStaffAccountSuccess', data: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'OwnAccountError', action: Types.OwnAccountAction, message: string } };

export type StaffEnableAccountMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StaffEnableAccountMutation = { __typename?: 'Mutation', enableStaffAccount: { __typename: 'MutationEnableStaffAccountSuccess', data: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'OwnAccountError', action: Types.OwnAccountAction, message: string } };

export type StaffResetPasswordMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StaffResetPasswordMutation = { __typename?: 'Mutation', resetStaffPassword: { __typename: 'MutationResetStaffPasswordSuccess', data: { __typename?: 'StaffAccountWithPassword', oneTimePassword: string, account: { __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Types.StaffRole, disabled: boolean, mustChangePassword: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'OwnAccountError', action: Types.OwnAccountAction, message: string } };

export type StaffChangeMyPasswordMutationVariables = Types.Exact<{
  currentPassword: Types.Scalars['String']['input'];
  newPassword: Types.Scalars['String']['input'];
}>;


export type StaffChangeMyPasswordMutation = { __typename?: 'Mutation', changeMyPassword: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeMyPasswordSuccess', data: { __typename?: 'Account', id: string, mustChangePassword: boolean } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'RateLimitedError', retryAfterSeconds: number, message: string } };

export type StaffAuditEntryFragment = { __typename?: 'AuditEntry', id: string, at: string, action: Types.AuditAction, result: Types.AuditResult, actorAccountId?: string | null, actorName?: string | null, actorRole?: Types.StaffRole | null, targetKind?: string | null, targetId?: string | null, revealedFields: Array<string>, reason?: string | null, rowCount?: number | null, requestId?: string | null, clientAddress?: string | null, actorBranch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type StaffAuditLogQueryVariables = Types.Exact<{
  person?: Types.InputMaybe<Types.Scalars['String']['input']>;
  staff?: Types.InputMaybe<Types.Scalars['String']['input']>;
  action?: Types.InputMaybe<Types.AuditAction>;
  from?: Types.InputMaybe<Types.Scalars['Date']['input']>;
  to?: Types.InputMaybe<Types.Scalars['Date']['input']>;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffAuditLogQuery = { __typename?: 'Query', auditLog: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'QueryAuditLogSuccess', data: { __typename?: 'QueryAuditLogConnection', edges: Array<{ __typename?: 'QueryAuditLogConnectionEdge', node: { __typename?: 'AuditEntry', id: string, at: string, action: Types.AuditAction, result: Types.AuditResult, actorAccountId?: string | null, actorName?: string | null, actorRole?: Types.StaffRole | null, targetKind?: string | null, targetId?: string | null, revealedFields: Array<string>, reason?: string | null, rowCount?: number | null, requestId?: string | null, clientAddress?: string | null, actorBranch?: { __typename?: 'Branch', id: string, shortName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type StaffCheckInFieldsFragment = { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: Types.DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null }> } };

export type StaffTicketBookingQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StaffTicketBookingQuery = { __typename?: 'Query', booking?: { __typename?: 'Booking', id: string, kind: Types.BookingKind, status: Types.BookingStatus, partySize: number, checkedInCount: number, organization?: string | null } | null };

export type StaffCheckInTicketMutationVariables = Types.Exact<{
  token: Types.Scalars['String']['input'];
  headcount?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  scanId?: Types.InputMaybe<Types.Scalars['String']['input']>;
  scannedAt?: Types.InputMaybe<Types.Scalars['DateTime']['input']>;
}>;


export type StaffCheckInTicketMutation = { __typename?: 'Mutation', checkInTicket: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInTicketSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: Types.DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null }> } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null } };

export type StaffCheckInByDocumentMutationVariables = Types.Exact<{
  slotId: Types.Scalars['ID']['input'];
  documentType: Types.DocumentType;
  documentNumber: Types.Scalars['String']['input'];
}>;


export type StaffCheckInByDocumentMutation = { __typename?: 'Mutation', checkInByDocument: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCheckInByDocumentSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: Types.DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null }> } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null } };

export type StaffOverrideCheckInMutationVariables = Types.Exact<{
  token?: Types.InputMaybe<Types.Scalars['String']['input']>;
  slotId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  documentType?: Types.InputMaybe<Types.DocumentType>;
  documentNumber?: Types.InputMaybe<Types.Scalars['String']['input']>;
  reason: Types.Scalars['String']['input'];
}>;


export type StaffOverrideCheckInMutation = { __typename?: 'Mutation', overrideCheckIn: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationOverrideCheckInSuccess', data: { __typename?: 'CheckInResult', admitted: number, slotStartAt: string, replayed: boolean, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentType: Types.DocumentType, documentTail: string }>, booking: { __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, slot: { __typename?: 'Slot', id: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null }> } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null, visitDate?: string | null, slotStartAt?: string | null, maskedName?: string | null, partySize?: number | null, opensAt?: string | null } };

export type StudioBlockFieldsFragment = { __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null };

type StudioContentFailure_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type StudioContentFailure_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type StudioContentFailure_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type StudioContentFailure_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type StudioContentFailure_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type StudioContentFailure_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type StudioContentFailure_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type StudioContentFailure_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', status: Types.ContentStatus, action: Types.ContentAction, message: string };

type StudioContentFailure_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type StudioContentFailure_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type StudioContentFailure_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type StudioContentFailure_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type StudioContentFailure_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type StudioContentFailure_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type StudioContentFailure_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type StudioContentFailure_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type StudioContentFailure_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type StudioContentFailure_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type StudioContentFailure_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type StudioContentFailure_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type StudioContentFailure_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type StudioContentFailure_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type StudioContentFailure_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type StudioContentFailure_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type StudioContentFailure_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type StudioContentFailure_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type StudioContentFailure_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type StudioContentFailure_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type StudioContentFailure_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', reason: string, message: string };

type StudioContentFailure_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type StudioContentFailure_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type StudioContentFailure_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type StudioContentFailure_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type StudioContentFailure_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type StudioContentFailure_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type StudioContentFailure_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type StudioContentFailure_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type StudioContentFailure_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type StudioContentFailure_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type StudioContentFailure_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type StudioContentFailure_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type StudioContentFailure_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type StudioContentFailure_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type StudioContentFailure_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type StudioContentFailure_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type StudioContentFailure_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type StudioContentFailure_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type StudioContentFailure_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type StudioContentFailure_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type StudioContentFailureFragment = StudioContentFailure_BookingClosedError_Fragment | StudioContentFailure_BookingNotCancellableError_Fragment | StudioContentFailure_BookingNotFoundError_Fragment | StudioContentFailure_BookingNotOpenYetError_Fragment | StudioContentFailure_BookingSuspendedError_Fragment | StudioContentFailure_CapacityBelowBookedError_Fragment | StudioContentFailure_CheckInUndoRefusedError_Fragment | StudioContentFailure_ContentTransitionError_Fragment | StudioContentFailure_DevelopmentSignInDisabledError_Fragment | StudioContentFailure_DuplicateOpenLookupError_Fragment | StudioContentFailure_DuplicateVisitorError_Fragment | StudioContentFailure_ExportApprovalRefusedError_Fragment | StudioContentFailure_ExportRequestNotFoundError_Fragment | StudioContentFailure_GroupQuotaFullError_Fragment | StudioContentFailure_GroupRuleError_Fragment | StudioContentFailure_IllegalLookupTransitionError_Fragment | StudioContentFailure_InputValidationError_Fragment | StudioContentFailure_InvalidCredentialsError_Fragment | StudioContentFailure_LookupAttachmentNotAvailableError_Fragment | StudioContentFailure_LookupAttachmentNotFoundError_Fragment | StudioContentFailure_LookupCertificateNotAvailableError_Fragment | StudioContentFailure_LookupDocumentsMissingError_Fragment | StudioContentFailure_LookupRecordTypeNotHeldError_Fragment | StudioContentFailure_LookupRequestChangedError_Fragment | StudioContentFailure_LookupRequestNotFoundError_Fragment | StudioContentFailure_LookupVisitNotAvailableError_Fragment | StudioContentFailure_LookupVisitTooSoonError_Fragment | StudioContentFailure_MessagesNotFoundError_Fragment | StudioContentFailure_NotAuthorizedError_Fragment | StudioContentFailure_NotFoundError_Fragment | StudioContentFailure_OutsideEntryWindowError_Fragment | StudioContentFailure_OwnAccountError_Fragment | StudioContentFailure_PrivacyConsentRequiredError_Fragment | StudioContentFailure_RateLimitedError_Fragment | StudioContentFailure_SignInLockedError_Fragment | StudioContentFailure_SlotClosedError_Fragment | StudioContentFailure_SlotFullError_Fragment | StudioContentFailure_SlotNotFoundError_Fragment | StudioContentFailure_StalePrivacyNoticeError_Fragment | StudioContentFailure_TicketRejectedError_Fragment | StudioContentFailure_UndeliveredMessageNotFoundError_Fragment | StudioContentFailure_UsernameTakenError_Fragment | StudioContentFailure_VisitorConsentRequiredError_Fragment | StudioContentFailure_VisitorNotCancellableError_Fragment | StudioContentFailure_WaitlistNotAvailableError_Fragment | StudioContentFailure_WechatCodeInvalidError_Fragment | StudioContentFailure_WechatRateLimitedError_Fragment | StudioContentFailure_WechatUnavailableError_Fragment | StudioContentFailure_WechatUserBlockedError_Fragment;

export type StudioArticleRowFragment = { __typename?: 'Article', id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type StudioArticleFieldsFragment = { __typename?: 'Article', summary: string, author?: string | null, source?: string | null, tags: Array<string>, bodyHtml: string, availableActions: Array<Types.ContentAction>, id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, body: Array<{ __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type StudioArticlesQueryVariables = Types.Exact<{
  status?: Types.InputMaybe<Types.ContentStatus>;
  search?: Types.InputMaybe<Types.Scalars['String']['input']>;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StudioArticlesQuery = { __typename?: 'Query', studioArticles: { __typename?: 'QueryStudioArticlesConnection', edges: Array<{ __typename?: 'QueryStudioArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type StudioArticleQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StudioArticleQuery = { __typename?: 'Query', studioArticle?: { __typename?: 'Article', summary: string, author?: string | null, source?: string | null, tags: Array<string>, bodyHtml: string, availableActions: Array<Types.ContentAction>, id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, body: Array<{ __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } | null };

export type StudioExhibitionChoicesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StudioExhibitionChoicesQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode }> };

export type StudioPreviewRichTextQueryVariables = Types.Exact<{
  html: Types.Scalars['String']['input'];
}>;


export type StudioPreviewRichTextQuery = { __typename?: 'Query', previewRichText: Array<{ __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null }> };

export type StudioSaveArticleMutationVariables = Types.Exact<{
  id?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  input: Types.ArticleInput;
}>;


export type StudioSaveArticleMutation = { __typename?: 'Mutation', saveArticle: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveArticleSuccess', data: { __typename?: 'Article', summary: string, author?: string | null, source?: string | null, tags: Array<string>, bodyHtml: string, availableActions: Array<Types.ContentAction>, id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, body: Array<{ __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

export type StudioChangeArticleStatusMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  action: Types.ContentAction;
  publishAt?: Types.InputMaybe<Types.Scalars['DateTime']['input']>;
}>;


export type StudioChangeArticleStatusMutation = { __typename?: 'Mutation', changeArticleStatus: { __typename: 'ContentTransitionError', status: Types.ContentStatus, action: Types.ContentAction, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeArticleStatusSuccess', data: { __typename?: 'Article', summary: string, author?: string | null, source?: string | null, tags: Array<string>, bodyHtml: string, availableActions: Array<Types.ContentAction>, id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, video?: { __typename?: 'ArticleVideo', url: string, posterUrl?: string | null } | null, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null, body: Array<{ __typename?: 'ContentBlock', kind: Types.ContentBlockKind, level?: number | null, text?: string | null, html?: string | null, ordered?: boolean | null, items?: Array<string> | null, alt?: string | null, caption?: string | null, videoUrl?: string | null, posterUrl?: string | null, exhibitId?: string | null, tableHeader?: Array<string> | null, image?: { __typename?: 'MediaImage', url: string, thumbUrl: string, largeUrl: string, width?: number | null, height?: number | null } | null, exhibit?: { __typename?: 'OnlineExhibit', id: string, title: string, caption: string, images: Array<{ __typename?: 'MediaImage', thumbUrl: string }>, onlineExhibition: { __typename?: 'OnlineExhibition', id: string, title: string } } | null, tableRows?: Array<{ __typename?: 'ContentTableRow', cells: Array<string> }> | null }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

export type StudioSetArticleHighlightMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  pinned: Types.Scalars['Boolean']['input'];
  featured: Types.Scalars['Boolean']['input'];
}>;


export type StudioSetArticleHighlightMutation = { __typename?: 'Mutation', setArticleHighlight: { __typename: 'MutationSetArticleHighlightSuccess', data: { __typename?: 'Article', id: string, title: string, category: Types.ArticleCategory, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, pinned: boolean, featured: boolean, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

export type StudioOnlineExhibitionRowFragment = { __typename?: 'OnlineExhibition', id: string, title: string, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, exhibitCount: number, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type StudioOnlineExhibitFieldsFragment = { __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, width?: number | null, height?: number | null }> };

export type StudioOnlineExhibitionFieldsFragment = { __typename?: 'OnlineExhibition', subtitle?: string | null, intro: string, availableActions: Array<Types.ContentAction>, id: string, title: string, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, exhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string }>, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, width?: number | null, height?: number | null }> }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type StudioOnlineExhibitionsQueryVariables = Types.Exact<{
  status?: Types.InputMaybe<Types.ContentStatus>;
}>;


export type StudioOnlineExhibitionsQuery = { __typename?: 'Query', studioOnlineExhibitions: Array<{ __typename?: 'OnlineExhibition', id: string, title: string, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, exhibitCount: number, branch?: { __typename?: 'Branch', id: string, shortName: string } | null }> };

export type StudioOnlineExhibitionQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StudioOnlineExhibitionQuery = { __typename?: 'Query', studioOnlineExhibition?: { __typename?: 'OnlineExhibition', subtitle?: string | null, intro: string, availableActions: Array<Types.ContentAction>, id: string, title: string, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, exhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string }>, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, width?: number | null, height?: number | null }> }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } | null };

export type StudioExhibitChoicesQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StudioExhibitChoicesQuery = { __typename?: 'Query', studioOnlineExhibition?: { __typename?: 'OnlineExhibition', id: string, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, title: string }> } | null };

export type StudioSaveOnlineExhibitionMutationVariables = Types.Exact<{
  id?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  input: Types.OnlineExhibitionInput;
}>;


export type StudioSaveOnlineExhibitionMutation = { __typename?: 'Mutation', saveOnlineExhibition: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveOnlineExhibitionSuccess', data: { __typename?: 'OnlineExhibition', subtitle?: string | null, intro: string, availableActions: Array<Types.ContentAction>, id: string, title: string, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, exhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string }>, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, width?: number | null, height?: number | null }> }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

export type StudioChangeOnlineExhibitionStatusMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  action: Types.ContentAction;
  publishAt?: Types.InputMaybe<Types.Scalars['DateTime']['input']>;
}>;


export type StudioChangeOnlineExhibitionStatusMutation = { __typename?: 'Mutation', changeOnlineExhibitionStatus: { __typename: 'ContentTransitionError', status: Types.ContentStatus, action: Types.ContentAction, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeOnlineExhibitionStatusSuccess', data: { __typename?: 'OnlineExhibition', subtitle?: string | null, intro: string, availableActions: Array<Types.ContentAction>, id: string, title: string, status: Types.ContentStatus, scheduledAt?: string | null, publishedAt?: string | null, updatedAt: string, exhibitCount: number, cover?: { __typename?: 'MediaImage', url: string, thumbUrl: string } | null, exhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string }>, exhibits: Array<{ __typename?: 'OnlineExhibit', id: string, position: number, title: string, caption: string, description: string, archiveRef?: string | null, period?: string | null, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null, images: Array<{ __typename?: 'MediaImage', url: string, thumbUrl: string, width?: number | null, height?: number | null }> }>, branch?: { __typename?: 'Branch', id: string, shortName: string } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

export type StaffDashboardTodayQueryVariables = Types.Exact<{
  branchId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;


export type StaffDashboardTodayQuery = { __typename?: 'Query', staffDashboard: { __typename: 'InputValidationError', message: string } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'QueryStaffDashboardSuccess', data: { __typename?: 'StaffDashboard', date: string, groupsAwaitingReview: number, lookupsOverdue: number, undeliveredMessages: number, slots: Array<{ __typename?: 'DashboardSlot', id: string, exhibitionTitle: string, branchName: string, startAt: string, endAt: string, status: Types.SlotStatus, capacity: number, booked: number, arrived: number, walkIns: number, remaining: number }>, openLookups: Array<{ __typename?: 'LookupStateCount', status: Types.LookupStatus, count: number, overdue: number }> } } };

export type StaffBranchChoicesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffBranchChoicesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, shortName: string }> };

export type StaffExhibitionFieldsFragment = { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, branch: { __typename?: 'Branch', id: string, shortName: string } };

export type StaffExhibitionsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffExhibitionsQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, branch: { __typename?: 'Branch', id: string, shortName: string } }> };

export type StaffPolicyFieldsFragment = { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, checkinLateMinutes: number, walkinReleaseMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number };

export type StaffTemplateFieldsFragment = { __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number };

export type StaffExhibitionEditorQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StaffExhibitionEditorQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, bookingPolicy: { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, checkinLateMinutes: number, walkinReleaseMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number }, slotTemplates: Array<{ __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number }>, branch: { __typename?: 'Branch', id: string, shortName: string } } | null };

export type StaffBranchesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffBranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, shortName: string }> };

export type StaffSaveExhibitionMutationVariables = Types.Exact<{
  input: Types.SaveExhibitionInput;
}>;


export type StaffSaveExhibitionMutation = { __typename?: 'Mutation', saveExhibition: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveExhibitionSuccess', data: { __typename?: 'Exhibition', id: string, title: string, subtitle?: string | null, mode: Types.ExhibitionMode, phase: Types.ExhibitionPhase, summary: string, description: string, venue?: string | null, notes?: string | null, coverUrl?: string | null, opensOn: string, closesOn?: string | null, featured: boolean, published: boolean, branch: { __typename?: 'Branch', id: string, shortName: string } } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffSetBookingPolicyMutationVariables = Types.Exact<{
  exhibitionId: Types.Scalars['ID']['input'];
  policy: Types.BookingPolicyInput;
}>;


export type StaffSetBookingPolicyMutation = { __typename?: 'Mutation', setBookingPolicy: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetBookingPolicySuccess', data: { __typename?: 'BookingPolicy', bookingEnabled: boolean, releaseDaysAhead: number, releaseTime: string, closeMinutesBeforeStart: number, cancelCutoffMinutes: number, maxVisitors: number, closedWeekdays: Array<number>, checkinEarlyMinutes: number, checkinLateMinutes: number, walkinReleaseMinutes: number, waitlistHoldMinutes: number, groupRosterDeadlineHours: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffSetSlotTemplatesMutationVariables = Types.Exact<{
  exhibitionId: Types.Scalars['ID']['input'];
  templates: Array<Types.SlotTemplateInput> | Types.SlotTemplateInput;
}>;


export type StaffSetSlotTemplatesMutation = { __typename?: 'Mutation', setSlotTemplates: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetSlotTemplatesSuccess', data: Array<{ __typename?: 'SlotTemplate', id: string, weekday: number, startTime: string, endTime: string, capacity: number, walkinQuota: number, groupQuota: number }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffGenerateSlotsMutationVariables = Types.Exact<{
  exhibitionId: Types.Scalars['ID']['input'];
  from: Types.Scalars['Date']['input'];
  to: Types.Scalars['Date']['input'];
}>;


export type StaffGenerateSlotsMutation = { __typename?: 'Mutation', generateSlots: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationGenerateSlotsSuccess', data: number } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffExportRequestFieldsFragment = { __typename?: 'ExportRequest', id: string, kind: Types.ExportKind, status: Types.ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, requestedAt: string, expiresAt?: string | null, mine: boolean };

export type StaffExportRequestsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffExportRequestsQuery = { __typename?: 'Query', exportRequests: Array<{ __typename?: 'ExportRequest', id: string, kind: Types.ExportKind, status: Types.ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, requestedAt: string, expiresAt?: string | null, mine: boolean }> };

export type StaffRequestUnmaskedExportMutationVariables = Types.Exact<{
  input: Types.ExportInput;
  reason: Types.Scalars['String']['input'];
}>;


export type StaffRequestUnmaskedExportMutation = { __typename?: 'Mutation', requestUnmaskedExport: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRequestUnmaskedExportSuccess', data: { __typename?: 'ExportRequest', id: string, kind: Types.ExportKind, status: Types.ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, requestedAt: string, expiresAt?: string | null, mine: boolean } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffDecideExportMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  approve: Types.Scalars['Boolean']['input'];
}>;


export type StaffDecideExportMutation = { __typename?: 'Mutation', decideExport: { __typename: 'ExportApprovalRefusedError', message: string } | { __typename: 'ExportRequestNotFoundError', message: string } | { __typename: 'MutationDecideExportSuccess', data: { __typename?: 'ExportRequest', id: string, kind: Types.ExportKind, status: Types.ExportRequestStatus, from: string, to: string, rowCount: number, reason: string, requestedAt: string, expiresAt?: string | null, mine: boolean } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffGroupVisitsQueryVariables = Types.Exact<{
  status: Types.BookingStatus;
}>;


export type StaffGroupVisitsQuery = { __typename?: 'Query', groupVisits: Array<{ __typename?: 'Booking', id: string, reference: string, status: Types.BookingStatus, visitDate: string, partySize: number, organization?: string | null, leaderName?: string | null, phone?: string | null, reviewNote?: string | null, createdAt: string, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string }, exhibition?: { __typename?: 'Exhibition', id: string, title: string } | null }> };

export type StaffReviewGroupVisitMutationVariables = Types.Exact<{
  bookingId: Types.Scalars['ID']['input'];
  approve: Types.Scalars['Boolean']['input'];
  note?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffReviewGroupVisitMutation = { __typename?: 'Mutation', reviewGroupVisit: { __typename: 'BookingNotFoundError', message: string } | { __typename: 'GroupRuleError', message: string, rule: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationReviewGroupVisitSuccess', data: { __typename?: 'Booking', id: string, status: Types.BookingStatus } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffLookupSettingsFieldsFragment = { __typename?: 'LookupArchive', enabledRecordTypes: Array<Types.LookupRecordType>, visitLeadDays: number, branch: { __typename?: 'Branch', id: string, name: string }, targets: { __typename?: 'LookupTargets', acceptDays: number, answerDays: number, notifyDays: number } };

export type StaffLookupSettingsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffLookupSettingsQuery = { __typename?: 'Query', lookupArchives: Array<{ __typename?: 'LookupArchive', enabledRecordTypes: Array<Types.LookupRecordType>, visitLeadDays: number, branch: { __typename?: 'Branch', id: string, name: string }, targets: { __typename?: 'LookupTargets', acceptDays: number, answerDays: number, notifyDays: number } }> };

export type StaffSetLookupSettingsMutationVariables = Types.Exact<{
  branchId: Types.Scalars['ID']['input'];
  settings: Types.LookupSettingsInput;
}>;


export type StaffSetLookupSettingsMutation = { __typename?: 'Mutation', setLookupSettings: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetLookupSettingsSuccess', data: { __typename?: 'LookupArchive', enabledRecordTypes: Array<Types.LookupRecordType>, visitLeadDays: number, branch: { __typename?: 'Branch', id: string, name: string }, targets: { __typename?: 'LookupTargets', acceptDays: number, answerDays: number, notifyDays: number } } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffCalendarDayFieldsFragment = { __typename?: 'WorkingCalendarDay', date: string, kind: Types.CalendarDayKind, note?: string | null };

export type StaffWorkingCalendarQueryVariables = Types.Exact<{
  from: Types.Scalars['Date']['input'];
  to: Types.Scalars['Date']['input'];
}>;


export type StaffWorkingCalendarQuery = { __typename?: 'Query', workingCalendar: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'QueryWorkingCalendarSuccess', data: Array<{ __typename?: 'WorkingCalendarDay', date: string, kind: Types.CalendarDayKind, note?: string | null }> } };

export type StaffSetWorkingCalendarDayMutationVariables = Types.Exact<{
  date: Types.Scalars['Date']['input'];
  kind: Types.CalendarDayKind;
  note?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffSetWorkingCalendarDayMutation = { __typename?: 'Mutation', setWorkingCalendarDay: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSetWorkingCalendarDaySuccess', data: { __typename?: 'WorkingCalendarDay', date: string, kind: Types.CalendarDayKind, note?: string | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffClearWorkingCalendarDayMutationVariables = Types.Exact<{
  date: Types.Scalars['Date']['input'];
}>;


export type StaffClearWorkingCalendarDayMutation = { __typename?: 'Mutation', clearWorkingCalendarDay: { __typename: 'MutationClearWorkingCalendarDaySuccess', data: boolean } | { __typename: 'NotAuthorizedError', message: string, reason: string } };

export type StaffLookupItemFragment = { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, recordType: Types.LookupRecordType, relation: Types.LookupRelation, submittedAt: string, dueOn?: string | null, overdue: boolean, subject: { __typename?: 'LookupPerson', name: string }, receivingBranch: { __typename?: 'Branch', id: string, shortName: string }, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null };

export type StaffLookupDetailFragment = { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, suggestedHoldingBranchCode?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, roles: Array<Types.LookupRole>, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', status: Types.LookupVisitStatus, visitDate: string, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, revokeReason?: string | null, issuingBranch: { __typename?: 'Branch', id: string } } | null };

export type StaffLookupQueueQueryVariables = Types.Exact<{
  tab: Types.LookupQueueTab;
  recordType?: Types.InputMaybe<Types.LookupRecordType>;
  submittedFrom?: Types.InputMaybe<Types.Scalars['Date']['input']>;
  submittedTo?: Types.InputMaybe<Types.Scalars['Date']['input']>;
  receiptNumber?: Types.InputMaybe<Types.Scalars['String']['input']>;
  overdueOnly?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffLookupQueueQuery = { __typename?: 'Query', lookupQueue: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'QueryLookupQueueSuccess', data: { __typename?: 'QueryLookupQueueConnection', edges: Array<{ __typename?: 'QueryLookupQueueConnectionEdge', cursor: string, node: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, recordType: Types.LookupRecordType, relation: Types.LookupRelation, submittedAt: string, dueOn?: string | null, overdue: boolean, subject: { __typename?: 'LookupPerson', name: string }, receivingBranch: { __typename?: 'Branch', id: string, shortName: string }, holdingBranch?: { __typename?: 'Branch', id: string, shortName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type StaffLookupRequestQueryVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type StaffLookupRequestQuery = { __typename?: 'Query', lookupRequest?: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, suggestedHoldingBranchCode?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, roles: Array<Types.LookupRole>, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', status: Types.LookupVisitStatus, visitDate: string, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, revokeReason?: string | null, issuingBranch: { __typename?: 'Branch', id: string } } | null } | null };

export type StaffLookupArchivesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffLookupArchivesQuery = { __typename?: 'Query', lookupArchives: Array<{ __typename?: 'LookupArchive', enabledRecordTypes: Array<Types.LookupRecordType>, branch: { __typename?: 'Branch', id: string, code: string, name: string } }> };

export type StaffMoveLookupRequestMutationVariables = Types.Exact<{
  input: Types.MoveLookupRequestInput;
}>;


export type StaffMoveLookupRequestMutation = { __typename?: 'Mutation', moveLookupRequest: { __typename: 'IllegalLookupTransitionError', action: Types.LookupAction, from: Types.LookupStatus, message: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupDocumentsMissingError', missing: Array<Types.SupportingDocumentKind>, message: string } | { __typename: 'LookupRecordTypeNotHeldError', recordType: Types.LookupRecordType, branchName: string, message: string } | { __typename: 'LookupRequestChangedError', message: string, currentStatus: Types.LookupStatus } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationMoveLookupRequestSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, suggestedHoldingBranchCode?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, roles: Array<Types.LookupRole>, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', status: Types.LookupVisitStatus, visitDate: string, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, revokeReason?: string | null, issuingBranch: { __typename?: 'Branch', id: string } } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffRevealLookupPersonalDataMutationVariables = Types.Exact<{
  requestId: Types.Scalars['ID']['input'];
  reason: Types.Scalars['String']['input'];
}>;


export type StaffRevealLookupPersonalDataMutation = { __typename?: 'Mutation', revealLookupPersonalData: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationRevealLookupPersonalDataSuccess', data: { __typename?: 'LookupPersonalData', requestId: string, applicantName: string, applicantDocumentNumber: string, applicantPhone: string, subjectName: string, subjectDocumentNumber: string, postalAddress?: string | null, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }> } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffRevokeLookupCertificateMutationVariables = Types.Exact<{
  requestId: Types.Scalars['ID']['input'];
  reason: Types.Scalars['String']['input'];
}>;


export type StaffRevokeLookupCertificateMutation = { __typename?: 'Mutation', revokeLookupCertificate: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupCertificateNotAvailableError', message: string, certificateReason: string } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationRevokeLookupCertificateSuccess', data: { __typename?: 'LookupRequest', id: string, receiptNumber: string, status: Types.LookupStatus, statusNote?: string | null, recordType: Types.LookupRecordType, relation: Types.LookupRelation, purpose: Types.LookupPurpose, purposeText?: string | null, use: Types.LookupUse, delivery: Types.LookupDelivery, postalAddress?: string | null, suggestedHoldingBranchCode?: string | null, requiredDocuments: Array<Types.SupportingDocumentKind>, deskVisit: boolean, archiveReference?: string | null, dueOn?: string | null, overdue: boolean, submittedAt: string, roles: Array<Types.LookupRole>, availableActions: Array<Types.LookupAction>, applicant: { __typename?: 'LookupApplicant', name: string, documentType: Types.DocumentType, documentNumber: string, phone: string }, subject: { __typename?: 'LookupPerson', name: string, documentType: Types.DocumentType, documentNumber: string }, clues: Array<{ __typename?: 'LookupClue', key: Types.LookupClueKey, label: string, value: string }>, receivingBranch: { __typename?: 'Branch', id: string, name: string }, holdingBranch?: { __typename?: 'Branch', id: string, name: string } | null, attachments: Array<{ __typename?: 'LookupAttachment', uploadId: string, kind: Types.SupportingDocumentKind, attachedAt: string }>, timeline: Array<{ __typename?: 'LookupEvent', id: string, kind: Types.LookupEventKind, toStatus: Types.LookupStatus, at: string, note?: string | null, byCitizen: boolean, branch?: { __typename?: 'Branch', id: string, name: string } | null }>, visit?: { __typename?: 'LookupVisit', status: Types.LookupVisitStatus, visitDate: string, slot: { __typename?: 'Slot', id: string, startAt: string, endAt: string } } | null, certificate?: { __typename?: 'LookupCertificate', serial: string, archiveReference?: string | null, issuedOn: string, revokedAt?: string | null, revokeReason?: string | null, issuingBranch: { __typename?: 'Branch', id: string } } | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffOpenLookupAttachmentMutationVariables = Types.Exact<{
  requestId: Types.Scalars['ID']['input'];
  uploadId: Types.Scalars['String']['input'];
  reason: Types.Scalars['String']['input'];
}>;


export type StaffOpenLookupAttachmentMutation = { __typename?: 'Mutation', openLookupAttachment: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'LookupAttachmentNotFoundError', message: string } | { __typename: 'LookupRequestNotFoundError', message: string } | { __typename: 'MutationOpenLookupAttachmentSuccess', data: { __typename?: 'LookupAttachmentAccess', uploadId: string, kind: Types.SupportingDocumentKind, path: string, expiresAt: string } } | { __typename: 'NotAuthorizedError', reason: string, message: string } };

export type StaffUndeliveredMessageFragment = { __typename?: 'UndeliveredMessage', id: string, kind: Types.NotificationKind, title: string, body: string, createdAt: string, deliveryStatus: Types.MessageDeliveryStatus, reason?: string | null, errcode?: number | null, attempts: number, maskedPhone?: string | null };

export type StaffUndeliveredMessagesQueryVariables = Types.Exact<{
  first?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  after?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffUndeliveredMessagesQuery = { __typename?: 'Query', undeliveredMessages: { __typename?: 'QueryUndeliveredMessagesConnection', edges: Array<{ __typename?: 'QueryUndeliveredMessagesConnectionEdge', node: { __typename?: 'UndeliveredMessage', id: string, kind: Types.NotificationKind, title: string, body: string, createdAt: string, deliveryStatus: Types.MessageDeliveryStatus, reason?: string | null, errcode?: number | null, attempts: number, maskedPhone?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type StaffRevealMessageRecipientPhoneMutationVariables = Types.Exact<{
  messageId: Types.Scalars['ID']['input'];
  reason: Types.Scalars['String']['input'];
}>;


export type StaffRevealMessageRecipientPhoneMutation = { __typename?: 'Mutation', revealMessageRecipientPhone: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRevealMessageRecipientPhoneSuccess', data: { __typename?: 'MessageRecipientPhone', messageId: string, phone?: string | null } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'UndeliveredMessageNotFoundError', message: string } };

export type StaffRosterQueryVariables = Types.Exact<{
  slotId: Types.Scalars['ID']['input'];
  search?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type StaffRosterQuery = { __typename?: 'Query', staffSlot?: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number, exhibition?: { __typename?: 'Exhibition', id: string, title: string, bookingPolicy: { __typename?: 'BookingPolicy', maxVisitors: number } } | null } | null, slotRoster: Array<{ __typename?: 'Booking', id: string, reference: string, kind: Types.BookingKind, status: Types.BookingStatus, partySize: number, checkedInCount: number, organization?: string | null, leaderName?: string | null, phone?: string | null, visitors: Array<{ __typename?: 'BookingVisitor', id: string, name: string, documentType: Types.DocumentType, documentNumber: string, isMinor: boolean, status: Types.VisitorStatus, checkedInAt?: string | null }> }> };

export type StaffDoorFiguresQueryVariables = Types.Exact<{
  slotId: Types.Scalars['ID']['input'];
}>;


export type StaffDoorFiguresQuery = { __typename?: 'Query', slotDoorFigures?: { __typename?: 'SlotDoorFigures', booked: number, arrived: number, remaining: number, opensAt: string, undoMinutes: number } | null };

export type StaffCheckInVisitorsMutationVariables = Types.Exact<{
  bookingId: Types.Scalars['ID']['input'];
  visitorIds: Array<Types.Scalars['ID']['input']> | Types.Scalars['ID']['input'];
}>;


export type StaffCheckInVisitorsMutation = { __typename?: 'Mutation', checkInVisitors: { __typename: 'InputValidationError', message: string } | { __typename: 'MutationCheckInVisitorsSuccess', data: { __typename?: 'CheckInResult', admitted: number, revealed: Array<{ __typename?: 'RevealedVisitor', visitorId: string, name: string, documentTail: string }> } } | { __typename: 'NotAuthorizedError', message: string } | { __typename: 'TicketRejectedError', message: string, reason: string, checkedInAt?: string | null } };

export type StaffUndoCheckInMutationVariables = Types.Exact<{
  visitorId: Types.Scalars['ID']['input'];
}>;


export type StaffUndoCheckInMutation = { __typename?: 'Mutation', undoCheckIn: { __typename: 'CheckInUndoRefusedError', message: string } | { __typename: 'InputValidationError', message: string } | { __typename: 'MutationUndoCheckInSuccess', data: { __typename?: 'Booking', id: string, checkedInCount: number } } | { __typename: 'NotAuthorizedError', message: string } | { __typename: 'TicketRejectedError', message: string } };

export type StaffRegisterWalkInMutationVariables = Types.Exact<{
  slotId: Types.Scalars['ID']['input'];
  visitors: Array<Types.VisitorInput> | Types.VisitorInput;
}>;


export type StaffRegisterWalkInMutation = { __typename?: 'Mutation', registerWalkIn: { __typename: 'DuplicateVisitorError', message: string, documentNumber: string } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationRegisterWalkInSuccess', data: { __typename?: 'Booking', id: string, reference: string, partySize: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'OutsideEntryWindowError', message: string, opensAt: string, windowReason: string } | { __typename: 'SlotClosedError', message: string, closedReason?: string | null } | { __typename: 'SlotFullError', message: string, remaining: number } };

export type StaffDaySlotsQueryVariables = Types.Exact<{
  exhibitionId: Types.Scalars['ID']['input'];
  date: Types.Scalars['Date']['input'];
}>;


export type StaffDaySlotsQuery = { __typename?: 'Query', exhibition?: { __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode, calendar: Array<{ __typename?: 'CalendarDay', date: string, availability: Types.DayAvailability, closedReason?: string | null }>, slots: Array<{ __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number }> } | null };

export type StaffChangeSlotCapacityMutationVariables = Types.Exact<{
  slotId: Types.Scalars['ID']['input'];
  capacity: Types.Scalars['Int']['input'];
  walkinQuota?: Types.InputMaybe<Types.Scalars['Int']['input']>;
  groupQuota?: Types.InputMaybe<Types.Scalars['Int']['input']>;
}>;


export type StaffChangeSlotCapacityMutation = { __typename?: 'Mutation', changeSlotCapacity: { __typename: 'CapacityBelowBookedError', message: string, limit: string, taken: number } | { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationChangeSlotCapacitySuccess', data: { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffCloseSlotMutationVariables = Types.Exact<{
  slotId: Types.Scalars['ID']['input'];
  reason: Types.Scalars['String']['input'];
}>;


export type StaffCloseSlotMutation = { __typename?: 'Mutation', closeSlot: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCloseSlotSuccess', data: { __typename?: 'Slot', id: string, status: Types.SlotStatus } } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

export type StaffCloseDayMutationVariables = Types.Exact<{
  exhibitionId: Types.Scalars['ID']['input'];
  date: Types.Scalars['Date']['input'];
  reason: Types.Scalars['String']['input'];
}>;


export type StaffCloseDayMutation = { __typename?: 'Mutation', closeDay: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationCloseDaySuccess', data: Array<{ __typename?: 'Slot', id: string, status: Types.SlotStatus }> } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } };

type StaffFailure_BookingClosedError_Fragment = { __typename?: 'BookingClosedError', message: string };

type StaffFailure_BookingNotCancellableError_Fragment = { __typename?: 'BookingNotCancellableError', message: string };

type StaffFailure_BookingNotFoundError_Fragment = { __typename?: 'BookingNotFoundError', message: string };

type StaffFailure_BookingNotOpenYetError_Fragment = { __typename?: 'BookingNotOpenYetError', message: string };

type StaffFailure_BookingSuspendedError_Fragment = { __typename?: 'BookingSuspendedError', message: string };

type StaffFailure_CapacityBelowBookedError_Fragment = { __typename?: 'CapacityBelowBookedError', message: string };

type StaffFailure_CheckInUndoRefusedError_Fragment = { __typename?: 'CheckInUndoRefusedError', message: string };

type StaffFailure_ContentTransitionError_Fragment = { __typename?: 'ContentTransitionError', message: string };

type StaffFailure_DevelopmentSignInDisabledError_Fragment = { __typename?: 'DevelopmentSignInDisabledError', message: string };

type StaffFailure_DuplicateOpenLookupError_Fragment = { __typename?: 'DuplicateOpenLookupError', message: string };

type StaffFailure_DuplicateVisitorError_Fragment = { __typename?: 'DuplicateVisitorError', message: string };

type StaffFailure_ExportApprovalRefusedError_Fragment = { __typename?: 'ExportApprovalRefusedError', message: string };

type StaffFailure_ExportRequestNotFoundError_Fragment = { __typename?: 'ExportRequestNotFoundError', message: string };

type StaffFailure_GroupQuotaFullError_Fragment = { __typename?: 'GroupQuotaFullError', message: string };

type StaffFailure_GroupRuleError_Fragment = { __typename?: 'GroupRuleError', message: string };

type StaffFailure_IllegalLookupTransitionError_Fragment = { __typename?: 'IllegalLookupTransitionError', message: string };

type StaffFailure_InputValidationError_Fragment = { __typename?: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> };

type StaffFailure_InvalidCredentialsError_Fragment = { __typename?: 'InvalidCredentialsError', message: string };

type StaffFailure_LookupAttachmentNotAvailableError_Fragment = { __typename?: 'LookupAttachmentNotAvailableError', message: string };

type StaffFailure_LookupAttachmentNotFoundError_Fragment = { __typename?: 'LookupAttachmentNotFoundError', message: string };

type StaffFailure_LookupCertificateNotAvailableError_Fragment = { __typename?: 'LookupCertificateNotAvailableError', message: string };

type StaffFailure_LookupDocumentsMissingError_Fragment = { __typename?: 'LookupDocumentsMissingError', message: string };

type StaffFailure_LookupRecordTypeNotHeldError_Fragment = { __typename?: 'LookupRecordTypeNotHeldError', message: string };

type StaffFailure_LookupRequestChangedError_Fragment = { __typename?: 'LookupRequestChangedError', message: string };

type StaffFailure_LookupRequestNotFoundError_Fragment = { __typename?: 'LookupRequestNotFoundError', message: string };

type StaffFailure_LookupVisitNotAvailableError_Fragment = { __typename?: 'LookupVisitNotAvailableError', message: string };

type StaffFailure_LookupVisitTooSoonError_Fragment = { __typename?: 'LookupVisitTooSoonError', message: string };

type StaffFailure_MessagesNotFoundError_Fragment = { __typename?: 'MessagesNotFoundError', message: string };

type StaffFailure_NotAuthorizedError_Fragment = { __typename?: 'NotAuthorizedError', reason: string, message: string };

type StaffFailure_NotFoundError_Fragment = { __typename?: 'NotFoundError', message: string };

type StaffFailure_OutsideEntryWindowError_Fragment = { __typename?: 'OutsideEntryWindowError', message: string };

type StaffFailure_OwnAccountError_Fragment = { __typename?: 'OwnAccountError', message: string };

type StaffFailure_PrivacyConsentRequiredError_Fragment = { __typename?: 'PrivacyConsentRequiredError', message: string };

type StaffFailure_RateLimitedError_Fragment = { __typename?: 'RateLimitedError', message: string };

type StaffFailure_SignInLockedError_Fragment = { __typename?: 'SignInLockedError', message: string };

type StaffFailure_SlotClosedError_Fragment = { __typename?: 'SlotClosedError', message: string };

type StaffFailure_SlotFullError_Fragment = { __typename?: 'SlotFullError', message: string };

type StaffFailure_SlotNotFoundError_Fragment = { __typename?: 'SlotNotFoundError', message: string };

type StaffFailure_StalePrivacyNoticeError_Fragment = { __typename?: 'StalePrivacyNoticeError', message: string };

type StaffFailure_TicketRejectedError_Fragment = { __typename?: 'TicketRejectedError', message: string };

type StaffFailure_UndeliveredMessageNotFoundError_Fragment = { __typename?: 'UndeliveredMessageNotFoundError', message: string };

type StaffFailure_UsernameTakenError_Fragment = { __typename?: 'UsernameTakenError', message: string };

type StaffFailure_VisitorConsentRequiredError_Fragment = { __typename?: 'VisitorConsentRequiredError', message: string };

type StaffFailure_VisitorNotCancellableError_Fragment = { __typename?: 'VisitorNotCancellableError', message: string };

type StaffFailure_WaitlistNotAvailableError_Fragment = { __typename?: 'WaitlistNotAvailableError', message: string };

type StaffFailure_WechatCodeInvalidError_Fragment = { __typename?: 'WechatCodeInvalidError', message: string };

type StaffFailure_WechatRateLimitedError_Fragment = { __typename?: 'WechatRateLimitedError', message: string };

type StaffFailure_WechatUnavailableError_Fragment = { __typename?: 'WechatUnavailableError', message: string };

type StaffFailure_WechatUserBlockedError_Fragment = { __typename?: 'WechatUserBlockedError', message: string };

export type StaffFailureFragment = StaffFailure_BookingClosedError_Fragment | StaffFailure_BookingNotCancellableError_Fragment | StaffFailure_BookingNotFoundError_Fragment | StaffFailure_BookingNotOpenYetError_Fragment | StaffFailure_BookingSuspendedError_Fragment | StaffFailure_CapacityBelowBookedError_Fragment | StaffFailure_CheckInUndoRefusedError_Fragment | StaffFailure_ContentTransitionError_Fragment | StaffFailure_DevelopmentSignInDisabledError_Fragment | StaffFailure_DuplicateOpenLookupError_Fragment | StaffFailure_DuplicateVisitorError_Fragment | StaffFailure_ExportApprovalRefusedError_Fragment | StaffFailure_ExportRequestNotFoundError_Fragment | StaffFailure_GroupQuotaFullError_Fragment | StaffFailure_GroupRuleError_Fragment | StaffFailure_IllegalLookupTransitionError_Fragment | StaffFailure_InputValidationError_Fragment | StaffFailure_InvalidCredentialsError_Fragment | StaffFailure_LookupAttachmentNotAvailableError_Fragment | StaffFailure_LookupAttachmentNotFoundError_Fragment | StaffFailure_LookupCertificateNotAvailableError_Fragment | StaffFailure_LookupDocumentsMissingError_Fragment | StaffFailure_LookupRecordTypeNotHeldError_Fragment | StaffFailure_LookupRequestChangedError_Fragment | StaffFailure_LookupRequestNotFoundError_Fragment | StaffFailure_LookupVisitNotAvailableError_Fragment | StaffFailure_LookupVisitTooSoonError_Fragment | StaffFailure_MessagesNotFoundError_Fragment | StaffFailure_NotAuthorizedError_Fragment | StaffFailure_NotFoundError_Fragment | StaffFailure_OutsideEntryWindowError_Fragment | StaffFailure_OwnAccountError_Fragment | StaffFailure_PrivacyConsentRequiredError_Fragment | StaffFailure_RateLimitedError_Fragment | StaffFailure_SignInLockedError_Fragment | StaffFailure_SlotClosedError_Fragment | StaffFailure_SlotFullError_Fragment | StaffFailure_SlotNotFoundError_Fragment | StaffFailure_StalePrivacyNoticeError_Fragment | StaffFailure_TicketRejectedError_Fragment | StaffFailure_UndeliveredMessageNotFoundError_Fragment | StaffFailure_UsernameTakenError_Fragment | StaffFailure_VisitorConsentRequiredError_Fragment | StaffFailure_VisitorNotCancellableError_Fragment | StaffFailure_WaitlistNotAvailableError_Fragment | StaffFailure_WechatCodeInvalidError_Fragment | StaffFailure_WechatRateLimitedError_Fragment | StaffFailure_WechatUnavailableError_Fragment | StaffFailure_WechatUserBlockedError_Fragment;

export type StaffSlotFieldsFragment = { __typename?: 'Slot', id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number };

export type StaffTodayQueryVariables = Types.Exact<{
  date: Types.Scalars['Date']['input'];
}>;


export type StaffTodayQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode, branch: { __typename?: 'Branch', id: string, shortName: string }, slots: Array<{ __typename?: 'Slot', checkedIn: number, id: string, visitDate: string, startAt: string, endAt: string, status: Types.SlotStatus, closedReason?: string | null, capacity: number, booked: number, remaining: number, walkinQuota: number, walkinUsed: number, walkinHeld: number, offerHeld: number, groupQuota: number, groupBooked: number }> }> };

export type StaffStatisticsQueryVariables = Types.Exact<{
  exhibitionId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  from: Types.Scalars['Date']['input'];
  to: Types.Scalars['Date']['input'];
}>;


export type StaffStatisticsQuery = { __typename?: 'Query', bookingStatistics: { __typename: 'InputValidationError', message: string } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'QueryBookingStatisticsSuccess', data: Array<{ __typename?: 'DailyStatistics', date: string, bookings: number, bookedVisitors: number, checkedIn: number, noShows: number, cancelled: number, walkIns: number, groupVisitors: number }> } };

export type StaffExhibitionChoicesQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffExhibitionChoicesQuery = { __typename?: 'Query', staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode }> };

export type StaffRatioFieldsFragment = { __typename?: 'Ratio', part: number, whole: number, percent?: number | null };

export type StaffTrendsViewQueryVariables = Types.Exact<{
  days: Types.Scalars['Int']['input'];
  branchId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;


export type StaffTrendsViewQuery = { __typename?: 'Query', staffTrends: { __typename: 'InputValidationError', message: string } | { __typename: 'NotAuthorizedError', message: string, reason: string } | { __typename: 'QueryStaffTrendsSuccess', data: { __typename?: 'StaffTrends', from: string, to: string, walkIns: number, days: Array<{ __typename?: 'TrendDay', date: string, bookedArrived: number, walkIns: number, noShows: number }>, attendance: { __typename?: 'Ratio', part: number, whole: number, percent?: number | null }, noShowRate: { __typename?: 'Ratio', part: number, whole: number, percent?: number | null }, lookups: Array<{ __typename?: 'BranchLookupTrend', branchId: string, branchName: string, submitted: number, answered: number, medianDaysToAnswer?: number | null }>, articles: Array<{ __typename?: 'ArticleReads', id: string, title: string, reads: number }> } } };

export type StaffVenueFieldsFragment = { __typename?: 'Venue', id: string, ownerKind: Types.VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> };

export type StaffVenueTargetsQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type StaffVenueTargetsQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', id: string, name: string }>, staffExhibitions: Array<{ __typename?: 'Exhibition', id: string, title: string, mode: Types.ExhibitionMode, branch: { __typename?: 'Branch', id: string } }> };

export type StaffVenueEditingQueryVariables = Types.Exact<{
  branchId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  exhibitionId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
}>;


export type StaffVenueEditingQuery = { __typename?: 'Query', staffVenue: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'QueryStaffVenueSuccess', data: { __typename?: 'VenueEditing', ownerKind: Types.VenueOwnerKind, ownerId: string, title: string, venue?: { __typename?: 'Venue', id: string, ownerKind: Types.VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null, archiveVenue?: { __typename?: 'Venue', id: string, ownerKind: Types.VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } | null } } };

export type StaffSaveVenueMutationVariables = Types.Exact<{
  branchId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  exhibitionId?: Types.InputMaybe<Types.Scalars['ID']['input']>;
  venue: Types.VenueInput;
}>;


export type StaffSaveVenueMutation = { __typename?: 'Mutation', saveVenue: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationSaveVenueSuccess', data: { __typename?: 'Venue', id: string, ownerKind: Types.VenueOwnerKind, address: string, phone?: string | null, latitude?: number | null, longitude?: number | null, lunchStart?: string | null, lunchEnd?: string | null, hoursNotes?: string | null, hoursText: string, transport?: string | null, entrance?: string | null, accessibility?: string | null, isExample: boolean, days: Array<{ __typename?: 'VenueDay', weekday: number, open?: string | null, close?: string | null }> } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', entity: string, message: string } };

export type StaffUseArchiveVenueMutationVariables = Types.Exact<{
  exhibitionId: Types.Scalars['ID']['input'];
}>;


export type StaffUseArchiveVenueMutation = { __typename?: 'Mutation', useArchiveVenue: { __typename: 'InputValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } | { __typename: 'MutationUseArchiveVenueSuccess', data: { __typename?: 'Exhibition', id: string } } | { __typename: 'NotAuthorizedError', reason: string, message: string } | { __typename: 'NotFoundError', message: string } };

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
export const StaffAccountRowFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}
    `, {"fragmentName":"StaffAccountRow"}) as unknown as TypedDocumentString<StaffAccountRowFragment, unknown>;
export const StaffFailureFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffFailure on Error {
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
}
    `, {"fragmentName":"StaffFailure"}) as unknown as TypedDocumentString<StaffFailureFragment, unknown>;
export const StaffAccountFailureFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffAccountFailure on Error {
  ...StaffFailure
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
    fragment StaffFailure on Error {
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
}`, {"fragmentName":"StaffAccountFailure"}) as unknown as TypedDocumentString<StaffAccountFailureFragment, unknown>;
export const StaffAuditEntryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffAuditEntry on AuditEntry {
  id
  at
  action
  result
  actorAccountId
  actorName
  actorRole
  actorBranch {
    id
    shortName
  }
  targetKind
  targetId
  revealedFields
  reason
  rowCount
  requestId
  clientAddress
}
    `, {"fragmentName":"StaffAuditEntry"}) as unknown as TypedDocumentString<StaffAuditEntryFragment, unknown>;
export const StaffCheckInFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffCheckInFields on CheckInResult {
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
export const StudioContentFailureFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioContentFailure on Error {
  ...StaffFailure
  ... on ContentTransitionError {
    status
    action
  }
}
    fragment StaffFailure on Error {
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
}`, {"fragmentName":"StudioContentFailure"}) as unknown as TypedDocumentString<StudioContentFailureFragment, unknown>;
export const StudioArticleRowFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}
    `, {"fragmentName":"StudioArticleRow"}) as unknown as TypedDocumentString<StudioArticleRowFragment, unknown>;
export const StudioBlockFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioBlockFields on ContentBlock {
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
    `, {"fragmentName":"StudioBlockFields"}) as unknown as TypedDocumentString<StudioBlockFieldsFragment, unknown>;
export const StudioArticleFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioArticleFields on Article {
  ...StudioArticleRow
  summary
  cover {
    url
    thumbUrl
  }
  video {
    url
    posterUrl
  }
  author
  source
  tags
  exhibition {
    id
    title
  }
  bodyHtml
  body {
    ...StudioBlockFields
  }
  availableActions
}
    fragment StudioBlockFields on ContentBlock {
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
fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}`, {"fragmentName":"StudioArticleFields"}) as unknown as TypedDocumentString<StudioArticleFieldsFragment, unknown>;
export const StudioOnlineExhibitionRowFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioOnlineExhibitionRow on OnlineExhibition {
  id
  title
  status
  scheduledAt
  publishedAt
  updatedAt
  exhibitCount
  branch {
    id
    shortName
  }
}
    `, {"fragmentName":"StudioOnlineExhibitionRow"}) as unknown as TypedDocumentString<StudioOnlineExhibitionRowFragment, unknown>;
export const StudioOnlineExhibitFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioOnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  holdingBranch {
    id
    shortName
  }
  period
  images {
    url
    thumbUrl
    width
    height
  }
}
    `, {"fragmentName":"StudioOnlineExhibitFields"}) as unknown as TypedDocumentString<StudioOnlineExhibitFieldsFragment, unknown>;
export const StudioOnlineExhibitionFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StudioOnlineExhibitionFields on OnlineExhibition {
  ...StudioOnlineExhibitionRow
  subtitle
  intro
  cover {
    url
    thumbUrl
  }
  exhibitions {
    id
    title
  }
  exhibits {
    ...StudioOnlineExhibitFields
  }
  availableActions
}
    fragment StudioOnlineExhibitionRow on OnlineExhibition {
  id
  title
  status
  scheduledAt
  publishedAt
  updatedAt
  exhibitCount
  branch {
    id
    shortName
  }
}
fragment StudioOnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  holdingBranch {
    id
    shortName
  }
  period
  images {
    url
    thumbUrl
    width
    height
  }
}`, {"fragmentName":"StudioOnlineExhibitionFields"}) as unknown as TypedDocumentString<StudioOnlineExhibitionFieldsFragment, unknown>;
export const StaffExhibitionFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffPolicyFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffTemplateFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffExportRequestFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  requestedAt
  expiresAt
  mine
}
    `, {"fragmentName":"StaffExportRequestFields"}) as unknown as TypedDocumentString<StaffExportRequestFieldsFragment, unknown>;
export const StaffLookupSettingsFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffLookupSettingsFields on LookupArchive {
  branch {
    id
    name
  }
  enabledRecordTypes
  targets {
    acceptDays
    answerDays
    notifyDays
  }
  visitLeadDays
}
    `, {"fragmentName":"StaffLookupSettingsFields"}) as unknown as TypedDocumentString<StaffLookupSettingsFieldsFragment, unknown>;
export const StaffCalendarDayFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffCalendarDayFields on WorkingCalendarDay {
  date
  kind
  note
}
    `, {"fragmentName":"StaffCalendarDayFields"}) as unknown as TypedDocumentString<StaffCalendarDayFieldsFragment, unknown>;
export const StaffLookupItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffLookupItem on LookupRequest {
  id
  receiptNumber
  status
  recordType
  relation
  submittedAt
  dueOn
  overdue
  subject {
    name
  }
  receivingBranch {
    id
    shortName
  }
  holdingBranch {
    id
    shortName
  }
}
    `, {"fragmentName":"StaffLookupItem"}) as unknown as TypedDocumentString<StaffLookupItemFragment, unknown>;
export const StaffLookupDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffLookupDetail on LookupRequest {
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
  }
  holdingBranch {
    id
    name
  }
  suggestedHoldingBranchCode
  requiredDocuments
  deskVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  roles
  availableActions
  attachments {
    uploadId
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
    status
    visitDate
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    archiveReference
    issuedOn
    revokedAt
    revokeReason
    issuingBranch {
      id
    }
  }
}
    `, {"fragmentName":"StaffLookupDetail"}) as unknown as TypedDocumentString<StaffLookupDetailFragment, unknown>;
export const StaffUndeliveredMessageFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffUndeliveredMessage on UndeliveredMessage {
  id
  kind
  title
  body
  createdAt
  deliveryStatus
  reason
  errcode
  attempts
  maskedPhone
}
    `, {"fragmentName":"StaffUndeliveredMessage"}) as unknown as TypedDocumentString<StaffUndeliveredMessageFragment, unknown>;
export const StaffSlotFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffRatioFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffRatioFields on Ratio {
  part
  whole
  percent
}
    `, {"fragmentName":"StaffRatioFields"}) as unknown as TypedDocumentString<StaffRatioFieldsFragment, unknown>;
export const StaffVenueFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffVenueFields on Venue {
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
    `, {"fragmentName":"StaffVenueFields"}) as unknown as TypedDocumentString<StaffVenueFieldsFragment, unknown>;
export const StaffAccountListDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffAccountList($search: String) {
  staffAccounts(search: $search) {
    ...StaffAccountRow
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StaffAccountListQuery, StaffAccountListQueryVariables>;
export const StaffAccountFormDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffAccountForm($id: ID!, $withAccount: Boolean!) {
  branches {
    id
    name
  }
  staffAccount(id: $id) @include(if: $withAccount) {
    ...StaffAccountRow
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StaffAccountFormQuery, StaffAccountFormQueryVariables>;
export const StaffCreateAccountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffCreateAccount($input: NewStaffAccountInput!) {
  createStaffAccount(input: $input) {
    __typename
    ...StaffAccountFailure
    ... on MutationCreateStaffAccountSuccess {
      data {
        oneTimePassword
        account {
          ...StaffAccountRow
        }
      }
    }
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}
fragment StaffAccountFailure on Error {
  ...StaffFailure
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffCreateAccountMutation, StaffCreateAccountMutationVariables>;
export const StaffUpdateAccountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffUpdateAccount($id: ID!, $input: StaffAccountInput!) {
  updateStaffAccount(id: $id, input: $input) {
    __typename
    ...StaffAccountFailure
    ... on MutationUpdateStaffAccountSuccess {
      data {
        ...StaffAccountRow
      }
    }
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}
fragment StaffAccountFailure on Error {
  ...StaffFailure
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffUpdateAccountMutation, StaffUpdateAccountMutationVariables>;
export const StaffDisableAccountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffDisableAccount($id: ID!) {
  disableStaffAccount(id: $id) {
    __typename
    ...StaffAccountFailure
    ... on MutationDisableStaffAccountSuccess {
      data {
        ...StaffAccountRow
      }
    }
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}
fragment StaffAccountFailure on Error {
  ...StaffFailure
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffDisableAccountMutation, StaffDisableAccountMutationVariables>;
export const StaffEnableAccountDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffEnableAccount($id: ID!) {
  enableStaffAccount(id: $id) {
    __typename
    ...StaffAccountFailure
    ... on MutationEnableStaffAccountSuccess {
      data {
        ...StaffAccountRow
      }
    }
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}
fragment StaffAccountFailure on Error {
  ...StaffFailure
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffEnableAccountMutation, StaffEnableAccountMutationVariables>;
export const StaffResetPasswordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffResetPassword($id: ID!) {
  resetStaffPassword(id: $id) {
    __typename
    ...StaffAccountFailure
    ... on MutationResetStaffPasswordSuccess {
      data {
        oneTimePassword
        account {
          ...StaffAccountRow
        }
      }
    }
  }
}
    fragment StaffAccountRow on StaffAccount {
  id
  username
  displayName
  role
  disabled
  mustChangePassword
  branch {
    id
    shortName
  }
}
fragment StaffAccountFailure on Error {
  ...StaffFailure
  ... on UsernameTakenError {
    username
  }
  ... on OwnAccountError {
    action
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffResetPasswordMutation, StaffResetPasswordMutationVariables>;
export const StaffChangeMyPasswordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffChangeMyPassword($currentPassword: String!, $newPassword: String!) {
  changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    __typename
    ...StaffFailure
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
    fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffChangeMyPasswordMutation, StaffChangeMyPasswordMutationVariables>;
export const StaffAuditLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffAuditLog($person: String, $staff: String, $action: AuditAction, $from: Date, $to: Date, $first: Int, $after: String) {
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
    ... on QueryAuditLogSuccess {
      data {
        edges {
          node {
            ...StaffAuditEntry
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    ... on NotAuthorizedError {
      message
      reason
    }
    ... on InputValidationError {
      message
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffAuditEntry on AuditEntry {
  id
  at
  action
  result
  actorAccountId
  actorName
  actorRole
  actorBranch {
    id
    shortName
  }
  targetKind
  targetId
  revealedFields
  reason
  rowCount
  requestId
  clientAddress
}`) as unknown as TypedDocumentString<StaffAuditLogQuery, StaffAuditLogQueryVariables>;
export const StaffTicketBookingDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffCheckInTicketDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffCheckInTicket($token: String!, $headcount: Int, $scanId: String, $scannedAt: DateTime) {
  checkInTicket(
    token: $token
    headcount: $headcount
    scanId: $scanId
    scannedAt: $scannedAt
  ) {
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
      maskedName
      partySize
      opensAt
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
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
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
export const StaffCheckInByDocumentDocument = /*#__PURE__*/ new TypedDocumentString(`
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
      maskedName
      partySize
      opensAt
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
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
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
export const StaffOverrideCheckInDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffOverrideCheckIn($token: String, $slotId: ID, $documentType: DocumentType, $documentNumber: String, $reason: String!) {
  overrideCheckIn(
    token: $token
    slotId: $slotId
    documentType: $documentType
    documentNumber: $documentNumber
    reason: $reason
  ) {
    __typename
    ... on MutationOverrideCheckInSuccess {
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
      maskedName
      partySize
      opensAt
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
  replayed
  revealed {
    visitorId
    name
    documentType
    documentTail
  }
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
}`) as unknown as TypedDocumentString<StaffOverrideCheckInMutation, StaffOverrideCheckInMutationVariables>;
export const StudioArticlesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioArticles($status: ContentStatus, $search: String, $first: Int, $after: String) {
  studioArticles(status: $status, search: $search, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...StudioArticleRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StudioArticlesQuery, StudioArticlesQueryVariables>;
export const StudioArticleDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioArticle($id: ID!) {
  studioArticle(id: $id) {
    ...StudioArticleFields
  }
}
    fragment StudioBlockFields on ContentBlock {
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
fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}
fragment StudioArticleFields on Article {
  ...StudioArticleRow
  summary
  cover {
    url
    thumbUrl
  }
  video {
    url
    posterUrl
  }
  author
  source
  tags
  exhibition {
    id
    title
  }
  bodyHtml
  body {
    ...StudioBlockFields
  }
  availableActions
}`) as unknown as TypedDocumentString<StudioArticleQuery, StudioArticleQueryVariables>;
export const StudioExhibitionChoicesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioExhibitionChoices {
  staffExhibitions {
    id
    title
    mode
  }
}
    `) as unknown as TypedDocumentString<StudioExhibitionChoicesQuery, StudioExhibitionChoicesQueryVariables>;
export const StudioPreviewRichTextDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioPreviewRichText($html: String!) {
  previewRichText(html: $html) {
    ...StudioBlockFields
  }
}
    fragment StudioBlockFields on ContentBlock {
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
}`) as unknown as TypedDocumentString<StudioPreviewRichTextQuery, StudioPreviewRichTextQueryVariables>;
export const StudioSaveArticleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StudioSaveArticle($id: ID, $input: ArticleInput!) {
  saveArticle(id: $id, input: $input) {
    __typename
    ... on MutationSaveArticleSuccess {
      data {
        ...StudioArticleFields
      }
    }
    ...StudioContentFailure
  }
}
    fragment StudioBlockFields on ContentBlock {
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
fragment StudioContentFailure on Error {
  ...StaffFailure
  ... on ContentTransitionError {
    status
    action
  }
}
fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}
fragment StudioArticleFields on Article {
  ...StudioArticleRow
  summary
  cover {
    url
    thumbUrl
  }
  video {
    url
    posterUrl
  }
  author
  source
  tags
  exhibition {
    id
    title
  }
  bodyHtml
  body {
    ...StudioBlockFields
  }
  availableActions
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StudioSaveArticleMutation, StudioSaveArticleMutationVariables>;
export const StudioChangeArticleStatusDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StudioChangeArticleStatus($id: ID!, $action: ContentAction!, $publishAt: DateTime) {
  changeArticleStatus(id: $id, action: $action, publishAt: $publishAt) {
    __typename
    ... on MutationChangeArticleStatusSuccess {
      data {
        ...StudioArticleFields
      }
    }
    ...StudioContentFailure
  }
}
    fragment StudioBlockFields on ContentBlock {
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
fragment StudioContentFailure on Error {
  ...StaffFailure
  ... on ContentTransitionError {
    status
    action
  }
}
fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}
fragment StudioArticleFields on Article {
  ...StudioArticleRow
  summary
  cover {
    url
    thumbUrl
  }
  video {
    url
    posterUrl
  }
  author
  source
  tags
  exhibition {
    id
    title
  }
  bodyHtml
  body {
    ...StudioBlockFields
  }
  availableActions
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StudioChangeArticleStatusMutation, StudioChangeArticleStatusMutationVariables>;
export const StudioSetArticleHighlightDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StudioSetArticleHighlight($id: ID!, $pinned: Boolean!, $featured: Boolean!) {
  setArticleHighlight(id: $id, pinned: $pinned, featured: $featured) {
    __typename
    ... on MutationSetArticleHighlightSuccess {
      data {
        ...StudioArticleRow
      }
    }
    ...StudioContentFailure
  }
}
    fragment StudioContentFailure on Error {
  ...StaffFailure
  ... on ContentTransitionError {
    status
    action
  }
}
fragment StudioArticleRow on Article {
  id
  title
  category
  status
  scheduledAt
  publishedAt
  updatedAt
  pinned
  featured
  branch {
    id
    shortName
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StudioSetArticleHighlightMutation, StudioSetArticleHighlightMutationVariables>;
export const StudioOnlineExhibitionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioOnlineExhibitions($status: ContentStatus) {
  studioOnlineExhibitions(status: $status) {
    ...StudioOnlineExhibitionRow
  }
}
    fragment StudioOnlineExhibitionRow on OnlineExhibition {
  id
  title
  status
  scheduledAt
  publishedAt
  updatedAt
  exhibitCount
  branch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StudioOnlineExhibitionsQuery, StudioOnlineExhibitionsQueryVariables>;
export const StudioOnlineExhibitionDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioOnlineExhibition($id: ID!) {
  studioOnlineExhibition(id: $id) {
    ...StudioOnlineExhibitionFields
  }
}
    fragment StudioOnlineExhibitionRow on OnlineExhibition {
  id
  title
  status
  scheduledAt
  publishedAt
  updatedAt
  exhibitCount
  branch {
    id
    shortName
  }
}
fragment StudioOnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  holdingBranch {
    id
    shortName
  }
  period
  images {
    url
    thumbUrl
    width
    height
  }
}
fragment StudioOnlineExhibitionFields on OnlineExhibition {
  ...StudioOnlineExhibitionRow
  subtitle
  intro
  cover {
    url
    thumbUrl
  }
  exhibitions {
    id
    title
  }
  exhibits {
    ...StudioOnlineExhibitFields
  }
  availableActions
}`) as unknown as TypedDocumentString<StudioOnlineExhibitionQuery, StudioOnlineExhibitionQueryVariables>;
export const StudioExhibitChoicesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StudioExhibitChoices($id: ID!) {
  studioOnlineExhibition(id: $id) {
    id
    exhibits {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<StudioExhibitChoicesQuery, StudioExhibitChoicesQueryVariables>;
export const StudioSaveOnlineExhibitionDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StudioSaveOnlineExhibition($id: ID, $input: OnlineExhibitionInput!) {
  saveOnlineExhibition(id: $id, input: $input) {
    __typename
    ... on MutationSaveOnlineExhibitionSuccess {
      data {
        ...StudioOnlineExhibitionFields
      }
    }
    ...StudioContentFailure
  }
}
    fragment StudioContentFailure on Error {
  ...StaffFailure
  ... on ContentTransitionError {
    status
    action
  }
}
fragment StudioOnlineExhibitionRow on OnlineExhibition {
  id
  title
  status
  scheduledAt
  publishedAt
  updatedAt
  exhibitCount
  branch {
    id
    shortName
  }
}
fragment StudioOnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  holdingBranch {
    id
    shortName
  }
  period
  images {
    url
    thumbUrl
    width
    height
  }
}
fragment StudioOnlineExhibitionFields on OnlineExhibition {
  ...StudioOnlineExhibitionRow
  subtitle
  intro
  cover {
    url
    thumbUrl
  }
  exhibitions {
    id
    title
  }
  exhibits {
    ...StudioOnlineExhibitFields
  }
  availableActions
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StudioSaveOnlineExhibitionMutation, StudioSaveOnlineExhibitionMutationVariables>;
export const StudioChangeOnlineExhibitionStatusDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StudioChangeOnlineExhibitionStatus($id: ID!, $action: ContentAction!, $publishAt: DateTime) {
  changeOnlineExhibitionStatus(id: $id, action: $action, publishAt: $publishAt) {
    __typename
    ... on MutationChangeOnlineExhibitionStatusSuccess {
      data {
        ...StudioOnlineExhibitionFields
      }
    }
    ...StudioContentFailure
  }
}
    fragment StudioContentFailure on Error {
  ...StaffFailure
  ... on ContentTransitionError {
    status
    action
  }
}
fragment StudioOnlineExhibitionRow on OnlineExhibition {
  id
  title
  status
  scheduledAt
  publishedAt
  updatedAt
  exhibitCount
  branch {
    id
    shortName
  }
}
fragment StudioOnlineExhibitFields on OnlineExhibit {
  id
  position
  title
  caption
  description
  archiveRef
  holdingBranch {
    id
    shortName
  }
  period
  images {
    url
    thumbUrl
    width
    height
  }
}
fragment StudioOnlineExhibitionFields on OnlineExhibition {
  ...StudioOnlineExhibitionRow
  subtitle
  intro
  cover {
    url
    thumbUrl
  }
  exhibitions {
    id
    title
  }
  exhibits {
    ...StudioOnlineExhibitFields
  }
  availableActions
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StudioChangeOnlineExhibitionStatusMutation, StudioChangeOnlineExhibitionStatusMutationVariables>;
export const StaffDashboardTodayDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffDashboardToday($branchId: ID) {
  staffDashboard(branchId: $branchId) {
    __typename
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
    ... on QueryStaffDashboardSuccess {
      data {
        date
        slots {
          id
          exhibitionTitle
          branchName
          startAt
          endAt
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
    `) as unknown as TypedDocumentString<StaffDashboardTodayQuery, StaffDashboardTodayQueryVariables>;
export const StaffBranchChoicesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffBranchChoices {
  branches {
    id
    shortName
  }
}
    `) as unknown as TypedDocumentString<StaffBranchChoicesQuery, StaffBranchChoicesQueryVariables>;
export const StaffExhibitionsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffExhibitionEditorDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffBranchesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffBranches {
  branches {
    id
    shortName
  }
}
    `) as unknown as TypedDocumentString<StaffBranchesQuery, StaffBranchesQueryVariables>;
export const StaffSaveExhibitionDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffSetBookingPolicyDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffSetSlotTemplatesDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffGenerateSlotsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffExportRequestsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffExportRequests {
  exportRequests {
    ...StaffExportRequestFields
  }
}
    fragment StaffExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  requestedAt
  expiresAt
  mine
}`) as unknown as TypedDocumentString<StaffExportRequestsQuery, StaffExportRequestsQueryVariables>;
export const StaffRequestUnmaskedExportDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffRequestUnmaskedExport($input: ExportInput!, $reason: String!) {
  requestUnmaskedExport(input: $input, reason: $reason) {
    __typename
    ... on Error {
      ...StaffFailure
    }
    ... on MutationRequestUnmaskedExportSuccess {
      data {
        ...StaffExportRequestFields
      }
    }
  }
}
    fragment StaffExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  requestedAt
  expiresAt
  mine
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffRequestUnmaskedExportMutation, StaffRequestUnmaskedExportMutationVariables>;
export const StaffDecideExportDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffDecideExport($id: ID!, $approve: Boolean!) {
  decideExport(id: $id, approve: $approve) {
    __typename
    ... on Error {
      ...StaffFailure
    }
    ... on MutationDecideExportSuccess {
      data {
        ...StaffExportRequestFields
      }
    }
  }
}
    fragment StaffExportRequestFields on ExportRequest {
  id
  kind
  status
  from
  to
  rowCount
  reason
  requestedAt
  expiresAt
  mine
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffDecideExportMutation, StaffDecideExportMutationVariables>;
export const StaffGroupVisitsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffReviewGroupVisitDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffLookupSettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffLookupSettings {
  lookupArchives {
    ...StaffLookupSettingsFields
  }
}
    fragment StaffLookupSettingsFields on LookupArchive {
  branch {
    id
    name
  }
  enabledRecordTypes
  targets {
    acceptDays
    answerDays
    notifyDays
  }
  visitLeadDays
}`) as unknown as TypedDocumentString<StaffLookupSettingsQuery, StaffLookupSettingsQueryVariables>;
export const StaffSetLookupSettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffSetLookupSettings($branchId: ID!, $settings: LookupSettingsInput!) {
  setLookupSettings(branchId: $branchId, settings: $settings) {
    __typename
    ... on MutationSetLookupSettingsSuccess {
      data {
        ...StaffLookupSettingsFields
      }
    }
    ...StaffFailure
  }
}
    fragment StaffLookupSettingsFields on LookupArchive {
  branch {
    id
    name
  }
  enabledRecordTypes
  targets {
    acceptDays
    answerDays
    notifyDays
  }
  visitLeadDays
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffSetLookupSettingsMutation, StaffSetLookupSettingsMutationVariables>;
export const StaffWorkingCalendarDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffWorkingCalendar($from: Date!, $to: Date!) {
  workingCalendar(from: $from, to: $to) {
    __typename
    ... on QueryWorkingCalendarSuccess {
      data {
        ...StaffCalendarDayFields
      }
    }
    ... on InputValidationError {
      message
      fieldErrors {
        path
        message
      }
    }
  }
}
    fragment StaffCalendarDayFields on WorkingCalendarDay {
  date
  kind
  note
}`) as unknown as TypedDocumentString<StaffWorkingCalendarQuery, StaffWorkingCalendarQueryVariables>;
export const StaffSetWorkingCalendarDayDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffSetWorkingCalendarDay($date: Date!, $kind: CalendarDayKind!, $note: String) {
  setWorkingCalendarDay(date: $date, kind: $kind, note: $note) {
    __typename
    ... on MutationSetWorkingCalendarDaySuccess {
      data {
        ...StaffCalendarDayFields
      }
    }
    ...StaffFailure
  }
}
    fragment StaffCalendarDayFields on WorkingCalendarDay {
  date
  kind
  note
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffSetWorkingCalendarDayMutation, StaffSetWorkingCalendarDayMutationVariables>;
export const StaffClearWorkingCalendarDayDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffClearWorkingCalendarDay($date: Date!) {
  clearWorkingCalendarDay(date: $date) {
    __typename
    ... on MutationClearWorkingCalendarDaySuccess {
      data
    }
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<StaffClearWorkingCalendarDayMutation, StaffClearWorkingCalendarDayMutationVariables>;
export const StaffLookupQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffLookupQueue($tab: LookupQueueTab!, $recordType: LookupRecordType, $submittedFrom: Date, $submittedTo: Date, $receiptNumber: String, $overdueOnly: Boolean, $first: Int, $after: String) {
  lookupQueue(
    tab: $tab
    recordType: $recordType
    submittedFrom: $submittedFrom
    submittedTo: $submittedTo
    receiptNumber: $receiptNumber
    overdueOnly: $overdueOnly
    first: $first
    after: $after
  ) {
    __typename
    ... on InputValidationError {
      message
      fieldErrors {
        path
        message
      }
    }
    ... on QueryLookupQueueSuccess {
      data {
        edges {
          cursor
          node {
            ...StaffLookupItem
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment StaffLookupItem on LookupRequest {
  id
  receiptNumber
  status
  recordType
  relation
  submittedAt
  dueOn
  overdue
  subject {
    name
  }
  receivingBranch {
    id
    shortName
  }
  holdingBranch {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<StaffLookupQueueQuery, StaffLookupQueueQueryVariables>;
export const StaffLookupRequestDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffLookupRequest($id: ID!) {
  lookupRequest(id: $id) {
    ...StaffLookupDetail
  }
}
    fragment StaffLookupDetail on LookupRequest {
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
  }
  holdingBranch {
    id
    name
  }
  suggestedHoldingBranchCode
  requiredDocuments
  deskVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  roles
  availableActions
  attachments {
    uploadId
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
    status
    visitDate
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    archiveReference
    issuedOn
    revokedAt
    revokeReason
    issuingBranch {
      id
    }
  }
}`) as unknown as TypedDocumentString<StaffLookupRequestQuery, StaffLookupRequestQueryVariables>;
export const StaffLookupArchivesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffLookupArchives {
  lookupArchives {
    enabledRecordTypes
    branch {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaffLookupArchivesQuery, StaffLookupArchivesQueryVariables>;
export const StaffMoveLookupRequestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffMoveLookupRequest($input: MoveLookupRequestInput!) {
  moveLookupRequest(input: $input) {
    __typename
    ... on MutationMoveLookupRequestSuccess {
      data {
        ...StaffLookupDetail
      }
    }
    ...StaffFailure
    ... on IllegalLookupTransitionError {
      action
      from
    }
    ... on LookupRequestChangedError {
      currentStatus: status
    }
    ... on LookupRecordTypeNotHeldError {
      recordType
      branchName
    }
    ... on LookupDocumentsMissingError {
      missing
    }
  }
}
    fragment StaffLookupDetail on LookupRequest {
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
  }
  holdingBranch {
    id
    name
  }
  suggestedHoldingBranchCode
  requiredDocuments
  deskVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  roles
  availableActions
  attachments {
    uploadId
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
    status
    visitDate
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    archiveReference
    issuedOn
    revokedAt
    revokeReason
    issuingBranch {
      id
    }
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffMoveLookupRequestMutation, StaffMoveLookupRequestMutationVariables>;
export const StaffRevealLookupPersonalDataDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffRevealLookupPersonalData($requestId: ID!, $reason: String!) {
  revealLookupPersonalData(requestId: $requestId, reason: $reason) {
    __typename
    ... on MutationRevealLookupPersonalDataSuccess {
      data {
        requestId
        applicantName
        applicantDocumentNumber
        applicantPhone
        subjectName
        subjectDocumentNumber
        postalAddress
        clues {
          key
          label
          value
        }
      }
    }
    ...StaffFailure
  }
}
    fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffRevealLookupPersonalDataMutation, StaffRevealLookupPersonalDataMutationVariables>;
export const StaffRevokeLookupCertificateDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffRevokeLookupCertificate($requestId: ID!, $reason: String!) {
  revokeLookupCertificate(requestId: $requestId, reason: $reason) {
    __typename
    ... on MutationRevokeLookupCertificateSuccess {
      data {
        ...StaffLookupDetail
      }
    }
    ...StaffFailure
    ... on LookupCertificateNotAvailableError {
      certificateReason: reason
    }
  }
}
    fragment StaffLookupDetail on LookupRequest {
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
  }
  holdingBranch {
    id
    name
  }
  suggestedHoldingBranchCode
  requiredDocuments
  deskVisit
  archiveReference
  dueOn
  overdue
  submittedAt
  roles
  availableActions
  attachments {
    uploadId
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
    status
    visitDate
    slot {
      id
      startAt
      endAt
    }
  }
  certificate {
    serial
    archiveReference
    issuedOn
    revokedAt
    revokeReason
    issuingBranch {
      id
    }
  }
}
fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffRevokeLookupCertificateMutation, StaffRevokeLookupCertificateMutationVariables>;
export const StaffOpenLookupAttachmentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffOpenLookupAttachment($requestId: ID!, $uploadId: String!, $reason: String!) {
  openLookupAttachment(
    requestId: $requestId
    uploadId: $uploadId
    reason: $reason
  ) {
    __typename
    ... on MutationOpenLookupAttachmentSuccess {
      data {
        uploadId
        kind
        path
        expiresAt
      }
    }
    ...StaffFailure
  }
}
    fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffOpenLookupAttachmentMutation, StaffOpenLookupAttachmentMutationVariables>;
export const StaffUndeliveredMessagesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffUndeliveredMessages($first: Int, $after: String) {
  undeliveredMessages(first: $first, after: $after) {
    edges {
      node {
        ...StaffUndeliveredMessage
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StaffUndeliveredMessage on UndeliveredMessage {
  id
  kind
  title
  body
  createdAt
  deliveryStatus
  reason
  errcode
  attempts
  maskedPhone
}`) as unknown as TypedDocumentString<StaffUndeliveredMessagesQuery, StaffUndeliveredMessagesQueryVariables>;
export const StaffRevealMessageRecipientPhoneDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffRevealMessageRecipientPhone($messageId: ID!, $reason: String!) {
  revealMessageRecipientPhone(messageId: $messageId, reason: $reason) {
    __typename
    ... on MutationRevealMessageRecipientPhoneSuccess {
      data {
        messageId
        phone
      }
    }
    ...StaffFailure
  }
}
    fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffRevealMessageRecipientPhoneMutation, StaffRevealMessageRecipientPhoneMutationVariables>;
export const StaffRosterDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffRoster($slotId: ID!, $search: String) {
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
  slotRoster(slotId: $slotId, search: $search) {
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
      checkedInAt
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
export const StaffDoorFiguresDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffDoorFigures($slotId: ID!) {
  slotDoorFigures(slotId: $slotId) {
    booked
    arrived
    remaining
    opensAt
    undoMinutes
  }
}
    `) as unknown as TypedDocumentString<StaffDoorFiguresQuery, StaffDoorFiguresQueryVariables>;
export const StaffCheckInVisitorsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffCheckInVisitors($bookingId: ID!, $visitorIds: [ID!]!) {
  checkInVisitors(bookingId: $bookingId, visitorIds: $visitorIds) {
    __typename
    ... on MutationCheckInVisitorsSuccess {
      data {
        admitted
        revealed {
          visitorId
          name
          documentTail
        }
      }
    }
    ... on Error {
      message
    }
    ... on TicketRejectedError {
      reason
      checkedInAt
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCheckInVisitorsMutation, StaffCheckInVisitorsMutationVariables>;
export const StaffUndoCheckInDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffUndoCheckIn($visitorId: ID!) {
  undoCheckIn(visitorId: $visitorId) {
    __typename
    ... on MutationUndoCheckInSuccess {
      data {
        id
        checkedInCount
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUndoCheckInMutation, StaffUndoCheckInMutationVariables>;
export const StaffRegisterWalkInDocument = /*#__PURE__*/ new TypedDocumentString(`
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
    ... on SlotClosedError {
      closedReason: reason
    }
    ... on OutsideEntryWindowError {
      windowReason: reason
      opensAt
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
export const StaffDaySlotsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffChangeSlotCapacityDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffCloseSlotDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffCloseDayDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffTodayDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffStatisticsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const StaffExhibitionChoicesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffExhibitionChoices {
  staffExhibitions {
    id
    title
    mode
  }
}
    `) as unknown as TypedDocumentString<StaffExhibitionChoicesQuery, StaffExhibitionChoicesQueryVariables>;
export const StaffTrendsViewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffTrendsView($days: Int!, $branchId: ID) {
  staffTrends(days: $days, branchId: $branchId) {
    __typename
    ... on Error {
      message
    }
    ... on NotAuthorizedError {
      reason
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
          ...StaffRatioFields
        }
        noShowRate {
          ...StaffRatioFields
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
    fragment StaffRatioFields on Ratio {
  part
  whole
  percent
}`) as unknown as TypedDocumentString<StaffTrendsViewQuery, StaffTrendsViewQueryVariables>;
export const StaffVenueTargetsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffVenueTargets {
  branches {
    id
    name
  }
  staffExhibitions {
    id
    title
    mode
    branch {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StaffVenueTargetsQuery, StaffVenueTargetsQueryVariables>;
export const StaffVenueEditingDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffVenueEditing($branchId: ID, $exhibitionId: ID) {
  staffVenue(branchId: $branchId, exhibitionId: $exhibitionId) {
    __typename
    ... on QueryStaffVenueSuccess {
      data {
        ownerKind
        ownerId
        title
        venue {
          ...StaffVenueFields
        }
        archiveVenue {
          ...StaffVenueFields
        }
      }
    }
    ...StaffFailure
  }
}
    fragment StaffFailure on Error {
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
}
fragment StaffVenueFields on Venue {
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
}`) as unknown as TypedDocumentString<StaffVenueEditingQuery, StaffVenueEditingQueryVariables>;
export const StaffSaveVenueDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffSaveVenue($branchId: ID, $exhibitionId: ID, $venue: VenueInput!) {
  saveVenue(branchId: $branchId, exhibitionId: $exhibitionId, venue: $venue) {
    __typename
    ... on MutationSaveVenueSuccess {
      data {
        ...StaffVenueFields
      }
    }
    ...StaffFailure
    ... on NotFoundError {
      entity
    }
  }
}
    fragment StaffFailure on Error {
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
}
fragment StaffVenueFields on Venue {
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
}`) as unknown as TypedDocumentString<StaffSaveVenueMutation, StaffSaveVenueMutationVariables>;
export const StaffUseArchiveVenueDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffUseArchiveVenue($exhibitionId: ID!) {
  useArchiveVenue(exhibitionId: $exhibitionId) {
    __typename
    ... on MutationUseArchiveVenueSuccess {
      data {
        id
      }
    }
    ...StaffFailure
  }
}
    fragment StaffFailure on Error {
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
}`) as unknown as TypedDocumentString<StaffUseArchiveVenueMutation, StaffUseArchiveVenueMutationVariables>;