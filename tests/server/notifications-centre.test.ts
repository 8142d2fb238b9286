// The message centre shows every message to its owner only (another citizen can neither read nor mark it), the
// unread count clears on reading, and staff see the undelivered messages of their own archive (administrators: all)
// with the phone masked until they reveal it with a reason, which is recorded. Without WECHAT_APPID nothing goes to
// WeChat and every message stays in the centre.
import { describe, expect, it } from 'vitest';
import { enqueueMessage } from '../../server/src/platform/outbox/outbox';
import { bookOk, createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  MarkMessagesReadDocument,
  MyMessagesDocument,
  RevealMessageRecipientPhoneDocument,
  UndeliveredMessagesDocument,
  UnreadMessageCountDocument,
} from '../testkit/generated/graphql';
import { call, resultAs, successData } from '../testkit/graphql';
import { deliver, messagesOf } from '../testkit/notifications';
import { createStaff, signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

describe.each(dialects)('the message centre and the staff view (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  async function citizenWithBooking(branchCode = 'city') {
    const manager = await createStaff(server(), 'ADMIN');
    const exhibition = await createBookableExhibition(server(), manager, { branchCode });
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id, { phone: '13812345678' });
    return { citizen, booking, exhibition };
  }

  it('shows each message to its owner only, and reading clears the unread count', async () => {
    const { citizen, booking } = await citizenWithBooking();
    const other = await signInCitizen(server());
    const mine = await call(server(), MyMessagesDocument, { first: 10 }, citizen.token);
    expect(mine.edges.map((e) => [e.node.kind, e.node.page, e.node.read])).toEqual([
      ['BOOKING_CONFIRMED', `booking/pages/ticket/index?id=${booking.id}`, false],
    ]);
    expect(await call(server(), UnreadMessageCountDocument, {}, citizen.token)).toBe(1);
    expect((await call(server(), MyMessagesDocument, {}, other.token)).edges).toEqual([]);

    const id = mine.edges[0].node.id;
    const refused = await call(server(), MarkMessagesReadDocument, { ids: [id] }, other.token);
    expect(resultAs(refused, 'MessagesNotFoundError').ids).toEqual([id]);
    expect(await call(server(), MarkMessagesReadDocument, { all: true }, other.token)).toMatchObject({
      data: { marked: 0 },
    });
    expect(await call(server(), UnreadMessageCountDocument, {}, citizen.token)).toBe(1);

    const read = successData(await call(server(), MarkMessagesReadDocument, { ids: [id] }, citizen.token));
    expect(read).toEqual({ marked: 1, unreadCount: 0 });
    expect((await call(server(), MyMessagesDocument, {}, citizen.token)).edges[0].node.read).toBe(true);
  });

  it('keeps every message in the centre when WeChat is not configured', async () => {
    const { citizen } = await citizenWithBooking();
    await deliver(server());
    expect((await messagesOf(server(), citizen.accountId)).map((m) => [m.status, m.last_error])).toEqual([
      ['IN_APP_ONLY', '未配置微信（WECHAT_APPID）'],
    ]);
    const centre = await call(server(), MyMessagesDocument, {}, citizen.token);
    expect(centre.edges[0].node.deliveryStatus).toBe('IN_APP_ONLY');
  });

  it('lists undelivered messages to their archive’s staff with the phone masked until revealed with a reason', async () => {
    const { citizen } = await citizenWithBooking('zhangpu');
    await deliver(server());
    const [message] = await messagesOf(server(), citizen.accountId);
    // A NO_GRANT end, as WeChat's 43101 or an empty ledger leaves it.
    await server()
      .db.updateTable('notification_outbox')
      .set({ status: 'NO_GRANT', last_error: '43101 refused' })
      .where('id', '=', message.id)
      .execute();

    const own = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const elsewhere = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'longhai' });
    const admin = await createStaff(server(), 'ADMIN');
    const idsSeenBy = async (token: string) =>
      (await call(server(), UndeliveredMessagesDocument, { first: 50 }, token)).edges.map((e) => e.node.id);
    expect(await idsSeenBy(own.token)).toContain(String(message.id));
    expect(await idsSeenBy(admin.token)).toContain(String(message.id));
    expect(await idsSeenBy(elsewhere.token)).not.toContain(String(message.id));
    const listed = (await call(server(), UndeliveredMessagesDocument, {}, own.token)).edges.find(
      (e) => e.node.id === String(message.id),
    )?.node;
    expect(listed).toMatchObject({ deliveryStatus: 'NO_GRANT', reason: '43101 refused', maskedPhone: '138****5678' });

    const refused = await call(
      server(),
      RevealMessageRecipientPhoneDocument,
      { messageId: message.id, reason: '电话通知市民预约成功' },
      elsewhere.token,
    );
    expect(refused.__typename).toBe('UndeliveredMessageNotFoundError');
    const revealed = successData(
      await call(
        server(),
        RevealMessageRecipientPhoneDocument,
        { messageId: message.id, reason: '电话通知市民预约成功' },
        own.token,
      ),
    );
    expect(revealed.phone).toBe('13812345678');
    const recorded = await server()
      .db.selectFrom('personal_data_access')
      .selectAll()
      .where('subject_kind', '=', 'NOTIFICATION')
      .where('subject_id', '=', message.id)
      .execute();
    expect(recorded).toMatchObject([
      { staff_account_id: own.accountId, field: 'RECIPIENT_PHONE', reason: '电话通知市民预约成功' },
    ]);
  });

  it('shows a failed message of no archive (a suspension) to the city administration only', async () => {
    const citizen = await signInCitizen(server());
    const now = server().clock.now();
    await enqueueMessage(
      server().db,
      {
        accountId: citizen.accountId,
        kind: 'BOOKING_SUSPENDED',
        dedupeKey: `centre-test:suspension:${citizen.accountId}`,
        payload: { suspendedFrom: now, suspendedUntil: now + 60 * 86_400_000 },
      },
      now,
    );
    const [message] = await messagesOf(server(), citizen.accountId);
    await server()
      .db.updateTable('notification_outbox')
      .set({ status: 'FAILED', branch_id: null, last_error: '47003 argument invalid' })
      .where('id', '=', message.id)
      .execute();
    const [branchStaff, admin] = [
      await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' }),
      await createStaff(server(), 'ADMIN'),
    ];
    const reveal = (token: string) =>
      call(server(), RevealMessageRecipientPhoneDocument, { messageId: message.id, reason: '电话告知暂停预约' }, token);
    expect((await reveal(branchStaff.token)).__typename).toBe('UndeliveredMessageNotFoundError');
    // A suspension concerns no booking or request, so there is no phone to show; the look is recorded all the same.
    expect(successData(await reveal(admin.token))).toMatchObject({ messageId: String(message.id), phone: null });
  });
});
