// Hostile inputs generated from the schema: for every root field, documents whose arguments are each, one at a time,
// replaced by something a careless or malicious client sends (wrong types, huge or control-character strings,
// look-alike ids, impossible dates, forged cursors, injection strings), plus documents that are deep, aliased or
// malformed. The other arguments keep a plain value that names nothing (ids of rows that do not exist), so a case
// reaches the resolver with exactly one hostile part. A field added to the schema gets its cases without a change here.
import { createHash } from 'node:crypto';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { sql } from 'kysely';
import { schema } from '../../server/src/schema';
import type { TestServer } from './server';

export type Operation = 'query' | 'mutation';

export interface RootField {
  operation: Operation;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every Query and Mutation field of the schema. */
export function rootFields(): RootField[] {
  const fields: RootField[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const [name, field] of Object.entries(type?.getFields() ?? {})) fields.push({ operation, name, field });
  }
  return fields;
}

/** An id no table reaches in a fresh test database: the plain value of an id argument that is not under test. */
export const ABSENT_ID = '987654321';

/** A value graphql-js accepts for the type and that names nothing: the base every hostile case varies one part of. */
export function plainValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plainValue(type.ofType);
  if (isListType(type)) return [plainValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        // Defaulted non-null fields too: the compiled executor asks for them.
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, plainValue(f.type)]),
    );
  }
  if (isScalarType(type)) return plainScalar(type.name, ABSENT_ID);
  throw new Error(`no plain value for ${String(type)}`);
}

/** An ordinary value of a scalar the schema declares (ids are the caller's: a real row's or a missing one's). */
export function plainScalar(typeName: string, id: string): unknown {
  switch (typeName) {
    case 'ID':
      return id;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-11-24';
    case 'DateTime':
      return '2026-11-24T02:00:00.000Z';
    default:
      return '测试';
  }
}

const base64 = (text: string) => Buffer.from(text).toString('base64');
const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Strings nobody should be able to store or be hurt by: injection, markup, control characters, broken UTF-16. */
export const HOSTILE_STRINGS: readonly string[] = [
  // 22,000 three-byte characters: above every rule in characters, and 66 KB in UTF-8, above a MySQL TEXT column.
  '档'.repeat(22_000),
  'a\u0000b',
  '\u0001\u0007\u0008\u001b[2J\u007f',
  'x\udfff\ud800',
  '𠮷\u200b\u200d\ufeff\u202egnp.exe',
  "' OR '1'='1' -- ",
  '" UNION SELECT password_hash FROM account; DROP TABLE booking; --',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, sent as the literal text
  '${7*7}{{7*7}}%s%n../../../../etc/passwd',
  ' \t\r\n ',
  '',
];

/** Ids that look like an id and are not one, or are another type's, or are out of every integer range. */
export const HOSTILE_IDS: readonly unknown[] = [
  '１２３',
  ' 1',
  '01',
  '-1',
  '0',
  '1e3',
  '0x10',
  '9223372036854775808',
  base64('Booking:1'),
  "1' OR '1'='1",
  '\u0000',
  'x'.repeat(70_000),
  // Not a string: graphql-js coerces an Int to an ID (this one names no row), anything else is refused.
  Number(ABSENT_ID),
  1.5,
  { id: 1 },
];

/** Cursors a client did not get from us: invalid base64, valid base64 of the wrong thing, injection inside. */
export const HOSTILE_CURSORS: readonly unknown[] = [
  '!!!not-base64!!!',
  base64('{"id":"1 OR 1=1"}'),
  base64url('{"id":-1,"sort":"9223372036854775808"}'),
  base64('null'),
  base64("OffsetConnection:1' OR '1'='1"),
  base64('OffsetConnection:-1'),
  base64('x'.repeat(10_000)),
  42,
];

const HOSTILE_INTS: readonly unknown[] = [-1, 0, 2147483647, -2147483648, 2147483648, 1e308, 1.5, '1'];
const HOSTILE_FLOATS: readonly unknown[] = [1e308, -1e308, -0, 'NaN'];
const HOSTILE_BOOLEANS: readonly unknown[] = ['true', 1];
const HOSTILE_DATES: readonly unknown[] = [
  '2026-02-30',
  '2026-13-01',
  '99999-01-01',
  '+099999-01-01',
  '0000-01-01',
  '1970-01-01',
  '9999-12-31',
  '2026-1-1',
  '２０２６-11-24',
  '2026-11-24T00:00:00Z',
  '2026-11-24\u0000',
  20261124,
];
const HOSTILE_DATETIMES: readonly unknown[] = [
  '2026-02-30T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '2026-11-24',
  'not a date',
  1e308,
  -8.64e15,
];

/** What a leaf of the given type and argument name gets, one value per case. */
function hostileLeaves(type: GraphQLNamedType, argumentName: string): readonly unknown[] {
  if (isEnumType(type)) {
    const first = String(type.getValues()[0].value);
    const otherCase = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
    return ['NOT_A_VALUE', otherCase, `${first} `, 0];
  }
  if (!isScalarType(type)) return [];
  if (type.name === 'String' && /^(after|before|cursor)$/.test(argumentName)) return HOSTILE_CURSORS;
  switch (type.name) {
    case 'ID':
      return HOSTILE_IDS;
    case 'Int':
      return HOSTILE_INTS;
    case 'Float':
      return HOSTILE_FLOATS;
    case 'Boolean':
      return HOSTILE_BOOLEANS;
    case 'Date':
      return HOSTILE_DATES;
    case 'DateTime':
      return HOSTILE_DATETIMES;
    default:
      return [...HOSTILE_STRINGS, 42, { $ne: null }];
  }
}

/** One place in the arguments: `input.visitors[0].documentNumber` is ['input', 'visitors', 0, 'documentNumber']. */
type Path = Array<string | number>;

interface Leaf {
  path: Path;
  type: GraphQLInputType;
}

/** Every place a value can go, nested inputs and list elements included, each with its declared type. */
function leavesOf(type: GraphQLInputType, path: Path, out: Leaf[], seen: Set<string>): void {
  out.push({ path, type });
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    leavesOf(inner.ofType, [...path, 0], out, seen);
  } else if (isInputObjectType(inner)) {
    // An input that contains itself would never end; none does today, but a new one must not hang the suite.
    if (seen.has(inner.name)) return;
    const deeper = new Set(seen).add(inner.name);
    for (const field of Object.values(inner.getFields())) leavesOf(field.type, [...path, field.name], out, deeper);
  }
}

/** The hostile values of one place: by its type, plus the structural ones (null, missing fields, wrong shape). */
function hostileValuesAt(leaf: Leaf, argumentName: string): unknown[] {
  const inner = isNonNullType(leaf.type) ? leaf.type.ofType : leaf.type;
  const values: unknown[] = [];
  if (isNonNullType(leaf.type)) values.push(null);
  if (isListType(inner)) {
    const element = plainValue(inner.ofType);
    // Too many elements for any rule (and, with big elements, for the body limit); none; a null inside.
    values.push(
      [],
      Array.from({ length: 2000 }, () => element),
      [null],
      'not a list',
    );
  } else if (isInputObjectType(inner)) {
    values.push({}, { ...(plainValue(inner) as object), notAField: 1 }, 'not an object');
  } else if (isLeafType(inner)) {
    values.push(...hostileLeaves(inner, String(leaf.path.at(-1) ?? argumentName)));
  }
  return values;
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node = node[key] as Record<string | number, unknown>;
  }
}

export interface HostileCase {
  field: RootField;
  /** What is hostile about it, for the failure message. */
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Where the hostile value sits (`input.title`) and the value, for a case that varies one argument. */
  path?: string;
  value?: unknown;
  /** True when the document itself is refused before any resolver runs (deep, aliased, unknown argument…). */
  documentOnly: boolean;
}

/** The selection a root field gets: __typename, and the error member's message for a result union. */
export function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return ' { __typename ... on Error { message } }';
  return ' { __typename }';
}

/** The field with the given arguments as variables, every argument declared (optional ones omitted unless set). */
function documentOf(entry: RootField, args: readonly GraphQLArgument[], alias = ''): string {
  const declarations = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${entry.operation} Hostile${declarations ? `(${declarations})` : ''} { ${alias}${entry.name}${
    call ? `(${call})` : ''
  }${selectionOf(entry.field)} }`;
}

const required = (entry: RootField) =>
  entry.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Every hostile case of one root field. */
export function hostileCasesOf(entry: RootField): HostileCase[] {
  const cases: HostileCase[] = [];
  const requiredArgs = required(entry);
  const baseVariables = () =>
    Object.fromEntries(requiredArgs.map((a) => [a.name, structuredClone(plainValue(a.type))])) as Record<
      string,
      unknown
    >;
  for (const argument of entry.field.args) {
    const leaves: Leaf[] = [];
    leavesOf(argument.type, [argument.name], leaves, new Set());
    const args = requiredArgs.includes(argument) ? requiredArgs : [...requiredArgs, argument];
    for (const leaf of leaves) {
      for (const value of hostileValuesAt(leaf, argument.name)) {
        const variables = baseVariables();
        // An optional argument or input field under test starts from its plain value, then gets the hostile part.
        if (!(argument.name in variables)) variables[argument.name] = structuredClone(plainValue(argument.type));
        if (leaf.path.length > 1) fillPath(variables, leaf.path, argument.type);
        setAt(variables, leaf.path, value);
        cases.push({
          field: entry,
          label: `${leaf.path.join('.')} = ${describe(value)}`,
          query: documentOf(entry, args),
          variables,
          path: leaf.path.join('.'),
          value,
          documentOnly: false,
        });
      }
    }
  }
  cases.push(...documentCasesOf(entry, requiredArgs));
  return cases;
}

/** Makes the objects along a path exist: an optional input or list on the way starts from its plain value. */
function fillPath(variables: Record<string, unknown>, path: Path, type: GraphQLInputType): void {
  let node = variables as Record<string | number, unknown>;
  let current = type;
  for (const [i, key] of path.slice(0, -1).entries()) {
    if (node[key] === undefined || node[key] === null) node[key] = structuredClone(plainValue(current));
    node = node[key] as Record<string | number, unknown>;
    const inner = isNonNullType(current) ? current.ofType : current;
    if (isListType(inner)) current = inner.ofType;
    else if (isInputObjectType(inner)) current = inner.getFields()[String(path[i + 1])].type;
  }
}

/** Documents that are refused whatever the arguments: deep, aliased, unknown arguments, wrong literals. */
function documentCasesOf(entry: RootField, requiredArgs: readonly GraphQLArgument[]): HostileCase[] {
  const { operation: op, name } = entry;
  const root = op === 'query' ? 'Query' : 'Mutation';
  const select = selectionOf(entry.field);
  const literals = requiredArgs.map((a) => `${a.name}: ${literalOf(a.type)}`);
  const args = (extra: string[] = []) => {
    const all = [...extra, ...literals];
    return all.length ? `(${all.join(', ')})` : '';
  };
  const call = `${name}${args()}${select}`;
  const cases: Array<[string, string]> = [
    ['11 aliases of it', `${op} { ${Array.from({ length: 11 }, (_, i) => `a${i}: ${call}`).join(' ')} }`],
    ['inside 13 inline fragments', `${op} { ${`... on ${root} { `.repeat(13)}${call}${' }'.repeat(13)} }`],
    // 1,100 one-letter fields: within the character limit, so the token limit is what refuses it, while parsing.
    ['over 1,000 tokens', `${op} { ${call} ${Array.from({ length: 1_100 }, () => 'a').join(' ')} }`],
    ['11 @skip(if: false)', `${op} { ${name}${args()}${' @skip(if: false)'.repeat(11)}${select} }`],
    ['an unknown argument', `${op} { ${name}${args(['notAnArgument: 1'])}${select} }`],
    ['a field it does not have', `${op} { ${name}${args()} { notAField } }`],
    ['an undeclared variable', `${op} { ${name}(${requiredArgs[0]?.name ?? 'x'}: $nope)${select} }`],
  ];
  if (requiredArgs.length > 0) {
    const first = requiredArgs[0].name;
    cases.push([`${first} as a wrong literal`, `${op} { ${name}(${first}: {wrong: [1, "2", null]})${select} }`]);
    cases.push([`${first} missing`, `${op} { ${name}${select} }`]);
  }
  return cases.map(([label, query]) => ({ field: entry, label, query, documentOnly: true }));
}

/** A GraphQL literal of the plain value (for documents that carry no variables). */
function literalOf(type: GraphQLInputType): string {
  const value = plainValue(type);
  const inner = getNamedType(type);
  return printLiteral(value, isEnumType(inner));
}

function printLiteral(value: unknown, enumValue: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => printLiteral(v, enumValue)).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${typeof v === 'string' && /^[A-Z][A-Z_]+$/.test(v) ? v : printLiteral(v, false)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') return enumValue ? value : JSON.stringify(value);
  return String(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 30)}…(${text.length} chars)` : text;
}

// ---- the database, before and after ------------------------------------------------------------------------

/** Each table's row count and a digest of its content, in a fixed order, so two snapshots compare with toEqual. */
export type TableSnapshot = Record<string, string>;

export async function snapshotTables(server: TestServer): Promise<TableSnapshot> {
  const tables = (await server.db.introspection.getTables()).map((t) => t.name).sort();
  const counts = await sql<{ name: string; n: number | string }>`${sql.join(
    tables.map((t) => sql`select ${sql.lit(t)} as name, count(*) as n from ${sql.table(t)}`),
    sql` union all `,
  )}`.execute(server.db);
  const digests =
    server.dialect === 'mysql' ? await mysqlChecksums(server, tables) : await sqliteDigests(server, tables);
  const snapshot: TableSnapshot = {};
  for (const { name, n } of counts.rows) snapshot[name] = `${Number(n)} rows ${digests[name]}`;
  return snapshot;
}

/** MySQL computes each table's checksum over every row itself: one statement instead of reading every table. */
async function mysqlChecksums(server: TestServer, tables: string[]): Promise<Record<string, string>> {
  const result = await sql<{ Table: string; Checksum: number | string | null }>`checksum table ${sql.join(
    tables.map((t) => sql.table(t)),
  )}`.execute(server.db);
  // The answer names each table with its database ("zz_t_….account").
  return Object.fromEntries(result.rows.map((r) => [r.Table.split('.').pop() as string, String(r.Checksum)]));
}

/** SQLite runs in this process: reading every row is quick, and hashed in a fixed order it is a content digest. */
async function sqliteDigests(server: TestServer, tables: string[]): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(server.db);
    const lines = rows.map((row) => JSON.stringify(row, (_key, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    // Sorted: a table read without ORDER BY may come back in any order.
    lines.sort();
    digests[table] = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
  }
  return digests;
}

/** The tables whose entries differ between two snapshots. */
export function changedTables(before: TableSnapshot, after: TableSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

/** True for a GraphQL object type (the result of a root field) a typed error result belongs to. */
export function isErrorMember(typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Error');
}

export type Caller = 'anonymous' | 'citizen' | 'staff';
export const CALLERS: readonly Caller[] = ['anonymous', 'citizen', 'staff'];

type Scopes = { staff?: boolean; staffRole?: unknown[]; citizen?: boolean; signedIn?: boolean };

/**
 * The callers a field's declared scopes let through to its resolver (all three for a field that declares none and
 * decides in code). The others are refused before any argument is looked at.
 */
export function callersAdmitted(entry: RootField): readonly Caller[] {
  const scopes = (entry.field.extensions as { pothosOptions?: { authScopes?: Scopes } }).pothosOptions?.authScopes;
  if (!scopes || typeof scopes !== 'object') return CALLERS;
  if (scopes.staff || scopes.staffRole) return ['staff'];
  if (scopes.citizen) return ['citizen'];
  if (scopes.signedIn) return ['citizen', 'staff'];
  return CALLERS;
}
