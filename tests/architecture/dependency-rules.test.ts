// The layering rules (.dependency-cruiser.cjs) can fail: a small tree that breaks each rule once is cruised
// with the real configuration, and every rule must name its violation. `npm test` runs the same rules over the
// real code (npm run deps), so a wrong import fails the build with the rule's name and its advice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';

const configuration = createRequire(import.meta.url)(resolve(REPO_ROOT, '.dependency-cruiser.cjs')) as IConfiguration;

/** One violation per rule; each file imports what its rule forbids. */
const BROKEN_TREE: Record<string, string> = {
  'server/src/db/executor.ts': "import '../modules/visits/visit.service';",
  'server/src/platform/outbox/outbox.ts': "import '../../modules/visits/visit.service';",
  'server/src/modules/visits/visit.service.ts': "import '../scheduling/slot.repository';",
  'server/src/modules/scheduling/slot.repository.ts': "import './slot.service';",
  'server/src/modules/scheduling/slot.service.ts': "import './slot.repository';\nimport '../../graphql/ids';",
  'server/src/graphql/ids.ts': 'export {};',
  'server/src/jobs/no-shows.job.ts': "import '../modules/scheduling/slot.repository';",
  'shared/src/visits/rules.ts': "import '../../../server/src/graphql/ids';\nimport 'node:crypto';",
  'client/src/pages/index/index.tsx':
    "import '../../staff/pages/index/index';\nimport '../../../../server/src/graphql/ids';",
  'client/src/staff/pages/index/index.tsx': 'export {};',
};

const EXPECTED_RULES = [
  'no-cycles',
  'db-imports-no-feature',
  'platform-imports-db-only',
  'modules-talk-through-services',
  'services-do-not-know-graphql',
  'jobs-and-seed-use-services',
  'shared-is-pure',
  'shared-no-node-builtins',
  'main-package-never-needs-a-subpackage',
  'client-never-imports-server',
];

describe('dependency rules', () => {
  const root = mkdtempSync(join(tmpdir(), 'zz-deps-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names every rule when a tree breaks each once', async () => {
    for (const [file, text] of Object.entries(BROKEN_TREE)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), `${text}\n`);
    }
    const result = await cruise(['server/src', 'shared/src', 'client/src'], {
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: configuration.forbidden },
      doNotFollow: { path: 'node_modules' },
    });
    const output = result.output;
    if (typeof output === 'string') throw new Error('expected a cruise result');
    expect(output.modules.length).toBeGreaterThanOrEqual(Object.keys(BROKEN_TREE).length);
    const broken = new Set(output.summary.violations.map((v) => v.rule.name));
    expect([...broken].sort()).toEqual([...EXPECTED_RULES].sort());
  });
});
