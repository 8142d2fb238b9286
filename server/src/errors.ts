// Expected failures. A DomainError is a result the client explains (each subclass becomes an object type
// implementing the schema's `Error` interface, with the fields the UI needs); anything else is unexpected
// and reaches clients masked.
import { type FieldError, fieldErrorsOf } from '@zz/shared';
import { GraphQLError } from 'graphql';
import type * as z from 'zod/mini';

export type { FieldError };

/** Base of every expected failure: its name is its class name, which is also its GraphQL type name. */
export class DomainError extends Error {
  constructor(message: string) {
    // An expected failure is answered, not debugged: it captures no stack. (The errors plugin copies every own
    // property of the error it wraps, and reading `stack` formats it through the source maps: at a release, 900 of
    // 1,000 attempts end in SlotFullError.)
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = new.target.name;
  }
}

/** Input that fails validation: one Chinese message per field, and nothing was changed. */
export class InputValidationError extends DomainError {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((e) => e.message).join('；') || '输入有误');
  }

  static single(path: string, message: string): InputValidationError {
    return new InputValidationError([{ path, message }]);
  }
}

/**
 * Parses input with its shared form model (the one the client's form uses), or refuses it with the model's
 * messages at the same paths. `prefix` names where the value sits in the mutation's arguments.
 */
export function parseInput<M extends z.ZodMiniType>(model: M, value: unknown, prefix?: string): z.output<M> {
  const result = model.safeParse(value);
  if (!result.success) throw new InputValidationError(fieldErrorsOf(result.error, prefix));
  return result.data;
}

/**
 * Why access was refused. PASSWORD_CHANGE_REQUIRED: the account signed in with a one-time password and must choose
 * its own first (the client opens 修改密码 on it).
 */
export type NotAuthorizedReason = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'PASSWORD_CHANGE_REQUIRED';
const NOT_AUTHORIZED_MESSAGES: Record<NotAuthorizedReason, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  PASSWORD_CHANGE_REQUIRED: '请先修改初始密码',
};

/**
 * Sign-in missing or role insufficient. A GraphQLError so that, on queries that do not list it as a result,
 * it reaches the client with its code instead of being masked as an unexpected error.
 */
export class NotAuthorizedError extends GraphQLError {
  constructor(readonly reason: NotAuthorizedReason) {
    super(NOT_AUTHORIZED_MESSAGES[reason], { extensions: { code: reason } });
    this.name = 'NotAuthorizedError';
  }
}

export class NotFoundError extends DomainError {
  constructor(
    readonly entity: string,
    message = '未找到相关记录',
  ) {
    super(message);
  }
}

/** Too many attempts from one client in a short time. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`操作过于频繁，请${retryAfterSeconds}秒后再试`);
  }
}
