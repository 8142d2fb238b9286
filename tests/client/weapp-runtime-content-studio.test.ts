// 内容发布 in the weapp production build, run in the fake WeChat host (tests/testkit/weapp-host/) against a real
// server: a county archive's staff member opens the studio from the staff home, writes an article (two blocks,
// the second moved above the first), saves it as a draft and publishes it; readers then get it. An online
// exhibition is made with one exhibit and a photo picked in WeChat, saved and published. A checker has no tile.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import {
  StudioArticleDocument,
  StudioOnlineExhibitionDocument,
} from '../../client/src/graphql/generated/staff/operations';
import { MINUTE_MS } from '../testkit/booking';
import { call } from '../testkit/graphql';
import { createStaff, type StaffSignedIn } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { photo } from '../testkit/uploads';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost } from '../testkit/weapp-host/host';
import { useStaffPhones } from '../testkit/weapp-staff';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '内容发布 in the weapp build'
  : '内容发布 in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer(() => ({ dialect: 'sqlite' }));
  // Staff sign-in allows ten a minute per address, so each test starts a couple of minutes after the one before.
  let tests = 0;
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 2 * MINUTE_MS * tests++));
  const signedIn = useStaffPhones(server);

  const opened: WeappHost[] = [];
  afterAll(() => {
    for (const host of opened) host.close();
  });
  /** A phone already signed in (the session token in storage) on a studio page, picking `picture` from WeChat. */
  async function studioPhone(staff: StaffSignedIn, entry: string, picture: Buffer): Promise<WeappHost> {
    const host = await launchWeapp({
      serverUrl: server().url,
      now: () => server().clock.now(),
      entry,
      storage: { 'zz.session': staff.token },
      chooseMedia: () => ({ name: 'exhibit.png', content: picture }),
    });
    opened.push(host);
    return host;
  }

  it('writes an article from the staff home: adds two blocks, moves one, saves a draft and publishes it', async () => {
    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const host = await signedIn(clerk);
    await host.page.tap({ className: 'staff-tool--content' });
    expect(host.page.route).toBe(STAFF_PAGES.content);
    expect(host.page.title).toBe('内容发布');
    expect(host.page.text()).toContain('还没有文章');
    // 全部 and the four statuses, in the shared vocabulary's order.
    expect(host.page.textsOf({ className: 'staff-chip', inside: { className: 'studio-list__status' } })).toEqual([
      '全部',
      '草稿',
      '定时发布',
      '已发布',
      '已下线',
    ]);

    await host.page.tap({ className: 'studio-list__new-article' });
    const page = host.page;
    expect(page.route).toBe(STAFF_PAGES.articleEdit);
    expect(page.title).toBe('写文章');
    await page.type({ tag: 'input', inside: { className: 'studio-form__title' } }, '漳浦侨批里的家书');

    // A paragraph first, then a heading after it, moved above it.
    await page.tap({ className: 'studio-add__toggle' });
    await page.tap({ className: 'staff-chip', text: '段落', inside: { className: 'studio-add__kinds' } });
    await page.type(
      { tag: 'textarea', inside: { className: 'studio-block' } },
      '一封家书，两地牵挂。\n<b>不是标签</b>',
    );
    await page.tap(page.all({ className: 'studio-add__toggle' })[1]);
    await page.tap({ className: 'staff-chip', text: '标题', inside: { className: 'studio-add__kinds' } });
    await page.type({ tag: 'input', inside: { className: 'studio-block__text' } }, '一封家书');
    expect(page.textsOf({ className: 'studio-block__kind' })).toEqual(['1. 段落', '2. 标题']);
    await page.tap(page.all({ className: 'studio-block__up' })[1]);
    expect(page.textsOf({ className: 'studio-block__kind' })).toEqual(['1. 标题', '2. 段落']);

    // Leaving now would lose the text: WeChat's 返回 asks first.
    expect(host.calls('enableAlertBeforeUnload')).toEqual([expect.objectContaining({ message: expect.any(String) })]);
    await page.tap({ className: 'studio-editor__save' });
    // A new article reopens as itself, so it survives a reload.
    const editor = host.page;
    expect(editor.route).toBe(STAFF_PAGES.articleEdit);
    const id = editor.query.id;
    expect(id).toBeTruthy();
    const saved = await call(server(), StudioArticleDocument, { id }, clerk.token);
    expect(saved?.status).toBe('DRAFT');
    expect(saved?.branch?.shortName).toBeTruthy();
    // The typed text is escaped, its line break kept: nothing typed becomes markup.
    expect(saved?.body.map((b) => b.kind)).toEqual(['HEADING', 'PARAGRAPH']);
    expect(saved?.body[0].text).toBe('一封家书');
    expect(saved?.body[1].html).toBe('一封家书，两地牵挂。<br>&lt;b&gt;不是标签&lt;/b&gt;');

    expect(editor.get({ className: 'studio-status' }).text).toBe('草稿');
    expect(editor.textsOf({ className: 'studio-action' })).toEqual(['定时发布', '立即发布']);
    await editor.tap({ className: 'studio-action--publish' });
    expect(editor.get({ className: 'studio-status' }).text).toBe('已发布');
    expect(editor.textsOf({ className: 'studio-action' })).toEqual(['下线']);
    const published = await call(server(), StudioArticleDocument, { id }, clerk.token);
    expect(published?.status).toBe('PUBLISHED');

    // Back on the list, the article is there with its status.
    const list = await host.navigateBack();
    expect(list.route).toBe(STAFF_PAGES.content);
    await host.settle();
    const row = list.get({ className: 'studio-row', text: '漳浦侨批里的家书' });
    expect(list.get({ className: 'studio-status' }, row).text).toBe('已发布');
    expect(host.errors).toEqual([]);
    expect(host.record.missing).toEqual([]);
  });

  it('makes an online exhibition with an exhibit and a photo picked in WeChat, saves and publishes it', async () => {
    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'longhai' });
    const host = await studioPhone(clerk, `/${STAFF_PAGES.onlineEdit}`, await photo(320, 200, 'png'));
    const page = host.page;
    expect(page.route).toBe(STAFF_PAGES.onlineEdit);
    expect(page.title).toBe('新建网上展厅');
    await page.type({ tag: 'input', inside: { className: 'studio-online__title' } }, '龙海老照片');
    await page.type({ tag: 'textarea', inside: { className: 'studio-online__intro' } }, '百年龙海的街巷与人家。');

    await page.tap({ className: 'studio-online__add-exhibit' });
    expect(page.all({ className: 'studio-exhibit-card' })).toHaveLength(1);
    await page.type({ tag: 'input', inside: { className: 'studio-exhibit__title' } }, '石码老街');
    await page.type({ tag: 'input', inside: { className: 'studio-exhibit__caption' } }, '1930年代的石码');
    await page.type(
      { tag: 'textarea', inside: { className: 'studio-exhibit__description' } },
      '骑楼连绵的石码老街，曾是九龙江口最热闹的商埠。',
    );
    await page.tap({ className: 'studio-exhibit__add-image' });
    expect(page.all({ className: 'studio-exhibit__thumb' })).toHaveLength(1);
    const [upload] = host.calls('uploadFile');
    expect(String(upload.url)).toContain('/uploads?purpose=CONTENT_IMAGE');

    await page.tap({ className: 'studio-editor__save' });
    const editor = host.page;
    const id = editor.query.id;
    expect(id, editor.text()).toBeTruthy();
    const saved = await call(server(), StudioOnlineExhibitionDocument, { id }, clerk.token);
    expect(saved).toMatchObject({ title: '龙海老照片', intro: '百年龙海的街巷与人家。', status: 'DRAFT' });
    expect(saved?.exhibits.map((e) => [e.title, e.caption, e.images.length])).toEqual([
      ['石码老街', '1930年代的石码', 1],
    ]);
    expect(saved?.exhibits[0].images[0].url).toMatch(/\/media\/[0-9a-f]{32}\/\d+\.jpg$/);

    await editor.tap({ className: 'studio-action--publish' });
    expect(editor.get({ className: 'studio-status' }).text).toBe('已发布');
    expect(host.errors).toEqual([]);
    expect(host.record.missing).toEqual([]);
  });

  it('shows a checker no 内容发布 tile', async () => {
    const checker = await createStaff(server(), 'CHECKER', { branchCode: 'nanjing' });
    const door = await signedIn(checker);
    expect(door.page.all({ className: 'staff-tool--scan' })).toHaveLength(1);
    expect(door.page.all({ className: 'staff-tool--content' })).toEqual([]);
  });
});
