// The build step that minifies the generated GraphQL documents (client/config/compact-operations.ts), run on the
// real generated files: every document still sends the same definitions, each fragment once, and the module
// still runs (each document's string is what the transport sends).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DocumentNode, parse, print } from 'graphql';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compactOperationsModule } from '../../client/config/compact-operations';

const GENERATED = resolve(__dirname, '../../client/src/graphql/generated');
const files = readdirSync(GENERATED, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('operations.ts'));

/** The module's exported documents as the transport sends them: TypeScript stripped, run with no imports. */
function documentsOf(source: string): Record<string, string> {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, () => ({}));
  return Object.fromEntries(
    Object.entries(module.exports)
      .filter(([name]) => name.endsWith('Document') || name.endsWith('FragmentDoc'))
      .map(([name, document]) => [name, String(document)]),
  );
}

/** Each definition printed alone, sorted: equal for documents that define the same things. */
const definitions = (document: DocumentNode) =>
  document.definitions.map((d) => print({ kind: document.kind, definitions: [d] })).sort();

describe('compact operations', () => {
  it('finds the generated operations files', () => {
    expect(files).toEqual(expect.arrayContaining(['operations.ts', join('staff', 'operations.ts')]));
  });

  it.each(files)('keeps every document of %s equivalent, shorter, and with each fragment once', (file) => {
    const source = readFileSync(join(GENERATED, file), 'utf8');
    const before = documentsOf(source);
    const after = documentsOf(compactOperationsModule(source));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(before).length).toBeGreaterThan(0);
    for (const [name, text] of Object.entries(before)) {
      const compact = after[name];
      expect(compact.length, name).toBeLessThan(text.length);
      expect(definitions(parse(compact)), name).toEqual(definitions(parse(text)));
      const fragmentNames = [...compact.matchAll(/\bfragment (\w+) on /g)].map((m) => m[1]);
      expect(new Set(fragmentNames).size, name).toBe(fragmentNames.length);
    }
  });

  it('writes a fragment that several documents spread once per module', () => {
    const source = readFileSync(join(GENERATED, 'staff', 'operations.ts'), 'utf8');
    const compact = compactOperationsModule(source);
    // StaffFailure is spread by many of the staff tools' mutations; its text appears once.
    expect(source.match(/fragment StaffFailure on Error/g)?.length).toBeGreaterThan(3);
    expect(compact.match(/fragment StaffFailure on Error/g)).toHaveLength(1);
  });
});
