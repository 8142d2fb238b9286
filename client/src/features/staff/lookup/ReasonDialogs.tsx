// Two staff actions that need a stated reason, both recorded by the server: reading a request's personal data in
// full (查看完整证件号, into personal_data_access for the audit log) and revoking a certificate (its verification
// page then says 已撤销). The reason is checked with the shared model before it is sent.
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LOOKUP_LIMITS, revealReasonModel, revokeReasonModel } from '@zz/shared/lookup/request-models';
import { firstMessage } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import {
  StaffRevealLookupPersonalDataDocument,
  type StaffRevealLookupPersonalDataMutation,
  StaffRevokeLookupCertificateDocument,
} from '../graphql';
import { Dialog } from '../ui/Dialog';
import { staffLookupErrorMessage } from './messages';
import type { StaffLookup } from './types';

export type PersonalData = Extract<
  StaffRevealLookupPersonalDataMutation['revealLookupPersonalData'],
  { data: unknown }
>['data'];

export function RevealDialog(props: {
  requestId: string;
  onCancel: () => void;
  onRevealed: (data: PersonalData) => void;
}) {
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reveal = useMutation(StaffRevealLookupPersonalDataDocument);
  const problem = firstMessage(revealReasonModel, reason);

  async function confirm() {
    setShowError(true);
    setFailure(null);
    if (problem) return;
    const result = await reveal.run({ requestId: props.requestId, reason: revealReasonModel.parse(reason) });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.revealLookupPersonalData;
    if (isSuccessResult(answer)) props.onRevealed(answer.data);
    else setFailure(staffLookupErrorMessage(answer));
  }

  return (
    <Dialog
      title="查看完整证件号"
      confirmText="确认查看"
      pending={reveal.pending}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="staff-lookup-reveal"
    >
      <Text className="staff-hint">查看完整的姓名、证件号、电话和地址将记录您的账号、时间与原因，供审计查阅。</Text>
      <TextField
        label="查看原因"
        required
        value={reason}
        placeholder="如：到馆核验身份"
        maxlength={LOOKUP_LIMITS.reason}
        onChange={setReason}
        error={showError ? problem : null}
        className="staff-lookup-reveal__reason"
      />
    </Dialog>
  );
}

export function RevokeDialog(props: {
  requestId: string;
  onCancel: () => void;
  onRevoked: (request: StaffLookup) => void;
}) {
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const revoke = useMutation(StaffRevokeLookupCertificateDocument);
  const problem = firstMessage(revokeReasonModel, reason);

  async function confirm() {
    setShowError(true);
    setFailure(null);
    if (problem) return;
    const result = await revoke.run({ requestId: props.requestId, reason: revokeReasonModel.parse(reason) });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.revokeLookupCertificate;
    if (isSuccessResult(answer)) {
      void Taro.showToast({ title: '证明已撤销', icon: 'success' });
      props.onRevoked(answer.data);
    } else {
      setFailure(staffLookupErrorMessage(answer));
    }
  }

  return (
    <Dialog
      title="撤销查档证明"
      confirmText="确认撤销"
      danger
      pending={revoke.pending}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="staff-lookup-revoke"
    >
      <Text className="staff-hint">撤销后，扫描证明二维码将显示“已撤销”，不能恢复。</Text>
      <TextField
        label="撤销原因"
        required
        value={reason}
        maxlength={LOOKUP_LIMITS.reason}
        onChange={setReason}
        error={showError ? problem : null}
        className="staff-lookup-revoke__reason"
      />
    </Dialog>
  );
}
