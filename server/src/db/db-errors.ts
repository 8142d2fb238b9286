// Recognises unique-index violations on both databases, so a feature can turn "the index said no" into
// its own typed error. `marker` is a column or index name that appears in both dialects' messages.
export function isUniqueViolation(error: unknown, marker: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  const duplicate =
    code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  return duplicate && error.message.includes(marker);
}

/** MySQL deadlocks and lock-wait timeouts: the transaction was rolled back and may simply be retried. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

// What mysql2 and Node report when the database cannot be reached or dropped the connection, and what a Galera
// node answers while it is not part of the primary component (1047 "WSREP has not yet prepared node").
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_UNKNOWN_COM_ERROR',
  'ER_CONNECTION_KILLED',
]);

/**
 * The database is away or too busy to answer: what a caller may simply try again later, as opposed to a bug. A
 * transaction still failing with a deadlock after its reruns (a storm of Galera certification conflicts) counts too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { code, fatal } = e as { code?: string; fatal?: boolean };
    if ((code && UNAVAILABLE_CODES.has(code)) || fatal === true || isRetryableTransactionError(e)) return true;
    // AggregateError from a connection attempt to several addresses (localhost → ::1 and 127.0.0.1).
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
