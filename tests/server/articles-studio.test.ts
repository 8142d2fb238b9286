// The content studio: who may write and publish which archive's articles, what a save accepts (and that a refused
// save changes nothing), the studio's list, the preview of pasted HTML, and the public cache dropped after every
// change readers see.
import { CONTENT_LIMITS } from '@zz/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../server/src/db/executor';
import { saveArticle } from '../../server/src/modules/articles/article.service';
import { noPublicCache } from '../../server/src/platform/cache/public-cache';
import { articleInput, changeStatusOk, recordingCache, saveOk } from '../testkit/articles';
import { dialects } from '../testkit/dialects';
import {
  ChangeArticleStatusDocument,
  PreviewRichTextDocument,
  SaveArticleDocument,
  SetArticleHighlightDocument,
  StudioArticleDocument,
  StudioArticlesDocument,
} from '../testkit/generated/graphql';
import { outcome, resultAs, successData } from '../testkit/graphql';
import { createExhibition, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const MEDIA = `/media/${'b'.repeat(32)}/960.jpg`;

describe.each(dialects)('article studio (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      admin: ['ADMIN'],
      longhai: ['BRANCH_STAFF', { branchCode: 'longhai' }],
      zhangpu: ['BRANCH_STAFF', { branchCode: 'zhangpu' }],
      checker: ['CHECKER', { branchCode: 'longhai' }],
    },
  );
  let cache: ReturnType<typeof recordingCache>;
  beforeEach(() => {
    cache = recordingCache();
    server().app.services.publicCache = cache;
  });
  afterEach(() => {
    server().app.services.publicCache = noPublicCache;
  });

  const studioIds = async (token: string) =>
    (await server().execute(StudioArticlesDocument, { first: 50 }, token)).data!.studioArticles.edges.map(
      (e) => e.node.id,
    );

  it("keeps county staff to their own archive's articles; the administrator acts on every archive", async () => {
    const s = server();
    const zhangpuBranch = (await saveOk(s, staff.zhangpu.token, articleInput())).branch!.id;
    // Naming another archive does not move a county's article there.
    const own = await saveOk(s, staff.longhai.token, articleInput({ branchId: zhangpuBranch }));
    expect(own.branch?.code).toBe('longhai');
    expect(own.status).toBe('DRAFT');

    const other = staff.zhangpu.token;
    const edit = await s.execute(SaveArticleDocument, { id: own.id, input: articleInput({ title: '改写' }) }, other);
    expect(outcome(edit)).toBe('NotAuthorizedError:FORBIDDEN');
    const publish = await s.execute(ChangeArticleStatusDocument, { id: own.id, action: 'PUBLISH' }, other);
    expect(outcome(publish)).toBe('NotAuthorizedError:FORBIDDEN');
    const pin = await s.execute(SetArticleHighlightDocument, { id: own.id, pinned: true, featured: true }, other);
    expect(outcome(pin)).toBe('NotAuthorizedError:FORBIDDEN');
    expect((await s.execute(StudioArticleDocument, { id: own.id }, other)).data!.studioArticle).toBeNull();
    expect(await studioIds(other)).not.toContain(own.id);
    expect(await studioIds(staff.longhai.token)).toContain(own.id);
    expect(
      (await s.execute(StudioArticleDocument, { id: own.id }, staff.longhai.token)).data!.studioArticle,
    ).toMatchObject({ id: own.id, title: own.title, status: 'DRAFT' });

    // The administrator edits it, moves it to the bureau (no archive), pins and publishes it.
    const admin = staff.admin.token;
    const moved = await saveOk(s, admin, articleInput({ title: '市局改写', branchId: null }), own.id);
    expect(moved).toMatchObject({ title: '市局改写', branch: null });
    const pinned = await s.execute(SetArticleHighlightDocument, { id: own.id, pinned: true, featured: false }, admin);
    expect(successData(pinned.data!.setArticleHighlight)).toMatchObject({ pinned: true, featured: false });
    expect((await changeStatusOk(s, admin, own.id, 'PUBLISH')).status).toBe('PUBLISHED');
    // Now no county's: only the administrator manages it.
    expect(await studioIds(staff.longhai.token)).not.toContain(own.id);
    expect(await studioIds(admin)).toEqual(expect.arrayContaining([own.id]));
  });

  it('refuses the studio to citizens, door checkers and anonymous callers', async () => {
    const s = server();
    const citizen = await signInCitizen(s);
    const draft = await saveOk(s, staff.admin.token, articleInput());
    for (const [token, reason] of [
      [citizen.token, 'FORBIDDEN'],
      [staff.checker.token, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      expect(outcome(await s.execute(SaveArticleDocument, { input: articleInput() }, token))).toBe(
        `NotAuthorizedError:${reason}`,
      );
      expect(outcome(await s.execute(ChangeArticleStatusDocument, { id: draft.id, action: 'PUBLISH' }, token))).toBe(
        `NotAuthorizedError:${reason}`,
      );
      expect(outcome(await s.execute(StudioArticlesDocument, {}, token))).toBe(`error:${reason}`);
      expect(outcome(await s.execute(StudioArticleDocument, { id: draft.id }, token))).toBe(`error:${reason}`);
      expect(outcome(await s.execute(PreviewRichTextDocument, { html: '<p>x</p>' }, token))).toBe(`error:${reason}`);
    }
    expect(
      (await s.execute(StudioArticleDocument, { id: draft.id }, staff.admin.token)).data!.studioArticle?.status,
    ).toBe('DRAFT');
  });

  it('refuses invalid input field by field and changes nothing', async () => {
    const s = server();
    const admin = staff.admin.token;
    const existing = await saveOk(s, admin, articleInput({ tags: ['侨批'], coverUrl: MEDIA }));
    const before = await studioIds(admin);
    const bad = articleInput({
      title: '  ',
      summary: '长'.repeat(CONTENT_LIMITS.summaryMax + 1),
      author: '作'.repeat(CONTENT_LIMITS.authorMax + 1),
      tags: Array.from({ length: CONTENT_LIMITS.tagsMax + 1 }, (_, i) => `标签${i}`),
      coverUrl: 'https://elsewhere.example/cover.jpg',
      videoPosterUrl: '/media/not-ours/960.jpg',
      videoUrl: 'javascript:alert(1)',
      branchId: '999999',
      exhibitionId: '999999',
    });
    const created = await s.execute(SaveArticleDocument, { input: bad }, admin);
    const refused = resultAs(created.data!.saveArticle, 'InputValidationError');
    expect(refused.fieldErrors.map((e) => e.path).sort()).toEqual(
      [
        'input.author',
        'input.branchId',
        'input.coverUrl',
        'input.exhibitionId',
        'input.summary',
        'input.tags',
        'input.title',
        'input.videoPosterUrl',
        'input.videoUrl',
      ].sort(),
    );
    expect(await studioIds(admin)).toEqual(before);

    // The body limit fits inside the request-body limit (GRAPHQL_LIMITS.requestBodyBytes, 128 KiB), so an
    // over-long body is a field error over HTTP; the service's own check is also called directly.
    const tooLong = articleInput({ bodyHtml: `<p>${'长'.repeat(CONTENT_LIMITS.bodyHtmlMaxBytes / 3 + 10)}</p>` });
    const overHttp = await s.execute(SaveArticleDocument, { id: existing.id, input: tooLong }, admin);
    expect(resultAs(overHttp.data!.saveArticle, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual([
      'input.bodyHtml',
    ]);
    const deps = { db: s.db, clock: s.clock, vault: s.app.services.vault };
    const adminActor = {
      accountId: staff.admin.accountId,
      sessionId: 0,
      kind: 'STAFF',
      role: 'ADMIN',
      branchId: null,
      displayName: staff.admin.displayName,
    } as const;
    await expect(
      inTransaction(s.db, (trx) =>
        saveArticle(
          { ...deps, db: trx },
          adminActor,
          Number(existing.id),
          { ...tooLong, branchId: null, exhibitionId: null },
          s.config.publicBaseUrl,
        ),
      ),
    ).rejects.toMatchObject({ fieldErrors: [{ path: 'input.bodyHtml' }] });
    const emptyBody = await s.execute(
      SaveArticleDocument,
      { id: existing.id, input: articleInput({ bodyHtml: '<p> </p>' }) },
      admin,
    );
    expect(resultAs(emptyBody.data!.saveArticle, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual([
      'input.bodyHtml',
    ]);
    const unchanged = (await s.execute(StudioArticleDocument, { id: existing.id }, admin)).data!.studioArticle!;
    expect(unchanged).toMatchObject({ title: existing.title, tags: ['侨批'], bodyHtml: existing.bodyHtml });
    expect(unchanged.updatedAt).toBe(existing.updatedAt);
    expect(outcome(await s.execute(SaveArticleDocument, { id: '999999', input: articleInput() }, admin))).toBe(
      'NotFoundError',
    );
  });

  it('stores what it accepts: sanitised body, its excerpt and reading time, our media, the exhibition', async () => {
    const s = server();
    const exhibition = await createExhibition(s, {});
    const saved = await saveOk(
      s,
      staff.admin.token,
      articleInput({
        title: '侨批里的家国',
        bodyHtml: `<p onclick="steal()">一封侨批，${'家书'.repeat(500)}</p><script>alert(1)</script>`,
        tags: [' 侨批 ', '侨批', '家书'],
        coverUrl: `${s.config.publicBaseUrl}${MEDIA}`,
        videoUrl: 'https://video.example/qiaopi.mp4',
        videoPosterUrl: MEDIA,
        exhibitionId: String(exhibition.id),
      }),
    );
    expect(saved.bodyHtml).not.toMatch(/script|onclick/);
    expect(saved.summary.startsWith('一封侨批，家书')).toBe(true);
    expect(saved.summary.length).toBeLessThanOrEqual(80);
    expect(saved.readingMinutes).toBe(3);
    expect(saved.tags).toEqual(['侨批', '家书']);
    expect(saved.cover?.url).toBe(`${s.config.publicBaseUrl}${MEDIA}`);
    expect(saved.video).toEqual({
      url: 'https://video.example/qiaopi.mp4',
      posterUrl: `${s.config.publicBaseUrl}${MEDIA}`,
    });
    expect(saved.exhibition).toEqual({ id: String(exhibition.id) });
    expect(saved.availableActions).toEqual(['SCHEDULE', 'PUBLISH']);

    const withSummary = await saveOk(s, staff.admin.token, articleInput({ summary: '员工写的摘要' }), saved.id);
    expect(withSummary.summary).toBe('员工写的摘要');
  });

  it('lists the studio newest change first, by status and search, page by page', async () => {
    const s = server();
    const token = staff.zhangpu.token;
    const mark = `检索${Date.now() % 100000}`;
    const a = await saveOk(s, token, articleInput({ title: `${mark}甲` }));
    s.clock.advance(1000);
    const b = await saveOk(s, token, articleInput({ title: `${mark}乙` }));
    s.clock.advance(1000);
    await changeStatusOk(s, token, a.id, 'PUBLISH');
    const page = async (variables: object) =>
      (await s.execute(StudioArticlesDocument, { ...variables, search: mark }, token)).data!.studioArticles;
    expect((await page({})).edges.map((e) => e.node.id)).toEqual([a.id, b.id]);
    expect((await page({ status: 'DRAFT' })).edges.map((e) => e.node.id)).toEqual([b.id]);
    const first = await page({ first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([b.id]);
  });

  it('previews pasted HTML as the blocks readers will see', async () => {
    const s = server();
    const preview = await s.execute(
      PreviewRichTextDocument,
      { html: '<p>段落<script>x()</script></p>' },
      staff.longhai.token,
    );
    expect(preview.data!.previewRichText.every((b) => !/script/.test(b.html ?? ''))).toBe(true);
    expect(preview.data!.previewRichText[0]).toMatchObject({ kind: 'PARAGRAPH', html: '段落' });
    const long = await s.execute(
      PreviewRichTextDocument,
      { html: `<p>${'x'.repeat(CONTENT_LIMITS.bodyHtmlMaxBytes - 7)}</p>` },
      staff.longhai.token,
    );
    expect(long.data!.previewRichText).toHaveLength(1);
    const tooLong = await s.execute(
      PreviewRichTextDocument,
      { html: `<p>${'x'.repeat(CONTENT_LIMITS.bodyHtmlMaxBytes)}</p>` },
      staff.longhai.token,
    );
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('drops the public cache after each change readers see, and not for a draft', async () => {
    const s = server();
    const token = staff.admin.token;
    const draft = await saveOk(s, token, articleInput());
    await saveOk(s, token, articleInput({ title: '草稿再改' }), draft.id);
    expect(cache.invalidated).toEqual([]);
    await changeStatusOk(s, token, draft.id, 'PUBLISH');
    expect(cache.invalidated).toEqual([['Article']]);
    await saveOk(s, token, articleInput({ title: '发布后再改' }), draft.id);
    await s.execute(SetArticleHighlightDocument, { id: draft.id, pinned: false, featured: true }, token);
    await changeStatusOk(s, token, draft.id, 'UNPUBLISH');
    expect(cache.invalidated).toHaveLength(4);
  });
});
