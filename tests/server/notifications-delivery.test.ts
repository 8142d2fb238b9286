// Delivery of notifications to WeChat through the fake server: the grant ledger decides whether a message may go,
// each errcode ends the message in its state with its attempts recorded, retryable answers back off up to a cap,
// stale messages are dropped, and a rolled-back booking leaves no message. The message centre shows every message.
import { addDays, fitsField, TEMPLATE_FIELDS } from '@zz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueVisitReminders } from '../../server/src/jobs/outbox-delivery.job';
import { backoffAfter, DELIVERY } from '../../server/src/modules/notifications/delivery.service';
import {
  at,
  type BookableExhibition,
  bookOk,
  cancelBooking,
  createBookableExhibition,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { type FakeWechat, startFakeWechat } from '../testkit/fake-wechat';
import { MyMessagesDocument, MySubscriptionsDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { lookupInput, moveLookupOk, submitLookup } from '../testkit/lookup';
import {
  attemptsOf,
  deliver,
  grant,
  messagesOf,
  notificationEnv,
  signInThroughWechat,
  templateIdOf,
} from '../testkit/notifications';
import { createStaff } from '../testkit/seed';
import { startTestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

describe.each(dialects)('notification delivery to WeChat (%s)', (dialect) => {
  let fake: FakeWechat;
  beforeAll(async () => {
    fake = await startFakeWechat();
  });
  afterAll(() => fake.close());
  const server = useTestServer(() => ({ dialect, env: notificationEnv(fake) }));
  let exhibition: BookableExhibition;

  // biome-ignore lint/suspicious/noDuplicateTestHooks: the fake starts before useTestServer's hook, the seed after it
  beforeAll(async () => {
    const manager = await createStaff(server(), 'ADMIN');
    exhibition = await createBookableExhibition(server(), manager);
  });

  /** A citizen who books today's slot; answers the citizen and the confirmation's outbox row. */
  async function confirmedBooking(options: { grant?: boolean } = {}) {
    const citizen = await signInThroughWechat(server(), fake);
    if (options.grant) await grant(server(), citizen, ['BOOKING_RESULT']);
    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id);
    const [message] = await messagesOf(server(), citizen.accountId);
    return { citizen, booking, message };
  }

  const sentTo = (openid: string) => fake.sends.filter((s) => s.touser === openid);

  it('keeps a message without a grant in the centre as NO_GRANT and sends nothing', async () => {
    const { citizen, message } = await confirmedBooking();
    await deliver(server());
    const [row] = await messagesOf(server(), citizen.accountId);
    expect(row).toMatchObject({ id: message.id, status: 'NO_GRANT', attempts: 0 });
    expect(sentTo(citizen.openid)).toEqual([]);
    const centre = await call(server(), MyMessagesDocument, {}, citizen.token);
    expect(centre.edges.map((e) => [e.node.kind, e.node.title, e.node.read, e.node.deliveryStatus])).toEqual([
      ['BOOKING_CONFIRMED', '预约成功', false, 'NO_GRANT'],
    ]);
    expect(centre.edges[0].node.body).toContain(exhibition.title);
  });

  it('sends once with an accepted one-time grant and uses the credit up', async () => {
    const { citizen, booking, message } = await confirmedBooking({ grant: true });
    const before = await call(server(), MySubscriptionsDocument, {}, citizen.token);
    expect(before.find((s) => s.template === 'BOOKING_RESULT')).toMatchObject({ credits: 1, on: true });
    expect(await deliver(server())).toMatchObject({ SENT: 1 });
    await deliver(server());
    const sends = sentTo(citizen.openid);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({
      template_id: templateIdOf('BOOKING_RESULT'),
      page: `booking/pages/ticket/index?id=${booking.id}`,
      miniprogram_state: 'trial',
      lang: 'zh_CN',
      errcode: 0,
    });
    expect(Object.keys(sends[0].data)).toEqual(TEMPLATE_FIELDS.BOOKING_RESULT);
    for (const [key, { value }] of Object.entries(sends[0].data)) expect(fitsField(key, value), key).toBe(true);
    expect(sends[0].data.phrase4.value).toBe('预约成功');
    const [row] = await messagesOf(server(), citizen.accountId);
    expect(row).toMatchObject({ id: message.id, status: 'SENT', attempts: 1 });
    expect(await attemptsOf(server(), message.id)).toMatchObject([{ errcode: 0, outcome: 'SENT' }]);
    const after = await call(server(), MySubscriptionsDocument, {}, citizen.token);
    expect(after.find((s) => s.template === 'BOOKING_RESULT')).toMatchObject({ credits: 0, on: false });
  });

  it('keeps a long-term subscription on across messages until the citizen turns it off', async () => {
    const citizen = await signInThroughWechat(server(), fake);
    const [xiangcheng, longhai] = [
      await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'xiangcheng' }),
      await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'longhai' }),
    ];
    const progress = (list: Array<{ template: string }>) => list.find((s) => s.template === 'LOOKUP_PROGRESS');
    expect(progress(await grant(server(), citizen, ['LOOKUP_PROGRESS']))).toMatchObject({
      longTerm: true,
      credits: 0,
      on: true,
    });
    const input = await lookupInput(server(), { receiving: 'xiangcheng', use: 'CERTIFY', delivery: 'ELECTRONIC' });
    const filed = successData(await submitLookup(server(), citizen, input));
    await moveLookupOk(server(), xiangcheng, filed.id, 'ACCEPT');
    await moveLookupOk(server(), xiangcheng, filed.id, 'FORWARD', { holding: 'longhai' });
    await deliver(server());
    const progressSends = () => sentTo(citizen.openid).filter((s) => s.template_id === templateIdOf('LOOKUP_PROGRESS'));
    expect(progressSends().map((s) => s.data.phrase2.value)).toEqual(['已受理', '已转馆']);

    // Turned off in WeChat's settings and reported as rejected: the next step stays in the centre.
    expect(progress(await grant(server(), citizen, ['LOOKUP_PROGRESS'], 'reject'))).toMatchObject({
      longTerm: false,
      on: false,
    });
    await moveLookupOk(server(), longhai, filed.id, 'START_SEARCH');
    await moveLookupOk(server(), longhai, filed.id, 'RECORD_FOUND', { archiveReference: '0012-1985-永久-0031' });
    await deliver(server());
    expect(progressSends()).toHaveLength(2);
    const rows = await messagesOf(server(), citizen.accountId);
    expect(rows.filter((r) => r.kind.startsWith('LOOKUP_')).map((r) => [r.kind, r.status])).toEqual([
      ['LOOKUP_ACCEPTED', 'SENT'],
      ['LOOKUP_FORWARDED', 'SENT'],
      ['LOOKUP_FOUND', 'NO_GRANT'],
    ]);
  });

  it.each([
    [43101, 'NO_GRANT', 0],
    [47003, 'FAILED', 1],
    [40003, 'FAILED', 1],
    [40037, 'FAILED', 1],
    [41030, 'FAILED', 1],
  ] as const)('ends a message answered %i as %s (credit left: %i)', async (errcode, status, creditsLeft) => {
    const { citizen, message } = await confirmedBooking({ grant: true });
    fake.queueSendReplies({ errcode });
    await deliver(server());
    const [row] = await messagesOf(server(), citizen.accountId);
    expect(row).toMatchObject({ status, attempts: 1, last_errcode: errcode });
    expect(row.last_error).toContain(String(errcode));
    expect(await attemptsOf(server(), message.id)).toMatchObject([{ errcode, outcome: status }]);
    const subscriptions = await call(server(), MySubscriptionsDocument, {}, citizen.token);
    expect(subscriptions.find((s) => s.template === 'BOOKING_RESULT')?.credits).toBe(creditsLeft);
    await deliver(server());
    expect(sentTo(citizen.openid)).toHaveLength(1);
  });

  it('retries 45009, -1 and 5xx with a doubling backoff and stops at the cap', async () => {
    const { citizen, message } = await confirmedBooking({ grant: true });
    const replies = [{ errcode: 45009 }, { errcode: -1 }, { http: 503 }, { errcode: 45009 }, { errcode: 45009 }];
    fake.queueSendReplies(...replies);
    const start = server().clock.now();
    for (let attempt = 1; attempt <= DELIVERY.maxAttempts; attempt++) {
      await deliver(server());
      const [row] = await messagesOf(server(), citizen.accountId);
      expect(row.attempts).toBe(attempt);
      if (attempt < DELIVERY.maxAttempts) {
        expect(row.status).toBe('PENDING');
        expect(Number(row.next_attempt_at) - server().clock.now()).toBe(backoffAfter(attempt));
        // Not before its time.
        await deliver(server());
        expect((await messagesOf(server(), citizen.accountId))[0].attempts).toBe(attempt);
        server().clock.advance(backoffAfter(attempt));
      } else {
        expect(row.status).toBe('FAILED');
        expect(row.last_error).toContain('重试');
      }
    }
    expect([1, 2, 3, 4].map(backoffAfter)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect((await attemptsOf(server(), message.id)).map((a) => a.errcode)).toEqual([45009, -1, -1, 45009, 45009]);
    server().clock.advance(DELIVERY.backoffCapMs);
    await deliver(server());
    expect(sentTo(citizen.openid)).toHaveLength(DELIVERY.maxAttempts);
    // The credit was never used by WeChat, so it is still there.
    const subscriptions = await call(server(), MySubscriptionsDocument, {}, citizen.token);
    expect(subscriptions.find((s) => s.template === 'BOOKING_RESULT')?.credits).toBe(1);
    server().clock.set(start);
  });

  it('reminds the day before at the reminder hour, once, and drops the reminder of a cancelled booking', async () => {
    const kept = await signInThroughWechat(server(), fake);
    const cancelled = await signInThroughWechat(server(), fake);
    await grant(server(), kept, ['VISIT_REMINDER']);
    await grant(server(), cancelled, ['VISIT_REMINDER']);
    const tomorrow = (await exhibition.slotAt(addDays(TEST_TODAY, 1))).id;
    const keptBooking = await bookOk(server(), kept, tomorrow);
    const cancelledBooking = await bookOk(server(), cancelled, tomorrow);
    const start = server().clock.now();
    expect(await enqueueVisitReminders(server().app.services)).toBe(0);
    server().clock.set(at(TEST_TODAY, '18:00'));
    expect(await enqueueVisitReminders(server().app.services)).toBeGreaterThanOrEqual(2);
    expect(await enqueueVisitReminders(server().app.services)).toBe(0);
    await cancelBooking(server(), cancelled.token, cancelledBooking.id);
    await deliver(server());
    const reminderOf = async (accountId: number) =>
      (await messagesOf(server(), accountId)).find((m) => m.kind === 'BOOKING_REMINDER');
    expect(await reminderOf(kept.accountId)).toMatchObject({ status: 'SENT' });
    expect(await reminderOf(cancelled.accountId)).toMatchObject({ status: 'DROPPED', attempts: 0 });
    expect(sentTo(cancelled.openid).filter((s) => s.template_id === templateIdOf('VISIT_REMINDER'))).toEqual([]);
    expect(sentTo(kept.openid).find((s) => s.template_id === templateIdOf('VISIT_REMINDER'))?.page).toBe(
      `booking/pages/ticket/index?id=${keptBooking.id}`,
    );
    server().clock.set(start);
  });

  it('leaves no message when the booking rolls back, and no booking when the message cannot be written', async () => {
    const citizen = await signInThroughWechat(server(), fake);
    const slotId = (await exhibition.slotAt(TEST_TODAY)).id;
    await server().whileInsertsFail('booking_visitor', async () => {
      await expect(bookOk(server(), citizen, slotId)).rejects.toThrow();
    });
    await server().whileInsertsFail('notification_outbox', async () => {
      await expect(bookOk(server(), citizen, slotId)).rejects.toThrow();
    });
    expect(await messagesOf(server(), citizen.accountId)).toEqual([]);
    const bookings = await server()
      .db.selectFrom('booking')
      .select('id')
      .where('account_id', '=', citizen.accountId)
      .execute();
    expect(bookings).toEqual([]);
  });
});

describe.each(dialects)('the WeChat access token (%s)', (dialect) => {
  let fake: FakeWechat;
  beforeAll(async () => {
    fake = await startFakeWechat();
  });
  afterAll(() => fake.close());
  const server = useTestServer(() => ({ dialect, env: notificationEnv(fake) }));

  it('is cached, renewed 300 s before it expires, and fetched again once when WeChat calls it invalid', async () => {
    const wechat = server().app.services.wechat;
    const first = await wechat.stableToken();
    expect(await wechat.stableToken()).toBe(first);
    expect(fake.tokenRequests).toHaveLength(1);
    expect(fake.tokenRequests[0]).toEqual({ grant_type: 'client_credential', appid: fake.appId, secret: fake.secret });

    server().clock.advance((7200 - 301) * 1000);
    expect(await wechat.stableToken()).toBe(first);
    expect(fake.tokenRequests).toHaveLength(1);
    server().clock.advance(2000);
    await wechat.stableToken();
    expect(fake.tokenRequests).toHaveLength(2);

    fake.revokeToken();
    const message = {
      touser: 'o-someone',
      template_id: templateIdOf('ACCOUNT_NOTICE'),
      page: 'pages/me/index',
      data: { thing4: { value: '测试' } },
      miniprogram_state: 'formal' as const,
      lang: 'zh_CN' as const,
    };
    await wechat.sendSubscribeMessage(message);
    expect(fake.tokenRequests).toHaveLength(3);
    expect(fake.sends.map((s) => s.errcode)).toEqual([40001, 0]);
    expect(fake.tokenRequests.some((r) => r.force_refresh)).toBe(false);

    // Invalid twice in a row: one fetch again, then the error stands.
    fake.revokeToken();
    fake.queueSendReplies({ errcode: 0 });
    const revokeEverySend = fake.sends.length;
    fake.revokeToken();
    await wechat.sendSubscribeMessage(message);
    expect(fake.sends.length - revokeEverySend).toBe(2);
  });
});

const redisUrl = process.env.REDIS_URL?.trim();

// Several server processes share one token through Redis (rate-limit.test.ts makes REDIS_URL mandatory in CI).
describe.runIf(redisUrl)('the WeChat access token shared through Redis (needs REDIS_URL)', () => {
  it('is fetched by one server and reused by another, which asks WeChat nothing', async () => {
    const fake = await startFakeWechat();
    const env = { ...notificationEnv(fake), REDIS_URL: redisUrl ?? '' };
    const servers = [
      await startTestServer({ dialect: 'sqlite', env }),
      await startTestServer({ dialect: 'sqlite', env }),
    ];
    try {
      const token = await servers[0].app.services.wechat.stableToken();
      expect(await servers[1].app.services.wechat.stableToken()).toBe(token);
      expect(fake.tokenRequests).toHaveLength(1);
    } finally {
      for (const server of servers) await server.close();
      await fake.close();
    }
  });
});
