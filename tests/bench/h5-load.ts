// Bench section: the home page of the production H5 build, served by the real server, opened in Debian's Chromium
// as on a slow phone (Lighthouse's mobile profile: 1.6 Mbps down, 750 Kbps up, 150 ms round trips, the CPU 4× slower)
// with a cold cache. Reports the JavaScript on the wire (encoded bytes, as the network sent them) and when the first
// exhibition card appears; each run gets a fresh browser context, and the median of the runs is reported.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, H5_DIR, PHONE } from '../testkit/browser';
import { startTestServer } from '../testkit/server';
import type { Row } from './run';

const RUNS = 3;
/** The goals of issue 13: what a citizen on a slow phone waits for. */
export const FIRST_LOAD_JS_BUDGET_BYTES = 350_000;
export const FIRST_CARD_BUDGET_MS = 3_500;
/** The home page's card of a featured exhibition (features/exhibitions/ExhibitionCard.tsx). */
const CARD = '.exhibition-card';

const THROTTLING = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

interface Load {
  scriptBytes: number;
  scriptRequests: number;
  allBytes: number;
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  firstCardMs: number;
}

/**
 * Records, in the page, the time of the first frame in which a card is laid out and visible, so the figure does
 * not include the round trips of a poll from this process. Plain text: a function handed to the page would carry
 * the helpers tsx's compiler adds to it (`__name`), which the page does not have.
 */
const WATCH_FOR_CARD = `(() => {
  const visible = () => {
    const card = document.querySelector(${JSON.stringify(CARD)});
    return !!card && card.getBoundingClientRect().height > 0 && card.checkVisibility();
  };
  const observer = new MutationObserver(() => {
    if (window.__zzFirstCard !== undefined || !visible()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__zzFirstCard = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function loadOnce(browser: import('playwright-core').Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', THROTTLING);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const types = new Map<string, string>();
    let scriptBytes = 0;
    let scriptRequests = 0;
    let allBytes = 0;
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      allBytes += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') {
        scriptBytes += event.encodedDataLength;
        scriptRequests += 1;
      }
    });
    await page.addInitScript({ content: WATCH_FOR_CARD });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => (window as { __zzFirstCard?: number }).__zzFirstCard !== undefined, null, {
      timeout: 120_000,
    });
    // What the home page goes on to fetch (its pictures, chunks it preloads) belongs to its first load too.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const timings = await page.evaluate(() => ({
      firstPaintMs: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
      firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      firstCardMs: (window as { __zzFirstCard?: number }).__zzFirstCard ?? Number.NaN,
    }));
    return { scriptBytes, scriptRequests, allBytes, ...timings };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

/** `build`: another H5 build to measure (a copy kept from before a change, say); the current one by default. */
export async function h5LoadRows(build = H5_DIR): Promise<Row[]> {
  if (!existsSync(join(build, 'index.html'))) {
    return [{ metric: 'H5 build', value: `missing: ${build}/index.html (run \`npm run build:h5\`)`, result: 'FAIL' }];
  }
  const server = await startTestServer({ dialect: 'sqlite', env: { STATIC_DIR: build, SEED_DEMO: 'true' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run += 1) loads.push(await loadOnce(browser, `${server.url}/#/pages/index/index`));
    const of = (pick: (load: Load) => number) => median(loads.map(pick));
    const scriptBytes = of((l) => l.scriptBytes);
    const firstCard = of((l) => l.firstCardMs);
    const profile = `(1.6 Mbps, 150 ms RTT, CPU ×${CPU_SLOWDOWN}, cold, median of ${RUNS})`;
    return [
      {
        metric: `H5 home first-load JavaScript transferred ${profile}`,
        value: `${kB(scriptBytes)} in ${of((l) => l.scriptRequests)} files`,
        budget: kB(FIRST_LOAD_JS_BUDGET_BYTES),
        result: scriptBytes <= FIRST_LOAD_JS_BUDGET_BYTES ? 'PASS' : 'FAIL',
      },
      { metric: 'H5 home everything transferred', value: kB(of((l) => l.allBytes)) },
      { metric: 'H5 home first paint', value: ms(of((l) => l.firstPaintMs)) },
      { metric: 'H5 home first contentful paint', value: ms(of((l) => l.firstContentfulPaintMs)) },
      {
        metric: 'H5 home first exhibition card',
        value: ms(firstCard),
        budget: ms(FIRST_CARD_BUDGET_MS),
        result: firstCard <= FIRST_CARD_BUDGET_MS ? 'PASS' : 'FAIL',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
