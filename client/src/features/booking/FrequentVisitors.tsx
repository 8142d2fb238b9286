// 常用参观人: the people this account books for, named in full to their owner with document numbers masked, as the
// server returns them; add (after the notice is accepted, and with the holder's word that the person agreed) and remove.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DOCUMENT_TYPE_LABELS } from '@zz/shared/identity/documents';
import { FREQUENT_VISITOR_CONSENT_TEXT } from '@zz/shared/privacy/notice';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { visitorModel } from '@zz/shared/visits/visitor-models';
import { useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { DataState, EmptyState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../graphql/errors';
import {
  AddFrequentVisitorDocument,
  type FrequentVisitorFieldsFragment,
  FrequentVisitorsDocument,
  RemoveFrequentVisitorDocument,
} from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useQuery } from '../../graphql/use-query';
import { todayDate } from '../../lib/format';
import { routes } from '../../lib/navigation';
import { SignInGate } from '../session/SignInGate';
import { firstWrongField, useFirstErrorFocus } from './first-error';
import { bookingErrorMessage } from './messages';
import { ConsentCheck, PrivacyConsentCard, usePrivacyConsent } from './PrivacyConsent';
import {
  emptyDraft,
  type VisitorDraft,
  VisitorFields,
  type VisitorMessages,
  visitorFieldId,
  visitorOf,
} from './VisitorFields';
import './booking.css';
import { a11y } from '../../components/a11y';

export function FrequentVisitors() {
  return <SignInGate reason="登录后管理常用参观人，预约时一键勾选。">{() => <FrequentVisitorsBody />}</SignInGate>;
}

function FrequentVisitorsBody() {
  const query = useQuery(FrequentVisitorsDocument, {});
  // Add and remove answer with the whole new list; it replaces the loaded one until the next load.
  const [list, setList] = useState<FrequentVisitorFieldsFragment[] | null>(null);
  const [adding, setAdding] = useState(false);
  const remove = useMutation(RemoveFrequentVisitorDocument);

  async function confirmRemove(visitor: FrequentVisitorFieldsFragment) {
    const { confirm } = await Taro.showModal({
      title: '删除常用参观人',
      content: `确定删除「${visitor.name}」吗？已有的预约不受影响。`,
      confirmText: '删除',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    const result = await remove.run({ id: visitor.id });
    if (!result.ok) {
      void Taro.showModal({ title: '删除失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.removeFrequentVisitor;
    if (!isSuccessResult(payload)) {
      void Taro.showModal({ title: '删除失败', content: bookingErrorMessage(payload), showCancel: false });
      return;
    }
    setList(payload.data);
    void Taro.showToast({ title: '已删除', icon: 'none' });
  }

  return (
    <View className="frequent-visitors">
      <DataState
        state={query.state}
        onRetry={() => {
          setList(null);
          void query.refetch();
        }}
      >
        {(data) => {
          const visitors = list ?? data.frequentVisitors;
          return (
            <Section title={`常用参观人（${visitors.length}）`}>
              {visitors.length === 0 ? (
                <EmptyState text="还没有常用参观人。添加后，预约时勾选即可，无需再次填写证件。" />
              ) : (
                <View className="zz-cell-group">
                  {visitors.map((v) => (
                    <View key={v.id} className="zz-cell frequent-visitor" data-testid="frequent-visitor">
                      <View className="zz-cell__main">
                        <Text className="zz-cell__label">{v.name}</Text>
                        <Text className="zz-cell__hint">{`${DOCUMENT_TYPE_LABELS[v.documentType]} ${v.documentNumber}`}</Text>
                      </View>
                      <Text className="frequent-visitor__remove" onClick={() => void confirmRemove(v)}>
                        删除
                      </Text>
                    </View>
                  ))}
                </View>
              )}
            </Section>
          );
        }}
      </DataState>
      {adding ? (
        <AddVisitorForm
          onCancel={() => setAdding(false)}
          onAdded={(visitors) => {
            setList(visitors);
            setAdding(false);
          }}
        />
      ) : query.state.status === 'success' ? (
        <Button block onClick={() => setAdding(true)} className="frequent-visitors__add">
          + 添加常用参观人
        </Button>
      ) : null}
      <Text className="frequent-visitors__privacy">证件号码加密保存，页面中仅显示部分号码。</Text>
      <Text
        className="frequent-visitors__notice-link"
        {...a11y({ role: 'link', onActivate: () => void Taro.navigateTo({ url: routes.privacyNotice() }) })}
        onClick={() => void Taro.navigateTo({ url: routes.privacyNotice() })}
      >
        个人信息保护说明 ›
      </Text>
    </View>
  );
}

function AddVisitorForm(props: { onCancel: () => void; onAdded: (visitors: FrequentVisitorFieldsFragment[]) => void }) {
  const [draft, setDraft] = useState<VisitorDraft>(emptyDraft);
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<VisitorMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [consented, setConsented] = useState(false);
  const add = useMutation(AddFrequentVisitorDocument);
  const privacy = usePrivacyConsent();
  const focus = useFirstErrorFocus();
  const today = todayDate();
  const model = useMemo(() => visitorModel({ today }), [today]);
  const checked = model.safeParse(visitorOf(draft));
  const problems: VisitorMessages = checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error));
  const consentError = showAll && !consented ? '请确认已征得该参观人同意' : null;

  async function save() {
    setShowAll(true);
    setError(null);
    const wrong = firstWrongField(['name', 'documentNumber', 'consent'] as const, (key) =>
      key === 'consent' ? !consented : Boolean(problems[key]),
    );
    if (wrong) {
      focus.reveal(wrong === 'consent' ? 'frequent-visitor-consent' : visitorFieldId(draft, wrong));
      return;
    }
    if (!checked.success) return;
    const result = await add.run({ visitor: checked.data, consent: consented });
    if (!result.ok) {
      setError(describeFailure(result.failure));
      return;
    }
    const payload = result.data.addFrequentVisitor;
    if (isSuccessResult(payload)) {
      void Taro.showToast({ title: '已添加', icon: 'none' });
      props.onAdded(payload.data);
      return;
    }
    if (payload.__typename === 'InputValidationError') {
      // One visitor, so the server names its fields directly (visitor.documentNumber).
      const fields: VisitorMessages = {};
      for (const entry of payload.fieldErrors) {
        if (entry.path === 'visitor.name') fields.name = entry.message;
        if (entry.path === 'visitor.documentNumber') fields.documentNumber = entry.message;
      }
      setServerErrors(fields);
    }
    setError(bookingErrorMessage(payload));
  }

  return (
    <View className="visitor-card frequent-visitors__form" data-testid="frequent-visitor-form">
      <Text className="visitor-card__title">添加常用参观人</Text>
      {privacy.status !== 'given' ? (
        <PrivacyConsentCard consent={privacy} />
      ) : (
        <>
          <VisitorFields
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              setServerErrors({});
            }}
            showAll={showAll}
            problems={problems}
            serverErrors={serverErrors}
            focused={focus.focused}
            onFocusDone={focus.release}
          />
          <ConsentCheck
            id="frequent-visitor-consent"
            checked={consented}
            onChange={setConsented}
            label={FREQUENT_VISITOR_CONSENT_TEXT}
            error={consentError}
            className="frequent-visitors__consent"
          />
        </>
      )}
      {error ? (
        <Notice tone="accent">
          <Text>{error}</Text>
        </Notice>
      ) : null}
      {privacy.status === 'given' ? (
        <Button block loading={add.pending} onClick={() => void save()} className="frequent-visitors__save">
          保存
        </Button>
      ) : null}
      <Button block variant="ghost" onClick={props.onCancel}>
        取消
      </Button>
    </View>
  );
}
