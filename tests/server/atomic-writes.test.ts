// Units of work that write twice must write both or neither: creating an exhibition writes it and its
// booking policy; replacing a weekly plan deletes the old rows and inserts the new. The second write is made
// to fail here, and nothing may be left half-written.
import { describe, expect, it } from 'vitest';
import { createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  ExhibitionPlanDocument,
  SaveExhibitionDocument,
  SetSlotTemplatesDocument,
  StaffExhibitionTitlesDocument,
} from '../testkit/generated/graphql';
import { call, successData } from '../testkit/graphql';
import { useStaffSuite } from '../testkit/suite';

describe.each(dialects)('atomic writes (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  const exhibitionTitles = async () =>
    (await call(server(), StaffExhibitionTitlesDocument, {}, staff.manager.token)).map((e) => e.title);

  it('creates no exhibition when its booking policy cannot be written', async () => {
    const title = '原子性测试展';
    const input = { title, mode: 'ONSITE' as const, summary: '简介', description: '介绍', opensOn: TEST_TODAY };
    await server().whileInsertsFail('booking_policy', async () => {
      const result = await server().execute(SaveExhibitionDocument, { input }, staff.manager.token);
      expect(result.errors?.[0]?.message).toBe('Unexpected error.');
    });
    expect(await exhibitionTitles()).not.toContain(title);
    // The same request succeeds once the database accepts the policy, and then both exist.
    const saved = successData(await call(server(), SaveExhibitionDocument, { input }, staff.manager.token));
    // A draft: only its archive's staff see it.
    const plan = await call(server(), ExhibitionPlanDocument, { id: saved.id }, staff.manager.token);
    expect(plan?.bookingPolicy.maxVisitors).toBeGreaterThan(0);
    const rows = await server()
      .db.selectFrom('booking_policy')
      .select('exhibition_id')
      .where('exhibition_id', '=', Number(saved.id))
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps the old weekly plan when the new one cannot be written', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const plan = async () =>
      (await call(server(), ExhibitionPlanDocument, { id: exhibition.id }, staff.manager.token))?.slotTemplates;
    const before = await plan();
    expect(before?.length).toBeGreaterThan(0);
    const templates = [{ weekday: 2, startTime: '09:00', endTime: '10:00', capacity: 8 }];
    await server().whileInsertsFail('slot_template', async () => {
      const result = await server().execute(
        SetSlotTemplatesDocument,
        { exhibitionId: exhibition.id, templates },
        staff.manager.token,
      );
      expect(result.errors?.[0]?.message).toBe('Unexpected error.');
    });
    expect(await plan()).toEqual(before);
  });
});
