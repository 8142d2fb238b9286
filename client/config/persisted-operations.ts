// The persisted-operations manifest (server/persisted-operations.json): every operation the client can send, keyed by
// the sha256 of its text exactly as the transport sends it (compacted by compact-operations.ts). Production builds
// ship the ids only and the production server accepts nothing else. Written by `npm run codegen`
// (write-persisted-operations.ts); tests/client/persisted-operations.test.ts fails when it is stale.
//
// The format is Apollo's persisted query manifest (what its tooling and CDNs read): a list of id, name, type, body.
// One manifest serves both targets: the mini-program and the H5 app compile the same generated documents.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { SentDocument } from './compact-operations';

/** Relative to the repository's root (each caller resolves it from where it runs: Taro's CJS config, ESM scripts). */
export const MANIFEST_PATH = 'server/persisted-operations.json';

export interface PersistedOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

/** The id of a document: the hex sha256 of its UTF-8 text (what Apollo's APQ extension carries as sha256Hash). */
export const persistedOperationId = (body: string) => createHash('sha256').update(body).digest('hex');

/**
 * The manifest of these documents: each operation once, sorted by name so a change reads well in a diff. An
 * operation generated into two modules (none today) must be the same text in both.
 */
export function manifestOf(documents: readonly SentDocument[]): Manifest {
  const byName = new Map<string, PersistedOperation>();
  for (const { name, type, body } of documents) {
    if (name === null || type === null) continue;
    const known = byName.get(name);
    if (known && known.body !== body) throw new Error(`persisted operations: ${name} is generated twice, differently`);
    byName.set(name, { id: persistedOperationId(body), name, type, body });
  }
  const operations = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** The file's text: two-space JSON with a final newline. */
export const manifestText = (manifest: Manifest) => `${JSON.stringify(manifest, null, 2)}\n`;

/** The ids of the committed manifest; none when it has not been written yet. */
export function readManifestIds(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return new Set(manifest.operations.map((o) => o.id));
}
