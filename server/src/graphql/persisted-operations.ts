// Persisted operations: the client's production builds send each operation's id (the sha256 of its text, in Apollo's
// `persistedQuery` extension) instead of the text, and a production server runs only the operations it knows. The ids
// come from server/persisted-operations.json, which `npm run codegen` writes from the client's documents
// (client/config/persisted-operations.ts), read once when the server starts. Ids resolve in every environment; only
// production refuses a document sent as text, so GraphiQL, the test kit and development builds keep sending text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { REPO_ROOT } from '../config';

export const PERSISTED_OPERATIONS_FILE = resolve(REPO_ROOT, 'server/persisted-operations.json');

/** Operation texts by id. */
export type PersistedOperations = ReadonlyMap<string, string>;

/** The `extensions.code` of each refusal; none is a server error. */
export const PERSISTED_OPERATION_CODES = {
  /** Production received a document as text. */
  documentRefused: 'PERSISTED_QUERY_ONLY',
  /** An id the manifest lacks: a client built for another release, or a forged id. */
  unknownId: 'PERSISTED_QUERY_NOT_FOUND',
  /** Neither a document nor an id. */
  noOperation: 'BAD_REQUEST',
} as const;

/** The id of an operation's text: its hex sha256, as the client's build computes it. */
export const persistedOperationId = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads the manifest (Apollo's persisted query manifest format). A file that does not parse, or an id that is not
 * its text's sha256 (a hand edit), stops the server at start rather than refusing clients later.
 */
export function loadPersistedOperations(file = PERSISTED_OPERATIONS_FILE): PersistedOperations {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { operations?: Array<{ id?: unknown; body?: unknown }> };
  if (!Array.isArray(manifest.operations)) throw new Error(`${file}: no "operations" list`);
  const operations = new Map<string, string>();
  for (const { id, body } of manifest.operations) {
    if (typeof body !== 'string' || id !== persistedOperationId(body))
      throw new Error(`${file}: operation ${String(id)} does not match its text; run npm run codegen`);
    operations.set(id, body);
  }
  return operations;
}

const refusal = (message: string, code: string) => ({ message, extensions: { code, http: { status: 400 } } });

/**
 * Resolves persisted ids to their text, before any other plugin reads the document (the public-read cache, the
 * limits, the log). With `documentsAllowed` false (production) a document sent as text is refused.
 */
export function usePersistedOperationsOnly(operations: PersistedOperations, documentsAllowed: boolean): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => operations.get(id) ?? null,
    allowArbitraryOperations: documentsAllowed,
    customErrors: {
      persistedQueryOnly: refusal('Only persisted operations are accepted.', PERSISTED_OPERATION_CODES.documentRefused),
      notFound: refusal('Unknown persisted operation.', PERSISTED_OPERATION_CODES.unknownId),
      keyNotFound: refusal('Must provide a query or a persisted operation id.', PERSISTED_OPERATION_CODES.noOperation),
    },
  }) as Plugin;
}
