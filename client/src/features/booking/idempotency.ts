// The idempotency key of one booking submission: made once per form, sent again on every retry, so a retry
// after a timeout returns the booking the first attempt created instead of booking twice.

/**
 * 24 base-36 characters. The server scopes keys to the account, so this only has to be unique among one
 * person's submissions; Math.random suffices and exists on every platform (weapp has no crypto.getRandomValues).
 */
export function newIdempotencyKey(): string {
  const chunk = () =>
    Math.floor(Math.random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
  return `${Date.now().toString(36)}${chunk()}${chunk()}${chunk()}`.slice(0, 32);
}
