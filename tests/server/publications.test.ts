// 编研成果: the list is newest year first (within a year, the order staff gave), with cover, archive and the
// article about it while that article is published.
import { describe, expect, it } from 'vitest';
import { insertPublication } from '../../server/src/modules/publications/publication.repository';
import { HOUR_MS } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { PublicationsDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { branchId } from '../testkit/lookup';
import { mediaDirEnv, storedImagePath } from '../testkit/online-exhibitions';
import { createArticle } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

describe.each(dialects)('publications (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: mediaDirEnv() });

  it('lists publications newest year first, each with its cover, archive and published article', async () => {
    const now = server().clock.now();
    const cover = await storedImagePath(server());
    const article = await createArticle(server(), { category: 'RESEARCH', title: '汇编出版' });
    const future = await createArticle(server(), { category: 'RESEARCH', publishedAt: now + HOUR_MS });
    const city = Number(await branchId(server(), 'city'));
    const publication = (title: string, year: number, position: number, extra = {}) =>
      insertPublication(server().db, {
        title,
        cover_url: null,
        abstract: `${title}的简介`,
        year,
        obtain: '市档案馆阅览室可查阅',
        branch_id: null,
        article_id: null,
        position,
        created_at: now,
        ...extra,
      });
    await publication('《大事记》', 2019, 0);
    await publication('《汇编》', 2022, 1, { cover_url: cover, branch_id: city, article_id: article.id });
    await publication('《实录》', 2022, 0, { article_id: future.id });
    await publication('《读本》', 2021, 0);

    const list = await call(server(), PublicationsDocument, {});
    expect(list.map((p) => [p.title, p.year])).toEqual([
      ['《实录》', 2022],
      ['《汇编》', 2022],
      ['《读本》', 2021],
      ['《大事记》', 2019],
    ]);
    const compiled = list[1];
    expect(compiled).toMatchObject({
      abstract: '《汇编》的简介',
      obtain: '市档案馆阅览室可查阅',
      branch: { code: 'city' },
      cover: { url: `${server().config.publicBaseUrl}${cover}` },
      article: { id: String(article.id), title: '汇编出版' },
    });
    // An article not yet published is not shown.
    expect(list[0].article).toBeNull();
    expect(list[2]).toMatchObject({ cover: null, branch: null, article: null });
  });
});
