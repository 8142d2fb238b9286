// One move of a request by staff, in a dialog that asks for what the move needs: what is missing (要求补正), why
// (不予受理), the holding archive (转馆, the one the clues suggest chosen first), the 档号 (已查到), or an optional
// note. Checked with the shared move model, sent with the status the page showed (expectedStatus).
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LOOKUP_LIMITS, lookupMoveModel } from '@zz/shared/lookup/request-models';
import { LOOKUP_ACTION_LABELS, type LookupAction } from '@zz/shared/lookup/status-machine';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { DataState } from '../../../components/DataState';
import { FieldRow } from '../../../components/form/Field';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { useQuery } from '../../../graphql/use-query';
import { StaffLookupArchivesDocument, StaffMoveLookupRequestDocument } from '../graphql';
import { Chips } from '../ui/Chips';
import { Dialog } from '../ui/Dialog';
import { isStale, staffLookupErrorMessage } from './messages';
import type { StaffLookup } from './types';

/** What each move tells the member of staff before they confirm it. */
const EXPLANATIONS: Partial<Record<LookupAction, string>> = {
  ACCEPT: '核对身份与查档范围无误后受理。受理后按期限查档或转馆。',
  ASK_FOR_MORE: '申请人将收到通知，按您的说明补充材料或线索后重新提交。',
  REFUSE: '不予受理后申请结束，原因将告知申请人。',
  FORWARD: '转至保管档案的档案馆查找，本馆仍负责交付结果。',
  START_SEARCH: '开始在本馆馆藏中查找。',
  RECORD_FOUND: '登记查到的档案档号，之后可出具证明。',
  RECORD_NOT_FOUND: '登记馆藏中未查到相关记载，可出具未查到的证明或办结。',
  ISSUE_CERTIFICATE: '出具带签名二维码的查档证明，任何人可扫码核验真伪。',
  MARK_COLLECTED: '申请人已到馆领取结果，申请办结。',
  MARK_POSTED: '结果已邮寄，申请办结。',
  CLOSE: '办结本次查档。',
};

const NOTE_PLACEHOLDERS: Partial<Record<LookupAction, string>> = {
  ASK_FOR_MORE: '需要补充的材料或线索（必填）',
  REFUSE: '不予受理的原因（必填）',
};

export function MoveDialog(props: {
  request: StaffLookup;
  action: LookupAction;
  onCancel: () => void;
  onMoved: (request: StaffLookup) => void;
  onStale: () => void;
}) {
  const { request, action } = props;
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');
  const [holding, setHolding] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const move = useMutation(StaffMoveLookupRequestDocument);

  const values = {
    note,
    holdingBranchId: action === 'FORWARD' ? holding : null,
    archiveReference: action === 'RECORD_FOUND' ? reference : null,
  };
  const checked = lookupMoveModel(action).safeParse(values);
  const problems = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
  const errorOf = (path: string) => serverErrors[path] ?? (showAll ? problems[path] : null);

  async function confirm() {
    setShowAll(true);
    setFailure(null);
    if (!checked.success) return;
    const result = await move.run({
      input: {
        id: request.id,
        action,
        // The status this page showed: if a colleague moved the request meanwhile, the server refuses.
        expectedStatus: request.status,
        note: checked.data.note,
        holdingBranchId: checked.data.holdingBranchId || null,
        archiveReference: checked.data.archiveReference || null,
      },
    });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.moveLookupRequest;
    if (isSuccessResult(answer)) {
      void Taro.showToast({ title: `已${LOOKUP_ACTION_LABELS[action]}`, icon: 'success' });
      props.onMoved(answer.data);
      return;
    }
    if (answer.__typename === 'InputValidationError') setServerErrors(messagesByPath(answer.fieldErrors));
    setFailure(staffLookupErrorMessage(answer));
    if (isStale(answer)) {
      void Taro.showToast({ title: '该申请已被他人处理，已刷新', icon: 'none' });
      props.onCancel();
      props.onStale();
    }
  }

  const noteRequired = action === 'ASK_FOR_MORE' || action === 'REFUSE';
  return (
    <Dialog
      title={LOOKUP_ACTION_LABELS[action]}
      confirmText={`确认${LOOKUP_ACTION_LABELS[action]}`}
      danger={action === 'REFUSE'}
      pending={move.pending}
      error={failure}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      testId="staff-lookup-move"
    >
      {EXPLANATIONS[action] ? <Text className="staff-hint">{EXPLANATIONS[action]}</Text> : null}
      {action === 'FORWARD' ? (
        <ForwardTarget request={request} value={holding} onChange={setHolding} error={errorOf('holdingBranchId')} />
      ) : null}
      {action === 'RECORD_FOUND' ? (
        <TextField
          label="档号"
          required
          value={reference}
          placeholder="如 LH-0012-1985-033"
          maxlength={LOOKUP_LIMITS.archiveReference}
          onChange={setReference}
          error={errorOf('archiveReference')}
          className="staff-lookup-move__reference"
        />
      ) : null}
      <TextAreaField
        label={noteRequired ? (action === 'REFUSE' ? '原因' : '需要补充什么') : '备注'}
        required={noteRequired}
        value={note}
        placeholder={NOTE_PLACEHOLDERS[action] ?? '可不填，将记入办理记录'}
        maxlength={LOOKUP_LIMITS.note}
        onChange={setNote}
        error={errorOf('note')}
        className="staff-lookup-move__note"
      />
    </Dialog>
  );
}

/** The archives that hold the request's record type, other than the receiving one; the suggested one first. */
function ForwardTarget(props: {
  request: StaffLookup;
  value: string;
  onChange: (id: string) => void;
  error: string | null | undefined;
}) {
  const archives = useQuery(StaffLookupArchivesDocument, {});
  const { request } = props;
  return (
    <DataState state={archives.state} onRetry={archives.refetch} loadingText="正在加载档案馆…">
      {(data) => {
        const targets = data.lookupArchives.filter(
          (a) => a.enabledRecordTypes.includes(request.recordType) && a.branch.id !== request.receivingBranch.id,
        );
        const suggested = targets.find((a) => a.branch.code === request.suggestedHoldingBranchCode);
        const ordered = suggested ? [suggested, ...targets.filter((a) => a !== suggested)] : targets;
        return (
          <FieldRow label="保管档案馆" required error={props.error} className="staff-lookup-move__holding">
            {/* Chips, not a picker: the archives that can take it are few, and all show at once. */}
            <Chips
              options={ordered.map((a) => ({
                value: a.branch.id,
                label: a.branch.name,
                hint: a === suggested ? '线索推荐' : undefined,
              }))}
              selected={props.value ? [props.value] : []}
              onToggle={props.onChange}
            />
          </FieldRow>
        );
      }}
    </DataState>
  );
}
