// The H5 app in Debian's Chromium at phone size, served by a real test server: shared by the e2e suites.
// Console errors, page errors and failed requests are collected for failure messages.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/config';
import type { StaffSignedIn } from './seed';
import { startTestServer, type TestServer } from './server';

export const H5_DIR = resolve(REPO_ROOT, 'client/dist/h5');
export const FAILURE_DIR = resolve(REPO_ROOT, 'tests/e2e/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that work as root on a machine without a network; see ../shared/TOOLCHAIN.md.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and failed requests seen so far. */
  problems: string[];
  /** Another phone: a context of its own (its own session) at the same size, on the same clock. */
  newPhone(): Promise<{ context: BrowserContext; page: Page }>;
  /** A screenshot under tests/e2e/artifacts/ and a message with the page text and the problems. */
  explainFailure(name: string, error: unknown): Promise<Error>;
  close(): Promise<void>;
}

/** The viewport of every phone: 375 CSS px wide, so 750 design px (88 design px = 44 CSS px). */
export const PHONE = { width: 375, height: 667 };

/** H5 keeps earlier pages of the stack in the DOM, hidden; act on what the user sees. */
export const visibleIn = (p: Page, selector: string): Locator => p.locator(selector).filter({ visible: true }).first();

/**
 * A screenshot at phone width, tests/e2e/artifacts/<name>.png, once the page has settled (H5 slides pages in and
 * fades toasts out). Taro's H5 pages scroll inside their own element, which fullPage cannot see past; for a long
 * page (`whole`) the window is made as tall as that element for the shot.
 */
export async function phoneScreenshot(p: Page, name: string, whole?: string): Promise<string> {
  await p.waitForTimeout(800);
  const path = join(FAILURE_DIR, `${name}.png`);
  if (!whole) {
    await p.screenshot({ path });
    return path;
  }
  const element = visibleIn(p, whole);
  const height = await element.evaluate((el) => Math.ceil(el.getBoundingClientRect().height) + 120);
  await p.setViewportSize({ width: PHONE.width, height });
  await element.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await p.waitForTimeout(300);
  await p.screenshot({ path });
  await p.setViewportSize(PHONE);
  return path;
}

/** What a tap target must measure at phone width: 88 design px (44pt) on a 750 canvas, less rounding. */
export const MIN_TAP_PX = 43.5;

/**
 * The tap targets on screen that match `selector` (how many were measured), and those smaller than 44 CSS px
 * either way, described for the failure message.
 */
export async function tapTargets(p: Page, selector: string): Promise<{ measured: number; small: string[] }> {
  const boxes = await p
    .locator(selector)
    .filter({ visible: true })
    .evaluateAll((elements) =>
      elements.map((el) => {
        const box = el.getBoundingClientRect();
        return { what: `${el.className} "${el.textContent}"`, width: box.width, height: box.height };
      }),
    );
  const small = boxes.filter((b) => b.width < MIN_TAP_PX || b.height < MIN_TAP_PX);
  return { measured: boxes.length, small: small.map((b) => `${b.what} ${b.width}×${b.height}`) };
}

/** Signs in on the staff sign-in form that a staff page shows to anyone not signed in as staff. */
export async function signInOnStaffPage(p: Page, staff: StaffSignedIn): Promise<void> {
  await visibleIn(p, '.staff-sign-in__username input').fill(staff.username);
  await visibleIn(p, '.staff-sign-in__password input').fill(staff.password);
  await visibleIn(p, '.staff-sign-in__submit').click();
}

export async function openH5App(
  // env: more server environment, e.g. the fake WeChat's (notificationEnv) for a suite that delivers messages.
  // firstLaunch: the phones start as on a first visit, with the one-time 长辈模式 offer on the home page; other
  // suites start past it, as a returning visitor, so the offer's sheet covers nothing they tap.
  options: { syncPageClock?: boolean; env?: Record<string, string>; firstLaunch?: boolean } = {},
): Promise<BrowserSession> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    throw new Error(`${H5_DIR}/index.html is missing: run \`npm run build:h5\` first (\`npm test\` builds it).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
  }
  const server = await startTestServer({
    dialect: 'sqlite',
    env: { ...options.env, STATIC_DIR: H5_DIR, SEED_DEMO: 'true' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  async function phoneContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 });
    if (!options.firstLaunch) {
      // Taro's H5 storage keeps each value as JSON `{ "data": … }`; the key is STORAGE_KEYS.elderModeOffered.
      await context.addInitScript(() => {
        if (localStorage.getItem('zz.elderModeOffered') === null) {
          localStorage.setItem('zz.elderModeOffered', JSON.stringify({ data: true }));
        }
      });
    }
    if (options.syncPageClock) {
      // The page judges a few things by its own clock; start it at the server's test instant and let it run.
      await context.clock.install({ time: server.clock.now() });
      await context.clock.resume();
    }
    return context;
  }
  const context = await phoneContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));

  return {
    server,
    browser,
    context,
    page,
    problems,
    async newPhone() {
      const phone = await phoneContext();
      return { context: phone, page: await phone.newPage() };
    },
    async explainFailure(name, error) {
      mkdirSync(FAILURE_DIR, { recursive: true });
      const screenshot = join(FAILURE_DIR, `${name}-failure.png`);
      await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
      const body = await page.textContent('body').catch(() => null);
      return new Error(
        `${(error as Error).message}\n\npage text: ${(body ?? '(no body)').slice(-800)}\n${problems.join('\n')}\n` +
          `screenshot: ${screenshot}`,
      );
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
