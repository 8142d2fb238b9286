// E-ticket tokens carried by the QR codes: the booking (or one visitor) plus an HMAC signature, so a ticket
// can be shown offline and verified by a scanner, but not guessed or altered.
import type { PersonalDataVault } from './vault';

const PREFIX = 'ZZT1';

export type TicketSubject = { kind: 'BOOKING' | 'VISITOR'; id: number };

export function ticketToken(vault: PersonalDataVault, subject: TicketSubject): string {
  const body = `${subject.kind === 'BOOKING' ? 'b' : 'v'}${subject.id}`;
  return `${PREFIX}.${body}.${vault.sign(`${PREFIX}.${body}`)}`;
}

/** The subject of a genuine token, or null for anything else. */
export function readTicketToken(vault: PersonalDataVault, token: string): TicketSubject | null {
  const match = token.trim().match(/^ZZT1\.([bv])(\d{1,12})\.([A-Za-z0-9_-]{22})$/);
  if (!match) return null;
  const [, kind, id, signature] = match;
  if (!vault.verify(`${PREFIX}.${kind}${id}`, signature)) return null;
  return { kind: kind === 'b' ? 'BOOKING' : 'VISITOR', id: Number(id) };
}
