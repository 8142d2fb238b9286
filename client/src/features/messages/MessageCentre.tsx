// 消息: every notification of the citizen, newest first, whatever WeChat did with it. Tapping one marks it read
// and opens its booking or request; 全部已读 clears the rest. Below, which WeChat reminders are on.
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { PagedList } from '../../components/PagedList';
import { describeFailure } from '../../graphql/client';
import { isSuccessResult } from '../../graphql/errors';
import {
  MarkMessagesReadDocument,
  type MessageFieldsFragment,
  MyMessagesDocument,
  type MyMessagesQuery,
} from '../../graphql/generated/messages/operations';
import { useConnection } from '../../graphql/use-connection';
import { useMutation } from '../../graphql/use-mutation';
import { cx } from '../../lib/cx';
import { formatDateTime } from '../../lib/format';
import { openAppPage } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { ReminderSettings } from '../notifications/ReminderSettings';
import { SignInGate } from '../session/SignInGate';
import './messages.css';

const PAGE_SIZE = 20;
const selectMessages = (data: MyMessagesQuery) => data.myMessages;

export function MessageCentre() {
  return <SignInGate reason="登录后查看预约、候补与查档的通知。">{() => <MessageCentreBody />}</SignInGate>;
}

function MessageCentreBody() {
  const list = useConnection(MyMessagesDocument, { first: PAGE_SIZE }, selectMessages);
  const mark = useMutation(MarkMessagesReadDocument);
  // Read on this screen since the list loaded: the dot goes at once, the server is told meanwhile.
  const [readHere, setReadHere] = useState<ReadonlySet<string> | 'all'>(new Set());
  const isRead = (m: MessageFieldsFragment) => m.read || readHere === 'all' || readHere.has(m.id);

  function refresh() {
    return list.refetch().then(() => setReadHere(new Set()));
  }
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });
  // Back from a ticket or a request: newer messages may have arrived.
  useOnReturn(() => void refresh());

  const items = list.state.status === 'success' ? list.state.data : [];
  const anyUnread = items.some((m) => !isRead(m));

  function open(message: MessageFieldsFragment) {
    if (!isRead(message)) {
      setReadHere((current) => (current === 'all' ? current : new Set(current).add(message.id)));
      // Opening the page does not wait: a lost mark only leaves the dot for the next visit.
      void mark.run({ ids: [message.id] });
    }
    if (message.page) openAppPage(message.page);
  }

  async function markAll() {
    const result = await mark.run({ all: true });
    const payload = result.ok ? result.data.markMessagesRead : null;
    if (!result.ok || !payload || !isSuccessResult(payload)) {
      const reason = result.ok
        ? payload && 'message' in payload
          ? payload.message
          : ''
        : describeFailure(result.failure);
      void Taro.showToast({ title: reason ? `操作失败：${reason}` : '操作失败', icon: 'none' });
      return;
    }
    setReadHere('all');
  }

  return (
    <View className="messages">
      <View className="messages__head">
        <Text className="messages__title">通知</Text>
        {anyUnread ? (
          <Button
            size="sm"
            variant="ghost"
            loading={mark.pending}
            onClick={() => void markAll()}
            className="messages__all-read"
          >
            全部已读
          </Button>
        ) : null}
      </View>
      <PagedList
        list={list}
        renderItem={(m) => <MessageItem key={m.id} message={m} read={isRead(m)} onOpen={() => open(m)} />}
        emptyText="暂无消息。预约、候补与查档有进展时会通知您。"
        className="messages__items"
      />
      <ReminderSettings />
    </View>
  );
}

function MessageItem({
  message: m,
  read,
  onOpen,
}: {
  message: MessageFieldsFragment;
  read: boolean;
  onOpen: () => void;
}) {
  return (
    <View
      className={cx('zz-card', 'message-item', !read && 'message-item--unread')}
      hoverClass="zz-card--pressed"
      data-testid="message-item"
      data-id={m.id}
      data-kind={m.kind}
      data-read={read ? 'true' : 'false'}
      onClick={onOpen}
    >
      <View className="message-item__head">
        {read ? null : <View className="message-item__dot" data-testid="message-unread-dot" />}
        <Text className="message-item__title">{m.title}</Text>
        <Text className="message-item__time">{formatDateTime(m.createdAt)}</Text>
      </View>
      <Text className="message-item__body">{m.body}</Text>
      {m.page ? <Text className="message-item__link">查看详情 ›</Text> : null}
    </View>
  );
}
