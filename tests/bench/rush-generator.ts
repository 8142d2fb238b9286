// The load generator of the rush rows, run in a process of its own (`node --import tsx rush-generator.ts`) so the
// server's figures are not shared with the client's JSON work on the same event loop. It reads one job as JSON on
// stdin, sends the attempts (all at once, or with `concurrency` workers each sending the next when its previous
// answer came), and prints the outcomes as JSON on stdout.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { attemptBooking, type RushAttempt, type RushOutcome, runConcurrently } from '../testkit/rush';

/** Booking attempts through the public API, or the same number of one plain GraphQL POST (a baseline). */
export type GeneratorJob =
  | {
      kind: 'booking';
      urls: string[];
      slotId: number;
      attempts: RushAttempt[];
      /** 0: every attempt in flight at once, as at a release. */
      concurrency: number;
    }
  | { kind: 'plain'; url: string; query: string; count: number; concurrency: number };

export interface GeneratorResult {
  outcomes: RushOutcome[];
  /** From the first request sent to the last answer, in the generator's clock. */
  elapsedMs: number;
}

/** One plain POST, answered as an outcome: its data's first field's name, or the error. */
async function plainRequest(url: string, query: string): Promise<RushOutcome> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  const typename = body.data ? 'data' : `error:${JSON.stringify(body.errors).slice(0, 200)}`;
  return { typename, bookingId: null, latencyMs: performance.now() - started };
}

async function run(job: GeneratorJob): Promise<GeneratorResult> {
  const count = job.kind === 'booking' ? job.attempts.length : job.count;
  const request = (i: number) =>
    job.kind === 'booking'
      ? attemptBooking(job.urls[i % job.urls.length], job.slotId, job.attempts[i])
      : plainRequest(job.url, job.query);
  const outcomes: RushOutcome[] = new Array(count);
  const elapsedMs = await runConcurrently(count, job.concurrency, async (i) => {
    outcomes[i] = await request(i);
  });
  return { outcomes, elapsedMs };
}

/** Runs one job in a generator process of its own and returns what it measured. */
export function runGenerator(job: GeneratorJob): Promise<GeneratorResult> {
  return new Promise((resolveResult, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`rush generator exited with ${code}`));
      try {
        resolveResult(JSON.parse(output) as GeneratorResult);
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(JSON.stringify(job));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    input += chunk;
  });
  process.stdin.on('end', async () => {
    const result = await run(JSON.parse(input) as GeneratorJob);
    process.stdout.write(JSON.stringify(result));
  });
}
