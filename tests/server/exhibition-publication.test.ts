// Publishing an exhibition: saving it published again keeps its first publication time, saving without
// `published` leaves the state as it is, and unpublishing makes it a draft that a later publication dates anew.
import { describe, expect, it } from 'vitest';
import { HOUR_MS, successData, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { SaveExhibitionDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { useStaffSuite } from '../testkit/suite';

describe.each(dialects)('exhibition publication (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  it('keeps the first publication time until the exhibition is unpublished', async () => {
    const input = {
      title: '发布测试展',
      mode: 'ONSITE' as const,
      summary: '简介',
      description: '介绍',
      opensOn: TEST_TODAY,
    };
    const save = async (extra: { id?: string; published?: boolean }) =>
      successData(await call(server(), SaveExhibitionDocument, { input: { ...input, ...extra } }, staff.manager.token));
    const publishedAt = async (id: string) =>
      (
        await server()
          .db.selectFrom('exhibition')
          .select('published_at')
          .where('id', '=', Number(id))
          .executeTakeFirstOrThrow()
      ).published_at;

    const start = server().clock.now();
    const { id } = await save({ published: true });
    expect(await publishedAt(id)).toBe(start);
    server().clock.advance(HOUR_MS);
    await save({ id, published: true });
    expect(await publishedAt(id)).toBe(start);
    await save({ id });
    expect(await publishedAt(id)).toBe(start);
    await save({ id, published: false });
    expect(await publishedAt(id)).toBeNull();
    server().clock.advance(HOUR_MS);
    await save({ id, published: true });
    expect(await publishedAt(id)).toBe(start + 2 * HOUR_MS);
    server().clock.set(start);
  });
});
