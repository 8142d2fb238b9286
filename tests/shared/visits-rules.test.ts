// The one places-left rule: online bookings may take what is not booked, not held for a waiting-list offer
// and not held back for walk-ins until the policy releases the walk-in reserve; walk-ins may take the rest.
import {
  DEFAULT_BOOKING_POLICY,
  instantOf,
  MINUTE_MS,
  placesLeftForWalkIns,
  placesLeftOnline,
  type SlotPlaces,
  walkinPlacesHeld,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

const policy = { ...DEFAULT_BOOKING_POLICY, walkinReleaseMinutes: 60 };
const startAt = instantOf('2026-11-25', '14:00');
const releasedAt = startAt - 60 * MINUTE_MS;
const slot = (overrides: Partial<SlotPlaces> = {}): SlotPlaces => ({
  capacity: 40,
  booked: 20,
  offerHeld: 2,
  walkinQuota: 5,
  walkinUsed: 1,
  startAt,
  status: 'OPEN',
  ...overrides,
});

describe('walkinPlacesHeld', () => {
  it('holds the unused walk-in reserve until the release instant, then nothing', () => {
    expect(walkinPlacesHeld(slot(), policy, releasedAt - 1)).toBe(4);
    expect(walkinPlacesHeld(slot(), policy, releasedAt)).toBe(0);
    expect(walkinPlacesHeld(slot({ walkinUsed: 7 }), policy, releasedAt - 1)).toBe(0);
  });
});

describe('placesLeftOnline', () => {
  it('is capacity − booked − offered − walk-ins held, and grows by the reserve once it is released', () => {
    expect(placesLeftOnline(slot(), policy, releasedAt - 1)).toBe(40 - 20 - 2 - 4);
    expect(placesLeftOnline(slot(), policy, releasedAt)).toBe(40 - 20 - 2);
  });

  it('is never negative, and 0 for a closed slot', () => {
    expect(placesLeftOnline(slot({ booked: 39 }), policy, releasedAt - 1)).toBe(0);
    expect(placesLeftOnline(slot({ status: 'CLOSED' }), policy, releasedAt)).toBe(0);
  });
});

describe('placesLeftForWalkIns', () => {
  it('lets walk-ins take the reserve too, but no booked or offered place', () => {
    expect(placesLeftForWalkIns(slot())).toBe(40 - 20 - 2);
    expect(placesLeftForWalkIns(slot({ booked: 40 }))).toBe(0);
    expect(placesLeftForWalkIns(slot({ status: 'CLOSED' }))).toBe(0);
  });
});
