// The server's side of the one group-size rule (groupSizeRange): a roster larger than the slot's whole group quota
// is refused as input, with the range the form shows; one that fits the quota but not what is left of it is
// refused with the places left (GroupQuotaFullError), as the atomic take of places decides.
import { addDays, groupSizeMessage } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  createBookableExhibition,
  requestGroupVisit,
  resultAs,
  roster,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const DAY = addDays(TEST_TODAY, 3);

describe.each(dialects)('the group size rule on the server (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { manager: ['BRANCH_STAFF'] });

  it('refuses a roster above the slot quota with the range, and one above what is left with the places left', async () => {
    const quota = 30;
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: quota }],
    });
    const slot = await exhibition.slotAt(DAY);
    const tooMany = resultAs(
      await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(quota + 1, 0, DAY)),
      'InputValidationError',
    );
    expect(tooMany.fieldErrors).toEqual([{ path: 'roster', message: groupSizeMessage(quota) }]);
    expect(groupSizeMessage(quota)).toBe('团体人数应为10–30人');

    successData(await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(quota - 12, 0, DAY)));
    expect(
      await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(quota - 10, 0, DAY)),
    ).toMatchObject({ __typename: 'GroupQuotaFullError', remaining: 12 });
    expect((await exhibition.slotAt(DAY)).groupRemaining).toBe(12);
  });
});
