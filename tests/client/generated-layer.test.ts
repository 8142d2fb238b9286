// The client's generated layer as codegen.ts promises it: one types-only schema file, one operations file per
// package that has features of its own and one per group of shared features (the staff tools of the three staff
// subpackages), and no main-package module importing a subpackage's operations (they would ship in the main
// package, or fail to load there before the subpackage is downloaded).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationOutputs, SHARED_FEATURES, SUBPACKAGES } from '../../client/src/packages';

const CLIENT_SRC = resolve(__dirname, '../../client/src');
const GENERATED = join(CLIENT_SRC, 'graphql/generated');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === GENERATED ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('generated layer', () => {
  const outputs = operationOutputs();

  it('has one schema file that declares types only, and one operations file per package or shared group', () => {
    const schema = readFileSync(join(GENERATED, 'schema.ts'), 'utf8');
    expect(schema).not.toMatch(/^export (const|class|function|enum) /m);
    expect(existsSync(join(GENERATED, 'operations.ts'))).toBe(true);
    for (const { name } of outputs) expect(existsSync(join(GENERATED, name, 'operations.ts')), name).toBe(true);
    // No other folder: a subpackage without features of its own (studio, admin) has no operations file.
    const folders = readdirSync(GENERATED, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual(outputs.map((o) => o.name).sort());
    const files = readdirSync(GENERATED, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('gql.ts') || f.endsWith('graphql.ts'))).toEqual([]);
  });

  it('generates each feature folder into one operations file only', () => {
    const features = outputs.flatMap((o) => o.features);
    expect(new Set(features).size).toBe(features.length);
    // The staff tools: one file for the four staff subpackages, none of which has features of its own.
    const staff = SHARED_FEATURES.find((group) => group.features.includes('staff'));
    expect(staff?.roots).toEqual(['staff', 'archive', 'studio', 'admin']);
    for (const root of staff?.roots ?? []) {
      expect(SUBPACKAGES.find((p) => p.root === root)?.features).toEqual([]);
    }
  });

  const ownersOf = (name: string) => {
    const own = SUBPACKAGES.find((p) => p.root === name && p.features.length > 0);
    const group = SHARED_FEATURES.find((g) => g.name === name);
    const roots = own ? [own.root] : (group?.roots ?? []);
    const features = own ? own.features : (group?.features ?? []);
    return [...roots.map((r) => join(CLIENT_SRC, r)), ...features.map((f) => join(CLIENT_SRC, 'features', f))];
  };

  it.each(outputs.map((o) => [o.name]))('lets only the pages and features of %s import its operations', (name) => {
    const owners = ownersOf(name);
    const importers = sourcesUnder(CLIENT_SRC).filter((file) =>
      new RegExp(`graphql/generated/${name}/operations['"]`).test(readFileSync(file, 'utf8')),
    );
    expect(importers.length).toBeGreaterThan(0);
    const outsiders = importers.filter((file) => !owners.some((dir) => file.startsWith(dir + sep)));
    expect(outsiders.map((file) => relative(CLIENT_SRC, file))).toEqual([]);
  });
});
