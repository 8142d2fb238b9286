// Calling a typed operation and reading its result: the single root field, the `data` of a result union's success
// member, or the member named by its __typename. Each fails the test loudly, showing what came back instead.
import type { GraphQLResult, TestServer, TypedDocument } from './server';

/** The value of an operation's single root field (`{ booking: … }` → the booking). */
export type RootField<TResult> = TResult[Exclude<keyof TResult, '__typename'>];

/** Runs one operation and returns its single root field; GraphQL-level errors fail the test loudly. */
export async function call<TResult, TVariables>(
  server: TestServer,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  token: string | null = null,
): Promise<RootField<TResult>> {
  const result = await server.execute(document, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  if (!result.data) throw new Error(`GraphQL answered without data: ${JSON.stringify(result)}`);
  const [field] = Object.keys(result.data) as Array<Exclude<keyof TResult, '__typename'>>;
  return result.data[field];
}

/** A mutation's result union (or a query's, like bookingStatistics): its members tell themselves apart. */
type ResultUnion = { __typename: string };

/** The `data` of the success member of a result union. */
export type SuccessData<T> = Extract<T, { data: unknown }>['data'];

/** The `data` of a mutation's success result, or a failure that shows which error came back instead. */
export function successData<T extends ResultUnion>(payload: T): SuccessData<T> {
  if (typeof payload?.__typename !== 'string' || !payload.__typename.endsWith('Success')) {
    throw new Error(`expected a success result, got ${JSON.stringify(payload)}`);
  }
  return (payload as Extract<T, { data: unknown }>).data;
}

/**
 * The member of a result union named `typename` (typically an error, to read its fields), or a failure that shows
 * which result came back instead.
 */
export function resultAs<T extends ResultUnion, N extends T['__typename']>(
  payload: T,
  typename: N,
): Extract<T, { __typename: N }> {
  if (payload?.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(payload)}`);
  return payload as Extract<T, { __typename: N }>;
}

/**
 * What a caller got, in one word, for access tests that compare many calls at once: a typed result's name
 * (`NotAuthorizedError:<reason>`), a GraphQL error's code (`error:<code>`), or `null`.
 */
export function outcome(result: GraphQLResult<Record<string, unknown>>): string {
  if (result.errors?.length) return `error:${result.errors[0].extensions?.code}`;
  const value = Object.values(result.data ?? {})[0] as { __typename?: string; reason?: string } | null;
  if (value === null || value === undefined) return 'null';
  if (value.__typename === 'NotAuthorizedError') return `NotAuthorizedError:${value.reason}`;
  return value.__typename ?? 'data';
}

/** An HTTP answer of /graphql read whole, for tests where the status, the body or its framing is the point. */
export interface HttpAnswer {
  status: number;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: each test knows the shape it asserts on
  json: any;
}

export async function httpAnswer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}
