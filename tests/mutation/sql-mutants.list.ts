// The named SQL mutants (see sql-mutants.ts): each breaks one rule of a conditional update or a claim the way a
// plausible bug would. `within` names the function (it must occur once in the file); `find` is replaced by
// `replace` at its first occurrence inside that function.
export interface SqlMutant {
  name: string;
  /** The rule the mutant breaks, as a sentence; the test that kills it proves this rule. */
  rule: string;
  file: string;
  within: string;
  find: string;
  replace: string;
}

const SLOTS = 'server/src/modules/scheduling/slot.repository.ts';
const VISITS = 'server/src/modules/visits/visit.repository.ts';
const WAITLIST = 'server/src/modules/waitlist/waitlist.repository.ts';
const LOOKUP = 'server/src/modules/lookup/lookup.repository.ts';

export const SQL_MUTANTS: readonly SqlMutant[] = [
  // Capacity: what an online booking or an offer hold may take.
  {
    name: 'online-fit-one-over',
    rule: 'online places never exceed capacity',
    file: SLOTS,
    within: 'function fitsBesideTaken(',
    find: '<= capacity',
    replace: '<= capacity + 1',
  },
  {
    name: 'online-fit-ignores-offer-holds',
    rule: 'places held for a waiting-list offer are not sold online',
    file: SLOTS,
    within: 'function fitsBesideTaken(',
    find: 'booked + offer_held + ${places}',
    replace: 'booked + ${places}',
  },
  {
    name: 'online-fit-ignores-walkin-hold',
    rule: 'the walk-in quota is kept from online bookings until its release',
    file: SLOTS,
    within: 'function fitsBesideTaken(',
    find: ' + ${heldForWalkins(walkinReleaseCutoff, 0)}',
    replace: '',
  },
  {
    name: 'online-take-closed-slot',
    rule: 'a closed slot takes no online booking',
    file: SLOTS,
    within: 'export async function takeOnlinePlaces(',
    find: ".where('status', '=', 'OPEN')",
    replace: '',
  },
  {
    name: 'offer-hold-closed-slot',
    rule: 'a closed slot holds no places for an offer',
    file: SLOTS,
    within: 'export async function holdPlacesForOffer(',
    find: ".where('status', '=', 'OPEN')",
    replace: '',
  },
  {
    name: 'offer-hold-over-capacity',
    rule: 'an offer holds places only when they fit',
    file: SLOTS,
    within: 'export async function holdPlacesForOffer(',
    find: '.where(fitsBesideTaken(places, walkinReleaseCutoff))',
    replace: '',
  },
  // The walk-in hold.
  {
    name: 'walkin-hold-never-released',
    rule: 'the walk-in hold ends at its release time before the slot',
    file: SLOTS,
    within: 'function heldForWalkins(',
    find: 'case when start_at > ${releaseCutoff}',
    replace: 'case when 1 = 1',
  },
  {
    name: 'walkin-hold-released-at-boundary',
    rule: 'the walk-in hold is released exactly at the release instant, not a moment before',
    file: SLOTS,
    within: 'function heldForWalkins(',
    find: 'start_at > ${releaseCutoff}',
    replace: 'start_at >= ${releaseCutoff}',
  },
  {
    name: 'walkin-hold-ignores-used',
    rule: 'walk-ins already admitted use up the held quota',
    file: SLOTS,
    within: 'function heldForWalkins(',
    find: 'else walkin_quota - walkin_used - ${extraWalkins} end',
    replace: 'else walkin_quota end',
  },
  {
    name: 'walkin-take-ignores-offer-holds',
    rule: 'a walk-in does not take places held for a waiting-list offer',
    file: SLOTS,
    within: 'export async function takeWalkinPlaces(',
    find: 'booked + offer_held + ${places}',
    replace: 'booked + ${places}',
  },
  {
    name: 'walkin-take-closed-slot',
    rule: 'a closed slot admits no walk-in',
    file: SLOTS,
    within: 'export async function takeWalkinPlaces(',
    find: ".where('status', '=', 'OPEN')",
    replace: '',
  },
  // Groups.
  {
    name: 'group-over-quota',
    rule: 'group places never exceed the group quota',
    file: SLOTS,
    within: 'export async function takeGroupPlaces(',
    find: 'group_booked + ${places} <= group_quota',
    replace: 'group_booked <= group_quota',
  },
  {
    name: 'group-closed-slot',
    rule: 'a closed slot takes no group',
    file: SLOTS,
    within: 'export async function takeGroupPlaces(',
    find: ".where('status', '=', 'OPEN')",
    replace: '',
  },
  // Releases give back exactly what was taken.
  {
    name: 'release-keeps-places',
    rule: 'a cancellation gives its places back',
    file: SLOTS,
    within: 'export async function releasePlaces(',
    find: 'booked - ${places}',
    replace: 'booked',
  },
  {
    name: 'offer-release-keeps-hold',
    rule: 'an expired or declined offer gives its held places back',
    file: SLOTS,
    within: 'export async function releaseOfferHold(',
    find: 'offer_held - ${places}',
    replace: 'offer_held',
  },
  {
    name: 'offer-accept-books-nothing',
    rule: 'an accepted offer turns its hold into booked places',
    file: SLOTS,
    within: 'export async function convertOfferHold(',
    find: ', booked: sql`booked + ${places}`',
    replace: '',
  },
  {
    name: 'group-release-keeps-places',
    rule: 'a cancelled or refused group gives its quota back',
    file: SLOTS,
    within: 'export async function releaseGroupPlaces(',
    find: 'group_booked - ${places}',
    replace: 'group_booked',
  },
  // Capacity changes and closing.
  {
    name: 'capacity-below-offer-holds',
    rule: 'capacity cannot drop below the places booked and held for offers',
    file: SLOTS,
    within: 'export async function setCapacityIfFits(',
    find: 'booked + offer_held <= ${capacity}',
    replace: 'booked <= ${capacity}',
  },
  {
    name: 'group-quota-below-groups',
    rule: 'the group quota cannot drop below the group places booked',
    file: SLOTS,
    within: 'export async function setCapacityIfFits(',
    find: 'group_booked <= ${groupQuota}',
    replace: '1 = 1',
  },
  {
    name: 'close-slot-twice',
    rule: 'a slot is closed once, so its bookings are cancelled once',
    file: SLOTS,
    within: 'export async function closeSlotIfOpen(',
    find: ".where('status', '=', 'OPEN')",
    replace: '',
  },
  // Scheduled work claims.
  {
    name: 'no-show-claimed-twice',
    rule: "one process marks a slot's no-shows, once",
    file: SLOTS,
    within: 'export async function claimNoShowMarking(',
    find: ".where('no_show_processed_at', 'is', null)",
    replace: '',
  },
  {
    name: 'no-show-before-end',
    rule: 'no-shows are marked only after the slot ends',
    file: SLOTS,
    within: 'export function listSlotsAwaitingNoShowMarking(',
    find: "'end_at', '<=', now",
    replace: "'start_at', '<=', now",
  },
  // Statuses of bookings and visitors.
  {
    name: 'party-keeps-its-last-visitor',
    rule: 'cancelling the last visitor of a party cancels the booking',
    file: VISITS,
    within: 'export async function dropOneFromParty(',
    find: "'party_size', '>', 1",
    replace: "'party_size', '>', 0",
  },
  {
    name: 'upcoming-lists-cancelled',
    rule: 'a cancelled booking leaves 待参观 at once',
    file: VISITS,
    within: 'export function listBookingsOfAccount(',
    find: ".where('status', 'in', AWAITED)",
    replace: '',
  },
  {
    name: 'booking-transition-any-status',
    rule: 'a booking moves only from the status it is expected to have',
    file: VISITS,
    within: 'export async function transitionBooking(',
    find: ".where('status', 'in', from)",
    replace: '',
  },
  {
    name: 'visitor-checked-in-twice',
    rule: 'a visitor is checked in once',
    file: VISITS,
    within: 'export async function checkInChosenVisitors(',
    find: ".where('status', '=', 'CONFIRMED')",
    replace: '',
  },
  {
    name: 'booking-count-over-party',
    rule: "a booking's checked-in count never exceeds its party size (a split party at two doors)",
    file: VISITS,
    within: 'export async function recordBookingCheckIn(',
    find: '.where(sql<boolean>`checked_in_count + ${people} <= party_size`)',
    replace: '',
  },
  {
    name: 'undo-check-in-any-time',
    rule: 'a check-in is undone only within the undo limit',
    file: VISITS,
    within: 'export async function undoRecentVisitorCheckIn(',
    find: ".where('checked_in_at', '>=', since)",
    replace: '',
  },

  {
    name: 'group-headcount-over-party',
    rule: "a group's checked-in headcount never exceeds its party size",
    file: VISITS,
    within: 'export async function admitGroupHeadcount(',
    find: 'checked_in_count + ${people} <= party_size',
    replace: 'checked_in_count <= party_size',
  },
  {
    name: 'document-checkin-any-slot',
    rule: "check-in by document finds the visitor's booking for this slot only",
    file: VISITS,
    within: 'export function findVisitorOfSlotByDocument(',
    find: ".where('booking.slot_id', '=', slotId)",
    replace: '',
  },
  {
    name: 'no-show-marks-checked-in',
    rule: 'only confirmed visitors become no-shows',
    file: VISITS,
    within: 'export async function markNoShowsOfSlot(',
    find: ".where('status', '=', 'CONFIRMED')",
    replace: '',
  },
  {
    // Dropping the condition is equivalent (the suspension rule filters by date again); shortening the lookback
    // is not: a strike between 120 and 180 days old must still count.
    name: 'strikes-lookback-shrunk',
    rule: 'strikes of the last 180 days count towards a suspension',
    file: VISITS,
    within: 'export async function findBookingAttemptContext(',
    find: ".where('occurred_at', '>', q.strikesSince)",
    replace: ".where('occurred_at', '>', q.strikesSince + 120 * 86_400_000)",
  },
  {
    name: 'document-taken-any-day',
    rule: 'a document holds one place per exhibition and day, not per exhibition',
    file: VISITS,
    within: 'export async function findTakenDocumentKeys(',
    find: ".where('visit_date', '=', visitDate)",
    replace: '',
  },
  {
    name: 'group-list-any-status',
    rule: 'the group review list shows the asked status only',
    file: VISITS,
    within: 'export function listGroupBookings(',
    find: ".where('booking.status', '=', q.status)",
    replace: '',
  },
  // Waiting list.
  {
    name: 'waitlist-offer-too-large-party',
    rule: 'an offer goes only to a party that fits the freed places',
    file: WAITLIST,
    within: 'export function firstWaitingThatFits(',
    find: ".where('party_size', '<=', places)",
    replace: '',
  },
  {
    name: 'waitlist-offer-newest-first',
    rule: 'the longest-waiting party is offered first',
    file: WAITLIST,
    within: 'export function firstWaitingThatFits(',
    find: ".orderBy('id')",
    replace: ".orderBy('id', 'desc')",
  },
  {
    name: 'waitlist-transition-any-status',
    rule: 'an offer is made, accepted or expired exactly once',
    file: WAITLIST,
    within: 'export async function transitionWaitlistEntry(',
    find: ".where('status', '=', from)",
    replace: '',
  },
  {
    name: 'waitlist-offer-expires-early',
    rule: 'an offer expires only when its hold time is over',
    file: WAITLIST,
    within: 'export function listExpiredOffers(',
    find: "'offered_until', '<=', now",
    replace: "'offered_until', '<=', now + 60_000",
  },
  {
    name: 'waitlist-offers-after-start',
    rule: 'no offer is made for a slot that has started',
    file: WAITLIST,
    within: 'export function listSlotsWithWaitingParties(',
    find: ".where('slot.start_at', '>', now)",
    replace: '',
  },
  // 查档 requests.
  {
    name: 'lookup-move-any-status',
    rule: 'a lookup request moves only from the status the move expects (two staff cannot both move it)',
    file: LOOKUP,
    within: 'export async function transitionRequest(',
    find: ".where('status', '=', from)",
    replace: '',
  },
  {
    name: 'lookup-queue-other-archive',
    rule: "an archive's queue holds only requests it receives or holds",
    file: LOOKUP,
    within: 'export function listQueue(',
    find: "eb('holding_branch_id', '=', branchId)",
    replace: "eb('holding_branch_id', '>', 0)",
  },
  {
    name: 'lookup-receipt-series-shared',
    rule: 'receipt numbers count per archive: another archive has its own sequence',
    file: LOOKUP,
    within: 'export async function takeNextNumber(',
    find: ".where('branch_id', '=', key.branch_id)",
    replace: '',
  },
  {
    name: 'lookup-visit-cancelled-twice',
    rule: 'a reading-room visit is cancelled once, so its seat is given back once',
    file: LOOKUP,
    within: 'export async function cancelVisitIfBooked(',
    find: ".where('status', '=', 'BOOKED')",
    replace: '',
  },
  {
    name: 'lookup-certificate-revoked-twice',
    rule: 'a certificate is revoked once',
    file: LOOKUP,
    within: 'export async function revokeCertificateIfValid(',
    find: ".where('revoked_at', 'is', null)",
    replace: '',
  },
];
