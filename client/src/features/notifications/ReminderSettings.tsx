// 消息提醒: which WeChat reminders can reach the citizen now (one-time credits or a long-term subscription), and a
// tap to turn one on again. On H5 there is no WeChat to ask: the message centre is the channel. Shown in 消息 and
// on the 预约成功 ticket, two subpackages: the build copies this script into each (copySourcesUnder in
// config/index.ts), so it holds no module state; its few styles stay in the main package.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { describeFailure } from '../../graphql/client';
import { MySubscriptionsDocument, type SubscriptionFieldsFragment } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { askForSubscriptions, CAN_SUBSCRIBE } from './subscribe';
import './reminders.css';

function statusOf(s: SubscriptionFieldsFragment): string {
  if (!s.templateId) return '未开通';
  if (s.longTerm) return '长期开启';
  if (s.on) return `已开启 · 剩余${s.credits}次`;
  return '未开启';
}

/** On a ticket only the reminders about this visit matter; 消息 lists every one. */
const TICKET_TEMPLATES: readonly string[] = ['BOOKING_RESULT', 'VISIT_REMINDER'];

/** `where`: in 消息 the message list sits above; elsewhere (the ticket) it is named. */
export function ReminderSettings({ where = 'messages' }: { where?: 'messages' | 'ticket' }) {
  const listIs = where === 'messages' ? '上方列表' : '「消息」';
  const shown = (s: SubscriptionFieldsFragment) => where === 'messages' || TICKET_TEMPLATES.includes(s.template);
  const query = useQuery(MySubscriptionsDocument, {});
  const { state } = query;

  function turnOn(s: SubscriptionFieldsFragment) {
    if (!CAN_SUBSCRIBE) {
      void Taro.showToast({ title: '请在微信小程序中开启提醒', icon: 'none' });
      return;
    }
    // The first call in the tap, as WeChat requires; the list shows the new credits once reported.
    void askForSubscriptions([s], [s.template]).then(() => query.refetch());
  }

  return (
    <Section title="消息提醒" className="reminders">
      <Text className="reminders__intro">
        {CAN_SUBSCRIBE
          ? `微信每次授权可收到一条提醒，点按开启即可再次授权。未开启时，通知仍会出现在${listIs}中。`
          : `网页版通过${listIs}通知您；微信提醒请在小程序中开启。`}
      </Text>
      {state.status === 'failure' ? (
        <Text className="reminders__failure" onClick={() => void query.refetch()}>
          {`提醒设置加载失败（${describeFailure(state.failure)}），点此重试`}
        </Text>
      ) : state.status === 'success' ? (
        state.data.mySubscriptions.filter(shown).map((s) => (
          <View
            key={s.template}
            className="reminder"
            hoverClass={s.templateId ? 'reminder--pressed' : 'none'}
            data-testid="reminder"
            data-template={s.template}
            data-on={s.on ? 'true' : 'false'}
            onClick={s.templateId ? () => turnOn(s) : undefined}
          >
            <Text className="reminder__label">{s.label}</Text>
            <Tag tone={s.on ? 'success' : 'muted'}>{statusOf(s)}</Tag>
            {s.templateId && !s.longTerm ? (
              <Text className="reminder__action">{s.on ? '再次授权' : '开启'}</Text>
            ) : null}
          </View>
        ))
      ) : (
        <Text className="reminders__intro">加载中…</Text>
      )}
    </Section>
  );
}
