// A dialog that asks for a stated reason before a recorded staff action (reading personal data in full, opening a
// document's photo, revoking a certificate, revealing a message recipient's phone). The reason is checked with the
// shared model before it is sent (the server parses it again); the answer's failures are worded by the caller.
import { Text } from '@tarojs/components';
import { LOOKUP_LIMITS, type revealReasonModel } from '@zz/shared/lookup/request-models';
import { firstMessage } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { TextField } from '../../../components/form/TextField';
import { describeFailure, type GraphQLResult } from '../../../graphql/client';
import { isSuccessResult } from '../../../graphql/errors';
import { Dialog } from './Dialog';

/** Every reason model takes the same text (reveal and revoke differ only in their wording). */
export type ReasonModel = typeof revealReasonModel;

export interface ReasonDialogProps<R, T, E extends { __typename?: string }> {
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
  answerOf: (data: R) => { __typename?: string; data: T } | E;
  /** The sentence for an expected failure, switched on its __typename by the feature. */
  errorMessage: (error: E) => string;
  onDone: (data: T) => void;
  onCancel: () => void;
  /** The dialog's data-testid and the reason field's class, for tests and for scrolling to the field. */
  testId: string;
  fieldClassName: string;
}

export function ReasonDialog<R, T, E extends { __typename?: string }>(props: ReasonDialogProps<R, T, E>) {
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
    if (isSuccessResult(answer)) props.onDone(answer.data as T);
    else setFailure(props.errorMessage(answer as E));
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
