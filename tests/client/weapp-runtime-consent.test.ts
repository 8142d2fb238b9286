// Consent in the weapp production build, run in the fake WeChat host against a real server (issue 13): a citizen
// who has not accepted the 个人信息保护说明 opens the booking form and finds a card where the document fields would
// be; the notice opens as its own page, 我已阅读并同意 records it on the server and returns to the form, which now
// takes a visitor; the confirmation shows what was typed; 常用参观人 saves a person only with the holder's
// confirmation of their consent and names them in full; on the notice page again, 撤回同意 withdraws it and the
// server refuses the next booking until it is accepted again. Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, PRIVACY_NOTICE_VERSION } from '@zz/shared';
import { afterAll, describe, expect, it } from 'vitest';
import {
  book,
  createBookableExhibition,
  phoneNumber,
  requestGroupVisit,
  roster,
  successData,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { MyPrivacyConsentDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { createStaff, signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost } from '../testkit/weapp-host/host';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'consent in the weapp build'
  : 'consent in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer({ dialect: 'sqlite' });
  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });

  it('gates the document fields on the notice, accepts it on its own page, books what was typed, and withdraws', async () => {
    const manager = await createStaff(server(), 'BRANCH_STAFF');
    const exhibition = await createBookableExhibition(server(), manager);
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
    const citizen = await signInCitizen(server(), '同意测试', { acceptPrivacyNotice: false });
    const consent = async () => (await call(server(), MyPrivacyConsentDocument, {}, citizen.token))?.privacyConsent;

    const host = await launchWeapp({
      serverUrl: server().url,
      now: () => server().clock.now(),
      entry: `/booking/pages/form/index?slotId=${slot.id}`,
      storage: { 'zz.session': citizen.token },
    });
    hosts.push(host);
    let page = host.page;
    expect(page.route).toBe('booking/pages/form/index');
    expect(page.all({ className: 'consent-card' })).toHaveLength(1);
    expect(page.all({ className: 'visitor-fields__number' })).toEqual([]);

    // The notice, a page of its own, with every part the citizen must be told.
    await page.tap({ className: 'consent-card__link' });
    page = host.page;
    expect(page.route).toBe('booking/pages/privacy/index');
    expect(page.title).toBe('个人信息保护说明');
    for (const heading of ['收集哪些信息', '为什么收集', '保存多久', '谁能看到', '如何撤回']) {
      expect(page.text()).toContain(heading);
    }
    await page.tap({ className: 'privacy-notice__accept' });
    expect(await consent()).toMatchObject({ version: PRIVACY_NOTICE_VERSION, current: true });

    // Back on the form, which now takes a visitor; the confirmation shows what was typed, in full.
    page = host.page;
    expect(page.route).toBe('booking/pages/form/index');
    expect(page.all({ className: 'consent-card' })).toEqual([]);
    const guest = visitor({ name: '陈明' });
    await page.type({ tag: 'input', inside: { className: 'visitor-fields__name' } }, guest.name);
    await page.type({ tag: 'input', inside: { className: 'visitor-fields__number' } }, guest.documentNumber);
    await page.type({ tag: 'input', inside: { className: 'booking-form__phone' } }, phoneNumber());
    await page.tap({ className: 'booking-form__next' });
    const confirmation = page.get({ className: 'booking-confirm' }).text;
    expect(confirmation).toContain('陈明');
    expect(confirmation).toContain(guest.documentNumber);
    await page.tap({ className: 'booking-confirm__submit' });
    expect(host.page.route).toBe('booking/pages/ticket/index');

    // 常用参观人: saved only once the holder confirms the person agreed; listed by full name, number masked.
    await host.navigateTo('/booking/pages/visitors/index');
    page = host.page;
    await page.tap({ className: 'frequent-visitors__add' });
    const friend = visitor({ name: '林晓' });
    await page.type({ tag: 'input', inside: { className: 'visitor-fields__name' } }, friend.name);
    await page.type({ tag: 'input', inside: { className: 'visitor-fields__number' } }, friend.documentNumber);
    await page.tap({ className: 'frequent-visitors__save' });
    expect(page.get({ className: 'frequent-visitors__consent' }).text).toContain('请确认已征得该参观人同意');
    expect(page.all({ className: 'frequent-visitor' })).toEqual([]);
    await page.tap({ className: 'consent-check__row' });
    await page.tap({ className: 'frequent-visitors__save' });
    const listed = page.get({ className: 'frequent-visitor' }).text;
    expect(listed).toContain('林晓');
    expect(listed).toContain(`${friend.documentNumber.slice(0, 6)}********${friend.documentNumber.slice(-4)}`);
    expect(listed).not.toContain(friend.documentNumber);

    // 撤回同意 on the notice page: the server refuses the next booking until the notice is accepted again.
    await host.navigateTo('/booking/pages/privacy/index');
    page = host.page;
    expect(page.all({ className: 'privacy-notice__withdraw' })).toHaveLength(1);
    await page.tap({ className: 'privacy-notice__withdraw' });
    expect(await consent()).toBeNull();
    expect(page.all({ className: 'privacy-notice__accept' })).toHaveLength(1);
    expect(await book(server(), citizen, (await exhibition.slotAt(addDays(TEST_TODAY, 2))).id)).toMatchObject({
      __typename: 'PrivacyConsentRequiredError',
    });
    expect(host.errors).toEqual([]);
  });

  it('gives 修改团体名单 the range of the session’s remaining group places plus the group’s own, and marks each line', async () => {
    const manager = await createStaff(server(), 'BRANCH_STAFF');
    const exhibition = await createBookableExhibition(server(), manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 24 }],
    });
    const day = addDays(TEST_TODAY, 3);
    const slot = await exhibition.slotAt(day);
    const leader = await signInCitizen(server());
    const group = successData(await requestGroupVisit(server(), leader, slot.id, roster(12, 0, day)));
    const host = await launchWeapp({
      serverUrl: server().url,
      now: () => server().clock.now(),
      entry: `/booking/pages/group/index?bookingId=${group.id}`,
      storage: { 'zz.session': leader.token },
    });
    hosts.push(host);
    const page = host.page;
    // 24 group places, 12 of them this group's: 10 to 24 people.
    expect(page.get({ className: 'roster-field__count' }).text).toBe('尚未填写（本场次可10–24人）');
    const members = roster(2, 0, day);
    await page.type(
      { tag: 'textarea', inside: { className: 'roster-field__input' } },
      `${members[0].name} ${members[0].documentNumber}\n${members[1].name} ${members[1].documentNumber.slice(0, 10)}`,
    );
    expect(page.get({ className: 'roster-field__count' }).text).toBe(
      '共 2 人：1 人无误（成人 1，未成年 0），1 人有误；本场次可10–24人',
    );
    expect(page.all({ className: 'roster-line--wrong' })).toHaveLength(1);
    expect(host.errors).toEqual([]);
  });
});
