// The server reads far enough back to see a suspension: a run of three no-shows that began 200 days ago and
// ended 50 days ago still suspends today (60 days from the third), both in bookingSuspension and when the
// citizen tries to book. Strikes are written straight into the table, as the no-show job and late
// cancellations leave them.
import { describe, expect, it } from 'vitest';
import { book, createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { BookingSuspensionDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { type SignedInAs, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const DAY = 86_400_000;
let nextBookingId = 900_000;

describe.each(dialects)('suspension over the whole window (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      manager: ['ADMIN'],
    },
  );

  async function strikesAgo(citizen: SignedInAs, daysAgo: number[]) {
    const now = server().clock.now();
    for (const days of daysAgo) {
      await server()
        .db.insertInto('no_show_strike')
        .values({
          account_id: citizen.accountId,
          booking_id: nextBookingId++,
          reason: 'NO_SHOW',
          occurred_at: now - days * DAY,
        })
        .execute();
    }
  }

  it('suspends for a run that began 200 days ago and ended 50 days ago, and refuses the booking', async () => {
    const citizen = await signInCitizen(server());
    await strikesAgo(citizen, [200, 190, 50]);
    const now = server().clock.now();
    const suspension = await call(server(), BookingSuspensionDocument, {}, citizen.token);
    expect(suspension.suspendedUntil).toBe(new Date(now + 10 * DAY).toISOString());
    expect(suspension.recentNoShows).toBe(1);
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const answer = await book(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id);
    expect(answer).toMatchObject({ __typename: 'BookingSuspendedError' });
  });

  it('does not suspend for a run spread over more than 180 days', async () => {
    const citizen = await signInCitizen(server());
    await strikesAgo(citizen, [235, 120, 50]);
    const suspension = await call(server(), BookingSuspensionDocument, {}, citizen.token);
    expect(suspension.suspendedUntil).toBeNull();
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const answer = await book(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id);
    expect(answer.__typename).toBe('MutationCreateBookingSuccess');
  });
});
