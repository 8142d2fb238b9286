// `npm run bench`: size budgets of the weapp build, then GraphQL throughput of the real server against a
// bare Yoga server measured in the same run (client and server share the machine's cores, so only the
// ratio means much), the booking rush, the export, and the H5 home page on a throttled phone. Add a section by
// writing a function that returns Rows and naming it in SECTIONS; `npm run bench -- h5 weapp` runs only those.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { createSchema, createYoga } from 'graphql-yoga';
import { BenchHomeDocument } from '../testkit/generated/graphql';
import { startTestServer } from '../testkit/server';
import { MAIN_PACKAGE_BUDGET, SUBPACKAGE_BUDGETS, TOTAL_BUDGET, WEAPP_DIR, weappSizes } from '../testkit/weapp-build';
import { bookingRushRows } from './booking-rush';
import { contentRows } from './content';
import { exportRowsInOwnProcess } from './exports';
import { h5LoadRows } from './h5-load';
import { releaseRushRows } from './release-rush';

export interface Row {
  metric: string;
  value: string;
  /** The limit the value is held to, if any. */
  budget?: string;
  result?: 'PASS' | 'FAIL';
}

export function printTable(rows: Row[]): void {
  const header: Row = { metric: 'metric', value: 'value', budget: 'budget', result: undefined };
  const cells = [header, ...rows].map((r, i) => [
    r.metric,
    r.value,
    r.budget ?? '',
    i === 0 ? 'result' : (r.result ?? ''),
  ]);
  // Chinese characters would need display widths; the metrics are named in ASCII.
  const widths = [0, 1, 2, 3].map((c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => (c === 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(' | ')} |`;
  console.log(line(cells[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

const KiB = 1024;
const MiB = 1024 * KiB;
const formatBytes = (bytes: number) =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(2)} MiB` : `${(bytes / KiB).toFixed(1)} KiB`;
const budgetRow = (metric: string, bytes: number, budget: number): Row => ({
  metric,
  value: formatBytes(bytes),
  budget: formatBytes(budget),
  result: bytes <= budget ? 'PASS' : 'FAIL',
});

// ---------------------------------------------------------------------------------------------------------
// weapp package sizes

async function weappRows(): Promise<Row[]> {
  if (!existsSync(join(WEAPP_DIR, 'app.json'))) {
    return [{ metric: 'weapp build', value: 'missing: run `npm run build:weapp:local`', result: 'FAIL' }];
  }
  const sizes = weappSizes();
  return [
    budgetRow('weapp main package', sizes.main, MAIN_PACKAGE_BUDGET),
    budgetRow('weapp total (all packages)', sizes.total, TOTAL_BUDGET),
    ...Object.entries(sizes.subpackages).map(([root, size]) =>
      root in SUBPACKAGE_BUDGETS
        ? budgetRow(`  subpackage ${root}`, size, SUBPACKAGE_BUDGETS[root])
        : { metric: `  subpackage ${root}`, value: formatBytes(size) },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL throughput

export interface Throughput {
  requestsPerSecond: number;
  p99Ms: number;
}

/** POSTs one GraphQL query for `seconds` with autocannon in a worker thread, so it does not share the server's event loop. */
export async function measureGraphql(url: string, query: string, seconds = 5, connections = 50): Promise<Throughput> {
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    workers: 1,
  };
  await autocannon({ ...options, duration: 1 }); // warm-up: JIT, connection pools, prepared statements
  const result = await autocannon({ ...options, duration: seconds });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} errors and ${result.non2xx} non-2xx responses during the run`);
  }
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
}

/** Checks the query answers with data before measuring it, so the benchmark never times error responses. */
async function assertAnswers(url: string, query: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors || !body.data) throw new Error(`${url} ${query}: ${JSON.stringify(body)}`);
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/graphql`;
}

const HOME_QUERY = String(BenchHomeDocument);

async function graphqlRows(): Promise<Row[]> {
  const bare = createServer(
    createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false }),
  );
  const bareUrl = await listen(bare);
  // The public cache is off here (the test kit's default): the home row measures the server's own work.
  const app = await startTestServer({ dialect: 'sqlite', env: { SEED_DEMO: 'true' } });
  try {
    const appUrl = `${app.url}/graphql`;
    await assertAnswers(bareUrl, '{ __typename }');
    await assertAnswers(appUrl, HOME_QUERY);
    const baseline = await measureGraphql(bareUrl, '{ __typename }');
    const home = await measureGraphql(appUrl, HOME_QUERY);
    const rps = (t: Throughput) => `${Math.round(t.requestsPerSecond)} req/s (p99 ${t.p99Ms} ms)`;
    return [
      { metric: 'bare Yoga { __typename }', value: rps(baseline) },
      { metric: 'home featuredExhibitions (SQLite)', value: rps(home) },
      { metric: 'home / bare ratio', value: (home.requestsPerSecond / baseline.requestsPerSecond).toFixed(2) },
      // Against the same baseline: the feed cold and cached, and search over 10,000 articles.
      ...(await contentRows(bareUrl, measureGraphql, assertAnswers)),
    ];
  } finally {
    await app.close();
    bare.closeAllConnections();
    await new Promise<void>((done) => bare.close(() => done()));
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Each section returns its rows; the table prints them in this order. `npm run bench -- h5` runs one section. */
export const SECTIONS: Record<string, () => Promise<Row[]>> = {
  weapp: weappRows,
  graphql: graphqlRows,
  rush: bookingRushRows,
  release: releaseRushRows,
  exports: exportRowsInOwnProcess,
  h5: h5LoadRows,
};

async function main(): Promise<void> {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    throw new Error(`unknown bench section ${unknown.join(', ')}: choose from ${Object.keys(SECTIONS).join(', ')}`);
  }
  const rows: Row[] = [];
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (chosen.length === 0 || chosen.includes(name)) rows.push(...(await section()));
  }
  printTable(rows);
  // A broken budget fails the command, so CI or a pre-release check can rely on it.
  if (rows.some((row) => row.result === 'FAIL')) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
