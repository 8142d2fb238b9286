// The demo seed's online exhibitions: both are published with at least eight exhibits each, every picture is one
// of our stored media (its bytes are in the media storage), the on-site 侨批 exhibition and its ONLINE-mode hall
// link to the 侨批 online exhibition, and reading the list costs a fixed number of SQL statements.
import { mediaIdOfPath } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { demoOnlineExhibitions } from '../../server/src/seed/demo-content';
import { dialects } from '../testkit/dialects';
import {
  ExhibitionOnlineVersionDocument,
  OnlineExhibitionDocument,
  OnlineExhibitionsDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { mediaDirEnv } from '../testkit/online-exhibitions';
import { useTestServer } from '../testkit/suite';

describe.each(dialects)('demo online exhibitions (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: { SEED_DEMO: 'true', ...mediaDirEnv() } });

  const bySlug = async () => new Map((await call(server(), OnlineExhibitionsDocument, {})).map((e) => [e.slug, e]));

  it('publishes the 侨批 and the precious physical archives exhibitions with at least eight exhibits each', async () => {
    const listed = await bySlug();
    for (const demo of demoOnlineExhibitions) {
      const exhibition = listed.get(demo.slug);
      expect(exhibition?.title).toBe(demo.title);
      expect(exhibition?.exhibitCount).toBe(demo.exhibits.length);
      expect(exhibition?.exhibits.length).toBeGreaterThanOrEqual(8);
      expect(exhibition?.exhibits.map((x) => x.title)).toEqual(demo.exhibits.map((x) => x.title));
      expect(exhibition?.exhibits.map((x) => x.holdingBranch?.code)).toEqual(
        demo.exhibits.map((x) => x.holdingBranchCode),
      );
    }
    expect([...listed.keys()]).toEqual(
      expect.arrayContaining(['qiaopi-archives-online', 'precious-physical-archives-online']),
    );
  });

  it('stores every picture as our media, with its bytes in the media storage', async () => {
    const base = server().config.publicBaseUrl;
    const urls = [...(await bySlug()).values()].flatMap((e) => [
      ...(e.cover ? [e.cover.url] : []),
      ...e.exhibits.flatMap((x) => x.images.map((i) => i.url)),
    ]);
    expect(urls.length).toBeGreaterThan(16);
    for (const url of new Set(urls)) {
      expect(url.startsWith(base)).toBe(true);
      const id = mediaIdOfPath(url.slice(base.length));
      expect(id).not.toBeNull();
      const stored = await server().app.services.mediaStorage.get(`${id}/960.jpg`);
      // A JPEG: it starts with the SOI marker.
      expect(stored?.bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    }
  });

  it('links the on-site 侨批 exhibition and its online hall to the 侨批 online exhibition', async () => {
    const rows = await server()
      .db.selectFrom('exhibition')
      .select(['id', 'slug'])
      .where('slug', 'in', ['qiaopi-letters', 'qiaopi-online', 'precious-physical-archives'])
      .execute();
    const versions = Object.fromEntries(
      await Promise.all(
        rows.map(async (row) => {
          const exhibition = await call(server(), ExhibitionOnlineVersionDocument, { id: String(row.id) });
          return [row.slug, exhibition?.onlineExhibition?.slug] as const;
        }),
      ),
    );
    expect(versions).toEqual({
      'qiaopi-letters': 'qiaopi-archives-online',
      'qiaopi-online': 'qiaopi-archives-online',
      'precious-physical-archives': 'precious-physical-archives-online',
    });
    const qiaopi = (await bySlug()).get('qiaopi-archives-online');
    const page = await call(server(), OnlineExhibitionDocument, { id: qiaopi!.id });
    expect(page?.exhibitions.map((e) => e.slug).sort()).toEqual(['qiaopi-letters', 'qiaopi-online']);
  });

  it('reads the list with its exhibits, branches and pictures in a fixed number of statements', async () => {
    const statements = await server().statementsDuring(() => call(server(), OnlineExhibitionsDocument, {}));
    // The exhibitions, their exhibit counts, their exhibits, and the branches (of the exhibitions and of the
    // exhibits, each level batched, or none once the process keeps the archives): however many there are.
    expect(statements.length).toBeGreaterThanOrEqual(3);
    expect(statements.length).toBeLessThanOrEqual(5);
  });
});
