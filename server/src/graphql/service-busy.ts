// When the database is away (restarting, failing over, a Galera node out of the cluster) or a transaction kept
// conflicting after its reruns, the caller gets a clear "busy, try again" instead of the masked "Unexpected error.":
// a coded GraphQL error with HTTP 503 and Retry-After. Nothing was committed (a transaction either commits or is
// rolled back), so trying again, with the same idempotency key for a booking, is safe.
import { GraphQLError } from 'graphql';
import { createGraphQLError, type MaskError, maskError } from 'graphql-yoga';
import { isDatabaseUnavailable } from '../db/db-errors';

export const SERVICE_BUSY_CODE = 'SERVICE_BUSY';
export const SERVICE_BUSY_MESSAGE = '服务繁忙，请稍后再试';
const RETRY_AFTER_SECONDS = 3;

export const maskErrorWithServiceBusy: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original && isDatabaseUnavailable(original)) {
    return createGraphQLError(SERVICE_BUSY_MESSAGE, {
      ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
      extensions: {
        code: SERVICE_BUSY_CODE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
      },
    });
  }
  return maskError(error, message, isDev);
};
