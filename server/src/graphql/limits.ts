// How much one GraphQL request may ask of the server, in one place. The numbers come from the real operations:
// every document the mini-program sends (client/src/**/*.graphql, with its fragments) and the test kit's own
// documents, measured with the same rules (tests/server/api-limits.test.ts sends them all and fails if any is
// refused). The largest today: 163 tokens and ~1,400 characters (RequestGroupVisit), depth 8 (an operation
// spreading TicketFields), 2 aliases, no directives, cost 590 (client) and 6,900 (the test kit's
// `myBookings(first: 50)` with every booking field; Armor multiplies by a literal `first`).
// They are not configuration: nothing about a deployment makes a deeper or wider query legitimate.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const GRAPHQL_LIMITS = {
  /**
   * Bytes of an HTTP request body, checked in app.ts before Yoga reads it. The largest legitimate body is a staff
   * member saving an exhibition: its description is at most a MySQL TEXT (64 KiB), plus a ~1.5 KB document. A
   * 50-visitor group roster is ~6 KB. 128 KiB leaves twice the largest storable description and is small enough
   * to buffer per request.
   */
  requestBodyBytes: 128 * 1024,
  /** Characters of the document (comments and whitespace included): ~7× the longest real document. */
  documentCharacters: 10_000,
  /**
   * Lexical tokens of the document, counted while parsing, so a refusal comes before the parser's recursion
   * can get deep: 1,000 tokens allow at most 1,000 nested `[` (graphql-js overflows the stack between 2,000
   * and 3,000). ~6× the largest real document; GraphiQL's introspection query is 184.
   */
  tokens: 1_000,
  /** Nesting of selections (a fragment spread or inline fragment counts as one level): the deepest real is 8. */
  depth: 12,
  /** Aliased fields per operation: real operations use at most 2 (e.g. `closedReason: reason`). */
  aliases: 10,
  /** Directives per operation: real operations use none; @include/@skip stay usable. */
  directives: 10,
  /**
   * Armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`. 1.45× the costliest real
   * document. It cannot see a `first` passed as a variable; the resolvers cap page sizes (50) and calendar days
   * (42) themselves.
   */
  cost: 10_000,
} as const;

/**
 * The message of each refusal. None names a number: the limits are not configuration a client could use, and telling
 * a caller the exact depth or cost that passes only helps one probe for the largest document still served
 * (Armor's `exposeLimits`, off). Operators find the numbers here and the code in the log.
 */
export const REFUSAL_MESSAGES = {
  requestBodyBytes: 'Request body too large.',
  documentCharacters: 'Document too long.',
  tokens: 'Document has too many tokens.',
  depth: 'Query nested too deeply.',
  aliases: 'Too many aliases.',
  directives: 'Too many directives.',
  cost: 'Query too costly.',
} as const satisfies Record<keyof typeof GRAPHQL_LIMITS, string>;

/** The `extensions.code` of each refusal. */
export const REFUSAL_CODES = {
  requestBodyBytes: 'REQUEST_ENTITY_TOO_LARGE',
  documentCharacters: 'MAX_CHARACTERS_EXCEEDED',
  tokens: 'MAX_TOKENS_EXCEEDED',
  depth: 'MAX_DEPTH_EXCEEDED',
  aliases: 'MAX_ALIASES_EXCEEDED',
  directives: 'MAX_DIRECTIVES_EXCEEDED',
  cost: 'MAX_COST_EXCEEDED',
} as const satisfies Record<keyof typeof GRAPHQL_LIMITS, string>;

type Limit = keyof typeof GRAPHQL_LIMITS;
type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

const REFUSAL_STATUS: Record<string, number> = Object.fromEntries(
  Object.entries(REFUSAL_CODES).map(([limit, code]) => [code, limit === 'requestBodyBytes' ? 413 : 400]),
);

/** The error a refused request gets: the limit's message, its code, and its HTTP status. */
export function refusal(limit: Limit): GraphQLError {
  const code = REFUSAL_CODES[limit];
  return new GraphQLError(REFUSAL_MESSAGES[limit], { extensions: { code, http: { status: REFUSAL_STATUS[code] } } });
}

/** Armor's own wording, were it to reach a client: our message, not the numbers. */
const armorMessage = (limit: Limit) => ({ exposeLimits: false, errorMessage: REFUSAL_MESSAGES[limit] });

/**
 * A limit checked by a validation rule: reported like any validation error, with the limit's code. (Armor words
 * every refusal "Syntax Error: …"; none of these is one.)
 */
function validationLimit(limit: Exclude<Limit, 'requestBodyBytes' | 'documentCharacters' | 'tokens'>) {
  return {
    ...armorMessage(limit),
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(refusal(limit))],
  };
}

const armor: ArmorConfig = {
  // The parser counts tokens as it reads them and throws at the first one over the limit, before it descends
  // into a deeper list or selection. (Armor 3.2 counts them itself through the lexer instead of passing
  // graphql-js's own `maxTokens`; the effect is the same.)
  maxTokens: {
    n: GRAPHQL_LIMITS.tokens,
    ...armorMessage('tokens'),
    onReject: [
      (_context, error) => {
        const { message, extensions } = refusal('tokens');
        Object.assign(error, { message });
        Object.assign(error.extensions, extensions);
      },
    ],
  },
  maxDepth: { n: GRAPHQL_LIMITS.depth, ...validationLimit('depth') },
  maxAliases: { n: GRAPHQL_LIMITS.aliases, ...validationLimit('aliases') },
  maxDirectives: { n: GRAPHQL_LIMITS.directives, ...validationLimit('directives') },
  costLimit: { maxCost: GRAPHQL_LIMITS.cost, ...validationLimit('cost') },
  // Suggestions are removed (in production) with the other rewriting of error messages, in graphql/error-values.ts:
  // Armor's pattern misses enum values ("Did you mean the enum value …?") and variable errors.
  blockFieldSuggestion: { enabled: false },
};

/**
 * Enforces GRAPHQL_LIMITS (but the body size, which app.ts checks before Yoga reads the body): characters here,
 * tokens while parsing, depth, aliases, directives and cost while validating. A refused request is answered
 * 400 whatever it accepts: GraphQL over HTTP would answer an `application/json` client 200 for a document that
 * fails validation, but a document over a limit is refused service, not mistaken, and proxies and monitoring
 * should see it.
 */
export function useGraphqlLimits(): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(EnvelopArmorPlugin(armor));
    },
    onParams({ params, setResult }) {
      const length = typeof params.query === 'string' ? params.query.length : 0;
      if (length > GRAPHQL_LIMITS.documentCharacters) setResult({ errors: [refusal('documentCharacters')] });
    },
    onExecutionResult({ result, setResult }) {
      if (!result || !('errors' in result) || !result.errors?.some(isRefusal)) return;
      // Yoga marks parse and validation errors as spec errors, which an application/json client gets with a 200.
      setResult({ ...result, errors: result.errors.map((e) => (isRefusal(e) ? asRefusal(e) : e)) });
    },
  };
}

function isRefusal(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && Object.hasOwn(REFUSAL_STATUS, code);
}

function asRefusal(error: GraphQLError): GraphQLError {
  const code = error.extensions.code as string;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code, http: { status: REFUSAL_STATUS[code] } },
  });
}
