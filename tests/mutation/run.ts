// npm run test:mutation: StrykerJS over the rule files, one group at a time, then the named SQL mutants.
//
// Groups run as separate Stryker invocations, each with its own incremental file under reports/mutation/, so a
// long run that stops keeps what it finished and a rerun only tests mutants whose code or tests changed.
// The score is Stryker's: (killed + timed out) / (killed + timed out + survived + no coverage), over all groups.
//
//   npx tsx tests/mutation/run.ts                 every group, then the SQL mutants
//   npx tsx tests/mutation/run.ts booking door    only these groups (no SQL mutants)
//   npx tsx tests/mutation/run.ts --report        only print the table from the last reports
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const reports = join(root, 'reports', 'mutation');
const REQUIRED_SCORE = 85;

const MODULES = 'server/src/modules';
/** What the mutation run covers: the shared rules, the capacity and status SQL, and the services built on them. */
export const MUTATION_GROUPS: Record<string, string[]> = {
  shared: ['shared/src/**/*.ts', '!shared/src/index.ts'],
  capacity: [`${MODULES}/scheduling/slot.repository.ts`, `${MODULES}/scheduling/slot.service.ts`],
  statuses: [`${MODULES}/visits/visit.repository.ts`, `${MODULES}/visits/visit.service.ts`],
  booking: [`${MODULES}/visits/booking.service.ts`],
  waitlist: [`${MODULES}/waitlist/waitlist.repository.ts`, `${MODULES}/waitlist/waitlist.service.ts`],
  groups: [`${MODULES}/group-visits/group-visit.service.ts`],
  door: [`${MODULES}/door/door.service.ts`],
  // 查档: who may move a request from which state (the table itself is in shared/src/lookup, in `shared`), the
  // conditional moves and receipt counters, and certificate signing and verification.
  lookup: [
    `${MODULES}/lookup/transition.service.ts`,
    `${MODULES}/lookup/lookup.repository.ts`,
    `${MODULES}/lookup/certificate.service.ts`,
  ],
};

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface FileScore {
  file: string;
  detected: number;
  undetected: number;
}

function runGroup(name: string): boolean {
  const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
  const config = {
    ...base,
    mutate: MUTATION_GROUPS[name],
    incrementalFile: join('reports', 'mutation', `${name}.incremental.json`),
    jsonReporter: { fileName: join('reports', 'mutation', `${name}.json`) },
    // The combined score below decides; one group alone may sit under the line while the total does not.
    thresholds: { ...base.thresholds, break: null },
  };
  mkdirSync(reports, { recursive: true });
  const configFile = join(reports, `${name}.stryker.json`);
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n=== Stryker: ${name} (${MUTATION_GROUPS[name].join(', ')})`);
  const result = spawnSync(join(root, 'node_modules', '.bin', 'stryker'), ['run', configFile], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}

function scoresOf(name: string): FileScore[] {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    files: Record<string, { mutants: Array<{ status: string }> }>;
  };
  return Object.entries(report.files).map(([path, { mutants }]) => ({
    file: path,
    detected: mutants.filter((m) => DETECTED.has(m.status)).length,
    undetected: mutants.filter((m) => UNDETECTED.has(m.status)).length,
  }));
}

const percent = (detected: number, undetected: number) =>
  detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);

function printTable(groups: string[]): number {
  const rows = groups.flatMap((group) => scoresOf(group).map((score) => ({ group, ...score })));
  console.log('\nMutation score (killed + timed out of all valid mutants):\n');
  console.log(`${'group'.padEnd(10)} ${'file'.padEnd(58)} ${'killed'.padStart(7)} ${'missed'.padStart(7)} score`);
  for (const row of rows.sort((a, b) => percent(a.detected, a.undetected) - percent(b.detected, b.undetected))) {
    console.log(
      `${row.group.padEnd(10)} ${row.file.padEnd(58)} ${String(row.detected).padStart(7)} ${String(row.undetected).padStart(7)} ${percent(row.detected, row.undetected).toFixed(1)}%`,
    );
  }
  const detected = rows.reduce((n, r) => n + r.detected, 0);
  const undetected = rows.reduce((n, r) => n + r.undetected, 0);
  const missing = groups.filter((group) => scoresOf(group).length === 0);
  const total = percent(detected, undetected);
  console.log(`\nTotal: ${detected} of ${detected + undetected} mutants killed: ${total.toFixed(1)}%`);
  if (missing.length > 0) console.log(`No report yet for: ${missing.join(', ')}`);
  return missing.length > 0 ? 0 : total;
}

function main(): number {
  const args = process.argv.slice(2);
  const all = Object.keys(MUTATION_GROUPS);
  if (args.includes('--report')) return printTable(all) >= REQUIRED_SCORE ? 0 : 1;
  const unknown = args.filter((a) => !(a in MUTATION_GROUPS));
  if (unknown.length > 0) {
    console.error(`Unknown group(s): ${unknown.join(', ')}. Groups: ${all.join(', ')}`);
    return 2;
  }
  const selected = args.length > 0 ? args : all;
  const failed = selected.filter((group) => !runGroup(group));
  if (failed.length > 0) {
    console.error(`Stryker failed for: ${failed.join(', ')}`);
    return 1;
  }
  const score = printTable(args.length > 0 ? selected : all);
  if (args.length > 0) return 0;
  const sql = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'tests', 'mutation', 'sql-mutants.ts')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (score < REQUIRED_SCORE) console.error(`\nThe mutation score ${score.toFixed(1)}% is under ${REQUIRED_SCORE}%.`);
  return score >= REQUIRED_SCORE && sql.status === 0 ? 0 : 1;
}

process.exitCode = main();
