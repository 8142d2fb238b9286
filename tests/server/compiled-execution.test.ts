// Execution is compiled per document (graphql-jit) after graphql-js has checked the variables: answers must be
// what graphql-js would give, including for inputs that leave defaulted fields out.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { book, createBookableExhibition, successData, TEST_TODAY, visitor } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

describe.each(dialects)('compiled execution (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect, resetClock: false }, { manager: ['ADMIN'] });

  it('uses an input field’s default when the variable leaves it out (VisitorInput.documentType)', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 5, groupQuota: 0 }],
    });
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 2));
    const { documentType, ...withoutType } = visitor();
    expect(documentType).toBe('RESIDENT_ID');
    const booking = successData(
      // biome-ignore lint/suspicious/noExplicitAny: the field left out on purpose, as a client may
      await book(server(), await signInCitizen(server()), slot.id, { visitors: [withoutType as any] }),
    );
    expect(booking.visitors).toHaveLength(1);
    expect(booking.visitors[0].documentType).toBe('RESIDENT_ID');
  });
});
