// Statement budgets: what the busiest pages cost the database, counted through the server's own Kysely
// log (BEGIN, COMMIT and the session lookup included). Lists load their slots, exhibitions, policies and
// visitors (and the message centre its notices' pages) by batching on the types, so the count stays flat
// however many rows a page shows.
import { addDays } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateBookingDocument, MyBookingsDocument } from '../../client/src/graphql/generated/booking/operations';
import { MyMessagesDocument } from '../../client/src/graphql/generated/messages/operations';
import { ExhibitionsDocument } from '../../client/src/graphql/generated/operations';
import { StaffRosterDocument } from '../../client/src/graphql/generated/staff/operations';
import {
  bookOk,
  createBookableExhibition,
  idempotencyKey,
  phoneNumber,
  TEST_TODAY,
  visitor,
  visitors,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { ArticleFeedCardsDocument, SetArticleLikeDocument } from '../testkit/generated/graphql';
import { successData } from '../testkit/graphql';
import { createArticle, createStaff, type SignedInAs, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import type { GraphQLResult, TypedDocument } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

// createBooking: 13 since issue 13, one read of the booker's standing consent to the 个人信息保护说明 (its own
// module's table, so it is not folded into the visits module's attempt-context union).
const BUDGETS = {
  myBookingsPage: 8,
  createBooking: 13,
  roster: 6,
  messagesPage: 6,
  articleFeedPage: 5,
  exhibitionListPage: 6,
};

describe.each(dialects)('statement budgets (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let manager: StaffSignedIn;
  let citizen: SignedInAs;
  let slotIds: string[];

  beforeAll(async () => {
    manager = await createStaff(server(), 'ADMIN');
    citizen = await signInCitizen(server());
    const exhibition = await createBookableExhibition(server(), manager, {
      policy: { releaseDaysAhead: 30, closedWeekdays: [] },
      plans: ['09:00', '11:00', '14:00', '16:00'].map((startTime) => ({
        startTime,
        endTime: `${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:30`,
        capacity: 100,
      })),
      days: 8,
    });
    const days = Array.from({ length: 7 }, (_, i) => addDays(TEST_TODAY, i + 1));
    slotIds = (await Promise.all(days.map((day) => exhibition.slotsOn(day)))).flat().map((slot) => slot.id);
  });

  /** Sends one of the client's own operations and returns the statements it cost, after checking it succeeded. */
  async function cost<R, V>(document: TypedDocument<R, V>, variables: V, token: string) {
    let answer: GraphQLResult<R> | undefined;
    const statements = await server().statementsDuring(async () => {
      answer = await server().execute(document, variables, token);
    });
    expect(answer?.errors, JSON.stringify(answer?.errors)).toBeUndefined();
    if (!answer?.data) throw new Error('no data');
    return { statements, data: answer.data };
  }

  it(`answers a 我的预约 page of 20 bookings with their slots, exhibitions, policies and visitors in ≤ ${BUDGETS.myBookingsPage} statements`, async () => {
    for (const slotId of slotIds.slice(0, 20)) await bookOk(server(), citizen, slotId, { visitors: 2 });
    const { statements, data } = await cost(MyBookingsDocument, { list: 'UPCOMING', first: 20 }, citizen.token);
    expect(data.myBookings.edges).toHaveLength(20);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(BUDGETS.myBookingsPage);
  });

  it(`answers a 消息 page of 20 notifications, each with the page it opens, in ≤ ${BUDGETS.messagesPage} statements`, async () => {
    const reader = await signInCitizen(server());
    for (const slotId of slotIds.slice(0, 20)) await bookOk(server(), reader, slotId);
    const { statements, data } = await cost(MyMessagesDocument, { first: 20 }, reader.token);
    expect(data.myMessages.edges).toHaveLength(20);
    expect(data.myMessages.edges.every((e) => e.node.page?.startsWith('booking/pages/ticket/index?id='))).toBe(true);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(BUDGETS.messagesPage);
  });

  it(`books and reads back the ticket page's selection in ≤ ${BUDGETS.createBooking} statements`, async () => {
    const booker = await signInCitizen(server());
    const input = {
      slotId: slotIds[21],
      visitors: visitors(3),
      phone: phoneNumber(),
      idempotencyKey: idempotencyKey(),
    };
    const { statements, data } = await cost(CreateBookingDocument, { input }, booker.token);
    expect(successData(data.createBooking).visitors).toHaveLength(3);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(BUDGETS.createBooking);
  });

  it(`shows staff the roster of a full 100-place slot in ≤ ${BUDGETS.roster} statements`, async () => {
    const slotId = slotIds[22];
    for (let i = 0; i < 20; i++) {
      await bookOk(server(), await signInCitizen(server()), slotId, {
        visitors: Array.from({ length: 5 }, () => visitor()),
      });
    }
    const { statements, data } = await cost(StaffRosterDocument, { slotId }, manager.token);
    expect(data.slotRoster.flatMap((b) => b.visitors)).toHaveLength(100);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(BUDGETS.roster);
  });

  it(`answers an exhibition list page of 10 cards, each with its archive and booking glance, in ≤ ${BUDGETS.exhibitionListPage} statements`, async () => {
    const branches = ['city', 'longhai', 'zhangpu', 'yunxiao', 'huaan'];
    for (let i = 0; i < 10; i++) {
      await createBookableExhibition(server(), manager, { branchCode: branches[i % branches.length], days: 3 });
    }
    const { statements, data } = await cost(ExhibitionsDocument, { phase: 'CURRENT', first: 10 }, citizen.token);
    const nodes = data.exhibitions.edges.map((e) => e.node);
    expect(nodes).toHaveLength(10);
    expect(nodes.every((n) => n.bookingGlance?.state === 'AVAILABLE')).toBe(true);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(BUDGETS.exhibitionListPage);
  });

  it(`answers a feed page of 50 articles with tags, archives, counts and the viewer's likes in ≤ ${BUDGETS.articleFeedPage} statements`, async () => {
    const branches = ['city', 'longhai', 'zhangpu', 'yunxiao', 'huaan'];
    const articles = [];
    for (let i = 0; i < 55; i++) {
      articles.push(
        await createArticle(server(), { category: 'VIDEO', branchCode: branches[i % branches.length], tags: ['视频'] }),
      );
    }
    const reader = await signInCitizen(server());
    for (const article of articles.slice(-5)) {
      await server().execute(SetArticleLikeDocument, { id: String(article.id), liked: true }, reader.token);
    }
    const { statements, data } = await cost(ArticleFeedCardsDocument, { category: 'VIDEO', first: 50 }, reader.token);
    const nodes = data.articles.edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    expect(new Set(nodes.map((n) => n.branch?.id)).size).toBe(branches.length);
    expect(nodes.filter((n) => n.viewerLiked)).toHaveLength(5);
    expect(nodes.every((n) => n.tags[0] === '视频')).toBe(true);
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(BUDGETS.articleFeedPage);
  });
});
