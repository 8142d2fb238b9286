// Venue details (issue 12, "what citizens need to arrive") through GraphQL against a real server on each database:
// citizens read each archive's and exhibition's address, phone, hours and directions; the city administrator edits
// any archive, an archive administrator their own archive and its exhibitions; archive staff, checkers and other
// archives are refused; bad input changes nothing; an edit is in the audit log and reaches cached public reads.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dialects } from '../testkit/dialects';
import {
  BranchVenuesDocument,
  ExhibitionVenueDocument,
  SaveVenueDocument,
  StaffVenueDocument,
  UseArchiveVenueDocument,
} from '../testkit/generated/graphql';
import { call, resultAs, successData } from '../testkit/graphql';
import { branchId } from '../testkit/lookup';
import { createExhibition } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';
import { seedExampleVenues, venueInput } from '../testkit/venues';

async function venueOfBranch(server: TestServer, code: string) {
  const branches = await call(server, BranchVenuesDocument, {});
  const branch = branches.find((b) => b.code === code);
  if (!branch) throw new Error(`no branch ${code}`);
  return branch.venueDetails;
}

async function auditRows(server: TestServer) {
  return server.db
    .selectFrom('audit_log')
    .select(['action', 'result', 'target_kind', 'target_id', 'actor_role'])
    .where('action', '=', 'VENUE_UPDATED')
    .orderBy('seq')
    .execute();
}

describe.each(dialects)('venue details (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, env: { PUBLIC_CACHE_TTL: '60' } },
    {
      city: ['ADMIN'],
      longhaiAdmin: ['BRANCH_ADMIN', { branchCode: 'longhai' }],
      longhaiStaff: ['BRANCH_STAFF', { branchCode: 'longhai' }],
      longhaiChecker: ['CHECKER', { branchCode: 'longhai' }],
      zhangpuAdmin: ['BRANCH_ADMIN', { branchCode: 'zhangpu' }],
    },
  );

  it('gives citizens every archive’s example venue, marked as an example, with its hours in words', async () => {
    await seedExampleVenues(server());
    await server().app.services.publicCache.invalidate(['Branch']);
    const branches = await call(server(), BranchVenuesDocument, {});
    expect(branches).toHaveLength(12);
    for (const branch of branches) {
      const venue = branch.venueDetails;
      expect(venue?.isExample).toBe(true);
      expect(venue?.address).toContain('示例');
      // Only NANPA's fictitious range 555-0100…0199.
      expect(venue?.phone).toMatch(/^\+1 202-555-01\d\d$/);
      expect(venue?.hoursText).toBe('周一闭馆，8:30–12:00，14:30–17:30');
      expect(venue?.hoursNotes).toContain('示例信息，以档案馆公布为准');
      expect(venue?.latitude).toBeGreaterThan(23);
      expect(venue?.longitude).toBeGreaterThan(117);
    }
  });

  it('lets an archive administrator save their own archive: citizens read it (past the cache) and the audit log has it', async () => {
    await seedExampleVenues(server());
    const before = await venueOfBranch(server(), 'longhai');
    expect(before?.isExample).toBe(true);
    const auditBefore = (await auditRows(server())).length;

    const saved = successData(
      await call(
        server(),
        SaveVenueDocument,
        { branchId: await branchId(server(), 'longhai'), venue: venueInput({ address: '龙海区新地址1号' }) },
        staff.longhaiAdmin.token,
      ),
    );
    expect(saved).toMatchObject({ address: '龙海区新地址1号', isExample: false, latitude: 24.51, longitude: 117.65 });
    expect(saved.hoursText).toBe('周一闭馆，9:00–12:00，14:30–17:30');

    // The public read cached above is invalidated by the save.
    const after = await venueOfBranch(server(), 'longhai');
    expect(after).toMatchObject({ address: '龙海区新地址1号', isExample: false, phone: '+1 202-555-0150' });
    expect(after?.days).toHaveLength(7);
    expect(after?.days[0]).toEqual({ weekday: 1, open: null, close: null });

    const audit = await auditRows(server());
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({
      result: 'OK',
      target_kind: 'BRANCH',
      target_id: String(await branchId(server(), 'longhai')),
      actor_role: 'BRANCH_ADMIN',
    });
  });

  it('lets the city administrator save any archive', async () => {
    const saved = successData(
      await call(
        server(),
        SaveVenueDocument,
        { branchId: await branchId(server(), 'huaan'), venue: venueInput({ address: '华安县测试路2号' }) },
        staff.city.token,
      ),
    );
    expect(saved.address).toBe('华安县测试路2号');
    expect((await venueOfBranch(server(), 'huaan'))?.address).toBe('华安县测试路2号');
  });

  it('refuses another archive’s administrator, archive staff and checkers, and changes nothing', async () => {
    await seedExampleVenues(server());
    const longhai = await branchId(server(), 'longhai');
    const before = await venueOfBranch(server(), 'longhai');
    const auditBefore = (await auditRows(server())).length;
    for (const who of [staff.zhangpuAdmin, staff.longhaiStaff, staff.longhaiChecker]) {
      const result = await call(
        server(),
        SaveVenueDocument,
        { branchId: longhai, venue: venueInput({ address: '不应保存的地址' }) },
        who.token,
      );
      expect(resultAs(result, 'NotAuthorizedError').reason).toBe('FORBIDDEN');
      const read = await call(server(), StaffVenueDocument, { branchId: longhai }, who.token);
      expect(resultAs(read, 'NotAuthorizedError').reason).toBe('FORBIDDEN');
    }
    const anonymous = await call(server(), SaveVenueDocument, { branchId: longhai, venue: venueInput() });
    expect(resultAs(anonymous, 'NotAuthorizedError').reason).toBe('UNAUTHENTICATED');
    expect(await venueOfBranch(server(), 'longhai')).toEqual(before);
    expect(await auditRows(server())).toHaveLength(auditBefore);
  });

  it('refuses invalid input field by field and changes nothing', async () => {
    await seedExampleVenues(server());
    const longhai = await branchId(server(), 'longhai');
    const before = await venueOfBranch(server(), 'longhai');
    const input = venueInput({
      address: '  ',
      phone: '请拨打',
      latitude: 117.65,
      longitude: 24.51,
    });
    input.hours.days[2] = { closed: false, open: '18:00', close: '09:00' };
    input.hours.lunchEnd = null;
    const result = resultAs(
      await call(server(), SaveVenueDocument, { branchId: longhai, venue: input }, staff.longhaiAdmin.token),
      'InputValidationError',
    );
    const paths = result.fieldErrors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'venue.address',
        'venue.phone',
        'venue.latitude',
        'venue.hours.days.2.close',
        'venue.hours.lunchEnd',
      ]),
    );
    expect(await venueOfBranch(server(), 'longhai')).toEqual(before);
  });

  it('holds an exhibition at its archive until it has its own venue, and back again', async () => {
    await seedExampleVenues(server());
    const exhibition = await createExhibition(server(), { branchCode: 'longhai' });
    const archiveVenue = await venueOfBranch(server(), 'longhai');
    const read = () => call(server(), ExhibitionVenueDocument, { id: exhibition.id });
    expect((await read())?.venueDetails).toEqual(archiveVenue);

    // Another archive's administrator may not move it; its own may.
    const refused = await call(
      server(),
      SaveVenueDocument,
      { exhibitionId: exhibition.id, venue: venueInput() },
      staff.zhangpuAdmin.token,
    );
    expect(resultAs(refused, 'NotAuthorizedError').reason).toBe('FORBIDDEN');
    const editing = successData(
      await call(server(), StaffVenueDocument, { exhibitionId: exhibition.id }, staff.longhaiAdmin.token),
    );
    expect(editing).toMatchObject({ ownerKind: 'EXHIBITION', title: exhibition.title, venue: null });
    expect(editing.archiveVenue).toEqual(archiveVenue);

    const saved = successData(
      await call(
        server(),
        SaveVenueDocument,
        { exhibitionId: exhibition.id, venue: venueInput({ address: '龙海区文化中心三楼' }) },
        staff.longhaiAdmin.token,
      ),
    );
    expect(saved.ownerKind).toBe('EXHIBITION');
    expect((await read())?.venueDetails?.address).toBe('龙海区文化中心三楼');
    // The archive's own venue is untouched.
    expect(await venueOfBranch(server(), 'longhai')).toEqual(archiveVenue);

    const back = successData(
      await call(server(), UseArchiveVenueDocument, { exhibitionId: exhibition.id }, staff.longhaiAdmin.token),
    );
    expect(back.venueDetails).toEqual(archiveVenue);
    expect((await read())?.venueDetails).toEqual(archiveVenue);
  });

  it('answers an unknown exhibition or archive with NotFoundError, and needs exactly one of them', async () => {
    const missing = await call(
      server(),
      SaveVenueDocument,
      { exhibitionId: 999999, venue: venueInput() },
      staff.city.token,
    );
    expect(resultAs(missing, 'NotFoundError').entity).toBe('Exhibition');
    const noBranch = await call(
      server(),
      SaveVenueDocument,
      { branchId: 999999, venue: venueInput() },
      staff.city.token,
    );
    expect(resultAs(noBranch, 'NotFoundError').entity).toBe('Branch');
    const both = await call(
      server(),
      SaveVenueDocument,
      { branchId: await branchId(server(), 'city'), exhibitionId: 1, venue: venueInput() },
      staff.city.token,
    );
    expect(resultAs(both, 'InputValidationError').fieldErrors[0].path).toBe('branchId');
  });

  it('keeps one row per venue when two saves race', async () => {
    const nanjing = await branchId(server(), 'nanjing');
    await Promise.all(
      ['南靖县甲路1号', '南靖县乙路2号'].map((address) =>
        call(server(), SaveVenueDocument, { branchId: nanjing, venue: venueInput({ address }) }, staff.city.token),
      ),
    );
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from venue where owner_kind = 'ARCHIVE' and owner_id = ${nanjing}`.execute(server().db);
    expect(Number(rows.rows[0].n)).toBe(1);
  });
});
