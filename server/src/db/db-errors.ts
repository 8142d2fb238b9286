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
