// 未送达消息: the messages WeChat did not deliver to citizens of the staff member's archive (all archives for the
// city administrator), newest first, each with why and the recipient's masked phone. 查看电话 asks for a reason
// (recorded in personal_data_access), then shows the number in full with a tap to call the citizen.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { revealReasonModel } from '@zz/shared/lookup/request-models';
import { DELIVERY_STATUS_LABELS, type DeliveryStatus } from '@zz/shared/notifications/delivery-statuses';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { PagedList } from '../../../components/PagedList';
import { Tag, type TagTone } from '../../../components/Tag';
import type { ResultError } from '../../../graphql/errors';
import { useConnection } from '../../../graphql/use-connection';
import { useMutation } from '../../../graphql/use-mutation';
import { formatDateTime } from '../../../lib/format';
import { staffErrorMessage, unexpectedError } from '../errors';
import {
  StaffRevealMessageRecipientPhoneDocument,
  type StaffRevealMessageRecipientPhoneMutation,
  type StaffUndeliveredMessageFragment,
  StaffUndeliveredMessagesDocument,
} from '../graphql';
import { ReasonDialog } from '../ui/ReasonDialog';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';
import './messages.css';

const PAGE_SIZE = 20;

/** A failure is the archive's to chase; a missing grant or WeChat not configured is expected, so quieter. */
const STATUS_TONES: Record<DeliveryStatus, TagTone> = {
  PENDING: 'muted',
  SENT: 'success',
  NO_GRANT: 'warning',
  FAILED: 'accent',
  DROPPED: 'muted',
  IN_APP_ONLY: 'muted',
};

type RevealError = ResultError<StaffRevealMessageRecipientPhoneMutation['revealMessageRecipientPhone']>;

export function revealErrorMessage(error: RevealError): string {
  switch (error.__typename) {
    case 'UndeliveredMessageNotFoundError':
      return '该消息不存在，或不属于本馆';
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? '没有权限：只有本馆工作人员可以查看' : staffErrorMessage(error);
    case 'InputValidationError':
      return staffErrorMessage(error);
    default:
      return unexpectedError(error);
  }
}

export function UndeliveredMessages() {
  const list = useConnection(
    StaffUndeliveredMessagesDocument,
    { first: PAGE_SIZE },
    (data) => data.undeliveredMessages,
  );
  useStaffRefresh(list.refetch);
  // Phones revealed on this visit, by message id; a reveal is recorded once and kept while the page is open.
  const [phones, setPhones] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState<StaffUndeliveredMessageFragment | null>(null);

  return (
    <View className="staff-messages" data-testid="staff-messages">
      <Text className="staff-hint">微信未能送达的消息仍在市民的站内消息中；如需及时告知，可电话联系。</Text>
      <PagedList
        list={list}
        renderItem={(message) => (
          <MessageItem
            key={message.id}
            message={message}
            phone={phones[message.id] ?? null}
            onReveal={() => setAsking(message)}
          />
        )}
        emptyText="暂无未送达的消息"
        className="staff-messages__items"
      />
      {asking ? (
        <RevealPhoneDialog
          messageId={asking.id}
          onCancel={() => setAsking(null)}
          onRevealed={(phone) => {
            setPhones((known) => ({ ...known, [asking.id]: phone }));
            setAsking(null);
          }}
        />
      ) : null}
    </View>
  );
}

function MessageItem(props: { message: StaffUndeliveredMessageFragment; phone: string | null; onReveal: () => void }) {
  const { message, phone } = props;
  return (
    <View
      className="zz-card staff-card staff-message"
      data-testid="staff-message"
      data-id={message.id}
      data-status={message.deliveryStatus}
    >
      <View className="staff-card__head">
        <Text className="staff-card__title staff-message__title">{message.title}</Text>
        <Tag tone={STATUS_TONES[message.deliveryStatus]} className="staff-message__status">
          {DELIVERY_STATUS_LABELS[message.deliveryStatus]}
        </Tag>
      </View>
      <Text className="staff-message__body">{message.body}</Text>
      <Text className="staff-card__meta staff-message__time">{formatDateTime(message.createdAt)}</Text>
      {message.reason ? (
        <Text className="staff-card__meta staff-message__reason">{`原因：${message.reason}`}</Text>
      ) : null}
      <View className="staff-message__phone-row">
        {phone === '' ? (
          <Text className="staff-message__phone">市民未留电话</Text>
        ) : phone ? (
          <View
            className="staff-message__call"
            hoverClass="staff-message__call--pressed"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}
          >
            <Text className="staff-message__phone staff-message__phone--full">{phone}</Text>
            <Text className="staff-message__call-hint">拨打</Text>
          </View>
        ) : (
          <>
            <Text className="staff-message__phone">{message.maskedPhone ?? '无联系电话'}</Text>
            {message.maskedPhone ? (
              <Button variant="secondary" className="staff-message__reveal" onClick={props.onReveal}>
                查看电话
              </Button>
            ) : null}
          </>
        )}
      </View>
    </View>
  );
}

function RevealPhoneDialog(props: { messageId: string; onCancel: () => void; onRevealed: (phone: string) => void }) {
  const reveal = useMutation(StaffRevealMessageRecipientPhoneDocument);
  return (
    <ReasonDialog
      title="查看完整电话"
      confirmText="确认查看"
      notice="查看市民的完整电话将记录您的账号、时间与原因，供审计查阅。"
      label="查看原因"
      placeholder="如：电话告知预约结果"
      model={revealReasonModel}
      send={(reason) => reveal.run({ messageId: props.messageId, reason })}
      answerOf={(data) => data.revealMessageRecipientPhone}
      errorMessage={revealErrorMessage}
      onDone={(data) => props.onRevealed(data.phone ?? '')}
      onCancel={props.onCancel}
      testId="staff-message-reveal"
      fieldClassName="staff-message-reveal__reason"
    />
  );
}
