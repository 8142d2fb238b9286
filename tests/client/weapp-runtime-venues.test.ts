// Venue details in the weapp production build, run in the fake WeChat host against a real server: a citizen on an
// exhibition page reads the address, the hours in words and whether it is open now, taps the address (WeChat's
// openLocation with the GCJ-02 coordinates) and the phone (makePhoneCall with the number to dial); an archive
// administrator opens 场馆信息 from the staff home, is told beside the field what is wrong, saves, and the citizen's
// page shows the new address; a checker has no such tile. Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../testkit/booking';
import { BranchVenuesDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { createExhibition, createStaff } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { seedExampleVenues } from '../testkit/venues';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost } from '../testkit/weapp-host/host';
import { useStaffPhones } from '../testkit/weapp-staff';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'venue details in the weapp build'
  : 'venue details in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer({ dialect: 'sqlite' });
  let tests = 0;
  // Staff sign-in is rate limited per minute: each test starts a few minutes after the one before (a Tuesday morning).
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 3 * MINUTE_MS * tests++));
  const signedIn = useStaffPhones(server);
  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });

  async function citizenOn(entry: string) {
    const host = await launchWeapp({ serverUrl: server().url, now: () => server().clock.now(), entry });
    hosts.push(host);
    return host;
  }

  async function cityVenue() {
    const branches = await call(server(), BranchVenuesDocument, {});
    const city = branches.find((b) => b.code === 'city')?.venueDetails;
    if (!city) throw new Error('no venue for the city archive');
    return city;
  }

  it('shows the exhibition’s venue; tapping the address opens the map and the phone calls', async () => {
    await seedExampleVenues(server());
    const venue = await cityVenue();
    const exhibition = await createExhibition(server(), { title: '侨批档案展' });
    const host = await citizenOn(`/pages/exhibition/index?id=${exhibition.id}`);
    const page = host.page;
    expect(page.get({ className: 'venue__address' }).text).toBe(venue.address);
    expect(page.get({ className: 'venue__hours' }).text).toBe('周一闭馆，8:30–12:00，14:30–17:30');
    // Tuesday 10:00 in Shanghai.
    expect(page.get({ className: 'venue__state' }).text).toBe('开放中 · 12:00闭馆');
    expect(page.get({ className: 'venue__example' }).text).toBe('示例信息，以档案馆公布为准');

    await page.tap({ className: 'venue__venue-map' });
    expect(host.calls('openLocation')).toEqual([
      expect.objectContaining({ latitude: venue.latitude, longitude: venue.longitude, address: venue.address }),
    ]);
    await page.tap({ className: 'venue__venue-phone' });
    expect(host.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '+12025550101' })]);
    expect(host.errors).toEqual([]);
  });

  it('lets an archive administrator correct the venue by taps; a mistake is shown beside its field; citizens see the change', async () => {
    await seedExampleVenues(server());
    const admin = await createStaff(server(), 'BRANCH_ADMIN', { branchCode: 'city' });
    const host = await signedIn(admin);
    await host.page.tap({ className: 'staff-tool--venues' });
    const page = host.page;
    expect(page.route).toBe('admin/pages/venue/index');
    expect(page.title).toBe('场馆信息');
    const input = (name: string) => ({ tag: 'input', inside: { className: `venue-form__${name}` } });
    expect(page.get(input('address')).attributes.value).toBe((await cityVenue()).address);

    await page.type(input('address'), '漳州市芗城区新华西路示例1号');
    // Open on Mondays too, but with the closing time before the opening time.
    await page.change(page.all({ tag: 'switch', inside: { className: 'venue-form__day' } })[0], true);
    const monday = { className: 'venue-form__day--1' };
    await page.type({ tag: 'input', inside: { className: 'venue-form__close', inside: monday } }, '08:00');
    await page.tap({ className: 'venue-form__save' });
    expect(page.all({ className: 'zz-field__error' }).map((n) => n.text)).toEqual(['闭馆时间应晚于开门时间']);
    expect(host.record.requests.map((r) => r.operation)).not.toContain('StaffSaveVenue');

    await page.type({ tag: 'input', inside: { className: 'venue-form__close', inside: monday } }, '12:00');
    await page.tap({ className: 'venue-form__save' });
    expect(host.calls('showToast').map((c) => c.title)).toContain('场馆信息已保存');
    const saved = await cityVenue();
    expect(saved).toMatchObject({ address: '漳州市芗城区新华西路示例1号', isExample: false });
    expect(saved.hoursText).toBe('周一 9:00–12:00；周二至周日 8:30–12:00，14:30–17:30');

    const citizen = await citizenOn(`/pages/exhibition/index?id=${(await createExhibition(server())).id}`);
    expect(citizen.page.get({ className: 'venue__address' }).text).toBe('漳州市芗城区新华西路示例1号');
    expect(citizen.page.all({ className: 'venue__example' })).toEqual([]);
    expect(host.errors).toEqual([]);
  });

  it('gives a checker no venue tile', async () => {
    const checker = await createStaff(server(), 'CHECKER', { branchCode: 'city' });
    const host = await signedIn(checker);
    expect(host.page.all({ className: 'staff-tool--scan' })).toHaveLength(1);
    expect(host.page.all({ className: 'staff-tool--venues' })).toEqual([]);
  });
});
