// The persisted-operations manifest (server/persisted-operations.json) against what it describes: the client's
// .graphql documents, generated and compacted as the build ships them (client/config/compact-operations.ts), and the
// production builds of both targets, which must send ids the server knows and no document text.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../client/codegen';
import { compactOperations, compactOperationsModule, sentDocuments } from '../../client/config/compact-operations';
import {
  MANIFEST_PATH,
  type Manifest,
  manifestOf,
  manifestText,
  persistedOperationId,
} from '../../client/config/persisted-operations';
import { REPO_ROOT } from '../../server/src/config';
import { loadPersistedOperations } from '../../server/src/graphql/persisted-operations';
import { filesUnder } from '../testkit/weapp-build';

const CLIENT = resolve(REPO_ROOT, 'client');
const MANIFEST_FILE = resolve(REPO_ROOT, MANIFEST_PATH);
const committedText = readFileSync(MANIFEST_FILE, 'utf8');
const committed = JSON.parse(committedText) as Manifest;

/** The operations modules codegen writes now from the .graphql sources and the printed schema, not saved. */
async function generatedOperationModules(): Promise<string[]> {
  const outputs = (await generate({ ...codegenConfig, cwd: CLIENT, silent: true }, false)) as Types.FileOutput[];
  return outputs
    .filter((output) => output.filename.endsWith('operations.ts'))
    .sort((a, b) => (a.filename < b.filename ? -1 : 1))
    .map((output) => output.content);
}

describe('persisted operations manifest', () => {
  it('is what npm run codegen writes from the client’s .graphql documents', async () => {
    const modules = await generatedOperationModules();
    expect(modules.length).toBeGreaterThan(1);
    const fresh = manifestText(manifestOf(modules.flatMap(sentDocuments)));
    expect(committedText === fresh, `${MANIFEST_PATH} is stale: run npm run codegen and commit it`).toBe(true);
  }, 60_000);

  it('lists each operation once with the sha256 of the text the transport sends', () => {
    expect(committed.operations.length).toBeGreaterThan(40);
    const ids = committed.operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, name, body } of committed.operations) {
      expect(id, name).toBe(persistedOperationId(body));
      expect(body, name).toMatch(new RegExp(`^(query|mutation|subscription) ${name}\\b`));
    }
    // The server reads the same file, and checks each id at start.
    expect([...loadPersistedOperations(MANIFEST_FILE).keys()].sort()).toEqual([...ids].sort());
  });

  it('ships each operation of a module as its id alone when built for production', () => {
    const source = readFileSync(join(CLIENT, 'src/graphql/generated/operations.ts'), 'utf8');
    const persisted = compactOperationsModule(source, { persistedManifest: MANIFEST_FILE });
    const operations = sentDocuments(source).filter((d) => d.name !== null);
    expect(operations.length).toBeGreaterThan(0);
    const byId = new Map(committed.operations.map((o) => [o.id, o]));
    for (const { name, body } of operations) {
      const id = persistedOperationId(body);
      expect(byId.get(id)?.name, String(name)).toBe(name);
      expect(persisted).toContain(
        `export const ${name}Document = /*#__PURE__*/ new TypedDocumentString("", {"hash":"${id}"})`,
      );
      // No text of the operation: its head (`query Name(…){`) is in no string.
      expect(persisted).not.toContain(body.slice(0, body.indexOf('{') + 1));
    }
    // A development build keeps sending text.
    expect(compactOperationsModule(source)).not.toContain('"hash"');
  });

  it('fails the production build on an operation the manifest lacks, naming it and the command', () => {
    const id = join(CLIENT, 'src/graphql/generated/operations.ts');
    const source = readFileSync(id, 'utf8');
    const edited = source.replace('query ArticleCategories {', 'query ArticleCategories {\n  __typename');
    expect(edited).not.toBe(source);
    const transform = compactOperations({ persistedManifest: MANIFEST_FILE }).transform as (
      code: string,
      id: string,
    ) => { code: string } | null;
    expect(transform(source, id)?.code).toContain('"hash"');
    expect(() => transform(edited, id)).toThrow(/ArticleCategories not in .*run npm run codegen/);
  });
});

// After `npm run build:client` (a production build of both targets).
const TARGETS = ['weapp', 'h5'].map((target) => resolve(CLIENT, 'dist', target));
const built = TARGETS.every((dir) => existsSync(dir));
const HASH = /\bhash["']?:\s*["']([0-9a-f]{64})["']/g;
const DOCUMENT_TEXT = /\b(?:query|mutation|fragment) [A-Z]\w*(?: on \w+)?[({]/;

describe.runIf(built)('production builds', () => {
  const known = new Set(committed.operations.map((o) => o.id));

  it.each(TARGETS.map((dir) => [relative(CLIENT, dir), dir]))(
    'send only ids the manifest knows, and no document text (%s)',
    (_, dir) => {
      const scripts = filesUnder(dir).filter((file) => file.endsWith('.js'));
      const ids = new Set(scripts.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(HASH)].map((m) => m[1])));
      expect([...ids].filter((id) => !known.has(id))).toEqual([]);
      // Every operation some page runs: all of them but those only the other target's pages use.
      expect(ids.size).toBeGreaterThan(known.size / 2);
      const withText = scripts.filter((file) => DOCUMENT_TEXT.test(readFileSync(file, 'utf8')));
      expect(withText.map((file) => relative(dir, file))).toEqual([]);
    },
  );

  it('together run every operation of the manifest', () => {
    const ids = new Set(
      TARGETS.flatMap((dir) =>
        filesUnder(dir)
          .filter((file) => file.endsWith('.js'))
          .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(HASH)].map((m) => m[1])),
      ),
    );
    const unused = committed.operations.filter((o) => !ids.has(o.id)).map((o) => o.name);
    expect(unused).toEqual([]);
  });
});
