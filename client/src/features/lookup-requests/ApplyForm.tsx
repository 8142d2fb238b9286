// 在线查档申请, one step at a time: the record type, whose record it is (with the documents that pair needs and
// whether the desk must see them), the details (applicant, subject, clues, purpose, use, delivery, archives,
// photos), then a check of everything exactly as typed, then submit and go to the request's page.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CLUE_FIELDS } from '@zz/shared/lookup/clue-models';
import { requiredDocuments } from '@zz/shared/lookup/required-documents';
import {
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RECORD_TYPES,
  LOOKUP_RELATION_LABELS,
  LOOKUP_RELATIONS,
  type LookupRecordType,
  type LookupRelation,
  SUPPORTING_DOCUMENT_KIND_LABELS,
} from '@zz/shared/lookup/vocabularies';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../graphql/errors';
import { LookupApplyArchivesDocument, SubmitLookupDocument } from '../../graphql/generated/lookup/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useQuery } from '../../graphql/use-query';
import { todayDate } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { useSubscriptionAsk } from '../notifications/subscribe';
import { SignInGate } from '../session/SignInGate';
import { ApplyDetails, fieldClass } from './ApplyDetails';
import { ApplyReview } from './ApplyReview';
import { type ApplyDraft, checkDraft, emptyDraft, firstProblem } from './apply-draft';
import { type ChoiceOption, Choices } from './Choices';
import { lookupErrorMessage } from './messages';
import type { LookupArchive } from './types';
import './lookup-requests.css';

type Step = 'type' | 'relation' | 'details' | 'review';
const STEPS: ReadonlyArray<{ key: Step; title: string }> = [
  { key: 'type', title: '选择档案类型' },
  { key: 'relation', title: '与档案当事人的关系' },
  { key: 'details', title: '填写申请信息' },
  { key: 'review', title: '核对并提交' },
];

export function ApplyForm() {
  return (
    <SignInGate reason="登录后即可在线申请查档，受理号和办理进度保存在「我的查档」中。">
      {() => <ArchivesLoader />}
    </SignInGate>
  );
}

function ArchivesLoader() {
  const archives = useQuery(LookupApplyArchivesDocument, {});
  return (
    <DataState
      state={archives.state}
      onRetry={archives.refetch}
      loadingText="正在加载档案馆…"
      isEmpty={(data) => data.lookupArchives.length === 0}
      emptyText="暂无可受理查档的档案馆"
    >
      {(data) => <Wizard archives={data.lookupArchives} />}
    </DataState>
  );
}

interface SubmitError {
  message: string;
  /** The citizen's open request of this type, when that is why the filing was refused. */
  openReceipt?: string | null;
}

function Wizard({ archives }: { archives: readonly LookupArchive[] }) {
  const [step, setStep] = useState<Step>('type');
  const [draft, setDraft] = useState<ApplyDraft>(emptyDraft);
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<SubmitError | null>(null);
  const submit = useMutation(SubmitLookupDocument);
  const askSubscriptions = useSubscriptionAsk();
  const today = todayDate();
  const checked = checkDraft(draft, today);
  const problems = checked.ok ? {} : checked.problems;

  function update(patch: Partial<ApplyDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    // A server message stands until the citizen changes something.
    setServerErrors({});
  }

  function goTo(next: Step) {
    setStep(next);
    setSubmitError(null);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  }

  /** Shows every problem and takes the citizen to the first wrong field: a toast alone is easy to miss. */
  function showProblems(found: Record<string, string>) {
    setShowAll(true);
    const first = firstProblem(found);
    void Taro.showToast({ title: '请检查标红的信息', icon: 'none' });
    if (first) void Taro.pageScrollTo({ selector: `.${fieldClass(first)}`, duration: 200 }).catch(() => {});
  }

  function toReview() {
    if (!checked.ok) return showProblems(checked.problems);
    goTo('review');
  }

  async function send() {
    // First, before any await: WeChat shows its dialog only inside the tap. Not awaited, the filing goes on.
    void askSubscriptions(['LOOKUP_PROGRESS']);
    setSubmitError(null);
    if (!checked.ok) return goTo('details');
    const result = await submit.run({ input: checked.input });
    if (!result.ok) {
      setSubmitError({
        message: `${describeFailure(result.failure)}。如不确定是否已提交，请先到「我的查档」查看，避免重复申请。`,
      });
      return;
    }
    const payload = result.data.submitLookupRequest;
    if (isSuccessResult(payload)) {
      void Taro.redirectTo({ url: routes.lookupRequest(payload.data.id) });
      return;
    }
    if (payload.__typename === 'InputValidationError') {
      const found = messagesByPath(payload.fieldErrors);
      setServerErrors(found);
      setStep('details');
      showProblems(found);
    }
    setSubmitError({
      message: lookupErrorMessage(payload),
      openReceipt: payload.__typename === 'DuplicateOpenLookupError' ? payload.receiptNumber : undefined,
    });
  }

  const index = STEPS.findIndex((s) => s.key === step);
  return (
    <View className="lookup-apply-form" data-testid="lookup-apply-form" data-step={step}>
      <View className="lookup-steps">
        <Text className="lookup-steps__count">{`第${index + 1}步，共${STEPS.length}步`}</Text>
        <Text className="lookup-steps__title">{STEPS[index].title}</Text>
        <View className="lookup-steps__bar">
          {STEPS.map((s, i) => (
            <View key={s.key} className={i <= index ? 'lookup-steps__seg is-done' : 'lookup-steps__seg'} />
          ))}
        </View>
      </View>

      {submitError ? (
        <Notice tone="accent" title="未能提交" className="lookup-apply-form__error">
          <Text data-testid="lookup-apply-error">{submitError.message}</Text>
          {submitError.openReceipt ? (
            <View className="lookup-apply-form__error-action">
              <Button size="sm" variant="secondary" onClick={() => go(routes.myLookups())}>
                查看我的查档
              </Button>
            </View>
          ) : null}
        </Notice>
      ) : null}

      {step === 'type' ? (
        <TypeStep
          value={draft.recordType}
          onChange={(recordType) => update({ recordType, clues: {} })}
          onNext={() => goTo('relation')}
        />
      ) : null}
      {step === 'relation' && draft.recordType ? (
        <RelationStep
          recordType={draft.recordType}
          value={draft.relation}
          onChange={(relation) => update({ relation })}
          onBack={() => goTo('type')}
          onNext={() => goTo('details')}
        />
      ) : null}
      {step === 'details' ? (
        <View>
          <ApplyDetails
            draft={draft}
            archives={archives}
            onChange={update}
            problems={problems}
            serverErrors={serverErrors}
            showAll={showAll}
          />
          <View className="lookup-nav">
            <Button variant="secondary" onClick={() => goTo('relation')} className="lookup-nav__back">
              上一步
            </Button>
            <Button onClick={toReview} className="lookup-nav__next">
              下一步：核对
            </Button>
          </View>
        </View>
      ) : null}
      {step === 'review' && checked.ok ? (
        <View>
          <ApplyReview draft={draft} input={checked.input} archives={archives} />
          <Button block loading={submit.pending} onClick={() => void send()} className="lookup-review__submit">
            确认提交
          </Button>
          <Button
            block
            variant="ghost"
            disabled={submit.pending}
            onClick={() => goTo('details')}
            className="lookup-review__back"
          >
            返回修改
          </Button>
        </View>
      ) : null}
    </View>
  );
}

/** 线索 of a type, as the hint of its choice: the citizen sees what they will be asked before choosing. */
function clueHint(type: LookupRecordType): string {
  const labels = CLUE_FIELDS[type].filter((f) => f.required).map((f) => f.label);
  return `需提供：${labels.join('、')}`;
}

const TYPE_OPTIONS: ReadonlyArray<ChoiceOption<LookupRecordType>> = LOOKUP_RECORD_TYPES.map((type) => ({
  value: type,
  label: LOOKUP_RECORD_TYPE_LABELS[type],
  hint: clueHint(type),
}));

function TypeStep(props: {
  value: LookupRecordType | null;
  onChange: (type: LookupRecordType) => void;
  onNext: () => void;
}) {
  return (
    <View className="lookup-step" data-testid="lookup-step-type">
      <Text className="lookup-step__lead">您要查哪一类档案？</Text>
      <Choices options={TYPE_OPTIONS} value={props.value} onChange={props.onChange} className="lookup-types" />
      <Button block disabled={!props.value} onClick={props.onNext} className="lookup-nav__next">
        下一步
      </Button>
    </View>
  );
}

/** What a relation needs, before the archives are known (a cross-archive request may need a notarised one). */
function relationHint(type: LookupRecordType, relation: LookupRelation): string {
  const { documents } = requiredDocuments(type, relation, { crossArchive: false });
  if (documents.length === 0) return '只需本人身份证件，可全程在线办理';
  return `需上传：${documents.map((d) => SUPPORTING_DOCUMENT_KIND_LABELS[d]).join('、')}`;
}

function RelationStep(props: {
  recordType: LookupRecordType;
  value: LookupRelation | null;
  onChange: (relation: LookupRelation) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const options = LOOKUP_RELATIONS.map((relation) => ({
    value: relation,
    label: LOOKUP_RELATION_LABELS[relation],
    hint: relationHint(props.recordType, relation),
    badge: requiredDocuments(props.recordType, relation, { crossArchive: false }).deskVisit ? '需到馆' : undefined,
  }));
  const chosen = props.value;
  const requirement = chosen ? requiredDocuments(props.recordType, chosen, { crossArchive: false }) : null;
  return (
    <View className="lookup-step" data-testid="lookup-step-relation">
      <Text className="lookup-step__lead">{`查${LOOKUP_RECORD_TYPE_LABELS[props.recordType]}档案，档案当事人是您的：`}</Text>
      <Choices options={options} value={chosen} onChange={props.onChange} className="lookup-relations" />
      {requirement?.deskVisit ? (
        <Notice tone="warning" title="需要到馆办理" className="lookup-desk-notice">
          <Text>
            代他人查档须由受理档案馆当面核验材料原件。请先在线提交申请并上传材料照片，提交后在申请页预约查阅室到馆时间，到馆时携带原件。
          </Text>
          {chosen === 'SPOUSE' || chosen === 'PARENT_CHILD' || chosen === 'PROXY' ? (
            <Text className="lookup-desk-notice__more">
              婚姻登记档案，或档案由受理馆以外的档案馆保管时，授权委托书须经公证。
            </Text>
          ) : null}
        </Notice>
      ) : requirement ? (
        <Notice title="可在线办理" className="lookup-desk-notice">
          <Text>本人查档只需填写本人证件信息，无需上传其他材料。选择“查阅”原件时需预约到馆。</Text>
        </Notice>
      ) : null}
      <View className="lookup-nav">
        <Button variant="secondary" onClick={props.onBack} className="lookup-nav__back">
          上一步
        </Button>
        <Button disabled={!chosen} onClick={props.onNext} className="lookup-nav__next">
          下一步
        </Button>
      </View>
    </View>
  );
}
