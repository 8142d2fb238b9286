// What error messages may say. GraphQL's own messages quote the values they refuse: a variable's whole input
// object (visitors' names and ID numbers, the phone) when one field of it is wrong, the value given for a
// String or an enum, the literal written in the document. Every error a request gets passes through this
// plugin: values are dropped, the variable's name, the path and the reason are kept, and in production the
// "Did you mean …?" suggestions go too. A refused request (no data: a limit, a parse or validation error, a bad
// variable) is logged at warn level with these same messages, never with its variables.
import { type ASTNode, GraphQLError, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ErrorMessageOptions {
  /** Remove "Did you mean …?" suggestions (production: they spell out the schema introspection would hide). */
  hideSuggestions: boolean;
  /** Who sent the request, for the log (`serverContext` is the Node server's: `req`, `res`). */
  clientAddress(request: Request, serverContext: object): string;
}

type Logger = { warn(...args: unknown[]): void };
/** As the client sent them: nothing is checked yet. */
type Params = { query?: unknown; variables?: unknown; operationName?: unknown };

/** Errors already rewritten here (rewriting again would lose the reason, which the rewrite keeps in the message). */
const rewritten = new WeakSet<GraphQLError>();

export function useValueFreeErrors(options: ErrorMessageOptions): Plugin {
  let logger: Logger | undefined;
  const paramsOf = new WeakMap<Request, Params>();
  const rewriteAll = (errors: readonly GraphQLError[], variables: unknown) =>
    errors.map((error) => rewrite(error, options.hideSuggestions, variables));
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    // GET and form requests carry `variables` and `extensions` as JSON text, which Yoga parses letting a
    // SyntaxError through: an "Unexpected error." 500 whose logged message quotes the text. It is a bad request.
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser((request) =>
        Promise.resolve()
          .then(() => requestParser(request))
          .catch((error: unknown) => {
            if (!(error instanceof SyntaxError)) throw error;
            throw new GraphQLError('The variables or extensions parameter is not valid JSON.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }),
      );
    },
    onParams({ request, params }) {
      paramsOf.set(request, params);
    },
    // Variable errors are rewritten as soon as execution gives up, before Yoga's masking could take an error a
    // custom scalar threw for an unexpected one ("Unexpected error.").
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          setResult({ ...result, errors: rewriteAll(result.errors, args.variableValues) });
        },
      };
    },
    // Every answer passes here last, whatever refused it: the body's JSON, a limit, the parser, validation,
    // variables. (Batching and streams are off: a result is one object.)
    onResultProcess({ request, result, setResult, serverContext }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const params = paramsOf.get(request);
      const errors = rewriteAll(result.errors as GraphQLError[], params?.variables);
      setResult({ ...result, errors });
      if ('data' in result) return;
      const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'GRAPHQL_ERROR')))];
      const operation = operationNameOf(params?.operationName, params?.query);
      logger?.warn(
        `GraphQL request refused (${codes.join(', ')}) from ${options.clientAddress(request, serverContext)}` +
          `${operation ? ` operation ${operation}` : ''}: ${errors.map((e) => e.message).join(' | ')}`,
      );
    },
  };
}

/** The operation's name, for the log: the parameter, or the first named operation of the document. */
function operationNameOf(operationName: unknown, query: unknown): string | null {
  if (typeof operationName === 'string' && NAME.test(operationName)) return operationName;
  if (typeof query !== 'string') return null;
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query.slice(0, 2000))?.[1] ?? null;
}

function rewrite(error: GraphQLError, hideSuggestions: boolean, variables: unknown): GraphQLError {
  // An error with a path comes from a resolver, after the inputs were accepted; its message is ours.
  if (!(error instanceof GraphQLError) || rewritten.has(error) || error.path) return error;
  let message = messageWithoutValues(error);
  if (hideSuggestions) message = message.replace(SUGGESTION, '');
  message = withoutVariableValues(message, variables);
  // Yoga adds the JSON parser's own message to "POST body sent invalid JSON.": it quotes the body.
  // graphql-jit's own variable errors may come without extensions.
  const { originalError, ...extensions } = error.extensions ?? {};
  const quotesBody = extensions.code === 'BAD_REQUEST' && originalError !== undefined;
  if (message === error.message && !isVariableError(error) && !quotesBody) return error;
  const safe = new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: {
      ...(quotesBody ? extensions : error.extensions),
      ...(isVariableError(error) ? VARIABLE_ERROR_EXTENSIONS : {}),
    },
  });
  rewritten.add(safe);
  return safe;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const SUGGESTION = / ?Did you mean [^?]*\?/g;
const VARIABLE_ERROR_EXTENSIONS = { code: 'BAD_USER_INPUT', http: { status: 400 } };
const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

const firstNode = (error: GraphQLError): ASTNode | undefined => error.nodes?.[0];
const isVariableError = (error: GraphQLError) => firstNode(error)?.kind === Kind.VARIABLE_DEFINITION;

function messageWithoutValues(error: GraphQLError): string {
  const node = firstNode(error);
  if (node?.kind === Kind.VARIABLE_DEFINITION) return variableMessage(error, node.variable.name.value);
  if (node && VALUE_KINDS.has(node.kind)) return literalMessage(error);
  if (error.message.startsWith('Syntax Error:')) return syntaxMessage(error.message);
  return error.message;
}

/**
 * `Variable "$input" got invalid value { …the whole input… } at "input.visitors[0]"; <reason>` becomes
 * `Variable "$input" got invalid value at "input.visitors[0]"; <reason without values>`. The reason is the
 * original error's message, so it is cut off the end exactly; the path is what is left at the end.
 */
function variableMessage(error: GraphQLError, name: string): string {
  const prefix = `Variable "$${name}" got invalid value `;
  // The other variable errors ("was not provided", "must not be null") carry no value.
  if (!error.message.startsWith(prefix)) return error.message;
  const reason = error.originalError?.message;
  if (reason === undefined || !error.message.endsWith(`; ${reason}`)) return `Variable "$${name}" got invalid value.`;
  const head = error.message.slice(0, -(reason.length + 2));
  const at = / at "([^"]*)"$/.exec(head)?.[1];
  const path = at !== undefined && pathPattern(name).test(at) ? ` at "${at}"` : '';
  return `Variable "$${name}" got invalid value${path}; ${reasonWithoutValues(reason)}`;
}

const pathPattern = (name: string) => new RegExp(`^${name}(?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])*$`);

/** A literal in the document: `Expected value of type "T", found <literal>…` or a scalar's own message. */
function literalMessage(error: GraphQLError): string {
  const expected = /^Expected value of type "([^"]+)", found /.exec(error.message);
  if (!expected) return reasonWithoutValues(error.message);
  const original = error.originalError;
  const reason = original && !(original instanceof GraphQLError) ? `; ${reasonWithoutValues(original.message)}` : '.';
  return `Expected value of type "${expected[1]}"${reason}`;
}

/** `Syntax Error: Unexpected String "…".` names the token; a string or number token is a value. */
function syntaxMessage(message: string): string {
  return message.replace(
    /^(Syntax Error: (?:Unexpected|Expected .+?, found) (?:String|BlockString|Int|Float)) "[\s\S]*"\.$/,
    '$1.',
  );
}

/** The reasons graphql-js and the executor give, each with the value it quotes taken out. */
const REASONS: Array<[RegExp, string]> = [
  // String cannot represent a non string value: 13812345678
  [/^((?:Int|Float|String|Boolean|ID) cannot represent [^:]*): [\s\S]*$/, '$1.'],
  // Enum "DocumentType" cannot represent non-string value: 42.
  [/^(Enum "[_0-9A-Za-z]+" cannot represent non-(?:string|enum) value): [\s\S]*$/, '$1.'],
  // Value "13812345678" does not exist in "DocumentType" enum. Did you mean the enum value "…"?
  [
    /^Value [\s\S]* does not exist in "([_0-9A-Za-z]+)" enum\.((?: Did you mean the enum value [^?]*\?)?)$/,
    'Value is not one of the values of enum "$1".$2',
  ],
  // Expected type "Date". <message of an error a custom scalar threw>
  [/^(Expected type "[_0-9A-Za-z]+"\.) [\s\S]*$/, '$1'],
  // The executor's own checks: `Expected value of type "T" to be an object, found: { … }.` and the like.
  [
    /^(Expected value of type "[^"]+"(?: to be an object| to include required field "[^"]*"| not to include unknown field "[^"]*")?)(?:[,.]| but)[\s\S]*[Ff]ound: [\s\S]*$/,
    '$1.',
  ],
];

function reasonWithoutValues(reason: string): string {
  const rule = REASONS.find(([pattern]) => pattern.test(reason));
  const withoutValue = rule ? reason.replace(rule[0], rule[1]) : reason;
  // Field names come from the keys of the input: a key that cannot be a field name is a value put there.
  return withoutValue.replace(/([Ff]ield) "([^"]*)"/g, (all, word: string, field: string) =>
    /^[_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*)?$/.test(field) ? all : `${word} "…"`,
  );
}

/**
 * The last guard, should a message of a form not handled above quote a value: no string or number the variables
 * carry survives in it (4 characters or more, or 2 when not ASCII: a Chinese name).
 */
function withoutVariableValues(message: string, variables: unknown): string {
  let result = message;
  for (const value of leavesOf(variables)) if (result.includes(value)) result = result.split(value).join('…');
  return result;
}

function leavesOf(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 20 || found.size > 1000) return found;
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    if (text.length >= 4 || (text.length >= 2 && /[^\x20-\x7e]/.test(text))) found.add(text);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) leavesOf(item, found, depth + 1);
  }
  return found;
}
