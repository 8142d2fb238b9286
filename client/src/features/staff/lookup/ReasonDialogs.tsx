// Staff actions that need a stated reason, each recorded by the server: reading a request's personal data in full
// (查看完整证件号) and opening the photo of one of its documents (both into personal_data_access for the audit
// log), and revoking a certificate (its verification page then says 已撤销). One dialog serves them all: the
// reason is checked with the shared model before it is sent, and the answer's failures are worded for staff.
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LOOKUP_LIMITS, revealReasonModel, revokeReasonModel } from '@zz/shared/lookup/request-models';
import { firstMessage } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { TextField } from '../../../components/form/TextField';
import { describeFailure, type GraphQLResult } from '../../../graphql/client';
import { isSuccessResult } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import {
  StaffOpenLookupAttachmentDocument,
  type StaffOpenLookupAttachmentMutation,
  StaffRevealLookupPersonalDataDocument,
  type StaffRevealLookupPersonalDataMutation,
  StaffRevokeLookupCertificateDocument,
} from '../graphql';
import { Dialog } from '../ui/Dialog';
import { type StaffLookupError, staffLookupErrorMessage } from './messages';
import type { StaffLookup, StaffLookupAttachment } from './types';

export type PersonalData = Extract<
  StaffRevealLookupPersonalDataMutation['revealLookupPersonalData'],
  { data: unknown }
>['data'];

/** Where to read an opened attachment (GET with the session) and until when. */
export type AttachmentAccess = Extract<
  StaffOpenLookupAttachmentMutation['openLookupAttachment'],
  { data: unknown }
>['data'];

/** Both reason models take the same text; the server parses it again. */
type ReasonModel = typeof revealReasonModel | typeof revokeReasonModel;

interface ReasonDialogProps<R, T> {
  title: string;
  confirmText: string;
  danger?: boolean;
  /** What the reason is for, above the field. */
  notice: string;
  label: string;
  placeholder?: string;
  model: ReasonModel;
  /** Sends the parsed reason; `answerOf` picks the mutation's result union out of the answer. */
  send: (reason: string) => Promise<GraphQLResult<R>>;
  answerOf: (data: R) => { __typename?: string; data: T } | StaffLookupError;
  onDone: (data: T) => void;
  onCancel: () => void;
  /** The dialog's data-testid and the reason field's class, for tests and for scrolling to the field. */
  testId: string;
  fieldClassName: string;
}

function ReasonDialog<R, T>(props: ReasonDialogProps<R, T>) {
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const problem = firstMessage(props.model, reason);

  async function confirm() {
    setShowError(true);
    setFailure(null);
    if (problem || pending) return;
    setPending(true);
    const result = await props.send(props.model.parse(reason));
    setPending(false);
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = props.answerOf(result.data);
    if (isSuccessResult(answer)) props.onDone(answer.data);
    else setFailure(staffLookupErrorMessage(answer));
  }

  return (
    <Dialog
      title={props.title}
      confirmText={props.confirmText}
      danger={props.danger}
      pending={pending}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId={props.testId}
    >
      <Text className="staff-hint">{props.notice}</Text>
      <TextField
        label={props.label}
        required
        value={reason}
        placeholder={props.placeholder}
        maxlength={LOOKUP_LIMITS.reason}
        onChange={setReason}
        error={showError ? problem : null}
        className={props.fieldClassName}
      />
    </Dialog>
  );
}

export function RevealDialog(props: {
  requestId: string;
  onCancel: () => void;
  onRevealed: (data: PersonalData) => void;
}) {
  const reveal = useMutation(StaffRevealLookupPersonalDataDocument);
  return (
    <ReasonDialog
      title="查看完整证件号"
      confirmText="确认查看"
      notice="查看完整的姓名、证件号、电话和地址将记录您的账号、时间与原因，供审计查阅。"
      label="查看原因"
      placeholder="如：到馆核验身份"
      model={revealReasonModel}
      send={(reason) => reveal.run({ requestId: props.requestId, reason })}
      answerOf={(data) => data.revealLookupPersonalData}
      onDone={props.onRevealed}
      onCancel={props.onCancel}
      testId="staff-lookup-reveal"
      fieldClassName="staff-lookup-reveal__reason"
    />
  );
}

/** 查看 on one attachment: the reason first; the answer says where to read the photo for a few minutes. */
export function OpenAttachmentDialog(props: {
  requestId: string;
  attachment: StaffLookupAttachment;
  label: string;
  onCancel: () => void;
  onOpened: (access: AttachmentAccess) => void;
}) {
  const open = useMutation(StaffOpenLookupAttachmentDocument);
  return (
    <ReasonDialog
      title={`查看材料：${props.label}`}
      confirmText="确认查看"
      notice="材料照片含个人信息，查看将记录您的账号、时间与原因，供审计查阅。"
      label="查看原因"
      placeholder="如：核对授权委托书"
      model={revealReasonModel}
      send={(reason) => open.run({ requestId: props.requestId, uploadId: props.attachment.uploadId, reason })}
      answerOf={(data) => data.openLookupAttachment}
      onDone={props.onOpened}
      onCancel={props.onCancel}
      testId="staff-lookup-attachment-reason"
      fieldClassName="staff-lookup-attachment__reason"
    />
  );
}

export function RevokeDialog(props: {
  requestId: string;
  onCancel: () => void;
  onRevoked: (request: StaffLookup) => void;
}) {
  const revoke = useMutation(StaffRevokeLookupCertificateDocument);
  return (
    <ReasonDialog
      title="撤销查档证明"
      confirmText="确认撤销"
      danger
      notice="撤销后，扫描证明二维码将显示“已撤销”，不能恢复。"
      label="撤销原因"
      model={revokeReasonModel}
      send={(reason) => revoke.run({ requestId: props.requestId, reason })}
      answerOf={(data) => data.revokeLookupCertificate}
      onDone={(request) => {
        void Taro.showToast({ title: '证明已撤销', icon: 'success' });
        props.onRevoked(request);
      }}
      onCancel={props.onCancel}
      testId="staff-lookup-revoke"
      fieldClassName="staff-lookup-revoke__reason"
    />
  );
}
