// Sign-in lockout: repeated failures lock a username, and an address, for a while; a locked attempt is refused
// before the password is looked at, the same way whether the username exists or not, with the time to retry. With
// REDIS_URL two server processes share the lock (the test starts two on one database and one Redis).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../testkit/dialects';
import { SignInStaffDocument } from '../testkit/generated/graphql';
import { resultAs } from '../testkit/graphql';
import { createStaff, unique } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const redisUrl = process.env.REDIS_URL?.trim();
// Production runs several processes behind Redis, so CI must prove the shared lock (as rate-limit.test.ts does);
// locally the two-process test is skipped without REDIS_URL, under a name that says so.
if (!redisUrl && process.env.CI === 'true') {
  throw new Error(
    'REDIS_URL is not set but CI=true: the lockout test across two processes is mandatory in CI. ' +
      'Set REDIS_URL=redis://127.0.0.1:6379 (the test uses its own key prefix).',
  );
}

const ghostName = () => unique('ghost').replace(/-/g, '_');

async function attempt(server: TestServer, username: string, password: string, address?: string) {
  const headers = address ? { 'x-forwarded-for': address } : undefined;
  const result = await server.execute(SignInStaffDocument, { username, password }, null, headers);
  return result.data!.signInStaff;
}

function auditActions(server: TestServer, accountId: number) {
  return server.db
    .selectFrom('audit_log')
    .select(['action', 'result'])
    .where('target_kind', '=', 'ACCOUNT')
    .where('target_id', '=', String(accountId))
    .orderBy('seq')
    .execute();
}

describe.each(dialects)('sign-in lockout per account (%s)', (dialect) => {
  // Addresses come from X-Forwarded-For (TRUST_PROXY), one per attempt, so only the account's lock is at work.
  const server = useTestServer({ dialect, env: { TRUST_PROXY: 'true' } });
  let next = 0;
  const address = () => `198.51.100.${++next}`;

  it('locks a username after its failures, refuses even the right password until the lock ends, then lets it in', async () => {
    const s = server();
    const staff = await createStaff(s, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const { accountFailures, lockSeconds } = s.config.signInLockout;
    for (let i = 1; i <= accountFailures; i++) {
      expect((await attempt(s, staff.username, `wrong-pass-${i}`, address())).__typename, `failure ${i}`).toBe(
        'InvalidCredentialsError',
      );
    }
    const locked = resultAs(await attempt(s, staff.username, staff.password, address()), 'SignInLockedError');
    expect(locked.retryAfterSeconds).toBe(lockSeconds);
    expect(Date.parse(locked.retryAt)).toBe(s.clock.now() + lockSeconds * 1000);
    expect(locked.message).toContain('后再试');

    // Another member of staff is not affected.
    const colleague = await createStaff(s, 'CHECKER', { branchCode: 'zhangpu' });
    expect((await attempt(s, colleague.username, colleague.password, address())).__typename).toBe(
      'MutationSignInStaffSuccess',
    );

    s.clock.advance(lockSeconds * 1000 - 1000);
    expect((await attempt(s, staff.username, staff.password, address())).__typename).toBe('SignInLockedError');
    s.clock.advance(1000);
    expect((await attempt(s, staff.username, staff.password, address())).__typename).toBe('MutationSignInStaffSuccess');

    const actions = (await auditActions(s, staff.accountId)).map((r) => `${r.action}:${r.result}`);
    expect(actions).toEqual([
      // createStaff's own sign-in
      'SIGN_IN:OK',
      ...Array(accountFailures).fill('SIGN_IN_FAILED:DENIED'),
      'SIGN_IN_LOCKED:DENIED',
      'SIGN_IN_LOCKED:DENIED',
      'SIGN_IN:OK',
    ]);
  });

  it('answers an unknown username with the same lock, revealing nothing', async () => {
    const s = server();
    const staff = await createStaff(s, 'CHECKER');
    const ghost = ghostName();
    const { accountFailures } = s.config.signInLockout;
    for (let i = 0; i < accountFailures; i++) {
      await attempt(s, ghost, 'wrong-pass-1', address());
      await attempt(s, staff.username, 'wrong-pass-1', address());
    }
    const forGhost = resultAs(await attempt(s, ghost, 'wrong-pass-1', address()), 'SignInLockedError');
    const forStaff = resultAs(await attempt(s, staff.username, 'wrong-pass-1', address()), 'SignInLockedError');
    expect(forGhost).toEqual(forStaff);
  });
});

describe.each(dialects)('sign-in lockout per address (%s)', (dialect) => {
  const server = useTestServer({
    dialect,
    env: { TRUST_PROXY: 'true', SIGNIN_LOCK_ADDRESS_FAILURES: '4', SIGNIN_LOCK_ACCOUNT_FAILURES: '50' },
  });

  it('locks an address that tries many usernames, and only that address', async () => {
    const s = server();
    const staff = await createStaff(s, 'BRANCH_STAFF');
    const attacker = '203.0.113.7';
    for (let i = 0; i < 4; i++) {
      expect((await attempt(s, ghostName(), 'wrong-pass-1', attacker)).__typename).toBe('InvalidCredentialsError');
    }
    // A real account with its right password, from that address: locked.
    expect((await attempt(s, staff.username, staff.password, attacker)).__typename).toBe('SignInLockedError');
    // From elsewhere the account signs in.
    expect((await attempt(s, staff.username, staff.password, '203.0.113.8')).__typename).toBe(
      'MutationSignInStaffSuccess',
    );
  });
});

describe.runIf(redisUrl).each(dialects)(
  'sign-in lockout across two server processes through Redis (%s; needs REDIS_URL, skipped without it outside CI)',
  (dialect) => {
    let first: TestServer;
    let second: TestServer;
    // Its own key prefix, so other runs sharing the Redis never count these failures, nor these theirs.
    const env = { REDIS_URL: redisUrl as string, RATE_LIMIT_PREFIX: `zz:test:${randomBytes(6).toString('hex')}:` };
    beforeAll(async () => {
      first = await startTestServer({ dialect, env });
      second = await startTestServer({ dialect, env, sharedDatabaseUrl: first.databaseUrl });
    });
    afterAll(async () => {
      await second?.close();
      await first?.close();
    });

    it('locks a username for both processes when its failures are spread over the two', async () => {
      const staff = await createStaff(first, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
      const { accountFailures } = first.config.signInLockout;
      for (let i = 1; i <= accountFailures; i++) {
        const server = i % 2 === 0 ? second : first;
        expect((await attempt(server, staff.username, `wrong-pass-${i}`)).__typename, `failure ${i}`).toBe(
          'InvalidCredentialsError',
        );
      }
      // Neither process alone saw enough failures to lock; together they did.
      expect((await attempt(second, staff.username, staff.password)).__typename).toBe('SignInLockedError');
      expect((await attempt(first, staff.username, staff.password)).__typename).toBe('SignInLockedError');
      const actions = (await auditActions(first, staff.accountId)).map((r) => r.action);
      expect(actions.filter((a) => a === 'SIGN_IN_LOCKED')).toHaveLength(2);
    });
  },
);
