// 未送达消息 in the weapp production build, run in the fake WeChat host (tests/testkit/weapp-host/) against a real
// server wired to the fake WeChat server: a citizen books through GraphQL with no WeChat grant and the delivery
// worker ends the message NO_GRANT; another granted one, and WeChat refuses the send (47003), FAILED. The archive's
// staff open the page from their home, see each message with its status, reason and masked phone (another
// archive's is not listed), reveal a phone with a reason (recorded in personal_data_access) and tap the number to
// call. An archive with nothing undelivered says so; a checker has no tile.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DELIVERY_STATUS_LABELS } from '@zz/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import { bookOk, createBookableExhibition, MINUTE_MS, TEST_TODAY } from '../testkit/booking';
import { type FakeWechat, startFakeWechat } from '../testkit/fake-wechat';
import { UndeliveredMessagesDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { deliver, grant, messagesOf, notificationEnv, signInThroughWechat } from '../testkit/notifications';
import { createStaff } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { useStaffPhones } from '../testkit/weapp-staff';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '未送达消息 in the weapp build'
  : '未送达消息 in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  let fake: FakeWechat;
  beforeAll(async () => {
    fake = await startFakeWechat();
  });
  afterAll(() => fake.close());
  const server = useTestServer(() => ({ dialect: 'sqlite', env: notificationEnv(fake) }));
  // Staff sign-in allows ten a minute per address, so each test starts a couple of minutes after the one before.
  let tests = 0;
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 2 * MINUTE_MS * tests++));

  /** A phone on the staff home page, signed in as `staff`. */
  const signedIn = useStaffPhones(server);

  /**
   * A citizen signed in through WeChat books `branchCode`'s exhibition through GraphQL, with no grant unless
   * `granted`; the delivery worker then runs. Answers the citizen's outbox row.
   */
  async function undeliveredBooking(branchCode: string, phone: string, granted = false) {
    const admin = await createStaff(server(), 'ADMIN');
    const exhibition = await createBookableExhibition(server(), admin, { branchCode });
    const citizen = await signInThroughWechat(server(), fake);
    if (granted) await grant(server(), citizen, ['BOOKING_RESULT']);
    await bookOk(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id, { phone });
    await deliver(server());
    const [message] = await messagesOf(server(), citizen.accountId);
    return message;
  }

  it("lists the archive's undelivered messages and reveals a phone with a reason, recorded, then calls it", async () => {
    const noGrant = await undeliveredBooking('zhangpu', '13912340000');
    expect([noGrant.status, noGrant.last_error]).toEqual(['NO_GRANT', '市民未订阅该通知']);
    // WeChat refuses the data (not retryable): the message ends FAILED with WeChat's errcode.
    fake.queueSendReplies({ errcode: 47003 });
    const failed = await undeliveredBooking('zhangpu', '13812345678', true);
    expect(failed.status).toBe('FAILED');
    // Another archive's message is not this archive's to chase.
    await undeliveredBooking('longhai', '13700001111');

    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const host = await signedIn(clerk);
    await host.page.tap({ className: 'staff-tool--messages' });
    const page = host.page;
    expect(page.route).toBe(STAFF_PAGES.messages);
    expect(page.title).toBe('未送达消息');

    // Each message is found by its recipient's phone (masked until revealed); the other archive's is not listed.
    expect(page.all({ className: 'staff-message' })).toHaveLength(2);
    expect(page.text()).not.toContain('137****1111');
    const byPhone: Record<number, string> = { [failed.id]: '138****5678', [noGrant.id]: '139****0000' };
    const itemOf = (id: number) => ({ className: 'staff-message', text: byPhone[id] });
    const inside = (id: number, className: string) => page.get({ className, inside: itemOf(id) });

    expect(inside(failed.id, 'staff-message__status').text).toBe(DELIVERY_STATUS_LABELS.FAILED);
    expect(inside(noGrant.id, 'staff-message__status').text).toBe(DELIVERY_STATUS_LABELS.NO_GRANT);
    // Title and body as the server lists them to this member of staff.
    const listed = await call(server(), UndeliveredMessagesDocument, { first: 50 }, clerk.token);
    const node = listed.edges.find((e) => e.node.id === String(noGrant.id))?.node;
    expect(inside(noGrant.id, 'staff-message__title').text).toBe(node?.title);
    expect(inside(noGrant.id, 'staff-message__body').text).toBe(node?.body);
    expect(inside(noGrant.id, 'staff-message__reason').text).toBe('原因：市民未订阅该通知');
    expect(inside(failed.id, 'staff-message__reason').text).toMatch(/^原因：47003 /);
    expect(inside(noGrant.id, 'staff-message__phone').text).toBe('139****0000');
    expect(inside(noGrant.id, 'staff-message__time').text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // 查看电话 asks for a reason first; an empty one is refused beside the field and nothing is sent.
    await page.tap({ className: 'staff-message__reveal', inside: itemOf(noGrant.id) });
    await page.tap({ className: 'staff-dialog__confirm' });
    expect(page.get({ className: 'staff-message-reveal__reason' }).text).toContain('请填写查看原因');
    expect(host.record.requests.map((r) => r.operation)).not.toContain('StaffRevealMessageRecipientPhone');
    await page.type({ tag: 'input', inside: { className: 'staff-message-reveal__reason' } }, '电话告知预约成功');
    await page.tap({ className: 'staff-dialog__confirm' });
    expect(page.all({ className: 'staff-dialog' })).toEqual([]);
    byPhone[noGrant.id] = '13912340000';
    expect(inside(noGrant.id, 'staff-message__phone').text).toBe('13912340000');
    // The other message keeps its phone masked.
    expect(inside(failed.id, 'staff-message__phone').text).toBe('138****5678');

    const recorded = await server()
      .db.selectFrom('personal_data_access')
      .selectAll()
      .where('subject_kind', '=', 'NOTIFICATION')
      .execute();
    expect(recorded).toMatchObject([
      {
        subject_id: noGrant.id,
        staff_account_id: clerk.accountId,
        field: 'RECIPIENT_PHONE',
        reason: '电话告知预约成功',
      },
    ]);

    await page.tap({ className: 'staff-message__call', inside: itemOf(noGrant.id) });
    expect(host.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '13912340000' })]);
    expect(host.errors).toEqual([]);
    expect(host.record.missing).toEqual([]);
  });

  it('says so when nothing is undelivered, and shows a checker no tile for it', async () => {
    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'nanjing' });
    const host = await signedIn(clerk);
    await host.page.tap({ className: 'staff-tool--messages' });
    expect(host.page.route).toBe(STAFF_PAGES.messages);
    expect(host.page.all({ className: 'staff-message' })).toEqual([]);
    expect(host.page.text()).toContain('暂无未送达的消息');
    expect(host.errors).toEqual([]);

    const checker = await createStaff(server(), 'CHECKER', { branchCode: 'nanjing' });
    const door = await signedIn(checker);
    expect(door.page.all({ className: 'staff-tool--scan' })).toHaveLength(1);
    expect(door.page.all({ className: 'staff-tool--messages' })).toEqual([]);
  });
});
