// Expected failures arrive as members of a mutation's result union; this module turns them into Chinese.
// Features switch on `__typename` for their own error types and fall back to these shared ones.

/** Any member of a result union: the success type carries `data`, error types carry `message`. */
export interface TypedError {
  __typename?: string;
  message: string;
}

export interface FieldErrorEntry {
  path: string;
  message: string;
}

/** The error members of a mutation's result union: every member but the success one, which carries `data`. */
export type ResultError<R> = Exclude<R, { data: unknown }>;

/** Splits a result union into its success member or its error member. */
export function isSuccessResult<T extends { __typename?: string }>(result: T): result is Extract<T, { data: unknown }> {
  return typeof result === 'object' && result !== null && 'data' in result;
}

/**
 * Field errors keyed by dotted path, the first message per field, for showing beside each field. The same for
 * an InputValidationError's fieldErrors and for a shared model's failed parse (fieldErrorsOf in @zz/shared).
 */
export function messagesByPath(entries: ReadonlyArray<FieldErrorEntry> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries ?? []) out[entry.path] ??= entry.message;
  return out;
}

/** The error members every citizen mutation may answer with, as the generated result types spell them. */
export type CitizenCommonError =
  | { __typename: 'InputValidationError'; fieldErrors: ReadonlyArray<{ message: string }> }
  | { __typename: 'NotAuthorizedError'; reason: string };

/**
 * The sentences of the failures every citizen mutation shares. A feature's switch over its own error types ends
 * in `default: return citizenCommonErrorMessage(error)`: only these types may be left there, so an error type
 * added to one of its mutations fails the build at that line until the feature gives it a sentence.
 */
export function citizenCommonErrorMessage(error: CitizenCommonError): string {
  switch (error.__typename) {
    case 'InputValidationError':
      return error.fieldErrors[0]?.message ?? '填写的信息有误，请检查后重试';
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? '没有权限执行此操作' : '请先登录';
    default:
      // Reached only by a server newer than this build, with an error type the build does not know.
      return (error as { message?: string }).message || '操作未成功，请稍后重试';
  }
}

/** Messages for the error types every feature may return. The server's own message is the fallback. */
export function commonErrorMessage(error: TypedError & { retryAfterSeconds?: number; reason?: string }): string {
  switch (error.__typename) {
    case 'InputValidationError':
      return error.message || '填写的信息有误，请检查后重试';
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? '没有权限执行此操作' : '请先登录';
    case 'NotFoundError':
      return '未找到相关记录，可能已被删除';
    case 'RateLimitedError':
      return error.retryAfterSeconds
        ? `操作过于频繁，请${error.retryAfterSeconds}秒后再试`
        : '操作过于频繁，请稍后再试';
    default:
      return error.message || '操作未成功，请稍后重试';
  }
}
