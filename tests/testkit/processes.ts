// Server processes of their own, as several machines behind a load balancer would run them: spawned with tsx (or
// the compiled build with plain node) on a free port, the database named by URL, waited for until /readyz answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { UNLIMITED_ATTEMPTS } from './server';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process printed so far. */
  output(): string;
  /** SIGTERM, waited for. */
  stop(): Promise<void>;
  /** SIGKILL, waited for: the process dies mid-request, as on a machine's failure. */
  kill(): Promise<void>;
}

/** The production build's entry (`npm run build`), run with plain node. */
export const COMPILED_ENTRY = fileURLToPath(new URL('../../server/dist/index.js', import.meta.url));

/**
 * Starts `server/src/index.ts` (or, with `compiled`, `server/dist/index.js` under plain node) in a process of its
 * own on `databaseUrl` (migrating it, as every process does on start), with the PII key the test's in-process server uses, and waits until it is ready (or until
 * `waitForHealthy` is false: the caller starts several at once and waits for them together).
 */
export async function spawnServer(options: {
  databaseUrl: string;
  piiKey: Buffer;
  env?: Record<string, string>;
  /** Options for node itself (a profile, say: `--cpu-prof`). */
  nodeOptions?: string[];
  waitForHealthy?: boolean;
  /** Run the build of `npm run build` with plain node (no TypeScript loader), as production does. */
  compiled?: boolean;
}): Promise<ServerProcess & { healthy: Promise<void> }> {
  const port = await freePort();
  const entry = options.compiled
    ? ['--enable-source-maps', COMPILED_ENTRY]
    : ['--import', 'tsx', fileURLToPath(new URL('../../server/src/index.ts', import.meta.url))];
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...entry], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      PII_KEY: options.piiKey.toString('base64'),
      SEED_DEMO: 'false',
      STATIC_DIR: '',
      ...UNLIMITED_ATTEMPTS,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(name);
    // The server gives itself 10 s to stop gracefully; a test does not wait for more.
    const overdue = setTimeout(() => child.kill('SIGKILL'), 12_000);
    await exited;
    clearTimeout(overdue);
  };
  const healthy = waitForHealth(url, child, () => output);
  const process_ = {
    url,
    child,
    output: () => output,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    healthy,
  };
  if (options.waitForHealthy !== false) await healthy;
  else healthy.catch(() => {}); // the caller awaits it
  return process_;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server process exited: ${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server process did not become healthy: ${output()}`);
}
