// The articles' life cycle: staff write a draft, schedule it, and the publishing job makes it public at the exact
// minute, once, however many processes run the job; transitions move only from the status they expect.
import { beforeEach, describe, expect, it } from 'vitest';
import { publishDueContent } from '../../server/src/jobs/content-publishing.job';
import {
  articleInput,
  changeStatusOk,
  feedPage,
  publishFromAnotherProcess,
  recordingCache,
  saveOk,
} from '../testkit/articles';
import { dialects } from '../testkit/dialects';
import {
  ArticleReaderDocument,
  ChangeArticleStatusDocument,
  StudioArticleDocument,
} from '../testkit/generated/graphql';
import { resultAs } from '../testkit/graphql';
import { useStaffSuite } from '../testkit/suite';

const MINUTE = 60_000;

describe.each(dialects)('article workflow (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { admin: ['ADMIN'] });
  let cache: ReturnType<typeof recordingCache>;
  beforeEach(() => {
    cache = recordingCache();
  });
  const runJob = () => publishDueContent({ ...server().app.services, publicCache: cache });
  const readerSees = async (id: string) =>
    (await server().execute(ArticleReaderDocument, { id })).data?.article?.id === id;

  it('publishes a scheduled article at its minute, not a millisecond before, with that minute as its time', async () => {
    const s = server();
    const draft = await saveOk(s, staff.admin.token, articleInput());
    expect(draft.status).toBe('DRAFT');
    expect(draft.publishedAt).toBeNull();
    const publishAt = Math.ceil((s.clock.now() + 2 * 60 * MINUTE) / MINUTE) * MINUTE;
    const scheduled = await changeStatusOk(s, staff.admin.token, draft.id, 'SCHEDULE', publishAt);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', scheduledAt: new Date(publishAt).toISOString() });

    s.clock.set(publishAt - 1);
    expect(await runJob()).toBe(0);
    expect(cache.invalidated).toEqual([]);
    expect(await readerSees(draft.id)).toBe(false);
    expect((await feedPage(s, { first: 50 })).ids).not.toContain(draft.id);

    s.clock.set(publishAt);
    expect(await runJob()).toBe(1);
    expect(cache.invalidated).toEqual([['Article']]);
    expect(await readerSees(draft.id)).toBe(true);
    const feed = await feedPage(s, { first: 1 });
    expect(feed.ids).toEqual([draft.id]);
    expect(feed.nodes[0].publishedAt).toBe(new Date(publishAt).toISOString());
    // Running again changes nothing.
    expect(await runJob()).toBe(0);
  });

  it('publishes each due article exactly once when the job runs twice at once and in a second server process', async () => {
    const s = server();
    const publishAt = s.clock.now() + 10 * MINUTE;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const draft = await saveOk(s, staff.admin.token, articleInput());
      await changeStatusOk(s, staff.admin.token, draft.id, 'SCHEDULE', publishAt + i);
      ids.push(draft.id);
    }
    s.clock.set(publishAt + 60 * MINUTE);
    const counts = await Promise.all([runJob(), runJob(), publishFromAnotherProcess(s, s.clock), runJob()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ids.length);
    for (const [i, id] of ids.entries()) {
      const page = await s.execute(ArticleReaderDocument, { id });
      // The publication time is the scheduled one, whichever process published it.
      expect(page.data?.article?.publishedAt).toBe(new Date(publishAt + i).toISOString());
    }
    expect(await publishFromAnotherProcess(s, s.clock)).toBe(0);
  });

  it('refuses actions the status does not allow, and a schedule that is not in the future', async () => {
    const s = server();
    const token = staff.admin.token;
    const draft = await saveOk(s, token, articleInput());
    const unpublish = await s.execute(ChangeArticleStatusDocument, { id: draft.id, action: 'UNPUBLISH' }, token);
    expect(resultAs(unpublish.data!.changeArticleStatus, 'ContentTransitionError')).toMatchObject({
      status: 'DRAFT',
      action: 'UNPUBLISH',
    });
    for (const publishAt of [s.clock.now(), s.clock.now() - MINUTE, undefined]) {
      const schedule = await s.execute(
        ChangeArticleStatusDocument,
        {
          id: draft.id,
          action: 'SCHEDULE',
          publishAt: publishAt === undefined ? undefined : new Date(publishAt).toISOString(),
        },
        token,
      );
      const refused = resultAs(schedule.data!.changeArticleStatus, 'InputValidationError');
      expect(refused.fieldErrors.map((e) => e.path)).toEqual(['publishAt']);
    }
    const back = await s.execute(ChangeArticleStatusDocument, { id: draft.id, action: 'BACK_TO_DRAFT' }, token);
    expect(resultAs(back.data!.changeArticleStatus, 'ContentTransitionError').status).toBe('DRAFT');
    const unchanged = await s.execute(StudioArticleDocument, { id: draft.id }, token);
    expect(unchanged.data!.studioArticle).toMatchObject({ status: 'DRAFT', scheduledAt: null, publishedAt: null });
  });

  it('keeps the first publication time when an article is unpublished and published again', async () => {
    const s = server();
    const token = staff.admin.token;
    const draft = await saveOk(s, token, articleInput());
    const first = await changeStatusOk(s, token, draft.id, 'PUBLISH');
    expect(first.publishedAt).toBe(new Date(s.clock.now()).toISOString());
    expect(first.availableActions).toEqual(['UNPUBLISH']);
    s.clock.advance(MINUTE);
    expect(await changeStatusOk(s, token, draft.id, 'UNPUBLISH')).toMatchObject({ status: 'UNPUBLISHED' });
    expect(await readerSees(draft.id)).toBe(false);
    s.clock.advance(MINUTE);
    const again = await changeStatusOk(s, token, draft.id, 'PUBLISH');
    expect(again.publishedAt).toBe(first.publishedAt);
    expect(await readerSees(draft.id)).toBe(true);
  });

  it('lets only one of two simultaneous publishes through; the other learns the status it now has', async () => {
    const s = server();
    const token = staff.admin.token;
    const draft = await saveOk(s, token, articleInput());
    const results = await Promise.all(
      [0, 1].map(() => s.execute(ChangeArticleStatusDocument, { id: draft.id, action: 'PUBLISH' }, token)),
    );
    const typenames = results.map((r) => r.data!.changeArticleStatus.__typename).sort();
    expect(typenames).toEqual(['ContentTransitionError', 'MutationChangeArticleStatusSuccess']);
    const refused = results.find((r) => r.data!.changeArticleStatus.__typename === 'ContentTransitionError')!;
    expect(refused.data!.changeArticleStatus).toMatchObject({ status: 'PUBLISHED', action: 'PUBLISH' });
  });
});
