// Lookups under concurrent use, through GraphQL over HTTP: receipt numbers stay gapless and unique when 200
// requests (and 20 refused duplicates) are filed at one archive at once; one open request per person and record
// type holds when the same person is asked about at several archives at once; a reading-room session never
// seats more than it has when a crowd books it.
import { beforeAll, describe, expect, it } from 'vitest';
import { resultAs, successData } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { BookLookupVisitDocument, type SubmitLookupRequestInput } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { lookupInput, submitLookup, submitLookupOk } from '../testkit/lookup';
import { type SignedInAs, signInMany } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

const FILINGS = 200;
const DUPLICATES = 20;

/** The most transactions the statement log shows open at the same time. */
function mostOpenAtOnce(statements: string[]): number {
  let open = 0;
  let most = 0;
  for (const sql of statements) {
    if (/^(begin|start transaction)/i.test(sql)) most = Math.max(most, ++open);
    if (/^(commit|rollback)/i.test(sql)) open--;
  }
  return most;
}

const ARCHIVES = ['city', 'xiangcheng', 'longwen', 'longhai', 'changtai', 'zhangpu', 'yunxiao', 'zhaoan'];

describe.each(dialects)('lookups under concurrent use (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let citizens: SignedInAs[];

  beforeAll(async () => {
    citizens = await signInMany(server(), FILINGS + DUPLICATES, { prefix: '查档' });
  }, 120_000);

  it(`numbers ${FILINGS} requests filed at one archive at once 0001 to ${FILINGS}, with no gap left by ${DUPLICATES} refused duplicates`, async () => {
    const inputs = await Promise.all(
      Array.from({ length: FILINGS }, () => lookupInput(server(), { receiving: 'dongshan' })),
    );
    // Each of the first 20 people is asked about twice, by two citizens at once: one of each pair is refused,
    // and its transaction, which had taken a number, rolls back.
    const sends = [
      ...inputs.map((input, i) => ({ citizen: citizens[i], input })),
      ...inputs.slice(0, DUPLICATES).map((input, i) => ({ citizen: citizens[FILINGS + i], input })),
    ];
    const results = await Promise.all(sends.map((s) => submitLookup(server(), s.citizen, s.input)));
    const byType = new Map<string, number>();
    for (const r of results) byType.set(r.__typename, (byType.get(r.__typename) ?? 0) + 1);
    expect(Object.fromEntries(byType)).toEqual({
      MutationSubmitLookupRequestSuccess: FILINGS,
      DuplicateOpenLookupError: DUPLICATES,
    });
    const numbers = results
      .filter((r) => r.__typename === 'MutationSubmitLookupRequestSuccess')
      .map((r) => successData(r).receiptNumber)
      .sort();
    expect(numbers).toEqual(
      Array.from({ length: FILINGS }, (_, i) => `ZZDA-DS-20261124-${String(i + 1).padStart(4, '0')}`),
    );
    const rows = await server()
      .db.selectFrom('lookup_request')
      .select('receipt_number')
      .where('receipt_number', 'like', 'ZZDA-DS-%')
      .execute();
    expect(rows.map((r) => r.receipt_number).sort()).toEqual(numbers);
    const counter = await server()
      .db.selectFrom('lookup_counter')
      .select('value')
      .where('series', '=', 'RECEIPT')
      .where('period', '=', '20261124')
      .where('branch_id', '=', (eb) => eb.selectFrom('branch').select('id').where('code', '=', 'dongshan'))
      .executeTakeFirstOrThrow();
    expect(counter.value).toBe(FILINGS);
    // And the next filing continues the sequence.
    expect((await submitLookupOk(server(), citizens[0], { receiving: 'dongshan' })).receiptNumber).toBe(
      `ZZDA-DS-20261124-${String(FILINGS + 1).padStart(4, '0')}`,
    );
  });

  it('keeps one open request per person and record type when several archives are asked at once: every filing reaches the unique index, which refuses all but one (on MySQL their transactions really overlap; SQLite runs them one after the other)', async () => {
    let overlapping = 0;
    for (let round = 0; round < 6 && (dialect !== 'mysql' || overlapping < 2); round++) {
      const base = await lookupInput(server());
      // Each archive has its own receipt counter, so the filings do not queue behind one counter row.
      const sends: SubmitLookupRequestInput[] = await Promise.all(
        ARCHIVES.map(async (code) => ({
          ...base,
          receivingBranchId: (await lookupInput(server(), { receiving: code })).receivingBranchId,
        })),
      );
      let results: Awaited<ReturnType<typeof submitLookup>>[] = [];
      const statements = await server().statementsDuring(async () => {
        results = await Promise.all(sends.map((input, i) => submitLookup(server(), citizens[i + round * 10], input)));
      });
      // No check runs before the insert: every filing reached it, and the index refused all but one.
      expect(statements.filter((sql) => /^insert into .lookup_request. /i.test(sql))).toHaveLength(ARCHIVES.length);
      overlapping = Math.max(overlapping, mostOpenAtOnce(statements));
      expect(results.map((r) => r.__typename).sort()).toEqual([
        ...Array(ARCHIVES.length - 1).fill('DuplicateOpenLookupError'),
        'MutationSubmitLookupRequestSuccess',
      ]);
      const winner = successData(
        results.find((r) => r.__typename === 'MutationSubmitLookupRequestSuccess') ?? results[0],
      );
      const open = await server()
        .db.selectFrom('lookup_request')
        .select(['id', 'open_key'])
        .where('subject_document_index', '=', (eb) =>
          eb.selectFrom('lookup_request').select('subject_document_index').where('id', '=', Number(winner.id)),
        )
        .execute();
      expect(open).toEqual([{ id: Number(winner.id), open_key: 1 }]);
      // The refusals name the kind of record, and no request their citizens did not file.
      expect(
        results
          .filter((r) => r.__typename === 'DuplicateOpenLookupError')
          .map((r) => resultAs(r, 'DuplicateOpenLookupError'))
          .map((e) => [e.recordType, e.receiptNumber]),
      ).toEqual(Array(ARCHIVES.length - 1).fill(['EMPLOYMENT', null]));
    }
    if (dialect === 'mysql')
      expect(overlapping, 'filings were open together in one of the rounds').toBeGreaterThanOrEqual(2);
  });

  it('seats exactly six of twenty citizens who book the same reading-room session at once', async () => {
    const readers = citizens.slice(0, 20);
    const requests = await Promise.all(
      readers.map((citizen) => submitLookupOk(server(), citizen, { receiving: 'changtai', use: 'READ' })),
    );
    const roomSlot = await server()
      .db.selectFrom('slot')
      .innerJoin('exhibition', 'exhibition.id', 'slot.exhibition_id')
      .innerJoin('branch', 'branch.id', 'exhibition.branch_id')
      .select(['slot.id', 'slot.capacity'])
      .where('exhibition.mode', '=', 'READING_ROOM')
      .where('branch.code', '=', 'changtai')
      .where('slot.visit_date', '=', '2026-11-25')
      .orderBy('slot.start_at')
      .executeTakeFirstOrThrow();
    expect(roomSlot.capacity).toBe(6);
    const results = await Promise.all(
      requests.map((request, i) =>
        call(
          server(),
          BookLookupVisitDocument,
          { requestId: request.id, slotId: String(roomSlot.id) },
          readers[i].token,
        ),
      ),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual([
      ...Array(6).fill('MutationBookLookupVisitSuccess'),
      ...Array(14).fill('SlotFullError'),
    ]);
    const slot = await server()
      .db.selectFrom('slot')
      .select('booked')
      .where('id', '=', roomSlot.id)
      .executeTakeFirstOrThrow();
    expect(slot.booked).toBe(6);
    const seated = await server()
      .db.selectFrom('lookup_visit')
      .select('request_id')
      .where('slot_id', '=', roomSlot.id)
      .where('status', '=', 'BOOKED')
      .execute();
    expect(seated).toHaveLength(6);
  });
});
