// One rule for a group's size (issue 13): the 团体预约 notice said 10–50 while the slot had 30 group places.
// groupSizeRange gives the sizes for a number of group places; the roster model refuses the rest with the same
// range in its message, and with no range at all when fewer than 10 places are left.
import {
  fieldErrorsOf,
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  GROUP_SIZE_RULE,
  groupRosterModel,
  groupSizeLabel,
  groupSizeMessage,
  groupSizeRange,
  residentIdCheckCharacter,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

const TODAY = '2026-11-24';
let serial = 0;
/** Adults with valid, distinct resident IDs. */
function adults(n: number) {
  return Array.from({ length: n }, () => {
    serial += 1;
    const first17 = `35060219880517${String(serial % 1000).padStart(3, '0')}`;
    return {
      name: '林晓',
      documentType: 'RESIDENT_ID' as const,
      documentNumber: first17 + residentIdCheckCharacter(first17),
    };
  });
}
const sizeIssues = (groupPlaces: number | undefined, size: number) => {
  const result = groupRosterModel({ today: TODAY, groupPlaces }).safeParse(adults(size));
  return result.success ? [] : fieldErrorsOf(result.error).map((e) => `${e.path}: ${e.message}`);
};

describe('groupSizeRange', () => {
  it('takes the smaller of the fixed maximum and the group places', () => {
    expect(groupSizeRange(30)).toEqual({ min: GROUP_MIN_SIZE, max: 30 });
    expect(groupSizeRange(GROUP_MAX_SIZE)).toEqual({ min: GROUP_MIN_SIZE, max: GROUP_MAX_SIZE });
    expect(groupSizeRange(200)).toEqual({ min: GROUP_MIN_SIZE, max: GROUP_MAX_SIZE });
  });

  it('allows exactly the minimum when only that many places are left, and nothing below it', () => {
    expect(groupSizeRange(GROUP_MIN_SIZE)).toEqual({ min: GROUP_MIN_SIZE, max: GROUP_MIN_SIZE });
    expect(groupSizeRange(GROUP_MIN_SIZE - 1)).toBeNull();
    expect(groupSizeRange(0)).toBeNull();
    expect(groupSizeRange(-3)).toBeNull();
  });

  it('says the range the way the notice and the form show it', () => {
    expect(groupSizeLabel({ min: 10, max: 30 })).toBe('10–30人');
    expect(groupSizeLabel({ min: 10, max: 10 })).toBe('10人');
    expect(groupSizeMessage(30)).toBe('团体人数应为10–30人');
    expect(groupSizeMessage()).toBe(`团体人数应为${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人`);
    expect(groupSizeMessage(4)).toBe(`该场次团体余位不足${GROUP_MIN_SIZE}人`);
    expect(GROUP_SIZE_RULE).toContain(`${GROUP_MIN_SIZE}人起`);
    expect(GROUP_SIZE_RULE).toContain('团体余位');
  });
});

describe('the roster model with the group places of a slot', () => {
  it('accepts a roster as large as the places and refuses one more, naming the range', () => {
    expect(sizeIssues(30, 30)).toEqual([]);
    expect(sizeIssues(30, 31)).toEqual([': 团体人数应为10–30人']);
    expect(sizeIssues(30, GROUP_MIN_SIZE - 1)).toEqual([': 团体人数应为10–30人']);
  });

  it('keeps the fixed 10–50 without places, and the fixed maximum above 50 places', () => {
    expect(sizeIssues(undefined, GROUP_MAX_SIZE)).toEqual([]);
    expect(sizeIssues(undefined, GROUP_MAX_SIZE + 1)).toEqual([`: 团体人数应为${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人`]);
    expect(sizeIssues(80, GROUP_MAX_SIZE + 1)).toEqual([`: 团体人数应为${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE}人`]);
  });

  it('refuses every roster, saying why, when fewer places are left than a group needs', () => {
    expect(new Set(sizeIssues(9, 9))).toEqual(new Set([`: 该场次团体余位不足${GROUP_MIN_SIZE}人`]));
    expect(new Set(sizeIssues(9, GROUP_MIN_SIZE))).toEqual(new Set([`: 该场次团体余位不足${GROUP_MIN_SIZE}人`]));
  });
});
