// Two delivery workers in two separate processes on one MariaDB/MySQL database send each message exactly once:
// the fake WeChat counts the sends per message.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { enqueueMessage } from '../../server/src/platform/outbox/outbox';
import { dialects } from '../testkit/dialects';
import { startFakeWechat } from '../testkit/fake-wechat';
import { grant, messagesOf, notificationEnv, signInThroughWechat } from '../testkit/notifications';
import { startTestServer } from '../testkit/server';

const MESSAGES = 40;

function runWorker(env: Record<string, string>): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(REPO_ROOT, 'node_modules/.bin/tsx'), ['tests/testkit/outbox-worker.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`worker exited ${code}: ${err}`))));
  });
}

describe.skipIf(!dialects.includes('mysql'))('two delivery workers in two processes (mysql)', () => {
  it('send each message exactly once', { timeout: 120_000 }, async () => {
    const fake = await startFakeWechat();
    // Account notices held long-term here, so one grant lets every message of the run go.
    const env = { ...notificationEnv(fake), WECHAT_LONG_TERM_TEMPLATES: 'ACCOUNT_NOTICE' };
    const server = await startTestServer({ dialect: 'mysql', env });
    try {
      const citizen = await signInThroughWechat(server, fake);
      await grant(server, citizen, ['ACCOUNT_NOTICE']);
      const now = server.clock.now();
      for (let i = 0; i < MESSAGES; i++) {
        await enqueueMessage(
          server.db,
          {
            accountId: citizen.accountId,
            kind: 'BOOKING_SUSPENDED',
            dedupeKey: `workers-test:${i}`,
            payload: { suspendedFrom: now + i * 60_000, suspendedUntil: now + 60 * 86_400_000 },
          },
          now,
        );
      }
      const env = {
        ...notificationEnv(fake),
        NODE_ENV: 'test',
        DATABASE_URL: server.config.database.dialect === 'mysql' ? server.config.database.url : '',
        PII_KEY: server.config.piiKey.toString('base64'),
        CERTIFICATE_SIGNING_KEY: server.config.certificateSigningKey.toString('base64'),
        PUBLIC_BASE_URL: server.config.publicBaseUrl,
      };
      const results = await Promise.all([runWorker(env), runWorker(env)]);
      // Together the two processes sent every message, and each exactly once.
      expect(results.map((r) => r.SENT ?? 0).reduce((a, b) => a + b, 0)).toBe(MESSAGES);
      const sends = fake.delivered().filter((s) => s.touser === citizen.openid);
      expect(sends).toHaveLength(MESSAGES);
      const perMessage = new Set(sends.map((s) => s.data.time2.value));
      expect(perMessage.size).toBe(MESSAGES);
      expect((await messagesOf(server, citizen.accountId)).every((m) => m.status === 'SENT' && m.attempts === 1)).toBe(
        true,
      );
      // The token was fetched by each process at most once (stable_token answers both with the same one).
      expect(fake.tokenRequests.length).toBeLessThanOrEqual(2);
    } finally {
      await server.close();
      await fake.close();
    }
  });
});
