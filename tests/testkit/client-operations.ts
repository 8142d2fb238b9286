// GraphQL documents from .graphql files, one per operation with the fragments it needs, as codegen emits
// them: the client's own (client/src/**/*.graphql), sent the way the pages send them, and the test kit's.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DocumentNode, parse, print, separateOperations } from 'graphql';
import { REPO_ROOT } from '../../server/src/config';
import { PERSISTED_OPERATIONS_FILE } from '../../server/src/graphql/persisted-operations';

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every definition (operations and fragments) in the .graphql files under `dir`, parsed as one document. */
export function documentsIn(dir: string): DocumentNode {
  return parse(
    graphqlFiles(dir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n'),
  );
}

/** Every operation under `dir` (relative to the repository), by name. */
export function operationsIn(dir: string): Record<string, DocumentNode> {
  return separateOperations(documentsIn(resolve(REPO_ROOT, dir)));
}

/** Every operation under `client/src/<folder>`, by name. */
export function clientOperations(folder = 'features'): Record<string, DocumentNode> {
  return operationsIn(`client/src/${folder}`);
}

/** One client operation's text; a missing name fails loudly. */
export function clientOperation(name: string, folder = 'features'): string {
  const document = clientOperations(folder)[name];
  if (!document) throw new Error(`no client operation named ${name} under client/src/${folder}`);
  return print(document);
}

let persistedNames: Map<string, string> | undefined;

/**
 * The operation a client's request body runs: the name in its text, or (a production build) the name of its persisted
 * id in server/persisted-operations.json. Null for a body that is neither.
 */
export function operationNameOfBody(body: string): string | null {
  let params: { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
  try {
    params = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof params.query === 'string')
    return params.query.match(/^\s*(?:query|mutation|subscription)\s+(\w+)/)?.[1] ?? null;
  const id = params.extensions?.persistedQuery?.sha256Hash;
  if (typeof id !== 'string') return null;
  persistedNames ??= new Map(
    (
      JSON.parse(readFileSync(PERSISTED_OPERATIONS_FILE, 'utf8')) as { operations: Array<{ id: string; name: string }> }
    ).operations.map((o) => [o.id, o.name]),
  );
  return persistedNames.get(id) ?? null;
}
