// Named, hand-written mutants of the SQL conditions that guard capacity, statuses and claims. Stryker only
// blanks SQL strings (the query then crashes, which any test notices), so each rule here is broken the way a
// plausible bug would break it: a one-line change applied in a scratch copy of the tree, then the server
// suites run against it. Every mutant must be killed by a failing test; a mutant that does not apply, or that
// only breaks the build, is reported as a defect of this list rather than counted as killed.
//
// Run by `npm run test:mutation` after Stryker (or alone: `npx tsx tests/mutation/sql-mutants.ts [name…]`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SQL_MUTANTS, type SqlMutant } from './sql-mutants.list';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scratch = join(root, '.sql-mutants-tmp');
const reportFile = join(scratch, 'vitest-report.json');

/** Copies the working tree's files (tracked and new, not ignored) into the scratch tree; node_modules by symlink. */
function prepareScratch(): void {
  rmSync(scratch, { recursive: true, force: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    copyFileSync(join(root, file), join(scratch, file));
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
}

/** Applies one mutant's edit to the scratch copy; returns the original text to restore. */
function apply(mutant: SqlMutant): { file: string; original: string } {
  const file = join(scratch, mutant.file);
  const original = readFileSync(file, 'utf8');
  const anchorAt = original.indexOf(mutant.within);
  if (anchorAt < 0 || original.indexOf(mutant.within, anchorAt + 1) >= 0) {
    throw new Error(`${mutant.name}: "${mutant.within}" must occur exactly once in ${mutant.file}`);
  }
  const findAt = original.indexOf(mutant.find, anchorAt);
  const nextAnchorEnd = original.indexOf('\n}\n', anchorAt);
  if (findAt < 0 || (nextAnchorEnd >= 0 && findAt > nextAnchorEnd)) {
    throw new Error(`${mutant.name}: "${mutant.find}" not found inside "${mutant.within}" in ${mutant.file}`);
  }
  writeFileSync(file, original.slice(0, findAt) + mutant.replace + original.slice(findAt + mutant.find.length));
  return { file, original };
}

interface SuiteOutcome {
  failedTests: number;
  failedSuitesWithoutTests: number;
  passedTests: number;
}

/** Runs the server suites of the mutation configuration in the scratch tree (SQLite, stop at first failure). */
function runSuites(): SuiteOutcome {
  rmSync(reportFile, { force: true });
  spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      'vitest.mutation.config.ts',
      '--bail=1',
      '--reporter=json',
      `--outputFile=${reportFile}`,
      'tests/server',
    ],
    { cwd: scratch, stdio: 'ignore', env: { ...process.env, MYSQL_URL: '', CI: '' } },
  );
  if (!existsSync(reportFile)) throw new Error('vitest wrote no report');
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numFailedTests: number;
    numPassedTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[] }>;
  };
  return {
    failedTests: report.numFailedTests,
    passedTests: report.numPassedTests,
    failedSuitesWithoutTests: report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0)
      .length,
  };
}

function main(): number {
  const only = new Set(process.argv.slice(2));
  const mutants = only.size > 0 ? SQL_MUTANTS.filter((m) => only.has(m.name)) : SQL_MUTANTS;
  prepareScratch();
  const baseline = runSuites();
  if (baseline.failedTests > 0 || baseline.failedSuitesWithoutTests > 0 || baseline.passedTests === 0) {
    console.error(`The unmutated scratch copy does not pass (${JSON.stringify(baseline)}): nothing can be judged.`);
    return 2;
  }
  console.log(`Baseline: ${baseline.passedTests} server tests pass on the unmutated copy.\n`);

  const survived: string[] = [];
  const invalid: string[] = [];
  for (const mutant of mutants) {
    const { file, original } = apply(mutant);
    try {
      const outcome = runSuites();
      const verdict =
        outcome.failedTests > 0
          ? 'killed'
          : outcome.failedSuitesWithoutTests > 0
            ? 'invalid (build broke)'
            : 'SURVIVED';
      if (verdict === 'SURVIVED') survived.push(mutant.name);
      if (verdict.startsWith('invalid')) invalid.push(mutant.name);
      console.log(`${verdict.padEnd(22)} ${mutant.name}: ${mutant.rule}`);
    } finally {
      writeFileSync(file, original);
    }
  }
  const killed = mutants.length - survived.length - invalid.length;
  console.log(
    `\nNamed SQL mutants: ${killed} of ${mutants.length} killed (${((100 * killed) / mutants.length).toFixed(1)}%).`,
  );
  if (survived.length > 0) console.log(`Survived: ${survived.join(', ')}`);
  if (invalid.length > 0) console.log(`Invalid (fix the list): ${invalid.join(', ')}`);
  return survived.length === 0 && invalid.length === 0 ? 0 : 1;
}

process.exitCode = main();
