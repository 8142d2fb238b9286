// Demo content is seeded once per database, however many times and however many processes start at once.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { createDatabase } from '../../server/src/db/create-db';
import type { Executor } from '../../server/src/db/database';
import {
  demoArticles,
  demoExhibitions,
  demoOnlineExhibitions,
  demoPublications,
} from '../../server/src/seed/demo-content';
import { ARCHIVE_BRANCHES } from '../../server/src/seed/reference-data';
import { seedDemoContent } from '../../server/src/seed/seed';
import { dialects } from '../testkit/dialects';
import { DemoHomeDocument } from '../testkit/generated/graphql';
import { mediaDirEnv } from '../testkit/online-exhibitions';
import { startTestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

async function counts(db: Executor) {
  const count = async (
    table: 'exhibition' | 'article' | 'app_setting' | 'online_exhibition' | 'online_exhibit' | 'publication',
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    exhibitions: await count('exhibition'),
    articles: await count('article'),
    settings: await count('app_setting'),
    onlineExhibitions: await count('online_exhibition'),
    onlineExhibits: await count('online_exhibit'),
    publications: await count('publication'),
  };
}

/** What one seeding adds to the counts. */
function seededOnce(before: Awaited<ReturnType<typeof counts>>) {
  return {
    exhibitions: before.exhibitions + demoExhibitions.length,
    articles: before.articles + demoArticles.length,
    settings: before.settings + 1,
    onlineExhibitions: before.onlineExhibitions + demoOnlineExhibitions.length,
    onlineExhibits: before.onlineExhibits + demoOnlineExhibitions.reduce((n, e) => n + e.exhibits.length, 0),
    publications: before.publications + demoPublications.length,
  };
}

describe.each(dialects)('seedDemoContent (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: mediaDirEnv() });

  it('seeds once; the second call returns false and adds nothing', async () => {
    const { db, clock, app } = server();
    const before = await counts(db);
    expect(await seedDemoContent(db, clock.now(), app.services.mediaStorage)).toBe(true);
    const after = await counts(db);
    expect(after).toEqual(seededOnce(before));

    clock.advance(60_000);
    expect(await seedDemoContent(db, clock.now(), app.services.mediaStorage)).toBe(false);
    expect(await counts(db)).toEqual(after);
  });
});

describe.each(dialects)('demo content (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: { SEED_DEMO: 'true', ...mediaDirEnv() } });

  it('dates the demo relative to the day of seeding, so the home page has current exhibitions', async () => {
    const home = await server().execute(DemoHomeDocument, {});
    const current = demoExhibitions.filter(
      (e) => e.featured && e.opensInDays <= 0 && (e.closesInDays ?? Number.POSITIVE_INFINITY) >= 0,
    );
    const upcoming = demoExhibitions.filter((e) => e.featured && e.opensInDays > 0);
    const byOpening = (a: { opensInDays: number }, b: { opensInDays: number }) => a.opensInDays - b.opensInDays;
    // The home page shows at most six.
    expect(home.data!.home.featuredExhibitions).toEqual(
      [
        ...current.sort(byOpening).map((e) => ({ title: e.title, phase: 'CURRENT' })),
        ...upcoming.sort(byOpening).map((e) => ({ title: e.title, phase: 'UPCOMING' })),
      ].slice(0, 6),
    );
    // Listed newest first in the order they are written (the query asks for 20).
    expect(home.data!.home.latestArticles.map((a) => a.title)).toEqual(demoArticles.slice(0, 20).map((a) => a.title));
  });
});

describe.each(dialects)('seeding when processes start together (%s)', (dialect) => {
  const media = mediaDirEnv();

  it('seeds exactly once from two concurrent calls', async () => {
    const server = await startTestServer({ dialect, env: media });
    // MySQL: two pools, as two server processes would have. SQLite: one process's single connection.
    const handles =
      dialect === 'mysql' ? [createDatabase(server.config.database), createDatabase(server.config.database)] : [];
    try {
      const dbs = handles.length > 0 ? handles.map((h) => h.db) : [server.db, server.db];
      const before = await counts(server.db);
      const media = server.app.services.mediaStorage;
      const results = await Promise.all(dbs.map((db) => seedDemoContent(db, server.clock.now(), media)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await counts(server.db)).toEqual(seededOnce(before));
    } finally {
      for (const handle of handles) await handle.destroy();
      await server.close();
    }
  });

  it('does not seed again when the server restarts on the same database', async () => {
    const server = await startTestServer({ dialect, env: { SEED_DEMO: 'true', ...media } });
    try {
      const seeded = await counts(server.db);
      // Besides the demo exhibitions, the reference data gives each of the 12 archives its reading-room row.
      expect(seeded.exhibitions).toBe(ARCHIVE_BRANCHES.length + demoExhibitions.length);
      const restarted = await createApp(server.config, { clock: server.clock });
      await restarted.close();
      expect(await counts(server.db)).toEqual(seeded);
    } finally {
      await server.close();
    }
  });
});
