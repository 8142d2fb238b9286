// Connection arguments are checked before they reach SQL: a forged cursor ("OffsetConnection:abc", a
// negative or huge offset, something that is not ours) is refused with a clear error, never a masked one.
import { decodeBase64 } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

const OFFSET_PREFIX = 'OffsetConnection:';
/** Deeper than anyone pages by hand; OFFSET beyond it would only make the database scan. */
const MAX_OFFSET = 100_000;

export function invalidCursor(): GraphQLError {
  return new GraphQLError('分页游标无效，请从第一页重新加载', { extensions: { code: 'BAD_CURSOR' } });
}

/**
 * Page sizes are checked here, with a code, before Pothos would refuse them: its own refusals of a negative `first`
 * or `last`, or of `last` with nothing to count back from, are errors without a code. `lastNeedsBefore`: an offset
 * connection counts `last` back from `before` (or from `first`), so `last` alone has no end to count from.
 */
export function assertPageSizes(args: ConnectionArgs, options: { lastNeedsBefore?: boolean } = {}): void {
  const negative = (args.first != null && args.first < 0) || (args.last != null && args.last < 0);
  const unanchored = options.lastNeedsBefore && args.last != null && args.before == null && args.first == null;
  if (negative || unanchored) {
    throw new GraphQLError('分页参数无效，请从第一页重新加载', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

function decodeCursor(cursor: string): string {
  try {
    return decodeBase64(cursor);
  } catch {
    throw invalidCursor();
  }
}

function assertOffsetCursor(cursor: string | null | undefined): void {
  if (cursor === null || cursor === undefined) return;
  const text = decodeCursor(cursor);
  const offset = text.startsWith(OFFSET_PREFIX) ? text.slice(OFFSET_PREFIX.length) : '';
  if (!/^(0|[1-9]\d{0,5})$/.test(offset) || Number(offset) > MAX_OFFSET) throw invalidCursor();
}

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** resolveOffsetConnection with its cursors validated first. */
export function offsetConnection<T>(
  args: ConnectionArgs,
  sizes: { defaultSize: number; maxSize: number },
  resolve: (page: { offset: number; limit: number }) => Promise<T[]>,
) {
  assertPageSizes(args, { lastNeedsBefore: true });
  assertOffsetCursor(args.after);
  assertOffsetCursor(args.before);
  return resolveOffsetConnection({ args, ...sizes }, resolve);
}

/** For keyset cursors of our own: parse, or refuse a cursor that does not parse. */
export function parseKeysetCursor<T>(cursor: string | null | undefined, parse: (text: string) => T | null): T | null {
  if (cursor === null || cursor === undefined) return null;
  const parsed = parse(cursor);
  if (parsed === null) throw invalidCursor();
  return parsed;
}
