// The one GraphQL transport: POST JSON over Taro.request, typed by the generated documents.
// Every way a request can fail becomes a GraphQLFailure value instead of a thrown error.
import Taro from '@tarojs/taro';
import { GRAPHQL_ENDPOINT } from '../config';
import { authorizationHeader } from './session-token';

/**
 * What the generated `TypedDocumentString`s carry (documentMode 'string'): the operation text and,
 * in the type only, its result and variables. Declared here so the transport depends on no library.
 * A production build replaces the text by the operation's persisted id, `__meta__.hash`
 * (client/config/compact-operations.ts).
 */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  __meta__?: Record<string, unknown>;
  toString(): string;
}

export type ResultOf<D> = D extends TypedDocument<infer R, unknown> ? R : never;
export type VariablesOf<D> = D extends TypedDocument<unknown, infer V> ? V : never;

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export type GraphQLFailure =
  /** No answer: offline, DNS, timeout, or (weapp) a domain not on the allow list. */
  | { kind: 'network'; message: string }
  /** An answer without a usable GraphQL body. */
  | { kind: 'http'; status: number; message: string }
  /** The server ran the operation and reported errors (UNAUTHENTICATED, masked unexpected errors…). */
  | { kind: 'graphql'; code: string | null; message: string; errors: GraphQLErrorEntry[] };

export type GraphQLResult<T> = { ok: true; data: T } | { ok: false; failure: GraphQLFailure };

interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

// Operations without variables may be called without them.
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

const REQUEST_TIMEOUT_MS = 15_000;

/** Runs one operation; for operations without variables the argument may be left out. */
export function execute<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<GraphQLResult<TResult>> {
  return send(document, variables);
}

/** The same as `execute` with the variables always passed; for generic callers such as the hooks. */
export async function send<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables | undefined,
): Promise<GraphQLResult<TResult>> {
  const header: Record<string, string> = { 'content-type': 'application/json', ...authorizationHeader() };

  let response: Taro.request.SuccessCallbackResult<GraphQLBody<TResult> | string>;
  try {
    response = await Taro.request<GraphQLBody<TResult> | string>({
      url: GRAPHQL_ENDPOINT,
      method: 'POST',
      header,
      data: requestBody(document, variables),
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS,
    });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', message: describeThrown(error) } };
  }

  const body = typeof response.data === 'string' ? parseJson<GraphQLBody<TResult>>(response.data) : response.data;
  // GraphQL over HTTP may answer 4xx with a GraphQL body; prefer the body's errors when there is one.
  if (body?.errors?.length) {
    const [first] = body.errors;
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    return { ok: false, failure: { kind: 'graphql', code, message: first.message, errors: body.errors } };
  }
  if (response.statusCode < 200 || response.statusCode >= 300 || !body?.data) {
    return {
      ok: false,
      failure: { kind: 'http', status: response.statusCode, message: `服务器返回 ${response.statusCode}` },
    };
  }
  return { ok: true, data: body.data };
}

/**
 * The operation by its persisted id when the build shipped one (Apollo's persisted-query extension, which the server's
 * persisted-operations plugin reads), else by its text.
 */
function requestBody(document: Omit<TypedDocument<unknown, unknown>, '__apiType'>, variables: unknown) {
  const hash = document.__meta__?.hash;
  if (typeof hash === 'string')
    return { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: variables ?? {} };
  return { query: document.toString(), variables: variables ?? {} };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function describeThrown(error: unknown): string {
  if (error && typeof error === 'object' && 'errMsg' in error) return String((error as { errMsg: unknown }).errMsg);
  return error instanceof Error ? error.message : String(error);
}

/** A Chinese sentence for any transport failure, for toasts and the failure state. */
export function describeFailure(failure: GraphQLFailure): string {
  switch (failure.kind) {
    case 'network':
      return '网络连接失败，请检查网络后重试';
    case 'http':
      return failure.status >= 500 ? '服务暂时不可用，请稍后重试' : `请求失败（${failure.status}）`;
    case 'graphql':
      if (failure.code === 'UNAUTHENTICATED') return '请先登录';
      if (failure.code === 'FORBIDDEN') return '没有权限查看此内容';
      if (failure.code === 'PASSWORD_CHANGE_REQUIRED') return '请先修改初始密码';
      // The server no longer knows this build's operation: a new version was released.
      if (failure.code === 'PERSISTED_QUERY_NOT_FOUND') return '应用已更新，请重新打开后重试';
      // Yoga masks unexpected errors as "Unexpected error."; say that in Chinese, keep expected messages.
      return /^unexpected error/i.test(failure.message) ? '服务出现异常，请稍后重试' : failure.message;
  }
}
