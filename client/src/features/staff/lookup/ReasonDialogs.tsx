// Staff actions that need a stated reason, each recorded by the server: reading a request's personal data in full
// (查看完整证件号) and opening the photo of one of its documents (both into personal_data_access for the audit
// log), and revoking a certificate (its verification page then says 已撤销). One dialog serves them all: the
// dialog (ui/ReasonDialog) asks for the reason; the answer's failures are worded here for staff.
import Taro from '@tarojs/taro';
import { revealReasonModel, revokeReasonModel } from '@zz/shared/lookup/request-models';
import { useMutation } from '../../../graphql/use-mutation';
import {
  StaffOpenLookupAttachmentDocument,
  type StaffOpenLookupAttachmentMutation,
  StaffRevealLookupPersonalDataDocument,
  type StaffRevealLookupPersonalDataMutation,
  StaffRevokeLookupCertificateDocument,
} from '../graphql';
import { ReasonDialog } from '../ui/ReasonDialog';
import { staffLookupErrorMessage } from './messages';
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
      errorMessage={staffLookupErrorMessage}
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
      errorMessage={staffLookupErrorMessage}
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
      errorMessage={staffLookupErrorMessage}
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
