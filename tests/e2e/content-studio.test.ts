// 内容发布 in the H5 build, served by the real server, in Debian's Chromium at phone size: a county archive's staff
// member opens the studio from the staff home and writes an article with a heading, a paragraph and an uploaded
// picture, previews it (the reader's own body component, after the server's sanitiser), pastes formatted text
// with a <script> in it (only the text survives), schedules it a few minutes ahead in business time, and once the
// clock reaches that minute the scheduled work publishes it and it appears in the readers' feed.
// Every tap target of the editor measures at least 44 CSS px (88 design px) both ways.
// Screenshots at phone size go to tests/e2e/artifacts/content-studio-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { instantOf } from '@zz/shared/time/business-time';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import {
  StudioArticleDocument,
  StudioOnlineExhibitionDocument,
} from '../../client/src/graphql/generated/staff/operations';
import { runScheduledWork } from '../../server/src/jobs/scheduler';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { call } from '../testkit/graphql';
import { serveMediaLocally } from '../testkit/media-route';
import { createStaff } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { photo } from '../testkit/uploads';

const TITLE = '侨批：跨越山海的家书';
/** 10:55 in Shanghai on the test day: the scheduling dialog offers the next whole hour, five minutes ahead. */
const WRITING_AT = instantOf('2026-11-24', '10:55');
const PUBLISH_AT = instantOf('2026-11-24', '11:00');
const TAP_TARGETS = ['.zz-button', '.studio-block__tool', '.studio-add__toggle']
  .map((selector) => `.studio-editor ${selector}`)
  .join(', ');

describe('内容发布 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `content-studio-${name}`, whole);
  const block = (p: Page, kind: string) => visibleIn(p, `[data-testid=studio-block][data-kind=${kind}]`);

  /** Opens the 添加 menu after the `index`-th block (0: before the first) and picks a kind. */
  async function addBlock(p: Page, index: number, label: string) {
    await p.locator('.studio-add__toggle').filter({ visible: true }).nth(index).click();
    await visibleIn(p, `.studio-add__kinds .staff-chip:has-text("${label}")`).click();
  }

  it('writes, previews, schedules and publishes an article that readers then find in the feed', async () => {
    server.clock.set(WRITING_AT);
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const { page, context } = await session.newPhone();
    // The preview loads the uploaded picture from the public origin, as a reader's phone would.
    await serveMediaLocally(session, context);
    try {
      await page.goto(`${server.url}/#/${STAFF_PAGES.home}`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, clerk);
      await visibleIn(page, '[data-testid=staff-dashboard]').waitFor({ timeout: 15_000 });
      await visibleIn(page, '.staff-tool--content').click();
      await visibleIn(page, '[data-testid=studio-content]').waitFor({ timeout: 15_000 });
      await shot(page, '01-list');
      await visibleIn(page, '.studio-list__new-article').click();
      await visibleIn(page, '[data-testid=article-editor]').waitFor({ timeout: 15_000 });

      // Details, then a heading, a paragraph and a picture.
      await visibleIn(page, '.studio-form__title input').fill(TITLE);
      await addBlock(page, 0, '标题');
      await block(page, 'HEADING').locator('.studio-block__text input').fill('一封家书');
      await addBlock(page, 1, '段落');
      await block(page, 'PARAGRAPH').locator('textarea').fill('侨批是海外华侨寄回家乡的书信与汇款凭证。');
      await addBlock(page, 2, '图片');
      const chooser = page.waitForEvent('filechooser');
      await block(page, 'IMAGE').locator('.studio-image__pick').click();
      await (await chooser).setFiles({
        name: 'qiaopi.png',
        mimeType: 'image/png',
        buffer: await photo(320, 200, 'png'),
      });
      await block(page, 'IMAGE').locator('[data-uploaded=true] img').waitFor({ timeout: 15_000 });
      await block(page, 'IMAGE').locator('.studio-block__caption input').fill('民国时期的侨批');
      const { small } = await tapTargets(page, TAP_TARGETS);
      expect(small).toEqual([]);
      await shot(page, '02-blocks', '[data-testid=article-editor]');

      // Formatted text pasted from a web page: only what the allow-list permits comes back as blocks.
      await visibleIn(page, '.studio-paste__toggle').click();
      await visibleIn(page, '.studio-paste__input textarea').evaluate((textarea) => {
        const data = new DataTransfer();
        data.setData(
          'text/html',
          '<p>海丝<b>侨批</b>记忆</p><script>alert("pasted")</script><iframe src="https://example.com"></iframe>',
        );
        data.setData('text/plain', '海丝侨批记忆');
        textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await visibleIn(page, '.studio-paste__message').waitFor({ timeout: 15_000 });
      const paragraphs = page.locator('[data-testid=studio-block][data-kind=PARAGRAPH] textarea');
      // Taro's H5 textarea is a web component that draws its <textarea> a moment after the block appears.
      await paragraphs.nth(1).waitFor({ timeout: 15_000 });
      expect(await paragraphs.count()).toBe(2);
      expect(await paragraphs.nth(1).inputValue()).toBe('海丝侨批记忆');
      expect(await page.locator('[data-testid=studio-blocks]').textContent()).not.toContain('alert');

      await visibleIn(page, '.studio-editor__save').click();
      await page.waitForURL(/article-edit\/index\?id=/, { timeout: 15_000 });
      await visibleIn(page, '[data-testid=studio-status-panel]').waitFor({ timeout: 15_000 });
      const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
      const saved = await call(server, StudioArticleDocument, { id }, clerk.token);
      expect(saved?.status).toBe('DRAFT');
      expect(saved?.body.map((b) => b.kind)).toEqual(['HEADING', 'PARAGRAPH', 'IMAGE', 'PARAGRAPH']);
      expect(saved?.body[1].html).toBe('侨批是海外华侨寄回家乡的书信与汇款凭证。');
      expect(saved?.bodyHtml).toContain('<b>侨批</b>');
      expect(saved?.bodyHtml).not.toMatch(/script|alert|iframe/);
      expect(saved?.body[2].image?.url).toMatch(/\/media\/[0-9a-f]{32}\/960\.jpg$/);

      // The preview is the reader's body component over the sanitised blocks.
      await visibleIn(page, '.studio-editor__tabs .zz-tabs__item--preview').click();
      const preview = visibleIn(page, '[data-testid=studio-preview]');
      await preview.locator('[data-testid=article-body]').waitFor({ timeout: 15_000 });
      // Paragraphs are RichText, a web component that draws its nodes a moment after the body (headings and captions
      // are plain text), so each text is waited for rather than read from the body at once.
      for (const text of ['一封家书', '侨批是海外华侨寄回家乡的书信与汇款凭证。', '民国时期的侨批']) {
        await preview.getByText(text).first().waitFor({ timeout: 15_000 });
      }
      await preview.locator('[data-testid=article-image] img').first().waitFor();
      expect(await preview.locator('[data-testid=article-image] img').first().getAttribute('src')).toMatch(
        /\/media\/[0-9a-f]{32}\/960\.jpg$/,
      );
      await shot(page, '03-preview', '[data-testid=article-editor]');
      await visibleIn(page, '.studio-editor__tabs .zz-tabs__item--edit').click();

      // 定时发布 offers the next whole hour in business time: 11:00, five minutes ahead.
      await visibleIn(page, '.studio-action--schedule').click();
      const dialog = visibleIn(page, '[data-testid=studio-schedule-dialog]');
      await dialog.waitFor();
      expect(await dialog.locator('.studio-schedule__date').textContent()).toContain('2026-11-24');
      expect(await dialog.locator('.studio-schedule__time').textContent()).toContain('11:00');
      await shot(page, '04-schedule');
      await dialog.locator('.staff-dialog__confirm').click();
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });
      expect(await visibleIn(page, '.studio-status-panel__when').textContent()).toBe('将于 2026-11-24 11:00 发布');
      const scheduled = await call(server, StudioArticleDocument, { id }, clerk.token);
      expect(scheduled?.status).toBe('SCHEDULED');
      expect(scheduled?.scheduledAt && Date.parse(scheduled.scheduledAt)).toBe(PUBLISH_AT);
      await shot(page, '05-scheduled');

      // One minute early nothing is published; at 11:00 the scheduled work publishes it.
      server.clock.set(PUBLISH_AT - 60_000);
      await runScheduledWork(server.app.services);
      expect((await call(server, StudioArticleDocument, { id }, clerk.token))?.status).toBe('SCHEDULED');
      server.clock.set(PUBLISH_AT);
      await runScheduledWork(server.app.services);
      expect((await call(server, StudioArticleDocument, { id }, clerk.token))?.status).toBe('PUBLISHED');

      // A reader's phone: the article is in the feed and opens with its body.
      const reader = await session.newPhone();
      await reader.page.goto(`${server.url}/#/pages/articles/index`, { waitUntil: 'domcontentloaded' });
      const item = reader.page.locator('[data-testid=article-feed]').getByText(TITLE).first();
      await item.waitFor({ timeout: 15_000 });
      await shot(reader.page, '06-feed');
      await item.click();
      const body = visibleIn(reader.page, '[data-testid=article-body]');
      await body.waitFor({ timeout: 15_000 });
      await body.getByText('海丝侨批记忆').first().waitFor({ timeout: 15_000 });
      await shot(reader.page, '07-article');
      await reader.context.close();
    } catch (error) {
      throw await session.explainFailure('content-studio', error);
    }
  });

  it("makes an online exhibition with an uploaded exhibit image and publishes it to the readers' halls", async () => {
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'longhai' });
    const { page, context } = await session.newPhone();
    try {
      await page.goto(`${server.url}/#/${STAFF_PAGES.content}?tab=ONLINE`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, clerk);
      await visibleIn(page, '.studio-list__new-online').click();
      await visibleIn(page, '[data-testid=online-editor]').waitFor({ timeout: 15_000 });
      await visibleIn(page, '.studio-online__title input').fill('龙海老照片');
      await visibleIn(page, '.studio-online__intro textarea').fill('百年龙海的街巷与人家。');
      await visibleIn(page, '.studio-online__add-exhibit').click();
      await visibleIn(page, '.studio-exhibit__title input').fill('石码老街');
      await visibleIn(page, '.studio-exhibit__caption input').fill('1930年代的石码');
      await visibleIn(page, '.studio-exhibit__description textarea').fill(
        '骑楼连绵的石码老街，曾是九龙江口最热闹的商埠。',
      );
      await visibleIn(page, '.studio-exhibit__archive-ref input').fill('0001-002-0034');
      const chooser = page.waitForEvent('filechooser');
      await visibleIn(page, '.studio-exhibit__add-image').click();
      await (await chooser).setFiles({
        name: 'shima.png',
        mimeType: 'image/png',
        buffer: await photo(320, 200, 'png'),
      });
      await visibleIn(page, '[data-testid=studio-exhibit-image] img').waitFor({ timeout: 15_000 });
      const { small } = await tapTargets(page, TAP_TARGETS);
      expect(small).toEqual([]);
      await shot(page, '08-online-editor', '[data-testid=online-editor]');

      await visibleIn(page, '.studio-editor__save').click();
      await page.waitForURL(/online-edit\/index\?id=/, { timeout: 15_000 });
      await visibleIn(page, '.studio-action--publish').click();
      await visibleIn(page, '.studio-status-panel .studio-status:has-text("已发布")').waitFor({ timeout: 15_000 });
      const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
      const hall = await call(server, StudioOnlineExhibitionDocument, { id }, clerk.token);
      expect(hall?.status).toBe('PUBLISHED');
      expect(hall?.exhibits.map((e) => [e.title, e.archiveRef, e.images.length])).toEqual([
        ['石码老街', '0001-002-0034', 1],
      ]);

      const reader = await session.newPhone();
      await reader.page.goto(`${server.url}/#/online/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await reader.page.locator('[data-testid=online-exhibition-card]').getByText('龙海老照片').first().waitFor({
        timeout: 15_000,
      });
      await reader.context.close();
      await context.close();
    } catch (error) {
      throw await session.explainFailure('content-studio-online', error);
    }
  });
});
