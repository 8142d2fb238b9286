// The client's generated layer as codegen.ts promises it: one types-only schema file, one operations file per
// package, and no main-package module importing a subpackage's operations (they would ship in the main
// package, or fail to load there before the subpackage is downloaded).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBPACKAGES } from '../../client/src/packages';

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
  it('has one schema file that declares types only, and one operations file per package', () => {
    const schema = readFileSync(join(GENERATED, 'schema.ts'), 'utf8');
    expect(schema).not.toMatch(/^export (const|class|function|enum) /m);
    expect(existsSync(join(GENERATED, 'operations.ts'))).toBe(true);
    for (const { root } of SUBPACKAGES) expect(existsSync(join(GENERATED, root, 'operations.ts')), root).toBe(true);
    const files = readdirSync(GENERATED, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('gql.ts') || f.endsWith('graphql.ts'))).toEqual([]);
  });

  it.each(SUBPACKAGES.map((p) => [p.root, p]))(
    'lets only the %s subpackage import its operations',
    (root, { features }) => {
      const owners = [join(CLIENT_SRC, root), ...features.map((f) => join(CLIENT_SRC, 'features', f))];
      const importers = sourcesUnder(CLIENT_SRC).filter((file) =>
        new RegExp(`graphql/generated/${root}/operations['"]`).test(readFileSync(file, 'utf8')),
      );
      expect(importers.length).toBeGreaterThan(0);
      const outsiders = importers.filter((file) => !owners.some((dir) => file.startsWith(dir + sep)));
      expect(outsiders.map((file) => relative(CLIENT_SRC, file))).toEqual([]);
    },
  );
});
