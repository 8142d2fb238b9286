// The authorisation sweep, generated from the schema (issue 14). Every root field declares who may call it
// (scope-auth's authScopes: a staff role list, any staff, citizens, any signed-in account, or PUBLIC_SCOPES on
// purpose); a field that declares nothing fails here, and pinned lists say what is open to anyone, to any account and
// to checkers, so widening one is deliberate. Each field is then called over HTTP as every caller its rule leaves out
// (anonymous, a citizen, each staff role, an account on its one-time password): refused, with every table unchanged.
// Fields that take ids (ID_ARGUMENTS names what each id is; a new one fails until named) are called with another
// citizen's real records, and with another archive's as its staff: refused, or answered exactly as an id no record
// has, with none of the record's text in the answer (the rightful readers do see that text, so the check can fail).
// Another archive's drafts answer through the public fields as unknown ids; object fields with their own rule (a
// slot's staff figures) are refused wherever a caller reaches them from.

import { addDays, STAFF_ROLES, type StaffRole } from '@zz/shared';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/src/platform/access/actor';
import { type AuthScopes, scopesOf } from '../../server/src/platform/access/scopes';
import { PUBLIC_ROOT_FIELDS } from '../../server/src/platform/cache/public-reads';
import { schema } from '../../server/src/schema';
import { articleInput, saveOk } from '../testkit/articles';
import { bookOk, createBookableExhibition, joinWaitlist, residentId, TEST_TODAY, visitors } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  CloseSlotDocument,
  DisableStaffAccountDocument,
  FrequentVisitorsDocument,
  MyMessagesDocument,
  RequestUnmaskedExportDocument,
  ResetStaffPasswordDocument,
  SaveExhibitionDocument,
  StaffAccountDocument,
  StaffSlotDocument,
  UpdateStaffAccountDocument,
} from '../testkit/generated/graphql';
import { call, outcome, successData } from '../testkit/graphql';
import { plainScalar } from '../testkit/hostile';
import { branchId, moveLookupOk, submitLookupOk } from '../testkit/lookup';
import { deliver } from '../testkit/notifications';
import { onlineExhibitionInput, saveOnlineExhibition, storedImagePath } from '../testkit/online-exhibitions';
import { createStaff, type SignedInAs, signInCitizen, signInStaffToken } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';
import { uploadOk } from '../testkit/uploads';

type Declared = Partial<Record<keyof AuthScopes, unknown>>;
type Operation = 'query' | 'mutation';
interface RootField {
  operation: Operation;
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** The authScopes map the field declares; undefined when it declares none the sweep can read. */
  scopes: Declared | undefined;
}

/** Every caller the sweep plays: nobody, a citizen, and each staff role. */
type Caller = 'anonymous' | 'citizen' | StaffRole;
const CALLERS: readonly Caller[] = ['anonymous', 'citizen', ...STAFF_ROLES];

const declaredScopes = (field: { extensions: unknown }) =>
  (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;

/** Every root query and mutation with the rule it declares (only a plain map can be read and evaluated). */
function rootFields(): RootField[] {
  const fields: RootField[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const [name, field] of Object.entries(type?.getFields() ?? {})) {
      const scopes = declaredScopes(field);
      const readable = scopes !== null && typeof scopes === 'object' && Object.keys(scopes).length > 0;
      fields.push({ operation, name, field, scopes: readable ? (scopes as Declared) : undefined });
    }
  }
  return fields;
}

/** The actor a caller signs in as, for evaluating rules exactly as the server's scopesOf does. */
function actorOf(caller: Caller): Actor | null {
  if (caller === 'anonymous') return null;
  const staff = caller !== 'citizen';
  return {
    accountId: 1,
    sessionId: 1,
    kind: staff ? 'STAFF' : 'CITIZEN',
    role: staff ? caller : null,
    branchId: null,
    displayName: caller,
  };
}

/** Whether a declared rule lets a caller in: scope-auth's default, any one scope of the map passing. */
function admits(scopes: Declared, caller: Caller): boolean {
  const held = scopesOf(actorOf(caller));
  return Object.entries(scopes).some(([scope, value]) => {
    // $all, $any and friends would need their own evaluation: fail loudly rather than guess.
    if (!(scope in held)) throw new Error(`the sweep cannot evaluate scope "${scope}"`);
    const check = held[scope as keyof typeof held];
    return typeof check === 'function' ? check(value as StaffRole[]) : check === true && value === true;
  });
}

const isPublic = (f: RootField) => f.scopes !== undefined && admits(f.scopes, 'anonymous');
/** A staff field declares staff scopes (any staff, or a role list); `signedIn` fields are everyone's own. */
const isStaffField = (f: RootField) => f.scopes?.staff !== undefined || f.scopes?.staffRole !== undefined;
/** The staff roles a staff field lets in. */
const roleOf = (f: RootField) => STAFF_ROLES.filter((r) => isStaffField(f) && admits(f.scopes as Declared, r));

/** Values the caller gives on purpose, by argument path: ids (lists hold them all) and valid samples. */
interface Given {
  ids: Record<string, string[]>;
  samples: Record<string, unknown>;
}
const names = (given: Given, path: string) =>
  [...Object.keys(given.ids), ...Object.keys(given.samples)].some((p) => p === path || p.startsWith(`${path}.`));

/** A value graphql-js accepts for an input type: enough to get past validation to the field's authorisation. */
function sampleValue(type: GraphQLInputType, path: string, given: Given): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, path, given);
  if (path in given.ids) return isListType(type) ? given.ids[path] : given.ids[path][0];
  if (path in given.samples) return given.samples[path];
  if (isListType(type)) return [sampleValue(type.ofType, path, given)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        // Defaulted non-null fields too: the compiled executor asks for them; given ones even when optional.
        .filter((f) => isNonNullType(f.type) || names(given, `${path}.${f.name}`))
        .map((f) => [f.name, sampleValue(f.type, `${path}.${f.name}`, given)]),
    );
  }
  if (isScalarType(type)) return plainScalar(type.name, '1');
  throw new Error(`no sample for ${String(type)}`);
}

/**
 * What a field answers, `depth` levels down: every field that takes no required argument and declares no scopes of
 * its own (those are swept on their own), so a leak of someone's record shows in the answer.
 */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  const members = isAbstractType(named) ? schema.getPossibleTypes(named) : [named];
  // A result union costs no depth: its members are the field's answer.
  const memberDepth = isUnionType(named) ? depth : depth - 1;
  // Members of one union may hold same-named fields of different types, which cannot merge: those are aliased.
  const typesByName = new Map<string, Set<string>>();
  for (const member of members.filter(isObjectType)) {
    for (const f of Object.values(member.getFields())) {
      typesByName.set(f.name, (typesByName.get(f.name) ?? new Set()).add(String(f.type)));
    }
  }
  const parts = members.map((member) => {
    if (!isObjectType(member) || memberDepth < 0) return '';
    const fields = Object.values(member.getFields())
      .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
      .filter((f) => declaredScopes(f) === undefined)
      .map((f) => {
        const alias = (typesByName.get(f.name)?.size ?? 1) > 1 ? `${member.name}_${f.name}: ${f.name}` : f.name;
        if (isLeafType(getNamedType(f.type))) return alias;
        return memberDepth > 0 ? `${alias}${selectionOf(f.type, memberDepth)}` : '';
      })
      .filter(Boolean);
    return fields.length ? `... on ${member.name} { ${fields.join(' ')} }` : '';
  });
  return ` { __typename ${parts.join(' ')} }`;
}

/** The field called with its required arguments (and those given) as variables. */
function callOf(entry: RootField, given: Given = { ids: {}, samples: {} }, depth = 0) {
  const used = entry.field.args.filter(
    (a: GraphQLArgument) =>
      (isNonNullType(a.type) && a.defaultValue === undefined) || names(given, `${entry.name}.${a.name}`),
  );
  const variables = Object.fromEntries(
    used.map((a, i) => [`v${i}`, sampleValue(a.type, `${entry.name}.${a.name}`, given)]),
  );
  const declarations = used.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
  const args = used.map((a, i) => `${a.name}: $v${i}`).join(', ');
  const named = getNamedType(entry.field.type);
  // A field that lists NotAuthorizedError answers it as a typed result: its reason says which refusal it was.
  const typedRefusal = isUnionType(named) && named.getTypes().some((t) => t.name === 'NotAuthorizedError');
  const selection =
    depth > 0
      ? selectionOf(entry.field.type, depth)
      : isLeafType(named)
        ? ''
        : typedRefusal
          ? ' { __typename ... on NotAuthorizedError { reason } }'
          : ' { __typename }';
  const query = `${entry.operation} Probe${declarations ? `(${declarations})` : ''} { ${entry.name}${
    args ? `(${args})` : ''
  }${selection} }`;
  return { query, variables };
}

/** What a call answered, refusals named by their code whether typed (listed on the field) or a GraphQL error. */
async function refusalOf(server: TestServer, entry: RootField, token: string | null): Promise<string> {
  const { query, variables } = callOf(entry);
  const result = await server.executeRaw(query, variables, token);
  return outcome(result).replace(/^NotAuthorizedError:/, 'error:');
}

/** Every row of every table, to prove that refused calls changed nothing. */
async function snapshot(server: TestServer): Promise<Record<string, string>> {
  const tables = (await server.db.introspection.getTables()).map((t) => t.name);
  const rows: Record<string, string> = {};
  for (const table of tables.sort()) {
    const all = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(server.db);
    rows[table] = JSON.stringify(all.rows.map((r) => JSON.stringify(r)).sort());
  }
  return rows;
}

/** Tables whose rows differ between two snapshots. */
function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

// What a checker reaches: the door (scan, check-in, walk-ins, the roster and the slot) and today's exhibitions to pick
// a slot. 统计 is the managers' (issue 12: checkers are door only). Anything new a checker reaches must be added here
// on purpose.
const CHECKER_REACHES = ['query slotDoorFigures', 'query slotRoster', 'query staffExhibitions', 'query staffSlot'];

// What anyone may call without signing in: the public reads, sign-in, and the reading counters. A field opened to
// anyone must be added here on purpose.
const OPEN_TO_ANYONE = [
  'mutation recordArticleRead',
  'mutation recordArticleShare',
  'mutation signInForDevelopment',
  'mutation signInStaff',
  'mutation signInWithWechat',
  'query article',
  'query articleCategories',
  'query articles',
  'query authOptions',
  'query branches',
  'query exhibition',
  'query exhibitionArchives',
  'query exhibitions',
  'query home',
  'query lookupArchive',
  'query lookupArchives',
  'query onlineExhibit',
  'query onlineExhibition',
  'query onlineExhibitions',
  'query publications',
  'query slot',
  'query verifyCertificate',
  'query viewer',
  'query workingCalendar',
];

// What any signed-in account may call, staff on a one-time password included: its own bookings, messages and likes
// (a member of staff has none), its password and signing out. A field opened to every account must be added here on
// purpose; everything else refuses a one-time password.
const OPEN_TO_ANY_ACCOUNT = [
  'mutation cancelBooking',
  'mutation cancelBookingVisitor',
  'mutation changeMyPassword',
  'mutation markMessagesRead',
  'mutation setArticleLike',
  'mutation signOut',
  'query booking',
  'query bookingSuspension',
  'query myBookings',
  'query myMessages',
  'query unreadMessageCount',
];
const opensToAnyAccount = (f: RootField) => f.scopes?.signedIn === true;

describe('the declared rules', () => {
  const fields = rootFields();
  const staffFields = fields.filter(isStaffField);

  it('has every root field declare who may call it', () => {
    expect(fields.length).toBeGreaterThan(90);
    const undeclared = fields.filter((f) => f.scopes === undefined).map((f) => `${f.operation} ${f.name}`);
    expect(undeclared, 'declare authScopes (PUBLIC_SCOPES when anyone may call it)').toEqual([]);
  });

  it('opens to anyone only the pinned public fields, and caches nothing else', () => {
    const open = fields.filter(isPublic).map((f) => `${f.operation} ${f.name}`);
    expect(open.sort()).toEqual(OPEN_TO_ANYONE);
    // The response cache answers for everyone: it may keep only fields everyone may call.
    const cached = [...PUBLIC_ROOT_FIELDS].filter((name) => name !== '__typename');
    expect(cached.filter((name) => !OPEN_TO_ANYONE.includes(`query ${name}`))).toEqual([]);
  });

  it('opens to every signed-in account only the pinned fields', () => {
    const open = fields.filter(opensToAnyAccount).map((f) => `${f.operation} ${f.name}`);
    expect(open.sort()).toEqual(OPEN_TO_ANY_ACCOUNT);
  });

  it('reads the staff fields’ roles (the table is not empty)', () => {
    expect(staffFields.length).toBeGreaterThan(30);
  });

  it('opens nothing to checkers beyond the door', () => {
    const checkerFields = staffFields
      .filter((f) => roleOf(f).includes('CHECKER'))
      .map((f) => `${f.operation} ${f.name}`)
      .filter((name) => name.startsWith('query '))
      .sort();
    expect(checkerFields).toEqual(CHECKER_REACHES);
    // The door's mutations are the only mutations a checker reaches: checking in and walk-ins.
    const checkerMutations = staffFields.filter((f) => f.operation === 'mutation' && roleOf(f).includes('CHECKER'));
    for (const f of checkerMutations) expect(f.name, f.name).toMatch(/checkIn|CheckIn|walkIn|WalkIn|scan|Scan/);
  });

  it('gives archive administrators everything archive staff have', () => {
    const missing = staffFields.filter(
      (f) => roleOf(f).includes('BRANCH_STAFF') && !roleOf(f).includes('BRANCH_ADMIN'),
    );
    expect(missing.map((f) => f.name)).toEqual([]);
  });
});

/** Records an id argument can name: a citizen's own, an archive's, or none (a key the client makes up). */
type CitizenRecord = 'booking' | 'bookingVisitor' | 'frequentVisitor' | 'lookupRequest' | 'waitlistEntry' | 'message';
type ArchiveRecord =
  | 'slot'
  | 'exhibition'
  | 'branch'
  | 'staffAccount'
  | 'article'
  | 'onlineExhibition'
  | 'onlineExhibit'
  | 'export';
/**
 * Besides records: `ownArchive`, the archive a new record goes to (the city administration chooses; anyone else's
 * lands in their own archive or is refused); `reference`, a public record another points at (an article's
 * exhibition, the archive holding a lookup's files), which names but does not act on it; `clientKey`, a key the
 * client makes up.
 */
type RecordKind = CitizenRecord | ArchiveRecord | 'upload' | 'ownArchive' | 'reference' | 'clientKey';
const CITIZEN_RECORDS: ReadonlySet<RecordKind> = new Set<CitizenRecord>([
  'booking',
  'bookingVisitor',
  'frequentVisitor',
  'lookupRequest',
  'waitlistEntry',
  'message',
]);

/**
 * What every id argument of a field names (`field.argument[.inputField…]`): ids (and String ids ending in
 * Id/Ids) found in the schema but missing here fail the sweep, so a new field's ids get their ownership check.
 */
const ID_ARGUMENTS: Record<string, RecordKind> = {
  'acceptWaitlistOffer.id': 'waitlistEntry',
  'article.id': 'article',
  'articles.branchId': 'reference',
  'booking.id': 'booking',
  'bookingStatistics.exhibitionId': 'exhibition',
  'bookLookupVisit.requestId': 'lookupRequest',
  'bookLookupVisit.slotId': 'slot',
  'cancelBooking.id': 'booking',
  'cancelBookingVisitor.bookingId': 'booking',
  'cancelBookingVisitor.visitorId': 'bookingVisitor',
  'cancelLookupVisit.requestId': 'lookupRequest',
  'changeArticleStatus.id': 'article',
  'changeOnlineExhibitionStatus.id': 'onlineExhibition',
  'changeSlotCapacity.slotId': 'slot',
  'checkInByDocument.slotId': 'slot',
  'checkInTicket.scanId': 'clientKey',
  'checkInVisitors.bookingId': 'booking',
  'checkInVisitors.visitorIds': 'bookingVisitor',
  'closeDay.exhibitionId': 'exhibition',
  'closeSlot.slotId': 'slot',
  'createBooking.input.againFromBookingId': 'booking',
  'createBooking.input.frequentVisitorIds': 'frequentVisitor',
  'createBooking.input.slotId': 'slot',
  'createStaffAccount.input.branchId': 'ownArchive',
  'decideExport.id': 'export',
  'disableStaffAccount.id': 'staffAccount',
  'enableStaffAccount.id': 'staffAccount',
  'exhibition.id': 'exhibition',
  'exhibitions.branchId': 'reference',
  'generateSlots.exhibitionId': 'exhibition',
  'joinWaitlist.input.frequentVisitorIds': 'frequentVisitor',
  'joinWaitlist.input.slotId': 'slot',
  'leaveWaitlist.id': 'waitlistEntry',
  'lookupArchive.branchId': 'branch',
  'lookupQueue.branchId': 'branch',
  'lookupRequest.id': 'lookupRequest',
  'markMessagesRead.ids': 'message',
  'moveLookupRequest.input.holdingBranchId': 'reference',
  'moveLookupRequest.input.id': 'lookupRequest',
  'onlineExhibit.id': 'onlineExhibit',
  'onlineExhibition.id': 'onlineExhibition',
  'openLookupAttachment.requestId': 'lookupRequest',
  'openLookupAttachment.uploadId': 'upload',
  'overrideCheckIn.slotId': 'slot',
  'recordArticleRead.id': 'article',
  'recordArticleShare.id': 'article',
  'registerWalkIn.slotId': 'slot',
  'removeFrequentVisitor.id': 'frequentVisitor',
  'requestGroupVisit.input.slotId': 'slot',
  'requestUnmaskedExport.input.branchId': 'ownArchive',
  'requestUnmaskedExport.input.exhibitionId': 'ownArchive',
  'resetStaffPassword.id': 'staffAccount',
  'revealLookupPersonalData.requestId': 'lookupRequest',
  'revealMessageRecipientPhone.messageId': 'message',
  'reviewGroupVisit.bookingId': 'booking',
  'revokeLookupCertificate.requestId': 'lookupRequest',
  'saveArticle.id': 'article',
  'saveArticle.input.branchId': 'ownArchive',
  'saveArticle.input.exhibitionId': 'reference',
  'saveExhibition.input.branchId': 'ownArchive',
  'saveExhibition.input.id': 'exhibition',
  'saveOnlineExhibition.id': 'onlineExhibition',
  'saveOnlineExhibition.input.branchId': 'ownArchive',
  'saveOnlineExhibition.input.exhibitionIds': 'reference',
  'saveOnlineExhibition.input.exhibits.holdingBranchId': 'reference',
  'saveOnlineExhibition.input.exhibits.id': 'onlineExhibit',
  'saveVenue.branchId': 'branch',
  'saveVenue.exhibitionId': 'exhibition',
  'setArticleHighlight.id': 'article',
  'setArticleLike.id': 'article',
  'setBookingPolicy.exhibitionId': 'exhibition',
  'setLookupSettings.branchId': 'branch',
  'setSlotTemplates.exhibitionId': 'exhibition',
  'slot.id': 'slot',
  'slotDoorFigures.slotId': 'slot',
  'slotRoster.slotId': 'slot',
  'staffAccount.id': 'staffAccount',
  'staffAccounts.branchId': 'branch',
  'staffDashboard.branchId': 'branch',
  'staffSlot.id': 'slot',
  'staffTrends.branchId': 'branch',
  'staffVenue.branchId': 'branch',
  'staffVenue.exhibitionId': 'exhibition',
  'studioArticle.id': 'article',
  'studioOnlineExhibition.id': 'onlineExhibition',
  'submitLookupRequest.input.attachments.uploadId': 'upload',
  'submitLookupRequest.input.holdingBranchId': 'reference',
  'submitLookupRequest.input.receivingBranchId': 'reference',
  'supplementLookupRequest.id': 'lookupRequest',
  'supplementLookupRequest.input.attachments.uploadId': 'upload',
  'undoCheckIn.visitorId': 'bookingVisitor',
  'updateGroupRoster.bookingId': 'booking',
  'updateStaffAccount.id': 'staffAccount',
  'updateStaffAccount.input.branchId': 'ownArchive',
  'useArchiveVenue.exhibitionId': 'exhibition',
  'withdrawLookupRequest.id': 'lookupRequest',
};

/** Every id-like argument path of a field: ID scalars, and String arguments named …Id or …Ids. */
function idPaths(entry: RootField): string[] {
  const paths: string[] = [];
  const walk = (type: GraphQLInputType, path: string, seen: ReadonlySet<string>) => {
    const named = getNamedType(type);
    if (named.name === 'ID' || (isScalarType(named) && /Ids?$/.test(path))) paths.push(path);
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields()))
        walk(f.type, `${path}.${f.name}`, new Set([...seen, named.name]));
    }
  };
  for (const a of entry.field.args) walk(a.type, `${entry.name}.${a.name}`, new Set());
  return paths;
}

/** A refusal: the FORBIDDEN code, as a GraphQL error or a typed NotAuthorizedError. */
const isRefusal = (verdict: string) => verdict === 'error:FORBIDDEN';

/** Ids no record has, one for each real id, to compare a not-found answer with. */
const standInFor = (_id: string, i: number) => String(987654321 + i);
const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/**
 * What a probe answered in one word: a GraphQL error's code, a typed NotAuthorizedError's reason (also when its field
 * was aliased), an InputValidationError with the paths it names, the result's type, or null.
 */
function verdictOf(result: Awaited<ReturnType<TestServer['executeRaw']>>): string {
  if (result.errors?.length) return `error:${result.errors[0].extensions?.code}`;
  const value = Object.values(result.data ?? {})[0] as Record<string, unknown> | null | undefined;
  if (value === null || value === undefined) return 'null';
  const field = (name: string) => value[name] ?? value[`${value.__typename}_${name}`];
  if (value.__typename === 'NotAuthorizedError') return `error:${field('reason')}`;
  if (value.__typename === 'InputValidationError') {
    const errors = (field('fieldErrors') ?? []) as Array<{ path: string }>;
    return `InputValidationError:${errors.map((e) => e.path).join(',')}`;
  }
  return String(value.__typename ?? 'data');
}

/** Fields with their own rule that no root reaches for a caller with the records this suite seeds, with why. */
const UNREACHED_SCOPED_FIELDS: string[] = [
  // Anyone checks a certificate by its code (verifyCertificate), which shows no LookupCertificate.
  'anonymous LookupCertificate.revokeReason',
  // Only its citizen and staff reach a lookup request.
  'anonymous LookupRequest.suggestedHoldingBranchCode',
];

/**
 * Values that pass validation where the generic sample would not, so a probe reaches the record its id names rather
 * than stopping at an unrelated field.
 */
const VALID_SAMPLES: Record<string, unknown> = {
  // (and the exhibits' pictures, which the suite stores before it probes)
  'staffTrends.days': 30,
  'createStaffAccount.input.username': 'probe_staff',
  'overrideCheckIn.documentNumber': residentId(),
  'checkInByDocument.documentNumber': residentId(),
  'requestUnmaskedExport.reason': '核对本馆预约数据',
};

describe('the id arguments', () => {
  it('name, for every field, which record each id is', () => {
    const unnamed = rootFields()
      .flatMap(idPaths)
      .filter((path) => !(path in ID_ARGUMENTS));
    expect(unnamed, 'add each to ID_ARGUMENTS').toEqual([]);
  });
});

/** Fields of object types that declare their own rule (staff figures on a public slot, say). */
function scopedObjectFields(): Array<{ type: string; name: string; scopes: Declared }> {
  return Object.values(schema.getTypeMap())
    .filter(
      (t) =>
        isObjectType(t) && !t.name.startsWith('__') && t !== schema.getQueryType() && t !== schema.getMutationType(),
    )
    .flatMap((t) =>
      Object.values((t as GraphQLObjectType).getFields())
        .filter((f) => declaredScopes(f) !== undefined)
        .map((f) => ({ type: t.name, name: f.name, scopes: declaredScopes(f) as Declared })),
    );
}

/**
 * The shortest selection from `root` down to `type.field` (at most three fields deep, through fields that take no
 * required argument and declare no rule of their own), or null.
 */
function pathTo(root: GraphQLField<unknown, unknown>, type: string, field: string): string | null {
  let frontier: Array<{ type: GraphQLOutputType; wrap: (inner: string) => string }> = [
    { type: root.type, wrap: (inner) => inner },
  ];
  for (let depth = 0; depth < 4 && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { type: at, wrap } of frontier) {
      const named = getNamedType(at);
      const members = isAbstractType(named) ? schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
      for (const member of members) {
        const on = (inner: string) => wrap(isAbstractType(named) ? `{ ... on ${member.name} ${inner} }` : inner);
        if (member.name === type) {
          const leaf = isLeafType(getNamedType(member.getFields()[field].type));
          return on(`{ ${field}${leaf ? '' : ' { __typename }'} }`);
        }
        for (const f of Object.values(member.getFields())) {
          if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
          if (declaredScopes(f) !== undefined || isLeafType(getNamedType(f.type))) continue;
          next.push({ type: f.type, wrap: (inner) => on(`{ ${f.name} ${inner} }`) });
        }
      }
    }
    frontier = next;
  }
  return null;
}

describe.each(dialects)('who may call each field (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, env: { TRUST_PROXY: 'true' } },
    {
      ADMIN: ['ADMIN'],
      BRANCH_ADMIN: ['BRANCH_ADMIN', { branchCode: 'zhangpu' }],
      BRANCH_STAFF: ['BRANCH_STAFF', { branchCode: 'zhangpu' }],
      CHECKER: ['CHECKER', { branchCode: 'zhangpu' }],
      otherArchiveAdmin: ['BRANCH_ADMIN', { branchCode: 'xiangcheng' }],
      otherArchiveStaff: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
    },
  );
  const fields = rootFields();
  const declared = fields.filter((f) => f.scopes !== undefined && !isPublic(f));
  const staffFields = declared.filter(isStaffField);
  let owner: SignedInAs;
  let stranger: SignedInAs;
  /** Real ids of the owner's records and of the archive 漳浦 (zhangpu), by kind. */
  const records: Partial<Record<RecordKind, string[]>> = {};
  /** This archive's drafts, which the public fields answer to nobody outside it. */
  const drafts: Partial<Record<RecordKind, string[]>> = {};
  /** Text only those records hold: none may appear in an answer to anyone else. */
  const secrets: string[] = [];

  beforeAll(async () => {
    const exhibition = await createBookableExhibition(server(), staff.BRANCH_STAFF, {
      plans: [
        { startTime: '14:00', endTime: '16:00', capacity: 20 },
        { startTime: '10:00', endTime: '11:00', capacity: 1 },
      ],
    });
    const tomorrow = addDays(TEST_TODAY, 1);
    const slot = await exhibition.slotAt(tomorrow);
    const full = await exhibition.slotAt(tomorrow, '10:00');
    owner = await signInCitizen(server());
    stranger = await signInCitizen(server());
    await bookOk(server(), await signInCitizen(server()), full.id);
    const party = visitors(2);
    const booking = await bookOk(server(), owner, slot.id, {
      visitors: party,
      saveVisitors: true,
      visitorsConsent: true,
    });
    const entry = successData(await joinWaitlist(server(), owner, full.id));
    const frequent = await call(server(), FrequentVisitorsDocument, {}, owner.token);
    const lookup = await submitLookupOk(server(), owner, { receiving: 'zhangpu' });
    // A second request carried through to its certificate, so the certificate's staff-only fields are reached too.
    const certified = await submitLookupOk(server(), owner, { receiving: 'zhangpu' });
    for (const move of ['ACCEPT', 'START_SEARCH', 'RECORD_NOT_FOUND', 'ISSUE_CERTIFICATE'] as const) {
      await moveLookupOk(server(), staff.BRANCH_STAFF, certified.id, move);
    }
    await deliver(server());
    const messages = await call(server(), MyMessagesDocument, { first: 50 }, owner.token);
    const upload = await uploadOk(server(), owner.token);
    const article = await saveOk(server(), staff.BRANCH_STAFF.token, articleInput());
    const draftExhibition = successData(
      await call(
        server(),
        SaveExhibitionDocument,
        {
          input: {
            title: '未发布的展览',
            mode: 'ONSITE',
            summary: '草稿',
            description: '草稿',
            venue: '一楼展厅',
            opensOn: TEST_TODAY,
            published: false,
          },
        },
        staff.BRANCH_STAFF.token,
      ),
    );
    const imagePath = await storedImagePath(server());
    VALID_SAMPLES['saveOnlineExhibition.input.exhibits.imageUrls'] = [imagePath];
    const online = await saveOnlineExhibition(
      server(),
      staff.BRANCH_STAFF.token,
      onlineExhibitionInput(imagePath, { title: `网上展 ${owner.displayName}` }),
    );
    const exported = successData(
      await call(
        server(),
        RequestUnmaskedExportDocument,
        {
          input: { kind: 'BOOKINGS', from: TEST_TODAY, to: TEST_TODAY, exhibitionId: exhibition.id },
          reason: '核对当日入馆名单',
        },
        staff.BRANCH_STAFF.token,
      ),
    );
    // Unpublished: the article and the online exhibition (saving makes drafts) and this exhibition.
    Object.assign(drafts, {
      article: [article.id],
      exhibition: [draftExhibition.id],
      onlineExhibition: [online.id],
      onlineExhibit: online.exhibits.map((e) => e.id),
    });
    Object.assign(records, {
      booking: [booking.id],
      bookingVisitor: booking.visitors.map((v) => v.id),
      frequentVisitor: frequent.map((v) => v.id),
      lookupRequest: [lookup.id, certified.id],
      waitlistEntry: [entry.id],
      message: messages.edges.map((e) => e.node.id),
      upload: [upload.id],
      slot: [slot.id],
      exhibition: [exhibition.id],
      branch: [await branchId(server(), 'zhangpu')],
      ownArchive: [await branchId(server(), 'zhangpu')],
      staffAccount: [String(staff.CHECKER.accountId)],
      article: [article.id],
      onlineExhibition: [online.id],
      onlineExhibit: online.exhibits.map((e) => e.id),
      export: [exported.id],
    } satisfies Partial<Record<RecordKind, string[]>>);
    secrets.push(
      owner.displayName,
      booking.reference,
      lookup.receiptNumber,
      certified.receiptNumber,
      staff.CHECKER.username,
      article.title,
    );
    secrets.push(...party.map((v) => v.name));
    expect(messages.edges.length).toBeGreaterThan(0);
    expect(frequent.length).toBe(2);
  });

  it('refuses every declared field to each caller its rule leaves out, changing nothing', async () => {
    const citizen = await signInCitizen(server());
    const tokens: Record<Caller, string | null> = {
      anonymous: null,
      citizen: citizen.token,
      ADMIN: staff.ADMIN.token,
      BRANCH_ADMIN: staff.BRANCH_ADMIN.token,
      BRANCH_STAFF: staff.BRANCH_STAFF.token,
      CHECKER: staff.CHECKER.token,
    };
    const before = await snapshot(server());
    const wrong: string[] = [];
    let refusals = 0;
    for (const entry of declared) {
      for (const caller of CALLERS.filter((c) => !admits(entry.scopes as Declared, c))) {
        const expected = caller === 'anonymous' ? 'error:UNAUTHENTICATED' : 'error:FORBIDDEN';
        const answer = await refusalOf(server(), entry, tokens[caller]);
        if (answer === expected) refusals++;
        else wrong.push(`${caller} ${entry.operation} ${entry.name}: ${answer}`);
      }
    }
    expect(wrong).toEqual([]);
    // Anonymous callers alone are refused every declared field: the sweep did run over the schema.
    expect(refusals).toBeGreaterThan(declared.length);
    expect(changedTables(before, await snapshot(server()))).toEqual([]);
  });

  it('answers an archive administrator as it answers archive staff of the same archive', async () => {
    const differ: string[] = [];
    for (const entry of staffFields.filter((f) => roleOf(f).includes('BRANCH_STAFF') && f.operation === 'query')) {
      const asAdmin = await refusalOf(server(), entry, staff.BRANCH_ADMIN.token);
      const asStaff = await refusalOf(server(), entry, staff.BRANCH_STAFF.token);
      if (asAdmin !== asStaff) differ.push(`${entry.name}: ${asAdmin} / ${asStaff}`);
    }
    expect(differ).toEqual([]);
  });

  it('refuses every field but those open to any account to an account still on its one-time password', async () => {
    const admin = staff.ADMIN;
    const created = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    // Reset by the administrator, signed in with the one-time password, not yet changed.
    const reset = await server().execute(ResetStaffPasswordDocument, { id: String(created.accountId) }, admin.token);
    const oneTime = (reset.data!.resetStaffPassword as { data: { oneTimePassword: string } }).data.oneTimePassword;
    const token = await signInStaffToken(server(), created.username, oneTime);
    const wrong: string[] = [];
    const refused = declared.filter((f) => !opensToAnyAccount(f));
    expect(refused.length).toBeGreaterThan(staffFields.length);
    for (const entry of refused) {
      const answer = await refusalOf(server(), entry, token);
      if (answer !== 'error:PASSWORD_CHANGE_REQUIRED') wrong.push(`${entry.name}: ${answer}`);
    }
    expect(wrong).toEqual([]);
  });

  /**
   * Calls `entry` as `token` with the id at `probed` naming the seeded record of its kind (or `stand-in`, an id no
   * record has), and every other required id naming its seeded record. Returns the answer's verdict and its text.
   */
  async function probe(
    entry: RootField,
    probed: string,
    token: string | null,
    standIn = false,
    from: Partial<Record<RecordKind, string[]>> = records,
  ) {
    const required = (path: string) => {
      const arg = entry.field.args.find((a) => path === `${entry.name}.${a.name}`);
      return arg !== undefined && isNonNullType(arg.type);
    };
    const ids: Record<string, string[]> = {};
    for (const path of idPaths(entry).filter((p) => p === probed || required(p))) {
      const seeded = from[ID_ARGUMENTS[path]];
      if (seeded) ids[path] = path === probed && standIn ? seeded.map(standInFor) : seeded;
    }
    const { query, variables } = callOf(entry, { ids, samples: VALID_SAMPLES }, 3);
    const result = await server().executeRaw(query, variables, token);
    // An error may echo the ids it was given: a stand-in's answer is read with the real ids in their place.
    const real = from[ID_ARGUMENTS[probed]] ?? [];
    const plain = (text: string) =>
      standIn ? real.reduce((t, id) => t.replaceAll(`"${standInFor(id, real.indexOf(id))}"`, `"${id}"`), text) : text;
    return {
      verdict: verdictOf(result),
      text: plain(JSON.stringify(result.data ?? null) + JSON.stringify(result.errors ?? [])),
    };
  }

  /**
   * Every id `entry` takes that names a seeded record, called as `token`: each must be refused, or answered exactly as
   * an id no record has (so nothing, not even the record's existence or state, shows), and name none of its secrets.
   */
  async function probeAll(entries: RootField[], token: string, who: string, kinds: (k: RecordKind) => boolean) {
    const wrong: string[] = [];
    let probes = 0;
    for (const entry of entries) {
      for (const path of idPaths(entry).filter((p) => kinds(ID_ARGUMENTS[p]) && records[ID_ARGUMENTS[p]])) {
        probes++;
        const real = await probe(entry, path, token);
        const leaked = secrets.filter((secret) => real.text.includes(secret));
        if (leaked.length) wrong.push(`${who} ${path} showed ${leaked.join(', ')}`);
        if (real.verdict.startsWith('InputValidationError') && !real.verdict.includes(lastSegment(path))) {
          wrong.push(`${who} ${path} did not reach the record (${real.verdict}): add VALID_SAMPLES`);
        } else if (!isRefusal(real.verdict)) {
          const none = await probe(entry, path, token, true);
          if (none.text !== real.text) wrong.push(`${who} ${path}: ${real.verdict}, unlike an unknown id`);
        }
      }
    }
    return { wrong, probes };
  }

  it('refuses another citizen’s records to a citizen, or answers them as not found, with nothing of theirs', async () => {
    const probed = declared.filter((f) => admits(f.scopes as Declared, 'citizen'));
    const before = await snapshot(server());
    const { wrong, probes } = await probeAll(probed, stranger.token, 'citizen', (k) => CITIZEN_RECORDS.has(k));
    expect(wrong).toEqual([]);
    expect(probes).toBeGreaterThan(15);
    expect(changedTables(before, await snapshot(server()))).toEqual([]);
  });

  it('refuses another archive’s administrator and staff on this archive’s records, with nothing of them', async () => {
    const before = await snapshot(server());
    const wrong: string[] = [];
    for (const outsider of [staff.otherArchiveAdmin, staff.otherArchiveStaff]) {
      // Staff fields, and those open to anyone signed in (a booking by id, say), which staff reach for their archive.
      const entries = declared.filter((f) => admits(f.scopes as Declared, outsider.role));
      const who = `${outsider.role}@xiangcheng`;
      const found = await probeAll(
        entries,
        outsider.token,
        who,
        (k) => !['clientKey', 'ownArchive', 'reference'].includes(k),
      );
      wrong.push(...found.wrong);
      expect(found.probes).toBeGreaterThan(25);
    }
    expect(wrong).toEqual([]);
    expect(changedTables(before, await snapshot(server()))).toEqual([]);
  });

  it('puts what another archive’s staff create in their own archive, whichever archive the input names', async () => {
    const wrong: string[] = [];
    let created = 0;
    for (const outsider of [staff.otherArchiveAdmin, staff.otherArchiveStaff]) {
      for (const entry of staffFields.filter((f) => roleOf(f).includes(outsider.role))) {
        for (const path of idPaths(entry).filter((p) => ID_ARGUMENTS[p] === 'ownArchive')) {
          const { verdict, text } = await probe(entry, path, outsider.token);
          const who = `${outsider.role}@xiangcheng ${path}`;
          if (verdict.endsWith('Success')) {
            created++;
            // The record went to the caller's archive: nothing in the answer names the one the input asked for.
            if (text.includes('"zhangpu"')) wrong.push(`${who}: ${text.slice(0, 300)}`);
          } else if (!isRefusal(verdict) && !/NotFound/.test(verdict) && !verdict.includes(lastSegment(path))) {
            wrong.push(`${who}: ${verdict}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(created).toBeGreaterThan(0);
  });

  it('refuses the fields that declare their own rule to callers it leaves out, wherever they are reached from', async () => {
    const wrong: string[] = [];
    const unreached: string[] = [];
    const callers = [
      { caller: 'anonymous' as const, token: null },
      { caller: 'citizen' as const, token: owner.token },
    ];
    for (const target of scopedObjectFields()) {
      for (const { caller, token } of callers.filter((c) => !admits(target.scopes, c.caller))) {
        let reached = false;
        // Every root the caller may call whose required ids name seeded records (the owner's, for the citizen).
        for (const root of fields.filter((f) => f.scopes && admits(f.scopes, caller) && f.operation === 'query')) {
          const required = root.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
          const ids = required.map((a) => records[ID_ARGUMENTS[`${root.name}.${a.name}`]]);
          if (ids.some((id) => id === undefined)) continue;
          const selection = pathTo(root.field, target.type, target.name);
          if (selection === null) continue;
          const declarations = required.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
          const args = required.map((a, i) => `${a.name}: $v${i}`).join(', ');
          const query = `query Probe${declarations ? `(${declarations})` : ''} { ${root.name}${args ? `(${args})` : ''} ${selection} }`;
          const variables = Object.fromEntries(ids.map((id, i) => [`v${i}`, (id as string[])[0]]));
          const result = await server().executeRaw(query, variables, token);
          const refused = (result.errors ?? []).filter(
            (e) =>
              e.path?.at(-1) === target.name && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(e.extensions?.code)),
          );
          // A nullable field refused answers null beside its error; a value means it was read.
          const answered = new RegExp(`"${target.name}":(?!null)`).test(JSON.stringify(result.data ?? null));
          if (answered) wrong.push(`${caller} read ${target.type}.${target.name} through ${root.name}`);
          if (refused.length) reached = true;
        }
        if (!reached) unreached.push(`${caller} ${target.type}.${target.name}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(unreached.sort()).toEqual(UNREACHED_SCOPED_FIELDS);
  });

  it('answers this archive’s drafts through the public fields exactly as unknown ids, to everyone outside it', async () => {
    const before = await snapshot(server());
    const outside = [
      ['anonymous', null],
      ['citizen', stranger.token],
      ['BRANCH_ADMIN@xiangcheng', staff.otherArchiveAdmin.token],
    ] as const;
    const wrong: string[] = [];
    let probes = 0;
    for (const entry of fields.filter(isPublic)) {
      for (const path of idPaths(entry).filter((p) => drafts[ID_ARGUMENTS[p]])) {
        for (const [who, token] of outside) {
          probes++;
          const real = await probe(entry, path, token, false, drafts);
          const none = await probe(entry, path, token, true, drafts);
          if (real.text !== none.text) wrong.push(`${who} ${path}: ${real.text.slice(0, 200)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(probes).toBeGreaterThanOrEqual(12);
    expect(changedTables(before, await snapshot(server()))).toEqual([]);
    // Pointing an article at the draft from another archive is refused as for an exhibition that does not exist.
    const saveArticle = fields.find((f) => f.name === 'saveArticle') as RootField;
    const pointing = { reference: drafts.exhibition as string[] };
    const [linked, unknown] = await Promise.all(
      [false, true].map((standIn) =>
        probe(saveArticle, 'saveArticle.input.exhibitionId', staff.otherArchiveStaff.token, standIn, pointing),
      ),
    );
    expect(linked.verdict).toBe('InputValidationError:input.exhibitionId');
    expect(linked.text).toBe(unknown.text);
    // This archive's staff do read the draft exhibition: the probe sees a draft when it is shown.
    const own = fields.find((f) => f.name === 'exhibition') as RootField;
    expect((await probe(own, 'exhibition.id', staff.BRANCH_STAFF.token, false, drafts)).text).toContain('未发布的展览');
  });

  it('shows the secrets to their rightful readers, so the probes above would see a leak', async () => {
    const seen = async (entries: RootField[], token: string) => {
      const reads: string[] = [];
      for (const entry of entries.filter((f) => f.operation === 'query')) {
        for (const path of idPaths(entry).filter((p) => records[ID_ARGUMENTS[p]])) {
          const { text } = await probe(entry, path, token);
          if (secrets.some((secret) => text.includes(secret))) reads.push(entry.name);
        }
      }
      return [...new Set(reads)].sort();
    };
    expect(await seen(declared, owner.token)).toEqual(['booking', 'lookupRequest']);
    expect(await seen(staffFields, staff.BRANCH_ADMIN.token)).toEqual(
      expect.arrayContaining(['lookupRequest', 'slotRoster', 'staffAccount', 'staffAccounts', 'studioArticle']),
    );
  });

  it('refuses another archive’s administrator and staff on this archive’s slot and staff', async () => {
    const exhibition = await createBookableExhibition(server(), staff.BRANCH_STAFF);
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
    const zhangpu = await branchId(server(), 'zhangpu');
    for (const outsider of [staff.otherArchiveAdmin, staff.otherArchiveStaff]) {
      const who = `${outsider.role}@xiangcheng`;
      expect(await server().execute(StaffSlotDocument, { id: slot.id }, outsider.token), who).toMatchObject({
        data: { staffSlot: null },
      });
      expect(
        outcome(await server().execute(CloseSlotDocument, { slotId: slot.id, reason: '测试' }, outsider.token)),
        who,
      ).toMatch(/NotAuthorizedError:FORBIDDEN|NotFoundError/);
    }
    const checkerId = String(staff.CHECKER.accountId);
    const outsider = staff.otherArchiveAdmin.token;
    expect((await server().execute(StaffAccountDocument, { id: checkerId }, outsider)).data!.staffAccount).toBeNull();
    const input = { displayName: '改名', role: 'CHECKER' as const, branchId: zhangpu };
    expect(outcome(await server().execute(UpdateStaffAccountDocument, { id: checkerId, input }, outsider))).toBe(
      'NotFoundError',
    );
    expect(outcome(await server().execute(DisableStaffAccountDocument, { id: checkerId }, outsider))).toBe(
      'NotFoundError',
    );
    // The slot is still open: nothing an outsider tried changed it.
    const still = await server().execute(StaffSlotDocument, { id: slot.id }, staff.BRANCH_ADMIN.token);
    expect(still.data!.staffSlot).toMatchObject({ id: slot.id, status: 'OPEN' });
  });
});
