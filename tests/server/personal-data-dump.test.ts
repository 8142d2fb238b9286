// Where the personal data people give us ends up: real flows with distinctive names, document numbers and phones
// (a booking that saves its visitors, a frequent visitor, a group visit, a lookup request), staff reading and acting
// on them (roster, search, review, check-in by document, the lookup queue, revealing a request, the audit log), a
// refused request carrying them in its variables, and the messages delivered. Then every row of every table and
// everything the server logged meanwhile is searched: no submitted name, document number or phone appears in plain
// text, nor its digits-only form. Masked forms (350602********2027, 138****5678, 鞠*霞) are what may appear.
import { addDays } from '@zz/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bookOk,
  call,
  checkIn,
  createBookableExhibition,
  idempotencyKey,
  phoneNumber,
  requestGroupVisit,
  residentId,
  successData,
  TEST_TODAY,
  type VisitorInput,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AddFrequentVisitorDocument,
  AuditLogDocument,
  BookingDocument,
  CheckInByDocumentDocument,
  FrequentVisitorsDocument,
  GroupVisitIdsDocument,
  LookupQueuePageDocument,
  MyBookingsDocument,
  RevealLookupPersonalDataDocument,
  ReviewGroupVisitDocument,
  SlotRosterDocument,
} from '../testkit/generated/graphql';
import { lookupInput, lookupRequest, submitLookup } from '../testkit/lookup';
import { deliver } from '../testkit/notifications';
import { createStaff, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

/** Names no seed, label or other test writes, so finding one means it was stored or logged as typed. */
const NAMES = [
  '鞠翠霞',
  '宓锦书',
  '扈晓岚',
  '禚雨桐',
  '阚思远',
  '缑婉清',
  '笪嘉禾',
  '隗子衿',
  '訾明轩',
  '仉若溪',
  '亓梦瑶',
  '郗浩然',
  '逯芷若',
  '蒯星辰',
  '厍语嫣',
  '钭惜梅',
  '郦书瑶',
];

/** Two days ahead: a group visit needs its roster a day before the start. */
const VISIT_DAY = addDays(TEST_TODAY, 2);

interface Submitted {
  names: string[];
  documentNumbers: string[];
  phones: string[];
}

/** The forms a submitted value could leak in: as typed, and the digits of a phone however it was written. */
function leakForms(submitted: Submitted): string[] {
  return [
    ...submitted.names,
    ...submitted.documentNumbers,
    // The number without its check character, and a trailing x written in lower case.
    ...submitted.documentNumbers.map((d) => d.slice(0, 17)),
    ...submitted.documentNumbers.filter((d) => d.endsWith('X')).map((d) => d.toLowerCase()),
    ...submitted.phones.map((p) => p.replace(/\D/g, '')),
    // A phone without its leading "1": what a column cut to ten digits or a log dropping a prefix would keep.
    ...submitted.phones.map((p) => p.replace(/\D/g, '').slice(1)),
  ];
}

/** Every row of every table, as text: values, and binary columns both as bytes read as text and as hex. */
async function dumpDatabase(server: TestServer): Promise<string> {
  const tables = (await server.db.introspection.getTables()).map((t) => t.name).sort();
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(server.db);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = Buffer.isBuffer(value) ? `${value.toString('utf8')} ${value.toString('hex')}` : String(value);
        parts.push(`${table}.${column}: ${text}`);
      }
    }
  }
  return parts.join('\n');
}

/** Everything written to the console and to stdout/stderr while the suite's server runs (it runs in this process). */
function captureLogs(): { text(): string; restore(): void } {
  const lines: string[] = [];
  const record = (...args: unknown[]) => {
    lines.push(
      args
        .map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a)))
        .join(' '),
    );
  };
  const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(record),
  );
  const writes = (['stdout', 'stderr'] as const).map((stream) => {
    const original = process[stream].write.bind(process[stream]);
    const spy = vi.spyOn(process[stream], 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      lines.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write);
    return spy;
  });
  return {
    text: () => lines.join('\n'),
    restore: () => {
      for (const spy of [...spies, ...writes]) spy.mockRestore();
    },
  };
}

describe.each(dialects)('personal data in the database and the logs (%s)', (dialect) => {
  // Installed before the server starts, so its logger (which reads console at each call) is captured from the first line.
  let logs: ReturnType<typeof captureLogs>;
  beforeAll(() => {
    logs = captureLogs();
  });
  afterAll(() => logs.restore());
  const server = useTestServer({ dialect });

  const submitted: Submitted = { names: [], documentNumbers: [], phones: [] };
  let nextName = 0;
  /** A visitor with a distinctive name and a fresh document number, remembered as submitted. */
  function person(): VisitorInput {
    const name = NAMES[nextName++];
    if (!name) throw new Error('add more NAMES');
    const documentNumber = residentId({ birthDate: addDays('1980-03-01', nextName * 37) });
    submitted.names.push(name);
    submitted.documentNumbers.push(documentNumber);
    return { name, documentType: 'RESIDENT_ID', documentNumber };
  }
  function phone(): string {
    const value = phoneNumber();
    submitted.phones.push(value);
    return value;
  }

  it('runs the flows: a booking saving its visitors, a frequent visitor, a group visit, a lookup request', async () => {
    const manager = await createStaff(server(), 'BRANCH_STAFF');
    const admin = await createStaff(server(), 'ADMIN');
    const [booker, organizer, applicant] = [
      await signInCitizen(server()),
      await signInCitizen(server()),
      await signInCitizen(server()),
    ];
    const exhibition = await createBookableExhibition(server(), manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 30 }],
    });
    const slot = await exhibition.slotAt(VISIT_DAY);

    // A booking of two whose visitors are saved as frequent visitors, with consent.
    const party = [person(), person()];
    const booking = await bookOk(server(), booker, slot.id, {
      visitors: party,
      phone: phone(),
      saveVisitors: true,
      visitorsConsent: true,
    });
    const added = await call(server(), AddFrequentVisitorDocument, { visitor: person(), consent: true }, booker.token);
    expect(added.__typename).toBe('MutationAddFrequentVisitorSuccess');
    expect(await call(server(), FrequentVisitorsDocument, {}, booker.token)).toHaveLength(3);
    await call(server(), MyBookingsDocument, { list: 'UPCOMING' }, booker.token);

    // A group of ten with its leader.
    const members = Array.from({ length: 10 }, () => person());
    const leader = person();
    const group = successData(
      await requestGroupVisit(server(), organizer, slot.id, members, {
        leaderName: leader.name,
        leaderPhone: phone(),
        idempotencyKey: idempotencyKey(),
      }),
    );

    // A lookup request about the applicant's own records.
    const self = person();
    const filed = await submitLookup(
      server(),
      applicant,
      await lookupInput(server(), {
        applicant: { name: self.name, documentType: self.documentType, documentNumber: self.documentNumber },
        phone: phone(),
      }),
    );
    const request = successData(filed);
    await lookupRequest(server(), applicant.token, request.id);

    // Staff read and act on all of it.
    const roster = await call(server(), SlotRosterDocument, { slotId: slot.id }, manager.token);
    expect(roster.length).toBeGreaterThanOrEqual(2);
    await call(server(), SlotRosterDocument, { slotId: slot.id, search: party[0].name }, manager.token);
    await call(server(), BookingDocument, { id: booking.id }, manager.token);
    expect((await call(server(), GroupVisitIdsDocument, {}, manager.token)).map((g) => g.id)).toContain(group.id);
    successData(
      await call(
        server(),
        ReviewGroupVisitDocument,
        { bookingId: group.id, approve: true, note: '同意' },
        manager.token,
      ),
    );
    await call(server(), LookupQueuePageDocument, { first: 20 }, manager.token);
    await lookupRequest(server(), manager.token, request.id);
    const revealed = successData(
      await call(
        server(),
        RevealLookupPersonalDataDocument,
        { requestId: request.id, reason: '核对申请人身份' },
        manager.token,
      ),
    );
    // Revealing answers in full (that is its point): the dump must still not hold it.
    expect(revealed.applicantDocumentNumber).toBe(self.documentNumber);
    await call(server(), AuditLogDocument, { person: submitted.phones[0] }, admin.token);
    await call(server(), AuditLogDocument, { person: party[0].documentNumber }, admin.token);

    // The door on the visit day: a ticket scanned, a visitor found by the number typed.
    server().clock.set(Date.parse(`${VISIT_DAY}T05:55:00Z`));
    expect((await checkIn(server(), manager, booking.ticketToken)).__typename).toBe('MutationCheckInTicketSuccess');
    const byDocument = await call(
      server(),
      CheckInByDocumentDocument,
      { slotId: slot.id, documentType: 'RESIDENT_ID', documentNumber: members[0].documentNumber },
      manager.token,
    );
    expect(byDocument.__typename).toMatch(/Success|Error/);

    // Refused requests that carry personal data: a phone of the wrong type (refused before any resolver, and
    // logged), and a document number with a wrong check character (a typed error).
    const refused = await server().executeRaw(
      'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { __typename } }',
      {
        input: {
          slotId: slot.id,
          phone: Number(submitted.phones[0]),
          idempotencyKey: idempotencyKey(),
          visitors: [party[0]],
        },
      },
      booker.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // The messages these produced, delivered (WeChat is off here: they stay in the message centre).
    await deliver(server());
  });

  it('stores no submitted name, document number or phone in plain text in any table', async () => {
    expect(submitted.names.length).toBeGreaterThanOrEqual(15);
    const dump = await dumpDatabase(server());
    // The dump is real: it holds what the flows wrote, sealed by the vault (v1:…) where it is personal data.
    expect(dump).toMatch(/^booking_visitor\.[a-z_]+: v1:/m);
    expect(dump).toMatch(/^lookup_request\.[a-z_]+: v1:/m);
    expect(dump).toMatch(/^frequent_visitor\.[a-z_]+: v1:/m);
    const found = leakForms(submitted).flatMap((value) =>
      dump
        .split('\n')
        .filter((line) => line.includes(value))
        .map((line) => `${value} in ${line.slice(0, 160)}`),
    );
    expect(found).toEqual([]);
  });

  it('logs no submitted name, document number or phone', () => {
    const text = logs.text();
    // The refused request was logged (so the capture works), without its values.
    expect(text).toContain('GraphQL request refused');
    const found = leakForms(submitted).filter((value) => text.includes(value));
    expect(found).toEqual([]);
  });
});
