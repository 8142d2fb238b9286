// Consent before the first document number: the viewer's consent to the 个人信息保护说明, a card that stands where
// the document fields would be until it is accepted (with the page of the full notice a tap away), and the box
// the account holder ticks to confirm a person agreed to be saved as a frequent visitor.
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { isCurrentPrivacyConsent, PRIVACY_NOTICE_TITLE, PRIVACY_NOTICE_VERSION } from '@zz/shared/privacy/notice';
import { useEffect, useState } from 'react';
import { a11y } from '../../components/a11y';
import { Button } from '../../components/Button';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  AcceptPrivacyNoticeDocument,
  MyPrivacyConsentDocument,
  type MyPrivacyConsentQuery,
  type MyPrivacyConsentQueryVariables,
} from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { routes } from '../../lib/navigation';

/** Taro event sent when this phone accepted or withdrew the consent, so every open form reads it again. */
export const PRIVACY_CONSENT_CHANGED = 'privacy-consent-changed';

export interface PrivacyConsentHandle {
  /** 'given': the current notice is accepted; 'needed': never, withdrawn, or an older version. */
  status: 'loading' | 'given' | 'needed' | 'failure';
  /** An older version was accepted: the card says the notice changed. */
  outdated: boolean;
  accept: () => Promise<boolean>;
  accepting: boolean;
  error: string | null;
  refetch: () => Promise<void>;
  /** Drops an acceptance made on this page (after a withdrawal). */
  forget: () => void;
  query: ReturnType<typeof useQuery<MyPrivacyConsentQuery, MyPrivacyConsentQueryVariables>>;
}

/** The viewer's consent, read again whenever the page shows (the notice page may have recorded it meanwhile). */
export function usePrivacyConsent(): PrivacyConsentHandle {
  const query = useQuery(MyPrivacyConsentDocument, {});
  const acceptMutation = useMutation(AcceptPrivacyNoticeDocument);
  const [acceptedHere, setAcceptedHere] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { refetch } = query;
  // Accepted or withdrawn on the notice page while this form waited below it: read the consent again.
  useEffect(() => {
    const changed = () => void refetch();
    Taro.eventCenter.on(PRIVACY_CONSENT_CHANGED, changed);
    return () => {
      Taro.eventCenter.off(PRIVACY_CONSENT_CHANGED, changed);
    };
  }, [refetch]);
  // And whenever the page shows again (the consent may have changed on another page or phone).
  useDidShow(() => void refetch());
  const { state } = query;
  const data = state.status === 'success' ? state.data : state.status === 'loading' ? state.previous : null;
  const consent = data?.viewer?.privacyConsent ?? null;
  const given = acceptedHere || isCurrentPrivacyConsent(consent);
  const status = given ? 'given' : data ? 'needed' : state.status === 'failure' ? 'failure' : 'loading';

  async function accept(): Promise<boolean> {
    setError(null);
    const result = await acceptMutation.run({ version: PRIVACY_NOTICE_VERSION });
    if (!result.ok) {
      setError(describeFailure(result.failure));
      return false;
    }
    const payload = result.data.acceptPrivacyNotice;
    if (!isSuccessResult(payload)) {
      // StalePrivacyNoticeError: this build's notice is older than the server's; the page must be updated.
      setError(
        payload.__typename === 'StalePrivacyNoticeError'
          ? '说明已更新，请关闭小程序后重新打开，阅读新版本'
          : payload.message,
      );
      return false;
    }
    setAcceptedHere(true);
    Taro.eventCenter.trigger(PRIVACY_CONSENT_CHANGED);
    return true;
  }

  return {
    status,
    outdated: Boolean(consent && !given),
    accept,
    accepting: acceptMutation.pending,
    error,
    refetch: query.refetch,
    forget: () => setAcceptedHere(false),
    query,
  };
}

/** Where the document fields will be: a short summary, the full notice a tap away, and 我已阅读并同意. */
export function PrivacyConsentCard({ consent, className }: { consent: PrivacyConsentHandle; className?: string }) {
  if (consent.status === 'given') return null;
  if (consent.status === 'loading') {
    return <Text className="consent-card__loading">正在确认个人信息授权…</Text>;
  }
  return (
    <View className={cx('consent-card', className)} data-testid="consent-card">
      <Text className="consent-card__title">
        {consent.outdated
          ? `《${PRIVACY_NOTICE_TITLE}》已更新，请阅读后重新同意`
          : `填写证件号码前，请阅读《${PRIVACY_NOTICE_TITLE}》`}
      </Text>
      <Text className="consent-card__summary">
        我们收集参观人的姓名、证件类型和号码及您的手机号码，仅用于实名预约和入馆核验；证件号码加密保存，工作人员只看到部分号码，您可随时撤回同意。
      </Text>
      <View
        className="consent-card__link"
        {...a11y({
          role: 'link',
          label: `查看《${PRIVACY_NOTICE_TITLE}》全文`,
          onActivate: () => void Taro.navigateTo({ url: routes.privacyNotice() }),
        })}
        onClick={() => void Taro.navigateTo({ url: routes.privacyNotice() })}
      >
        <Text>{`查看《${PRIVACY_NOTICE_TITLE}》全文 ›`}</Text>
      </View>
      {consent.error ? <Text className="zz-field__error">{consent.error}</Text> : null}
      {consent.status === 'failure' ? (
        <Button block variant="secondary" onClick={() => void consent.refetch()}>
          重新加载
        </Button>
      ) : (
        <Button
          block
          loading={consent.accepting}
          onClick={() => void consent.accept()}
          className="consent-card__accept"
        >
          我已阅读并同意
        </Button>
      )}
    </View>
  );
}

/** The account holder's confirmation that a person agreed to be saved; a tappable row with a box. */
export function ConsentCheck(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  error?: string | null;
  /** Anchor for scrolling to it when it is the first thing left to do. */
  id?: string;
  className?: string;
}) {
  return (
    <View id={props.id} className={cx('consent-check', props.className)}>
      <View
        className={cx('choice', 'consent-check__row', props.checked && 'is-checked')}
        {...a11y({
          role: 'checkbox',
          checked: props.checked,
          label: props.label,
          onActivate: () => props.onChange(!props.checked),
        })}
        onClick={() => props.onChange(!props.checked)}
      >
        <View className="choice__box">{props.checked ? <Text className="choice__tick">✓</Text> : null}</View>
        <Text className="consent-check__label">{props.label}</Text>
      </View>
      {props.error ? <Text className="zz-field__error">{props.error}</Text> : null}
    </View>
  );
}
