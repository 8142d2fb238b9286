// When a visitor may come through the door: one rule for a ticket scanned, a document typed and a walk-in
// registered, so the door never admits a walk-in at 00:05 for a 09:00 slot while refusing a ticket for it.
// The server enforces it; the door page words its refusals from the same window.
import { businessDateOf, businessTimeOf } from '../time/business-time';
import { type BookingPolicy, checkInWindow } from './policy';

export interface EntrySlot {
  visitDate: string;
  startAt: number;
  endAt: number;
}

export interface EntryWindow {
  /** First instant of entry (the policy's early minutes before the start). */
  opensAt: number;
  /** Last instant of entry (the slot's end plus the policy's late minutes). */
  closesAt: number;
}

export type EntryRefusal = 'WRONG_DAY' | 'TOO_EARLY' | 'TOO_LATE';

export function entryWindowOf(
  slot: EntrySlot,
  policy: Pick<BookingPolicy, 'checkinEarlyMinutes' | 'checkinLateMinutes'>,
): EntryWindow {
  return checkInWindow(slot, policy);
}

/** Why nobody of this slot may enter at `at` (a ticket, a typed document or a walk-in alike), or null. */
export function entryRefusalAt(slot: EntrySlot, window: EntryWindow, at: number): EntryRefusal | null {
  if (slot.visitDate !== businessDateOf(at)) return 'WRONG_DAY';
  if (at < window.opensAt) return 'TOO_EARLY';
  if (at > window.closesAt) return 'TOO_LATE';
  return null;
}

/** "09:00 场次 08:30 起可入场", what staff read out to a visitor who came too early. */
export function entryOpensText(slot: EntrySlot, window: EntryWindow): string {
  return `${businessTimeOf(slot.startAt)} 场次 ${businessTimeOf(window.opensAt)} 起可入场`;
}

/** "09:00 场次 11:30 停止入场". */
export function entryClosedText(slot: EntrySlot, window: EntryWindow): string {
  return `${businessTimeOf(slot.startAt)} 场次 ${businessTimeOf(window.closesAt)} 停止入场`;
}

/** The sentence a refusal gives for its reason, with the exact window. */
export function entryRefusalText(reason: EntryRefusal, slot: EntrySlot, window: EntryWindow): string {
  switch (reason) {
    case 'WRONG_DAY':
      return `预约日期为 ${slot.visitDate}，非今日（${entryOpensText(slot, window)}）`;
    case 'TOO_EARLY':
      return `尚未到入场时间：${entryOpensText(slot, window)}`;
    case 'TOO_LATE':
      return `入场时间已过：${entryClosedText(slot, window)}`;
  }
}
