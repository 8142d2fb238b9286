// Pictures in the H5 e2e tests: the test server names its public origin https://dangan.zhangzhou.test (media URLs
// are absolute, as readers get them), so the phone fetches those files from the test server itself instead.
import type { BrowserContext } from 'playwright-core';
import type { BrowserSession } from './browser';

const PUBLIC_ORIGIN = 'https://dangan.zhangzhou.test';

export async function serveMediaLocally(session: BrowserSession, context: BrowserContext = session.context) {
  await context.route(`${PUBLIC_ORIGIN}/**`, async (route) => {
    const { pathname, search } = new URL(route.request().url());
    try {
      await route.fulfill({ response: await route.fetch({ url: `${session.server.url}${pathname}${search}` }) });
    } catch {
      // The phone was closed while a picture was still loading; nobody is waiting for it any more.
      await route.abort().catch(() => {});
    }
  });
}
