// Holes found by trying the API as an attacker would: ids that are not canonical, forged cursors, failures
// that came back masked, input that was accepted but cannot be real, and answers that told staff of one
// archive about another's visitors and drafts. Each answer must be typed (or a clear error) and change nothing.
import { addDays } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookOk, createBookableExhibition, residentId, TEST_TODAY, visitor } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AddFrequentVisitorDocument,
  ArticlePageDocument,
  BookingStatisticsDocument,
  CalendarFromDocument,
  CancelBookingDocument,
  CheckInByDocumentDocument,
  CloseSlotDocument,
  ExhibitionByIdDocument,
  ExhibitionPageDocument,
  ExhibitionPlanDocument,
  SaveExhibitionDocument,
  SetSlotTemplatesDocument,
  SignInForDevelopmentDocument,
  SlotRosterIdsDocument,
  StaffExhibitionIdsDocument,
  StaffSlotIdDocument,
} from '../testkit/generated/graphql';
import { call, resultAs } from '../testkit/graphql';
import { createExhibition, createStaff, type SignedInAs, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import type { TypedDocument } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const offsetCursor = (text: string) => Buffer.from(text).toString('base64');

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
  async function data<R, V>(document: TypedDocument<R, V>, variables: V, token: string | null = null) {
    const result = await server().execute(document, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    if (!result.data) throw new Error('no data');
    return result.data;
  }
  const paths = (errors: ReadonlyArray<{ path: string }>) => errors.map((e) => e.path);

  it('reads an id only in its canonical form, so " 106 ", "0x6a" or "106e0" never reach row 106', async () => {
    const exhibition = await createExhibition(server());
    const id = String(exhibition.id);
    const lookup = async (value: string) => (await data(ExhibitionByIdDocument, { id: value })).exhibition;
    expect(await lookup(id)).toEqual({ id });
    for (const forged of [` ${id} `, `0x${exhibition.id.toString(16)}`, `${id}e0`, `${id}.0`, 'abc', '', '-1', '0']) {
      expect(await lookup(forged), forged).toBeNull();
    }
    expect(await lookup('99999999999999999999')).toBeNull();
    // Ids that used to reach SQL as NaN (a masked error on MySQL) are "not found" answers now.
    expect(await call(server(), CancelBookingDocument, { id: 'abc' }, citizen.token)).toMatchObject({
      __typename: 'BookingNotFoundError',
    });
    expect((await data(SlotRosterIdsDocument, { slotId: 'abc' }, admin.token)).slotRoster).toEqual([]);
    expect((await data(StaffSlotIdDocument, { id: 'NaN' }, admin.token)).staffSlot).toBeNull();
  });

  it('creates an exhibition only in a real archive, and never from an empty id', async () => {
    const count = async () => (await data(StaffExhibitionIdsDocument, {}, admin.token)).staffExhibitions.length;
    const before = await count();
    const input = {
      title: '边界测试展',
      mode: 'ONSITE' as const,
      summary: '简介',
      description: '介绍',
      opensOn: TEST_TODAY,
    };
    for (const [override, path] of [
      [{ branchId: '1.5' }, 'branchId'],
      [{ branchId: '999999' }, 'branchId'],
      [{ id: '' }, 'id'],
      [{ id: ' 1 ' }, 'id'],
    ] as const) {
      const answer = await call(server(), SaveExhibitionDocument, { input: { ...input, ...override } }, admin.token);
      expect(paths(resultAs(answer, 'InputValidationError').fieldErrors), JSON.stringify(override)).toEqual([path]);
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
      const result = await server().execute(ExhibitionPageDocument, { after: cursor });
      expect(result.errors?.[0]?.extensions?.code, cursor).toBe('BAD_CURSOR');
      expect(result.errors?.[0]?.message).not.toBe('Unexpected error.');
    }
    const articles = await server().execute(ArticlePageDocument, { after: 'abc' });
    expect(articles.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
    // The cursors the server hands out still work.
    const page = await data(ExhibitionPageDocument, { first: 1 });
    await data(ExhibitionPageDocument, { after: page.exhibitions.pageInfo.endCursor });
  });

  it('answers statistics mistakes with typed errors: an unknown exhibition, a reversed or too long range', async () => {
    const ask = (variables: { exhibitionId?: string; from: string; to: string }) =>
      call(server(), BookingStatisticsDocument, variables, admin.token);
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
    const input = {
      title: '超长测试展',
      mode: 'ONSITE' as const,
      summary: '简介',
      description: '介绍',
      opensOn: TEST_TODAY,
    };
    for (const field of ['venue', 'notes', 'description', 'subtitle', 'coverUrl']) {
      const answer = await call(server(), SaveExhibitionDocument, { input: { ...input, [field]: huge } }, admin.token);
      expect(paths(resultAs(answer, 'InputValidationError').fieldErrors), field).toEqual([field]);
    }
  });

  it('refuses documents and names that cannot be real', async () => {
    const refused = async (person: { name?: string; documentNumber?: string }, path: string) => {
      const answer = await call(
        server(),
        AddFrequentVisitorDocument,
        { visitor: { ...visitor(), ...person }, consent: true },
        citizen.token,
      );
      expect(paths(resultAs(answer, 'InputValidationError').fieldErrors), JSON.stringify(person)).toContain(path);
    };
    await refused({ documentNumber: residentId({ birthDate: addDays(TEST_TODAY, 30) }) }, 'visitor.documentNumber');
    await refused({ documentNumber: residentId({ region: '000000' }) }, 'visitor.documentNumber');
    for (const name of ['张\u0000三', '张\u0007三', '张\ud800三', '张\u0085三']) {
      await refused({ name }, 'visitor.name');
    }
    const nul = await call(server(), SignInForDevelopmentDocument, { name: '市民\u0000' });
    expect(nul.__typename).toBe('InputValidationError');
    const exhibition = await createBookableExhibition(server(), admin);
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
    const reason = await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '检修\u0000' }, admin.token);
    expect(paths(resultAs(reason, 'InputValidationError').fieldErrors)).toEqual(['reason']);
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
    const answer = await call(
      server(),
      SetSlotTemplatesDocument,
      { exhibitionId: exhibition.id, templates },
      admin.token,
    );
    expect(paths(resultAs(answer, 'InputValidationError').fieldErrors)).toEqual(['templates']);
    const plan = await data(ExhibitionPlanDocument, { id: exhibition.id }, admin.token);
    expect(plan.exhibition?.slotTemplates).toHaveLength(7);
  });

  it('refuses a calendar date the archive cannot mean instead of printing the year +010000', async () => {
    const exhibition = await createExhibition(server());
    const result = await server().execute(CalendarFromDocument, { id: String(exhibition.id), from: '9999-12-31' });
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
          CheckInByDocumentDocument,
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
    const read = async (id: string, token: string) => (await data(ExhibitionPlanDocument, { id }, token)).exhibition;
    expect(await read(String(draft.id), zhangpuStaff.token)).toBeNull();
    expect(await read(String(draft.id), cityStaff.token)).toMatchObject({ id: String(draft.id) });
    expect((await read(published.id, zhangpuStaff.token))?.slotTemplates).toEqual([]);
    expect((await read(published.id, cityStaff.token))?.slotTemplates.length).toBeGreaterThan(0);
  });
});
