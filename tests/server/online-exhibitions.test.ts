// Online exhibitions: readers see published ones only; staff save an exhibition with its ordered exhibits in one go
// (ids kept, new ones inserted, left-out ones deleted), a refused save changes nothing, each archive edits its own
// (the administrator all), the workflow refuses moves its status does not allow, scheduled publishing happens
// once however many processes run it, and an on-site exhibition and its online version link both ways.
import { describe, expect, it } from 'vitest';
import { publishDueContent } from '../../server/src/jobs/content-publishing.job';
import { publishDueOnlineExhibitions } from '../../server/src/modules/online-exhibitions/online-exhibition.service';
import { HOUR_MS, iso } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  ChangeOnlineExhibitionStatusDocument,
  ExhibitionOnlineVersionDocument,
  OnlineExhibitDocument,
  OnlineExhibitionDocument,
  OnlineExhibitionsDocument,
  SaveOnlineExhibitionDocument,
  StudioOnlineExhibitionDocument,
  StudioOnlineExhibitionsDocument,
} from '../testkit/generated/graphql';
import { call, resultAs } from '../testkit/graphql';
import { branchId } from '../testkit/lookup';
import {
  changeOnlineExhibitionStatus,
  exhibitInput,
  mediaDirEnv,
  onlineExhibitionInput,
  saveOnlineExhibition,
  storedImagePath,
} from '../testkit/online-exhibitions';
import { createExhibition } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

describe.each(dialects)('online exhibitions (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, env: mediaDirEnv() },
    {
      admin: ['ADMIN'],
      city: ['BRANCH_STAFF'],
      longhai: ['BRANCH_STAFF', { branchCode: 'longhai' }],
    },
  );

  const readerIds = async () => (await call(server(), OnlineExhibitionsDocument, {})).map((e) => e.id);

  it('shows readers only published exhibitions, and an exhibit only while its exhibition is published', async () => {
    const image = await storedImagePath(server());
    const draft = await saveOnlineExhibition(server(), staff.city.token, onlineExhibitionInput(image));
    const [exhibit] = draft.exhibits;
    expect(draft.status).toBe('DRAFT');
    expect(draft.availableActions).toEqual(['SCHEDULE', 'PUBLISH']);

    expect(await readerIds()).not.toContain(draft.id);
    expect(await call(server(), OnlineExhibitionDocument, { id: draft.id })).toBeNull();
    expect(await call(server(), OnlineExhibitDocument, { id: exhibit.id })).toBeNull();

    await changeOnlineExhibitionStatus(server(), staff.city.token, draft.id, 'PUBLISH');
    expect(await readerIds()).toContain(draft.id);
    const published = await call(server(), OnlineExhibitionDocument, { id: draft.id });
    expect(published?.exhibits.map((x) => x.title)).toEqual(['展品一', '展品二']);
    const shared = await call(server(), OnlineExhibitDocument, { id: exhibit.id });
    expect(shared?.onlineExhibition.id).toBe(draft.id);
    // Absolute URLs of the stored variants.
    expect(shared?.images[0].url).toBe(`${server().config.publicBaseUrl}${image}`);
    expect(shared?.images[0].thumbUrl).toMatch(/\/media\/[0-9a-f]{32}\/480\.jpg$/);
    // Readers get no workflow actions.
    const listed = (await call(server(), OnlineExhibitionsDocument, {})).find((e) => e.id === draft.id);
    expect(listed).toMatchObject({ status: 'PUBLISHED', availableActions: [], exhibitCount: 2 });

    await changeOnlineExhibitionStatus(server(), staff.city.token, draft.id, 'UNPUBLISH');
    expect(await readerIds()).not.toContain(draft.id);
    expect(await call(server(), OnlineExhibitDocument, { id: exhibit.id })).toBeNull();
  });

  it('keeps the ids of exhibits passed with one, inserts new ones, deletes the rest, in the order given', async () => {
    const image = await storedImagePath(server());
    const other = await storedImagePath(server(), 200);
    const created = await saveOnlineExhibition(
      server(),
      staff.city.token,
      onlineExhibitionInput(image, {
        exhibits: ['甲', '乙', '丙'].map((title) => exhibitInput(image, { title })),
      }),
    );
    const [a, b, c] = created.exhibits;
    expect(created.exhibits.map((x) => x.position)).toEqual([0, 1, 2]);

    const saved = await saveOnlineExhibition(
      server(),
      staff.city.token,
      onlineExhibitionInput(image, {
        exhibits: [
          exhibitInput(other, { id: c.id, title: '丙（改）', period: '1930年代' }),
          exhibitInput(image, { title: '丁' }),
          exhibitInput(image, { id: a.id, title: '甲' }),
        ],
      }),
      created.id,
    );
    expect(saved.exhibits.map((x) => [x.title, x.position])).toEqual([
      ['丙（改）', 0],
      ['丁', 1],
      ['甲', 2],
    ]);
    expect(saved.exhibits[0].id).toBe(c.id);
    expect(saved.exhibits[0]).toMatchObject({ period: '1930年代' });
    expect(saved.exhibits[0].images[0].url).toBe(`${server().config.publicBaseUrl}${other}`);
    expect(saved.exhibits[2].id).toBe(a.id);
    expect([a.id, b.id, c.id]).not.toContain(saved.exhibits[1].id);
    const rows = await server()
      .db.selectFrom('online_exhibit')
      .select('id')
      .where('online_exhibition_id', '=', Number(created.id))
      .execute();
    expect(rows.map((r) => String(r.id)).sort()).toEqual(saved.exhibits.map((x) => x.id).sort());
  });

  it('refuses an invalid save with every problem at its path and changes nothing', async () => {
    const image = await storedImagePath(server());
    const created = await saveOnlineExhibition(server(), staff.city.token, onlineExhibitionInput(image));
    const elsewhere = await saveOnlineExhibition(server(), staff.city.token, onlineExhibitionInput(image));
    const before = await call(server(), StudioOnlineExhibitionDocument, { id: created.id }, staff.city.token);

    const refused = await call(
      server(),
      SaveOnlineExhibitionDocument,
      {
        id: created.id,
        input: onlineExhibitionInput(image, {
          title: '改了标题',
          coverUrl: 'https://elsewhere.example/cover.jpg',
          exhibits: [
            exhibitInput(image, { id: created.exhibits[0].id, title: '  ' }),
            exhibitInput('https://elsewhere.example/a.jpg'),
            exhibitInput(image, { imageUrls: Array.from({ length: 10 }, () => image) }),
            exhibitInput(image, { imageUrls: [] }),
            exhibitInput(image, { id: elsewhere.exhibits[0].id }),
            // One of ours by its shape, at another origin: not taken for ours.
            exhibitInput(`https://elsewhere.example${image}`),
          ],
        }),
      },
      staff.city.token,
    );
    const error = resultAs(refused, 'InputValidationError');
    expect(error.fieldErrors.map((e) => e.path).sort()).toEqual(
      [
        'input.coverUrl',
        'input.exhibits.0.title',
        'input.exhibits.1.imageUrls.0',
        'input.exhibits.2.imageUrls',
        'input.exhibits.3.imageUrls',
        'input.exhibits.5.imageUrls.0',
      ].sort(),
    );
    // The exhibit of another exhibition is checked against the database once the input itself is valid.
    const foreign = await call(
      server(),
      SaveOnlineExhibitionDocument,
      {
        id: created.id,
        input: onlineExhibitionInput(image, { exhibits: [exhibitInput(image, { id: elsewhere.exhibits[0].id })] }),
      },
      staff.city.token,
    );
    expect(resultAs(foreign, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['input.exhibits.0.id']);

    expect(await call(server(), StudioOnlineExhibitionDocument, { id: created.id }, staff.city.token)).toEqual(before);
  });

  it("keeps county staff to their own archive's exhibitions; the administrator edits every one", async () => {
    const image = await storedImagePath(server());
    const city = await saveOnlineExhibition(server(), staff.city.token, onlineExhibitionInput(image));
    expect(city.branch?.code).toBe('city');

    const edit = await call(
      server(),
      SaveOnlineExhibitionDocument,
      { id: city.id, input: onlineExhibitionInput(image, { title: '龙海改的' }) },
      staff.longhai.token,
    );
    expect(resultAs(edit, 'NotAuthorizedError').reason).toBe('FORBIDDEN');
    const publish = await call(
      server(),
      ChangeOnlineExhibitionStatusDocument,
      { id: city.id, action: 'PUBLISH' },
      staff.longhai.token,
    );
    expect(resultAs(publish, 'NotAuthorizedError').reason).toBe('FORBIDDEN');
    expect(await call(server(), StudioOnlineExhibitionDocument, { id: city.id }, staff.longhai.token)).toBeNull();
    const longhaiList = await call(server(), StudioOnlineExhibitionsDocument, {}, staff.longhai.token);
    expect(longhaiList.map((e) => e.id)).not.toContain(city.id);

    // County staff write under their own archive whatever they ask for.
    const own = await saveOnlineExhibition(
      server(),
      staff.longhai.token,
      onlineExhibitionInput(image, { branchId: await branchId(server(), 'city') }),
    );
    expect(own.branch?.code).toBe('longhai');

    const byAdmin = await saveOnlineExhibition(
      server(),
      staff.admin.token,
      onlineExhibitionInput(image, { title: '管理员改的', branchId: await branchId(server(), 'city') }),
      city.id,
    );
    expect(byAdmin.title).toBe('管理员改的');
    // Editing without naming an archive leaves it where it is.
    const kept = await saveOnlineExhibition(server(), staff.admin.token, onlineExhibitionInput(image), own.id);
    expect(kept.branch?.code).toBe('longhai');
    const adminList = await call(server(), StudioOnlineExhibitionsDocument, { status: 'DRAFT' }, staff.admin.token);
    expect(adminList.map((e) => e.id)).toEqual(expect.arrayContaining([city.id, own.id]));
  });

  it('refuses a move the status does not allow, and a schedule that is not in the future', async () => {
    const image = await storedImagePath(server());
    const { id } = await saveOnlineExhibition(server(), staff.city.token, onlineExhibitionInput(image));
    const unpublish = await call(
      server(),
      ChangeOnlineExhibitionStatusDocument,
      { id, action: 'UNPUBLISH' },
      staff.city.token,
    );
    expect(resultAs(unpublish, 'ContentTransitionError')).toMatchObject({ status: 'DRAFT', action: 'UNPUBLISH' });
    const past = await call(
      server(),
      ChangeOnlineExhibitionStatusDocument,
      { id, action: 'SCHEDULE', publishAt: iso(server().clock.now() - HOUR_MS) },
      staff.city.token,
    );
    expect(resultAs(past, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['publishAt']);
    const published = await changeOnlineExhibitionStatus(server(), staff.city.token, id, 'PUBLISH');
    expect(published.availableActions).toEqual(['UNPUBLISH']);
    const again = await call(
      server(),
      ChangeOnlineExhibitionStatusDocument,
      { id, action: 'PUBLISH' },
      staff.city.token,
    );
    expect(resultAs(again, 'ContentTransitionError')).toMatchObject({ status: 'PUBLISHED', action: 'PUBLISH' });
  });

  it('publishes a scheduled exhibition once at its time, however many processes run the job', async () => {
    const image = await storedImagePath(server());
    const { id } = await saveOnlineExhibition(server(), staff.city.token, onlineExhibitionInput(image));
    const publishAt = server().clock.now() + 2 * HOUR_MS;
    const scheduled = await changeOnlineExhibitionStatus(server(), staff.city.token, id, 'SCHEDULE', iso(publishAt));
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', scheduledAt: iso(publishAt), publishedAt: null });

    expect(await publishDueOnlineExhibitions(server().db, publishAt - 1)).toBe(0);
    expect(await readerIds()).not.toContain(id);

    server().clock.set(publishAt);
    // The scheduled job (as every process runs it) and a direct call race for the same row.
    const runs = await Promise.all([
      publishDueContent(server().app.services),
      publishDueOnlineExhibitions(server().db, publishAt),
      publishDueContent(server().app.services),
    ]);
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await publishDueOnlineExhibitions(server().db, publishAt + HOUR_MS)).toBe(0);

    const after = await call(server(), StudioOnlineExhibitionDocument, { id }, staff.city.token);
    expect(after).toMatchObject({ status: 'PUBLISHED', scheduledAt: null, publishedAt: iso(publishAt) });
    expect(await readerIds()).toContain(id);
  });

  it('links an on-site exhibition and its online version both ways, the online one only while published', async () => {
    const image = await storedImagePath(server());
    const onsite = await createExhibition(server());
    const hall = await createExhibition(server(), { mode: 'ONLINE' });
    const online = await saveOnlineExhibition(
      server(),
      staff.city.token,
      onlineExhibitionInput(image, { exhibitionIds: [String(onsite.id), String(hall.id)] }),
    );
    expect(online.exhibitions.map((e) => e.id).sort()).toEqual([String(onsite.id), String(hall.id)].sort());

    const versionOf = async (exhibitionId: number) =>
      (await call(server(), ExhibitionOnlineVersionDocument, { id: String(exhibitionId) }))?.onlineExhibition ?? null;
    expect(await versionOf(onsite.id)).toBeNull();
    await changeOnlineExhibitionStatus(server(), staff.city.token, online.id, 'PUBLISH');
    expect(await versionOf(onsite.id)).toMatchObject({ id: online.id });
    expect(await versionOf(hall.id)).toMatchObject({ id: online.id });
    const forReaders = await call(server(), OnlineExhibitionDocument, { id: online.id });
    expect(forReaders?.exhibitions.map((e) => e.mode).sort()).toEqual(['ONLINE', 'ONSITE']);

    // Saving with a shorter list unlinks the ones left out; another archive's exhibition cannot be linked.
    await saveOnlineExhibition(
      server(),
      staff.city.token,
      onlineExhibitionInput(image, { exhibitionIds: [String(onsite.id)] }),
      online.id,
    );
    expect(await versionOf(hall.id)).toBeNull();
    const longhaiExhibition = await createExhibition(server(), { branchCode: 'zhangpu' });
    const refused = await call(
      server(),
      SaveOnlineExhibitionDocument,
      { input: onlineExhibitionInput(image, { exhibitionIds: [String(longhaiExhibition.id)] }) },
      staff.longhai.token,
    );
    expect(resultAs(refused, 'InputValidationError').fieldErrors.map((e) => e.path)).toEqual(['input.exhibitionIds.0']);

    await changeOnlineExhibitionStatus(server(), staff.city.token, online.id, 'UNPUBLISH');
    expect(await versionOf(onsite.id)).toBeNull();
  });
});
