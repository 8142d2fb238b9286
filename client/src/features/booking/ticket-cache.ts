// The last e-ticket seen for each booking, kept in Taro storage so it can be shown at the door without network.
import Taro from '@tarojs/taro';
import type { TicketFieldsFragment } from '../../graphql/generated/booking/operations';

// Under the app's `zz.` storage prefix (see config.ts STORAGE_KEYS).
const keyOf = (bookingId: string) => `zz.ticket.${bookingId}`;

export interface CachedTicket {
  savedAt: number;
  ticket: TicketFieldsFragment;
}

export function readCachedTicket(bookingId: string): CachedTicket | null {
  try {
    const value: unknown = Taro.getStorageSync(keyOf(bookingId));
    const parsed = typeof value === 'string' && value ? (JSON.parse(value) as CachedTicket) : null;
    return parsed?.ticket?.id === bookingId ? parsed : null;
  } catch {
    return null;
  }
}

export function writeCachedTicket(ticket: TicketFieldsFragment): void {
  try {
    Taro.setStorageSync(keyOf(ticket.id), JSON.stringify({ savedAt: Date.now(), ticket } satisfies CachedTicket));
  } catch {
    // Storage full or unavailable: the ticket still shows online, only the offline copy is missing.
  }
}
