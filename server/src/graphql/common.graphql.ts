// Scalars and the error types every feature's results may carry.
import { isBusinessDate } from '@zz/shared';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { type FieldError, InputValidationError, NotAuthorizedError, NotFoundError, RateLimitedError } from '../errors';

// Business dates the archive can mean: nothing before 1900 or after 2199 (a year of 9999 would print as
// +010000 once a day is added to it).
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2199-12-31';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string in UTC.',
  serialize: (ms) => new Date(ms).toISOString(),
  parseValue: (value) => {
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) throw new GraphQLError('DateTime must be an ISO 8601 string');
    if (ms < Date.parse(FIRST_DATE) || ms > Date.parse(`${LAST_DATE}T23:59:59Z`)) {
      throw new GraphQLError(`DateTime must be between ${FIRST_DATE} and ${LAST_DATE}`);
    }
    return ms;
  },
});

builder.scalarType('Date', {
  description: 'A calendar date in Asia/Shanghai business time, YYYY-MM-DD.',
  serialize: (date) => date,
  parseValue: (value) => {
    if (typeof value !== 'string' || !isBusinessDate(value)) throw new GraphQLError('Date must be YYYY-MM-DD');
    if (value < FIRST_DATE || value > LAST_DATE)
      throw new GraphQLError(`Date must be between ${FIRST_DATE} and ${LAST_DATE}`);
    return value;
  },
});

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure; each implementation carries what the client needs to explain it.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted input path, e.g. visitors.1.documentNumber' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InputValidationError, {
  name: 'InputValidationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(NotAuthorizedError, {
  name: 'NotAuthorizedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'UNAUTHENTICATED, FORBIDDEN or PASSWORD_CHANGE_REQUIRED' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString('entity') }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});
