// 我的预约 in the weapp production build, run in the fake WeChat host against a real server: the ticket opened right
// after booking says 预约成功, and 添加到日历 asks WeChat's addPhoneCalendar for the session's times (unix seconds);
// 取消此人 cancels one visitor after WeChat's confirm dialog, the other stays; 我的预约 has its three tabs.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '@zz/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { bookOk, createBookableExhibition, TEST_TODAY, visitor } from '../testkit/booking';
import { createStaff, signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost } from '../testkit/weapp-host/host';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'my bookings in the weapp build'
  : 'my bookings in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer({ dialect: 'sqlite' });
  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });

  it('adds the booked visit to the phone calendar and cancels one visitor by taps', async () => {
    const manager = await createStaff(server(), 'BRANCH_STAFF');
    const exhibition = await createBookableExhibition(server(), manager);
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, {
      visitors: [visitor({ name: '林晓' }), visitor({ name: '陈明' })],
    });

    const host = await launchWeapp({
      serverUrl: server().url,
      now: () => server().clock.now(),
      entry: `/booking/pages/ticket/index?id=${booking.id}&booked=1`,
      storage: { 'zz.session': citizen.token },
    });
    hosts.push(host);
    const page = host.page;
    expect(page.get({ className: 'booked__title' }).text).toBe('预约成功');
    expect(page.all({ className: 'ticket-visitor__name' }).map((n) => n.text)).toEqual(['林晓', '陈明']);

    await page.tap({ className: 'booked__calendar' });
    expect(host.calls('addPhoneCalendar')).toEqual([
      expect.objectContaining({
        title: `参观：${exhibition.title}`,
        startTime: Date.parse(slot.startAt) / 1000,
        endTime: Date.parse(slot.endAt) / 1000,
        alarm: true,
      }),
    ]);

    // 取消此人 on 林晓: WeChat's dialog names them and is confirmed; 陈明 stays booked.
    await page.tap(page.all({ className: 'ticket-visitor__cancel' })[0]);
    const modal = host.calls('showModal').at(-1);
    expect(modal?.title).toBe('取消林晓的预约');
    // The cancelled row says so and offers nothing more; the other keeps its 取消此人.
    await expect
      .poll(() => page.all({ className: 'ticket-visitor' }).map((row) => row.text))
      .toEqual([expect.stringContaining('已取消'), expect.stringContaining('取消此人')]);
    expect(page.all({ className: 'ticket-visitor__cancel' })).toHaveLength(1);
    expect(page.get({ className: 'ticket__status' }).text).toBe('待参观');
    const stored = await server()
      .db.selectFrom('booking_visitor')
      .select('status')
      .where('booking_id', '=', Number(booking.id))
      .orderBy('id')
      .execute();
    expect(stored.map((v) => v.status)).toEqual(['CANCELLED', 'CONFIRMED']);

    // 我的预约: three tabs, the booking under 待参观.
    await page.tap({ className: 'ticket__mine' });
    const mine = host.page;
    expect(mine.route).toBe('booking/pages/mine/index');
    expect(mine.text()).toContain('已取消');
    expect(mine.all({ className: 'zz-tabs__item' }).map((tab) => tab.text)).toEqual(['待参观', '已取消', '历史']);
    await expect
      .poll(() => mine.all({ className: 'booking-item' }).map((item) => item.text))
      .toEqual([expect.stringContaining(booking.reference)]);
    expect(host.errors).toEqual([]);
  });
});
