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

describe('places left at their boundaries, with instants written out by hand', () => {
  // A slot starting at 14:00 in Shanghai (06:00 UTC) whose walk-in reserve is released 90 minutes before,
  // at 12:30 in Shanghai, i.e. 04:30 UTC.
  const rules = { walkinReleaseMinutes: 90 };
  const start = Date.parse('2026-11-25T06:00:00Z');
  const justBefore = Date.parse('2026-11-25T04:29:59.999Z');
  const atRelease = Date.parse('2026-11-25T04:30:00.000Z');
  const afterRelease = Date.parse('2026-11-25T05:00:00Z');
  const place = (overrides: Partial<SlotPlaces> = {}): SlotPlaces => ({
    capacity: 30,
    booked: 10,
    offerHeld: 3,
    walkinQuota: 6,
    walkinUsed: 2,
    startAt: start,
    status: 'OPEN',
    ...overrides,
  });

  it('holds the 4 unused walk-in places until 12:30 and releases them at 12:30 exactly', () => {
    expect(walkinPlacesHeld(place(), rules, justBefore)).toBe(4);
    expect(walkinPlacesHeld(place(), rules, atRelease)).toBe(0);
    expect(walkinPlacesHeld(place(), rules, afterRelease)).toBe(0);
    // 30 − 10 booked − 3 offered − 4 held = 13 before; the 4 join online booking at 12:30: 17.
    expect(placesLeftOnline(place(), rules, justBefore)).toBe(13);
    expect(placesLeftOnline(place(), rules, atRelease)).toBe(17);
    expect(placesLeftForWalkIns(place())).toBe(17);
  });

  it('leaves no place in a closed slot, before or after the release, online or at the door', () => {
    const closed = place({ status: 'CLOSED' });
    expect(placesLeftOnline(closed, rules, justBefore)).toBe(0);
    expect(placesLeftOnline(closed, rules, atRelease)).toBe(0);
    expect(placesLeftForWalkIns(closed)).toBe(0);
  });

  it('holds nothing when more walk-ins came than the reserve, rather than giving places back', () => {
    // 7 walk-ins against a reserve of 6: nothing is held, and online booking gets 30 − 10 − 3 = 17, not 18.
    const overused = place({ walkinUsed: 7 });
    expect(walkinPlacesHeld(overused, rules, justBefore)).toBe(0);
    expect(placesLeftOnline(overused, rules, justBefore)).toBe(17);
  });

  it('is 0, never negative, when bookings, offers and the reserve exceed the capacity', () => {
    // 20 places, 15 booked, 2 offered, 4 held: 20 − 15 − 2 − 4 = −1 online; the door still has 3.
    const tight = place({ capacity: 20, booked: 15, offerHeld: 2 });
    expect(placesLeftOnline(tight, rules, justBefore)).toBe(0);
    expect(placesLeftOnline(tight, rules, atRelease)).toBe(3);
    expect(placesLeftForWalkIns(tight)).toBe(3);
    // A capacity lowered below what is already booked and offered: 20 − 19 − 3 = −2.
    const overbooked = place({ capacity: 20, booked: 19, offerHeld: 3 });
    expect(placesLeftOnline(overbooked, rules, atRelease)).toBe(0);
    expect(placesLeftForWalkIns(overbooked)).toBe(0);
  });

  it('has exactly one place left when one is free', () => {
    // 18 places: 10 booked, 3 offered, 4 held leave 1 before the release.
    expect(placesLeftOnline(place({ capacity: 18 }), rules, justBefore)).toBe(1);
    expect(placesLeftOnline(place({ capacity: 17 }), rules, justBefore)).toBe(0);
  });
});
