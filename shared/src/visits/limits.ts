// Fixed limits of visiting, the same for every exhibition (a policy's own numbers are in policy.ts).
export const MAX_VISITORS_PER_BOOKING = 5;
export const GROUP_MIN_SIZE = 10;
export const GROUP_MAX_SIZE = 50;
/** At least one adult for every this many minors in a group. */
export const MINORS_PER_ADULT = 10;
export const NO_SHOW_WINDOW_DAYS = 180;
export const NO_SHOW_LIMIT = 3;
export const SUSPENSION_DAYS = 60;
