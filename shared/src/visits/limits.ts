// Fixed limits of visiting, the same for every exhibition (a policy's own numbers are in policy.ts).
export const MAX_VISITORS_PER_BOOKING = 5;
export const GROUP_MIN_SIZE = 10;
export const GROUP_MAX_SIZE = 50;
/** At least one adult for every this many minors in a group. */
export const MINORS_PER_ADULT = 10;
export const NO_SHOW_WINDOW_DAYS = 180;
export const NO_SHOW_LIMIT = 3;
export const SUSPENSION_DAYS = 60;

/** The sizes a group may have where `groupPlaces` group places are available. */
export interface GroupSizeRange {
  min: number;
  max: number;
}

/**
 * The one rule for a group's size: GROUP_MIN_SIZE people at least, and at most GROUP_MAX_SIZE or the places the
 * slot has for groups, whichever is fewer. Null when fewer than GROUP_MIN_SIZE places are left: no group fits.
 * The group form's notice and validation pass the slot's remaining group places; the server passes its whole
 * group quota (the remaining places are then taken atomically, and a shortfall answers with what is left).
 */
export function groupSizeRange(groupPlaces: number): GroupSizeRange | null {
  const max = Math.min(GROUP_MAX_SIZE, Math.max(0, Math.floor(groupPlaces)));
  return max >= GROUP_MIN_SIZE ? { min: GROUP_MIN_SIZE, max } : null;
}

/** '10–30人', or '10人' when only one size fits. */
export function groupSizeLabel(range: GroupSizeRange): string {
  return range.min === range.max ? `${range.min}人` : `${range.min}–${range.max}人`;
}

/** The group rule before a slot is chosen (an exhibition's booking rules). */
export const GROUP_SIZE_RULE = `团体预约每团${GROUP_MIN_SIZE}人起，最多${GROUP_MAX_SIZE}人且不超过所选场次的团体余位，提交后需审核`;
