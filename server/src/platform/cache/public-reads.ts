// Which GraphQL requests are public reads, the only ones the response cache may keep: decided from the document
// alone (never from the result), before anything runs. A read is public when it is a query whose every root
// field is in PUBLIC_ROOT_FIELDS and no field anywhere in it (fragments included) is viewer-specific or from
// scheduling. Public reads run as an anonymous reader whoever sends them (yoga.ts), so one cached answer is right
// for everyone; anything else runs as always and is never cached.
import {
  BREAK,
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** Root fields whose answers are the same for every reader (the contract's public reads). */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'articles',
  'article',
  'articleCategories',
  'onlineExhibitions',
  'onlineExhibition',
  'onlineExhibit',
  'publications',
  'branches',
  'home',
  '__typename',
]);

/**
 * Fields a public read must not select: the viewer's own state, staff's view of content, and anything that changes
 * with bookings (a cached "3 places left" would send people to full slots).
 */
const DENIED_FIELDS: ReadonlySet<string> = new Set([
  'Article.viewerLiked',
  'Article.status',
  'Article.scheduledAt',
  'Article.bodyHtml',
  'Article.availableActions',
  'OnlineExhibition.status',
  'OnlineExhibition.scheduledAt',
  'OnlineExhibition.availableActions',
  'Exhibition.calendar',
  'Exhibition.slots',
  'Exhibition.slotTemplates',
  'Exhibition.bookingPolicy',
]);

/**
 * Fields a public read may select but not keep for the whole TTL (milliseconds). A card's booking glance changes
 * with bookings, yet the home page (the hottest read) shows it on its featured cards: denying it would stop caching
 * the home page, so it is kept 15 s instead. It is a coarse state (可预约 / 约满 / 未放票); the day strip and the
 * booking itself always read live and the server refuses a full slot, so 15 s of lag costs a citizen one tap at
 * worst. The exhibition list is no public read at all, so its cards are always live.
 */
export const SHORT_LIVED_FIELDS_MS: Readonly<Record<string, number>> = {
  'Exhibition.bookingGlance': 15_000,
};

/** Types no public read may reach, whichever field leads there: scheduling's and the accounts'. */
const DENIED_TYPES: ReadonlySet<string> = new Set([
  'Slot',
  'CalendarDay',
  'BookingPolicy',
  'SlotTemplate',
  'Account',
  'Booking',
  'WaitlistEntry',
]);

/** By name, wherever they appear: what belongs to the signed-in person or to staff tools. */
const DENIED_NAME = /^(viewer|me$|my[A-Z]|studio|staff)/;

/** Whether `document` (the operation called `operationName`) is a public read of `schema`. */
export function isPublicReadDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0 || operations.some((op) => op.operation !== 'query')) return false;
  if (operationName && !operations.some((op) => op.name?.value === operationName)) return false;
  const queryType = schema.getQueryType();
  const typeInfo = new TypeInfo(schema);
  let isPublic = true;
  // Every definition is walked, unused fragments too: a document is cached only if all of it is harmless.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const name = node.name.value;
        const refused =
          !parent ||
          // Unknown to the schema: validation refuses it; nothing to cache.
          (!field && name !== '__typename') ||
          (parent === queryType && !PUBLIC_ROOT_FIELDS.has(name)) ||
          DENIED_FIELDS.has(`${parent.name}.${name}`) ||
          DENIED_NAME.test(name) ||
          (field !== undefined && field !== null && DENIED_TYPES.has(getNamedType(field.type).name));
        if (refused) {
          isPublic = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return isPublic;
}

/**
 * isPublicReadDocument for a request's query text, remembered per text: clients send a handful of distinct
 * documents, so after the first request each decision costs one map lookup. The map is bounded: past its size it
 * starts again rather than grow with whatever strangers send.
 */
export function publicReadDecider(schema: GraphQLSchema, maxEntries = 500) {
  const decisions = new Map<string, boolean>();
  return (query: string | undefined, operationName?: string | null): boolean => {
    if (!query) return false;
    const key = `${operationName ?? ''}\n${query}`;
    const known = decisions.get(key);
    if (known !== undefined) return known;
    let decision: boolean;
    try {
      decision = isPublicReadDocument(schema, parse(query), operationName);
    } catch {
      decision = false;
    }
    if (decisions.size >= maxEntries) decisions.clear();
    decisions.set(key, decision);
    return decision;
  };
}
