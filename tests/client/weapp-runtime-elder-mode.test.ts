// 长辈模式 and the tab bar in the weapp production build, run in the fake WeChat host against a real server: the
// one-time offer on the home page at first launch (accepted or declined, remembered in wx storage), WeChat's font
// size followed while no choice is stored (read through the host's getAppBaseInfo / getSystemInfoSync, again when a
// page shows after it changed), a stored choice winning over it, the roles and labels reaching WeChat's templates
// (aria-role, aria-label), and the tab bar's icons listed in app.json with their files. Needs `npm run build:weapp:local`.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../testkit/suite';
import { readAppJson, WEAPP_DIR } from '../testkit/weapp-build';
import { type LaunchOptions, launchWeapp, type WeappHost, type WeappPage } from '../testkit/weapp-host/host';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '长辈模式 and the tab bar in the weapp build'
  : '长辈模式 and the tab bar in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

/** WeChat's standard font size on iOS, and one of the large steps of its slider. */
const STANDARD_FONT = 17;
const LARGE_FONT = 24;

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer({ dialect: 'sqlite' });
  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });

  /** `options` is handed to the host as it is, so a test can change its fontSizeSetting while the app runs. */
  async function launch(options: LaunchOptions = {}): Promise<WeappHost> {
    options.serverUrl = server().url;
    options.now = () => server().clock.now();
    options.fontSizeSetting ??= STANDARD_FONT;
    const host = await launchWeapp(options);
    hosts.push(host);
    return host;
  }
  const isElder = (page: WeappPage) => page.all({ className: 'zz-page--elder' }).length === 1;
  const offerShown = (page: WeappPage) => page.all({ className: 'elder-offer' }).length === 1;

  it('offers 长辈模式 on the home page at first launch; 开启 turns it on and is remembered', async () => {
    const host = await launch();
    const page = host.page;
    expect(page.route).toBe('pages/index/index');
    expect(offerShown(page)).toBe(true);
    expect(page.get({ className: 'elder-offer' }).text).toContain('开启长辈模式？');
    expect(isElder(page)).toBe(false);

    await page.tap({ className: 'elder-offer__accept' });
    expect(offerShown(host.page)).toBe(false);
    expect(isElder(host.page)).toBe(true);
    expect(host.storage('zz.elderMode')).toBe('on');

    // The next launch, with the same storage: on, and no offer.
    const again = await launch({ storage: { 'zz.elderMode': 'on' } });
    expect(offerShown(again.page)).toBe(false);
    expect(isElder(again.page)).toBe(true);
    expect(host.errors).toEqual([]);
  });

  it('remembers 暂不需要: no offer at the next launch, and the normal mode', async () => {
    const host = await launch();
    await host.page.tap({ className: 'elder-offer__decline' });
    expect(offerShown(host.page)).toBe(false);
    expect(isElder(host.page)).toBe(false);
    expect(host.storage('zz.elderModeOffered')).toBe(true);

    const again = await launch({ storage: { 'zz.elderModeOffered': true } });
    expect(offerShown(again.page)).toBe(false);
    expect(isElder(again.page)).toBe(false);
  });

  it("follows WeChat's font size while no choice is stored, also after it changes, and a stored choice wins", async () => {
    // Large text in WeChat: elder mode from the first page, and nothing to offer.
    const large = await launch({ fontSizeSetting: LARGE_FONT });
    expect(isElder(large.page)).toBe(true);
    expect(offerShown(large.page)).toBe(false);

    // Standard text, then enlarged in WeChat while the app is in the background: the next page shown follows.
    const options: LaunchOptions = { fontSizeSetting: STANDARD_FONT, storage: { 'zz.elderModeOffered': true } };
    const host = await launch(options);
    expect(isElder(host.page)).toBe(false);
    options.fontSizeSetting = LARGE_FONT;
    const me = await host.switchTab('/pages/me/index');
    expect(isElder(me)).toBe(true);
    const home = await host.switchTab('/pages/index/index');
    expect(isElder(home)).toBe(true);

    // Switched off on the home page: a choice, which large WeChat text no longer overrides.
    await home.tap({ className: 'elder-toggle' });
    expect(isElder(host.page)).toBe(false);
    expect(host.storage('zz.elderMode')).toBe('off');
    const offLaunch = await launch({ fontSizeSetting: LARGE_FONT, storage: { 'zz.elderMode': 'off' } });
    expect(isElder(offLaunch.page)).toBe(false);
    expect(host.errors).toEqual([]);
  });

  it("gives WeChat's screen reader roles and labels: the home page's switch, section headings, buttons", async () => {
    const host = await launch({ storage: { 'zz.elderModeOffered': true } });
    const page = host.page;
    const toggle = page.get({ className: 'elder-toggle' });
    expect(toggle.attributes['aria-role']).toBe('switch');
    expect(toggle.attributes['aria-label']).toBe('长辈模式');
    // The runtime names attributes as the templates do: the others still land where they belong.
    expect(toggle.attributes['hover-class']).toBe('elder-toggle--pressed');
    const headings = page.all({ className: 'zz-section__title' });
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading.attributes['aria-role']).toBe('heading');

    await page.tap({ className: 'elder-toggle' });
    // The state is said in words where WeChat has no attribute for it.
    expect(host.page.get({ className: 'elder-toggle' }).attributes['aria-label']).toBe('长辈模式，已开启');
    const me = await host.switchTab('/pages/me/index');
    const buttons = me.all({ className: 'zz-button' });
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button.attributes['aria-role']).toBe('button');
  });

  it('lists an icon and a selected icon for each tab in app.json, small files in the build', () => {
    const tabBar = readAppJson(WEAPP_DIR).tabBar as
      | { list: Array<{ pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }> }
      | undefined;
    expect(tabBar?.list.map((t) => t.text)).toEqual(['首页', '展览', '查档', '我的']);
    for (const tab of tabBar?.list ?? []) {
      for (const icon of [tab.iconPath, tab.selectedIconPath]) {
        expect(icon, tab.text).toMatch(/\.png$/);
        const file = join(WEAPP_DIR, icon as string);
        expect(existsSync(file), file).toBe(true);
        // They ship in the main package.
        expect(statSync(file).size, file).toBeLessThan(2 * 1024);
      }
      expect(tab.iconPath).not.toBe(tab.selectedIconPath);
    }
  });
});
