// Holes found by trying the API as an attacker would: ids that are not canonical, forged cursors, failures
// that came back masked, input that was accepted but cannot be real, and answers that told staff of one
// archive about another's visitors and drafts. Each answer must be typed (or a clear error) and change nothing.
import { addDays } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BOOKING_STATISTICS,
  bookOk,
  CANCEL_BOOKING,
  CHECK_IN_BY_DOCUMENT,
  call,
  createBookableExhibition,
  residentId,
  SAVE_EXHIBITION,
  SET_SLOT_TEMPLATES,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { createExhibition, createStaff, type SignedInAs, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

const offsetCursor = (text: string) => Buffer.from(text).toString('base64');

const ADD_FREQUENT_VISITOR = `mutation ($visitor: VisitorInput!) {
  addFrequentVisitor(visitor: $visitor) {
    __typename ... on InputValidationError { fieldErrors { path message } } ... on MutationAddFrequentVisitorSuccess { data { id } }
  }
}`;
const CLOSE_SLOT = `mutation ($slotId: ID!, $reason: String!) {
  closeSlot(slotId: $slotId, reason: $reason) {
    __typename ... on InputValidationError { fieldErrors { path message } } ... on MutationCloseSlotSuccess { data { id status } }
  }
}`;

describe.each(dialects)('API holes (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let admin: StaffSignedIn;
  let cityStaff: StaffSignedIn;
  let zhangpuStaff: StaffSignedIn;
  let citizen: SignedInAs;

  beforeAll(async () => {
    admin = await createStaff(server(), 'ADMIN');
    cityStaff = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'city' });
    zhangpuStaff = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    citizen = await signInCitizen(server());
  });

  /** Sends a document and insists the server answered without GraphQL errors. */
  async function data(query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
    const result = await server().execute(query, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data;
  }

  it('reads an id only in its canonical form, so " 106 ", "0x6a" or "106e0" never reach row 106', async () => {
    const exhibition = await createExhibition(server());
    const id = String(exhibition.id);
    const lookup = (value: string) => data('query ($id: ID!) { exhibition(id: $id) { id } }', { id: value });
    expect((await lookup(id))?.exhibition).toEqual({ id });
    for (const forged of [` ${id} `, `0x${exhibition.id.toString(16)}`, `${id}e0`, `${id}.0`, 'abc', '', '-1', '0']) {
      expect((await lookup(forged))?.exhibition, forged).toBeNull();
    }
    expect((await lookup('99999999999999999999'))?.exhibition).toBeNull();
    // Ids that used to reach SQL as NaN (a masked error on MySQL) are "not found" answers now.
    expect(await call(server(), CANCEL_BOOKING, { id: 'abc' }, citizen.token)).toMatchObject({
      __typename: 'BookingNotFoundError',
    });
    expect(
      (await data('query ($id: ID!) { slotRoster(slotId: $id) { id } }', { id: 'abc' }, admin.token))?.slotRoster,
    ).toEqual([]);
    expect(
      (await data('query ($id: ID!) { staffSlot(id: $id) { id } }', { id: 'NaN' }, admin.token))?.staffSlot,
    ).toBeNull();
  });

  it('creates an exhibition only in a real archive, and never from an empty id', async () => {
    const count = async () => (await data('{ staffExhibitions { id } }', {}, admin.token))?.staffExhibitions.length;
    const before = await count();
    const input = { title: '边界测试展', mode: 'ONSITE', summary: '简介', description: '介绍', opensOn: TEST_TODAY };
    for (const [override, path] of [
      [{ branchId: '1.5' }, 'branchId'],
      [{ branchId: '999999' }, 'branchId'],
      [{ id: '' }, 'id'],
      [{ id: ' 1 ' }, 'id'],
    ] as const) {
      const answer = await call(server(), SAVE_EXHIBITION, { input: { ...input, ...override } }, admin.token);
      expect(answer, JSON.stringify(override)).toMatchObject({ __typename: 'InputValidationError' });
      expect(answer.fieldErrors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    expect(await count()).toBe(before);
  });

  it('refuses forged cursors with a clear error, not a masked one', async () => {
    for (const cursor of [
      offsetCursor('OffsetConnection:abc'),
      offsetCursor('OffsetConnection:-5'),
      offsetCursor('OffsetConnection:1e20'),
      offsetCursor('OffsetConnection:99999999999'),
      offsetCursor('Something:1'),
      '%%%',
    ]) {
      const result = await server().execute(
        'query ($after: String) { exhibitions(after: $after) { edges { node { id } } } }',
        {
          after: cursor,
        },
      );
      expect(result.errors?.[0]?.extensions?.code, cursor).toBe('BAD_CURSOR');
      expect(result.errors?.[0]?.message).not.toBe('Unexpected error.');
    }
    const articles = await server().execute('{ articles(after: "abc") { edges { node { id } } } }');
    expect(articles.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    // The cursors the server hands out still work.
    const page = await data('{ exhibitions(first: 1) { pageInfo { endCursor } } }');
    await data('query ($after: String) { exhibitions(after: $after) { edges { node { id } } } }', {
      after: page?.exhibitions.pageInfo.endCursor,
    });
  });

  it('answers statistics mistakes with typed errors: an unknown exhibition, a reversed or too long range', async () => {
    const ask = (variables: Record<string, unknown>) => call(server(), BOOKING_STATISTICS, variables, admin.token);
    expect(await ask({ exhibitionId: '999999', from: TEST_TODAY, to: TEST_TODAY })).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await ask({ from: TEST_TODAY, to: addDays(TEST_TODAY, -1) })).toMatchObject({
      __typename: 'InputValidationError',
    });
    expect(await ask({ from: TEST_TODAY, to: addDays(TEST_TODAY, 93) })).toMatchObject({
      __typename: 'InputValidationError',
    });
  });

  it('refuses oversized text with the same typed answer on every database', async () => {
    const huge = 'a'.repeat(100_000);
    const input = { title: '超长测试展', mode: 'ONSITE', summary: '简介', description: '介绍', opensOn: TEST_TODAY };
    for (const field of ['venue', 'notes', 'description', 'subtitle', 'coverUrl']) {
      const answer = await call(server(), SAVE_EXHIBITION, { input: { ...input, [field]: huge } }, admin.token);
      expect(answer, field).toMatchObject({ __typename: 'InputValidationError' });
      expect(answer.fieldErrors.map((e: { path: string }) => e.path)).toEqual([field]);
    }
  });

  it('refuses documents and names that cannot be real', async () => {
    const refused = async (person: Record<string, unknown>, path: string) => {
      const answer = await call(
        server(),
        ADD_FREQUENT_VISITOR,
        { visitor: { ...visitor(), ...person } },
        citizen.token,
      );
      expect(answer, JSON.stringify(person)).toMatchObject({ __typename: 'InputValidationError' });
      expect(answer.fieldErrors.map((e: { path: string }) => e.path)).toContain(path);
    };
    await refused({ documentNumber: residentId({ birthDate: addDays(TEST_TODAY, 30) }) }, 'visitor.documentNumber');
    await refused({ documentNumber: residentId({ region: '000000' }) }, 'visitor.documentNumber');
    for (const name of ['张\u0000三', '张\u0007三', '张\ud800三', '张\u0085三']) {
      await refused({ name }, 'visitor.name');
    }
    const nul = await server().execute(
      'mutation ($name: String!) { signInForDevelopment(displayName: $name) { __typename } }',
      { name: '市民\u0000' },
    );
    expect(nul.data?.signInForDevelopment.__typename).toBe('InputValidationError');
    const exhibition = await createBookableExhibition(server(), admin);
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
    const reason = await call(server(), CLOSE_SLOT, { slotId: slot.id, reason: '检修\u0000' }, admin.token);
    expect(reason).toMatchObject({ __typename: 'InputValidationError', fieldErrors: [{ path: 'reason' }] });
    expect((await exhibition.slotAt(addDays(TEST_TODAY, 1))).status).toBe('OPEN');
  });

  it('refuses a weekly plan of 1,000 templates and keeps the plan it had', async () => {
    const exhibition = await createBookableExhibition(server(), admin);
    const templates = Array.from({ length: 1000 }, (_, i) => ({
      weekday: (i % 7) + 1,
      startTime: '09:00',
      endTime: '10:00',
      capacity: 10,
    }));
    const answer = await call(server(), SET_SLOT_TEMPLATES, { exhibitionId: exhibition.id, templates }, admin.token);
    expect(answer).toMatchObject({ __typename: 'InputValidationError', fieldErrors: [{ path: 'templates' }] });
    const plan = await data(
      'query ($id: ID!) { exhibition(id: $id) { slotTemplates { id } } }',
      { id: exhibition.id },
      admin.token,
    );
    expect(plan?.exhibition.slotTemplates).toHaveLength(7);
  });

  it('refuses a calendar date the archive cannot mean instead of printing the year +010000', async () => {
    const exhibition = await createExhibition(server());
    const result = await server().execute(
      'query ($id: ID!) { exhibition(id: $id) { calendar(from: "9999-12-31", days: 2) { date } } }',
      {
        id: String(exhibition.id),
      },
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain('+010000');
  });

  it('tells staff of another archive nothing about who booked there: the same refusal for any document', async () => {
    const exhibition = await createBookableExhibition(server(), admin);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const guest = visitor();
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [guest] });
    const answers = await Promise.all(
      [guest.documentNumber, residentId()].map((documentNumber) =>
        call(
          server(),
          CHECK_IN_BY_DOCUMENT,
          { slotId: slot.id, documentType: 'RESIDENT_ID', documentNumber },
          zhangpuStaff.token,
        ),
      ),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' });
  });

  it("keeps an archive's drafts and weekly plans to its own staff", async () => {
    const draft = await createExhibition(server(), { published: false, branchCode: 'city' });
    const published = await createBookableExhibition(server(), admin);
    const read = (id: string, token: string) =>
      data('query ($id: ID!) { exhibition(id: $id) { id slotTemplates { id } } }', { id }, token);
    expect((await read(String(draft.id), zhangpuStaff.token))?.exhibition).toBeNull();
    expect((await read(String(draft.id), cityStaff.token))?.exhibition).toMatchObject({ id: String(draft.id) });
    expect((await read(published.id, zhangpuStaff.token))?.exhibition.slotTemplates).toEqual([]);
    expect((await read(published.id, cityStaff.token))?.exhibition.slotTemplates.length).toBeGreaterThan(0);
  });
});
