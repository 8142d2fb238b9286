// Finding a visit in the weapp build, run in the fake WeChat host against a real server: the exhibition list's
// archive chips filter it, a card says whether it can be booked, and the exhibition page's booking bar chooses the
// next day with places and asks WeChat to scroll to the day strip; its session opens the booking form.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '@zz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  type BookableExhibition,
  call,
  createBookableExhibition,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { SaveExhibitionDocument } from '../testkit/generated/graphql';
import { createStaff, type StaffSignedIn } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost } from '../testkit/weapp-host/host';

/** The strip's cell of a date (its 'M/D' label's parent). */
function dayCell(page: WeappHost['page'], date: string) {
  const [, m, d] = date.split('-').map(Number);
  const cell = page.get({ className: 'visit-day__date', text: new RegExp(`^${m}/${d}$`) }).parent;
  if (!cell) throw new Error(`no day cell for ${date}`);
  return cell;
}

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'finding a visit in the weapp build (fake WeChat host)'
  : 'finding a visit in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer(() => ({ dialect: 'sqlite', env: { SEED_DEMO: 'true' } }));
  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });
  let zhangpu: BookableExhibition;
  let admin: StaffSignedIn;
  beforeAll(async () => {
    admin = await createStaff(server(), 'ADMIN');
    zhangpu = await createBookableExhibition(server(), admin, {
      branchCode: 'zhangpu',
      policy: { closedWeekdays: [] },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 40, groupQuota: 30 }],
    });
  });
  async function launch(): Promise<WeappHost> {
    const host = await launchWeapp({ serverUrl: server().url, now: () => server().clock.now() });
    hosts.push(host);
    return host;
  }

  it('filters the exhibition list by an archive chip, and its card says 可预约 with places left', async () => {
    const host = await launch();
    const page = await host.switchTab('/pages/exhibitions/index');
    const chips = page.textsOf({ className: 'archive-chip' });
    expect(chips[0]).toBe('全部');
    expect(chips).toEqual(expect.arrayContaining(['市档案馆', '漳浦县']));
    const everything = page.textsOf({ className: 'exhibition-card__title' });
    expect(everything).toContain(zhangpu.title);
    expect(everything.length).toBeGreaterThan(1);

    await page.tap({ className: 'archive-chip', text: '漳浦县' });
    await expect.poll(() => host.page.textsOf({ className: 'exhibition-card__title' })).toEqual([zhangpu.title]);
    expect(host.page.get({ className: 'archive-chip is-selected' }).text).toBe('漳浦县');
    const card = host.page.get({ className: 'exhibition-card', text: zhangpu.title });
    expect(card.text).toContain('可预约 · 余 40');
    expect(card.text).toContain('漳浦县档案馆 · 一楼展厅');

    await host.page.tap({ className: 'archive-chip', text: '全部' });
    await expect.poll(() => host.page.textsOf({ className: 'exhibition-card__title' })).toEqual(everything);
    expect(host.errors).toEqual([]);
  });

  it('opens the exhibition, whose booking bar chooses the next day with places, scrolls to the strip, and books', async () => {
    const host = await launch();
    let page = await host.reLaunch(`/pages/exhibition/index?id=${zhangpu.id}`);
    const bar = page.get({ className: 'booking-bar' });
    expect(bar.text).toContain('余 40');
    expect(bar.text).toContain('立即预约');

    // Another day first, so the bar's tap is seen to choose its own (today: its 14:00 session is still ahead).
    const [, m, d] = TEST_TODAY.split('-').map(Number);
    const today = () => page.get({ className: 'visit-day__date', text: new RegExp(`^${m}/${d}$`) }).parent;
    const later = page.all({ className: 'visit-day' })[2];
    await page.tap(later);
    expect(today()?.classes).not.toContain('is-selected');

    await page.tap({ className: 'booking-bar__action' });
    expect(today()?.classes).toContain('is-selected');
    expect(host.calls('pageScrollTo')).toContainEqual(expect.objectContaining({ selector: '#visit-day-strip' }));

    // The session row books for one person; 团体预约 is a row of its own beside it.
    const row = page.get({ className: 'visit-slot', text: '14:00–16:00' });
    expect(row.text).toBe('14:00–16:00余 40预约');
    expect(page.get({ className: 'visit-slot__group' }).text).toContain('余 30 人');
    await page.tap(row);
    page = host.page;
    expect(page.route).toBe('booking/pages/form/index');
    expect(page.query.slotId).toBe((await zhangpu.slotAt(TEST_TODAY)).id);
    expect(host.errors).toEqual([]);
  });

  it("says 未开展 before the opening day and 已结束 once today's sessions are over, not 闭馆", async () => {
    const opening = await createBookableExhibition(server(), admin, { policy: { closedWeekdays: [] } });
    const opensOn = addDays(TEST_TODAY, 2);
    successData(
      await call(
        server(),
        SaveExhibitionDocument,
        {
          input: {
            id: opening.id,
            title: opening.title,
            mode: 'ONSITE',
            summary: '简介',
            description: '介绍',
            opensOn,
            published: true,
          },
        },
        admin.token,
      ),
    );
    const host = await launch();
    const page = await host.reLaunch(`/pages/exhibition/index?id=${opening.id}`);
    const cell = (date: string) => dayCell(page, date);
    expect(cell(TEST_TODAY).text).toContain('未开展');
    expect(cell(opensOn).text).toContain('余量');
    await page.tap(cell(TEST_TODAY));
    const [, m, d] = opensOn.split('-').map(Number);
    expect(page.get({ className: 'visit-day-panel' }).text).toContain(`展览 ${m}月${d}日 开展`);

    // The afternoon: the 14:00 session of 漳浦's exhibition has started, so today is over there.
    server().clock.set(at(TEST_TODAY, '14:30'));
    const later = await host.reLaunch(`/pages/exhibition/index?id=${zhangpu.id}`);
    const today = dayCell(later, TEST_TODAY);
    expect(today.text).toContain('已结束');
    expect(today.text).not.toContain('闭馆');
    await later.tap(today);
    expect(later.get({ className: 'visit-day-panel' }).text).toContain('今日场次已结束');
    expect(host.errors).toEqual([]);
  });
});
