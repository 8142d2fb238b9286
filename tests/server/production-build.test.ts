// Issue 14 (a production build): `npm run build` compiles the server, and the compiled entry runs under plain node
// (no TypeScript loader) on SQLite: it migrates, answers /healthz and /readyz and GraphQL, starts in production
// mode with production's settings, and on SIGTERM stops taking connections, answers the request in flight, and
// exits 0.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { graphqlRequestInFlight } from '../testkit/in-flight';
import { type ServerProcess, spawnServer } from '../testkit/processes';

/** Resolves once the process has printed `text` (it fails the test if the process exits first). */
async function printed(server: ServerProcess, text: string): Promise<void> {
  while (!server.output().includes(text)) {
    if (server.child.exitCode !== null) throw new Error(`exited before printing "${text}": ${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exitCode(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode !== null) return Promise.resolve(server.child.exitCode);
  return new Promise((resolve) => server.child.once('exit', (code) => resolve(code)));
}

describe('the production build under plain node (sqlite)', () => {
  let dir: string;
  const children: ServerProcess[] = [];
  beforeAll(() => {
    // Once for the file (a second or two with esbuild).
    execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'zz-prodbuild-'));
  }, 120_000);
  afterAll(async () => {
    for (const child of children) await child.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates, answers the probes and GraphQL, and finishes the request in flight on SIGTERM, then exits 0', async () => {
    const file = join(dir, 'archive.sqlite');
    // Relative to the repository root, as DATABASE_URL is read: the compiled config must find that root as
    // server/src/config.ts does.
    const server = await spawnServer({
      databaseUrl: `sqlite:${relative(REPO_ROOT, file)}`,
      piiKey: randomBytes(32),
      compiled: true,
    });
    children.push(server);
    expect(existsSync(file)).toBe(true);

    const live = await fetch(`${server.url}/healthz`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok', database: 'sqlite' }]);
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'sqlite' }]);
    const branches = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ branches { code } }' }),
    });
    expect(branches.status).toBe(200);
    const answer = (await branches.json()) as { data: { branches: { code: string }[] } };
    expect(answer.data.branches.map((b) => b.code)).toContain('city');

    const inFlight = await graphqlRequestInFlight(server.url, '{ branches { code } }');
    const exited = exitCode(server);
    server.child.kill('SIGTERM');
    await printed(server, 'SIGTERM: stopping; finishing 1 request(s) in flight');
    // It takes no new connection once stopping…
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // …and still answers the one in flight, whose body arrives only now.
    const { status, text } = await inFlight.finish();
    expect(status).toBe(200);
    expect((JSON.parse(text) as typeof answer).data.branches).toEqual(answer.data.branches);
    expect(await exited).toBe(0);
    expect(server.output()).toContain('stopped');
  }, 120_000);

  it('starts in production mode with the settings production requires', async () => {
    const server = await spawnServer({
      databaseUrl: `sqlite:${join(dir, 'production.sqlite')}`,
      piiKey: randomBytes(32),
      compiled: true,
      env: {
        NODE_ENV: 'production',
        WECHAT_APPID: 'wx0123456789abcdef',
        WECHAT_SECRET: 'not-a-real-secret',
        CERTIFICATE_SIGNING_KEY: randomBytes(32).toString('base64'),
        PUBLIC_BASE_URL: 'https://archive.example',
      },
    });
    children.push(server);
    expect(server.output()).not.toContain('GraphiQL');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const exited = exitCode(server);
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
