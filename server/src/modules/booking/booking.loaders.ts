// Per-request batch loaders of the booking feature: the visitors of every booking a response shows are
// fetched in one query, whether a page lists one booking or fifty.
import DataLoader from 'dataloader';
import type { Executor } from '../../db/database';
import { countCheckedInBySlot, listVisitorsOfBookings, type VisitorRow } from './booking.repository';

export interface BookingLoaders {
  visitorsOfBooking: DataLoader<number, VisitorRow[]>;
  /** Visitors checked in per slot, for staff dashboards listing many slots. */
  checkedInOfSlot: DataLoader<number, number>;
}

export function createBookingLoaders(db: Executor): BookingLoaders {
  return {
    visitorsOfBooking: new DataLoader(async (bookingIds) => {
      const rows = await listVisitorsOfBookings(db, bookingIds);
      return bookingIds.map((id) => rows.filter((row) => row.booking_id === id));
    }),
    checkedInOfSlot: new DataLoader(async (slotIds) => {
      const counts = await countCheckedInBySlot(db, slotIds);
      return slotIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
