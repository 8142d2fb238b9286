// Engagement with a published article: reads count once per reader per business day, likes toggle and never
// drift under concurrent taps, shares count within a rate limit.
import { addDays, businessDateOf, instantOf } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { SHARE_LIMIT } from '../../server/src/modules/articles/article.service';
import { publishedArticle } from '../testkit/articles';
import { dialects } from '../testkit/dialects';
import {
  ArticleReaderDocument,
  RecordArticleReadDocument,
  RecordArticleShareDocument,
  SetArticleLikeDocument,
} from '../testkit/generated/graphql';
import { resultAs, successData } from '../testkit/graphql';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const deviceKey = (n: number) => `device-key-${String(n).padStart(8, '0')}`;

describe.each(dialects)('article engagement (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { admin: ['ADMIN'] });

  const read = async (id: string, token?: string, readerKey?: string) => {
    const result = await server().execute(RecordArticleReadDocument, { id, readerKey }, token);
    return result.data!.recordArticleRead;
  };
  const readCount = async (id: string) =>
    (await server().execute(ArticleReaderDocument, { id })).data!.article!.readCount;

  it('counts a read once per reader per business day, and again the next day', async () => {
    const s = server();
    const article = await publishedArticle(s, staff.admin.token);
    const citizen = await signInCitizen(s);
    expect(successData(await read(article.id, citizen.token)).readCount).toBe(1);
    // The same account again, even with a device key: still the account's read of the day.
    expect(successData(await read(article.id, citizen.token, deviceKey(1))).readCount).toBe(1);
    expect(successData(await read(article.id, undefined, deviceKey(1))).readCount).toBe(2);
    expect(successData(await read(article.id, undefined, deviceKey(1))).readCount).toBe(2);
    expect(successData(await read(article.id, undefined, deviceKey(2))).readCount).toBe(3);

    // The business day ends at midnight in Shanghai: one minute before it is still today.
    const today = businessDateOf(s.clock.now());
    s.clock.set(instantOf(addDays(today, 1), '00:00') - 60_000);
    expect(successData(await read(article.id, citizen.token)).readCount).toBe(3);
    s.clock.set(instantOf(addDays(today, 1), '00:00'));
    expect(successData(await read(article.id, citizen.token)).readCount).toBe(4);
    expect(successData(await read(article.id, undefined, deviceKey(1))).readCount).toBe(5);
    expect(await readCount(article.id)).toBe(5);
  });

  it('counts concurrent reads of one reader once', async () => {
    const s = server();
    const article = await publishedArticle(s, staff.admin.token);
    const results = await Promise.all(Array.from({ length: 10 }, () => read(article.id, undefined, deviceKey(3))));
    expect(results.every((r) => r.__typename === 'MutationRecordArticleReadSuccess')).toBe(true);
    expect(await readCount(article.id)).toBe(1);
  });

  it('refuses an anonymous read without a valid reader key, and counts nothing', async () => {
    const s = server();
    const article = await publishedArticle(s, staff.admin.token);
    for (const key of [
      undefined,
      'short',
      'x'.repeat(65),
      'has spaces in it, 1234',
      '中文中文中文中文中文中文中文中文',
    ]) {
      const refused = resultAs(await read(article.id, undefined, key), 'InputValidationError');
      expect(refused.fieldErrors.map((e) => e.path)).toEqual(['readerKey']);
    }
    expect(await readCount(article.id)).toBe(0);
    expect((await read('999999', undefined, deviceKey(4))).__typename).toBe('NotFoundError');
  });

  it('keeps one like per account under 20 concurrent taps, and the count equal to the likes', async () => {
    const s = server();
    const article = await publishedArticle(s, staff.admin.token);
    const citizen = await signInCitizen(s);
    const like = (liked: boolean, token = citizen.token) =>
      s.execute(SetArticleLikeDocument, { id: article.id, liked }, token);

    const taps = await Promise.all(Array.from({ length: 20 }, () => like(true)));
    expect(taps.every((t) => t.data!.setArticleLike.__typename === 'MutationSetArticleLikeSuccess')).toBe(true);
    const afterTaps = (await s.execute(ArticleReaderDocument, { id: article.id }, citizen.token)).data!.article!;
    expect(afterTaps).toMatchObject({ likeCount: 1, viewerLiked: true });

    // Mixed taps of two readers: whatever order they land in, the count is the number of likes left.
    const other = await signInCitizen(s);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => like(i % 2 === 0, i % 3 === 0 ? other.token : citizen.token)),
    );
    const [mine, theirs] = await Promise.all(
      [citizen, other].map(async (c) => (await s.execute(ArticleReaderDocument, { id: article.id }, c.token)).data!),
    );
    const likes = [mine.article!.viewerLiked, theirs.article!.viewerLiked].filter(Boolean).length;
    expect(mine.article!.likeCount).toBe(likes);

    const off = successData((await like(false)).data!.setArticleLike);
    const offAgain = successData((await like(false)).data!.setArticleLike);
    expect(off.viewerLiked).toBe(false);
    expect(offAgain.likeCount).toBe(off.likeCount);
    const on = successData((await like(true)).data!.setArticleLike);
    expect(on).toMatchObject({ viewerLiked: true, likeCount: off.likeCount + 1 });
  });

  it('asks anonymous readers to sign in to like, and shows them viewerLiked false', async () => {
    const s = server();
    const article = await publishedArticle(s, staff.admin.token);
    const anonymous = await s.execute(SetArticleLikeDocument, { id: article.id, liked: true }, null);
    expect(resultAs(anonymous.data!.setArticleLike, 'NotAuthorizedError').reason).toBe('UNAUTHENTICATED');
    expect((await s.execute(ArticleReaderDocument, { id: article.id })).data!.article).toMatchObject({
      likeCount: 0,
      viewerLiked: false,
    });
  });

  it(`counts shares and refuses more than ${SHARE_LIMIT.count} an hour from one client`, async () => {
    const s = server();
    const article = await publishedArticle(s, staff.admin.token);
    const share = () => s.execute(RecordArticleShareDocument, { id: article.id, channel: 'CHAT' });
    for (let i = 1; i <= SHARE_LIMIT.count; i++) {
      expect(successData((await share()).data!.recordArticleShare).shareCount).toBe(i);
    }
    const limited = resultAs((await share()).data!.recordArticleShare, 'RateLimitedError');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect((await s.execute(ArticleReaderDocument, { id: article.id })).data!.article!.shareCount).toBe(
      SHARE_LIMIT.count,
    );
    // A signed-in reader is counted apart from the address.
    const citizen = await signInCitizen(s);
    const signedIn = await s.execute(
      RecordArticleShareDocument,
      { id: article.id, channel: 'TIMELINE' },
      citizen.token,
    );
    expect(successData(signedIn.data!.recordArticleShare).shareCount).toBe(SHARE_LIMIT.count + 1);
  });
});
