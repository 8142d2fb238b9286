// The client's own GraphQL documents (client/src/**/*.graphql), one per operation with the fragments it
// needs, as codegen emits them. Suites send them to a real server the way the pages do.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DocumentNode, parse, print, separateOperations } from 'graphql';
import { REPO_ROOT } from '../../server/src/config';

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every operation under `client/src/<folder>`, by name. */
export function clientOperations(folder = 'features'): Record<string, DocumentNode> {
  const files = graphqlFiles(resolve(REPO_ROOT, 'client/src', folder));
  return separateOperations(parse(files.map((file) => readFileSync(file, 'utf8')).join('\n')));
}

/** One client operation's text; a missing name fails loudly. */
export function clientOperation(name: string, folder = 'features'): string {
  const document = clientOperations(folder)[name];
  if (!document) throw new Error(`no client operation named ${name} under client/src/${folder}`);
  return print(document);
}
