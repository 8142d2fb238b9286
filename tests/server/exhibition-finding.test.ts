// Finding a visit: the exhibition list filtered by archive, the archives that have exhibitions, each card's
// booking at a glance (the same days as the calendar), and the generated placeholder cover of an exhibition
// without a picture, served with caching headers and its title escaped.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  ExhibitionArchivesDocument,
  ExhibitionsDocument,
  type ExhibitionsQueryVariables,
} from '../../client/src/graphql/generated/operations';
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import { bookOk, call, createBookableExhibition, successData, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { SaveExhibitionDocument } from '../testkit/generated/graphql';
import { createStaff, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

/** An onsite exhibition saved through the staff mutation, without slots (upcoming ones, drafts, odd titles). */
async function saveExhibition(
  server: TestServer,
  staff: StaffSignedIn,
  input: { title: string; opensOn: string; published?: boolean; mode?: 'ONSITE' | 'ONLINE' },
) {
  return successData(
    await call(
      server,
      SaveExhibitionDocument,
      {
        input: {
          title: input.title,
          mode: input.mode ?? 'ONSITE',
          summary: '简介',
          description: '介绍',
          opensOn: input.opensOn,
          published: input.published ?? true,
        },
      },
      staff.token,
    ),
  );
}

describe.each(dialects)('finding an exhibition to visit (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { admin: ['ADMIN'] });

  const listOf = async (variables: ExhibitionsQueryVariables) => {
    const answer = await server().execute(ExhibitionsDocument, variables);
    expect(answer.errors).toBeUndefined();
    return (answer.data?.exhibitions.edges ?? []).map((e) => e.node);
  };

  it("lists one archive's exhibitions when filtered by it, and names the archives that have any", async () => {
    const city = await createBookableExhibition(server(), staff.admin, { branchCode: 'city' });
    const zhangpu = await createBookableExhibition(server(), staff.admin, { branchCode: 'zhangpu' });
    const zhangpuId = String(await branchIdByCode(server().db, 'zhangpu'));

    const filtered = await listOf({ phase: 'CURRENT', mode: 'ONSITE', branchId: zhangpuId, first: 50 });
    expect(filtered.map((e) => e.id)).toContain(zhangpu.id);
    expect(filtered.map((e) => e.id)).not.toContain(city.id);
    expect(filtered.every((e) => e.branch.id === zhangpuId)).toBe(true);
    const all = await listOf({ phase: 'CURRENT', mode: 'ONSITE', first: 50 });
    expect(all.map((e) => e.id)).toEqual(expect.arrayContaining([city.id, zhangpu.id]));
    // An id that names no archive lists nothing, not everything.
    expect(await listOf({ phase: 'CURRENT', branchId: '999999', first: 50 })).toEqual([]);
    expect(await listOf({ phase: 'CURRENT', branchId: 'x', first: 50 })).toEqual([]);

    const archives = (await server().execute(ExhibitionArchivesDocument, {})).data?.exhibitionArchives ?? [];
    const cityId = String(await branchIdByCode(server().db, 'city'));
    expect(archives.map((a) => a.id)).toEqual(expect.arrayContaining([cityId, zhangpuId]));
    // Archives with nothing published are no chip: yunxiao has only a draft.
    const yunxiaoStaff = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'yunxiao' });
    await saveExhibition(server(), yunxiaoStaff, { title: '云霄草稿展', opensOn: TEST_TODAY, published: false });
    const yunxiaoId = String(await branchIdByCode(server().db, 'yunxiao'));
    const after = (await server().execute(ExhibitionArchivesDocument, {})).data?.exhibitionArchives ?? [];
    expect(after.map((a) => a.id)).not.toContain(yunxiaoId);
  });

  it('says on each card whether it can be booked: the first day with places, full, not started, online', async () => {
    const open = await createBookableExhibition(server(), staff.admin, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 2 }],
    });
    const full = await createBookableExhibition(server(), staff.admin, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1 }],
      days: 1,
    });
    await bookOk(server(), await signInCitizen(server()), (await full.slotAt(TEST_TODAY)).id);
    const opensOn = addDays(TEST_TODAY, 30);
    const upcoming = await saveExhibition(server(), staff.admin, { title: '即将开展的展览', opensOn });
    const online = await saveExhibition(server(), staff.admin, {
      title: '线上展',
      opensOn: TEST_TODAY,
      mode: 'ONLINE',
    });

    const nodes = [
      ...(await listOf({ phase: 'CURRENT', first: 50 })),
      ...(await listOf({ phase: 'UPCOMING', first: 50 })),
    ];
    const glanceOf = (id: string) => nodes.find((n) => n.id === id)?.bookingGlance;
    expect(glanceOf(open.id)).toEqual({ state: 'AVAILABLE', date: TEST_TODAY, remaining: 2, releaseAt: null });
    expect(glanceOf(full.id)).toMatchObject({ state: 'FULL', date: TEST_TODAY, remaining: 0 });
    expect(glanceOf(upcoming.id)).toMatchObject({ state: 'NOT_STARTED', date: opensOn });
    expect(nodes.find((n) => n.id === online.id)?.bookingGlance).toBeNull();
  });

  it('serves a placeholder cover for an exhibition without a picture: SVG, cached, the title escaped', async () => {
    const title = '侨批<script>alert("x")</script>&展';
    const saved = await saveExhibition(server(), staff.admin, { title, opensOn: TEST_TODAY });
    const [node] = (await listOf({ phase: 'CURRENT', first: 50 })).filter((n) => n.id === saved.id);
    expect(node.displayCoverUrl).toBe(`/covers/exhibitions/${saved.id}.svg`);

    const response = await fetch(`${server().url}${node.displayCoverUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const svg = await response.text();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('侨批&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;展');
    expect(svg).toContain('漳州市档案馆');

    // Asked again with its ETag: not modified.
    const again = await fetch(`${server().url}${node.displayCoverUrl}`, {
      headers: { 'if-none-match': response.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('serves no cover for a draft, an unknown exhibition or an odd path', async () => {
    const draft = await saveExhibition(server(), staff.admin, { title: '草稿', opensOn: TEST_TODAY, published: false });
    for (const path of [`/covers/exhibitions/${draft.id}.svg`, '/covers/exhibitions/999999.svg', '/covers/x.svg']) {
      const response = await fetch(`${server().url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });
});
