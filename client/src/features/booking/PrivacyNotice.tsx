// 个人信息保护说明, a page of its own: the notice as written in shared (what, why, how long, who sees it, how to
// withdraw), and for a signed-in citizen where they stand: 我已阅读并同意, or when they agreed and 撤回同意.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PRIVACY_NOTICE_SECTIONS, PRIVACY_NOTICE_TITLE, PRIVACY_NOTICE_VERSION } from '@zz/shared/privacy/notice';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import { WithdrawPrivacyConsentDocument } from '../../graphql/generated/booking/operations';
import { useMutation } from '../../graphql/use-mutation';
import { formatDateTime } from '../../lib/format';
import { PRIVACY_CONSENT_CHANGED, type PrivacyConsentHandle, usePrivacyConsent } from './PrivacyConsent';
import './booking.css';
import { a11y } from '../../components/a11y';

export function PrivacyNotice() {
  const consent = usePrivacyConsent();
  return (
    <View className="privacy-notice" data-testid="privacy-notice">
      <Text className="privacy-notice__title" {...a11y({ role: 'heading', level: 1 })}>
        {PRIVACY_NOTICE_TITLE}
      </Text>
      <Text className="privacy-notice__version">{`版本 ${PRIVACY_NOTICE_VERSION}`}</Text>
      {PRIVACY_NOTICE_SECTIONS.map((section) => (
        <View key={section.heading} className="privacy-notice__section">
          <Text className="privacy-notice__heading" {...a11y({ role: 'heading', level: 2 })}>
            {section.heading}
          </Text>
          <Text className="privacy-notice__body">{section.body}</Text>
        </View>
      ))}
      <ConsentStanding consent={consent} />
    </View>
  );
}

function ConsentStanding({ consent }: { consent: PrivacyConsentHandle }) {
  const withdraw = useMutation(WithdrawPrivacyConsentDocument);
  const { state } = consent.query;
  const data = state.status === 'success' ? state.data : null;
  // Signed out (or staff): the notice is there to read; agreeing happens with the first booking.
  if (data && data.viewer?.kind !== 'CITIZEN') {
    return <Text className="privacy-notice__hint">登录后，在首次填写证件号码前可在此同意本说明。</Text>;
  }

  async function accept() {
    if (!(await consent.accept())) return;
    void Taro.showToast({ title: '已同意', icon: 'none' });
    // Opened from a form: back to it, where the document fields now show.
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  }

  async function confirmWithdraw() {
    const { confirm } = await Taro.showModal({
      title: '撤回同意',
      content: '撤回后将不能提交新的预约、候补、团体预约或保存常用参观人，直到再次同意；已有的预约不受影响。',
      confirmText: '撤回',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    const result = await withdraw.run({});
    if (!result.ok) {
      void Taro.showModal({ title: '撤回失败', content: describeFailure(result.failure), showCancel: false });
      return;
    }
    const payload = result.data.withdrawPrivacyConsent;
    if (!isSuccessResult(payload)) {
      void Taro.showModal({ title: '撤回失败', content: payload.message, showCancel: false });
      return;
    }
    consent.forget();
    Taro.eventCenter.trigger(PRIVACY_CONSENT_CHANGED);
    void Taro.showToast({ title: '已撤回同意', icon: 'none' });
  }

  if (consent.status === 'given') {
    const acceptedAt = data?.viewer?.privacyConsent?.acceptedAt;
    return (
      <View className="privacy-notice__standing" data-testid="privacy-consent-given">
        <Notice tone="info" title="您已同意本说明">
          <Text>
            {`${acceptedAt ? `同意时间：${formatDateTime(acceptedAt)}。` : ''}撤回后将不能提交新的预约，直到再次同意；已有的预约不受影响。`}
          </Text>
        </Notice>
        <Button
          block
          variant="ghost"
          loading={withdraw.pending}
          onClick={() => void confirmWithdraw()}
          className="privacy-notice__withdraw"
        >
          撤回同意
        </Button>
      </View>
    );
  }
  if (consent.status === 'loading') return <Text className="privacy-notice__hint">正在读取您的授权状态…</Text>;
  return (
    <View className="privacy-notice__standing" data-testid="privacy-consent-needed">
      {consent.outdated ? (
        <Notice tone="warning" title="说明已更新">
          <Text>您此前同意的是旧版本，请阅读上面的新版本后重新同意。</Text>
        </Notice>
      ) : null}
      {consent.error ? <Text className="zz-field__error">{consent.error}</Text> : null}
      <Button block loading={consent.accepting} onClick={() => void accept()} className="privacy-notice__accept">
        我已阅读并同意
      </Button>
    </View>
  );
}
