// Sign-in end to end: the real server and the real WeChat client against a fake WeChat on 127.0.0.1,
// development sign-in, staff passwords, sessions (sign-out, expiry) and the staff rate limit.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffAccount } from '../../server/src/modules/accounts/auth.service';
import { dialects } from '../testkit/dialects';
import { type FakeWechat, startFakeWechat, type WechatReply } from '../testkit/fake-wechat';
import {
  AuthOptionsDocument,
  SignInForDevelopmentDocument,
  SignInStaffDocument,
  SignInWithWechatDocument,
  type SignInWithWechatMutation,
  SignOutDocument,
  ViewerDocument,
} from '../testkit/generated/graphql';
import { resultAs, successData } from '../testkit/graphql';
import { freePort } from '../testkit/processes';
import { createStaff, signInCitizen, unique } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function signInWithWechat(server: TestServer, code: string) {
  const result = await server.execute(SignInWithWechatDocument, { code });
  expect(result.errors).toBeUndefined();
  return result.data!.signInWithWechat;
}

describe.each(dialects)('WeChat sign-in (%s)', (dialect) => {
  let wechat: FakeWechat;
  beforeAll(async () => {
    wechat = await startFakeWechat();
  });
  afterAll(async () => {
    await wechat?.close();
  });
  // A short client timeout keeps the "WeChat never answers" case quick; everything else answers at once.
  const server = useTestServer(() => ({ dialect, env: wechat.env(), wechatTimeoutMs: 1_000 }));

  it('creates a citizen account and a session that identifies the viewer', async () => {
    const openid = unique('openid');
    const { code } = wechat.sessionCode(openid);
    const payload = resultAs(await signInWithWechat(server(), code), 'MutationSignInWithWechatSuccess');

    expect(payload.data.account).toMatchObject({ kind: 'CITIZEN', role: null, phone: null, branch: null });
    expect(payload.data.expiresAt).toBe(
      new Date(server().clock.now() + server().config.sessionTtlSeconds * 1000).toISOString(),
    );

    const viewer = await server().execute(ViewerDocument, {}, payload.data.token);
    expect(viewer.data!.viewer).toMatchObject({ id: payload.data.account.id, kind: 'CITIZEN' });

    const account = await server()
      .db.selectFrom('account')
      .selectAll()
      .where('openid', '=', openid)
      .executeTakeFirstOrThrow();
    expect(String(account.id)).toBe(payload.data.account.id);
    // Only a hash of the token is stored; whoever reads the table cannot sign in with it.
    const sessions = await server().db.selectFrom('session').selectAll().where('account_id', '=', account.id).execute();
    expect(sessions.map((s) => s.token_hash)).toEqual([sha256(payload.data.token)]);
  });

  it('calls jscode2session with the configured app id and secret', async () => {
    const { code } = wechat.sessionCode(unique('openid'));
    await signInWithWechat(server(), code);
    expect(wechat.requests.at(-1)).toEqual({
      path: '/sns/jscode2session',
      appid: wechat.appId,
      secret: wechat.secret,
      js_code: code,
      grant_type: 'authorization_code',
    });
  });

  it('never returns or stores the session_key', async () => {
    const openid = unique('openid');
    const { code, sessionKey } = wechat.sessionCode(openid, { unionid: unique('union') });
    const result = await server().execute(SignInWithWechatDocument, { code });
    expect(result.data!.signInWithWechat.__typename).toBe('MutationSignInWithWechatSuccess');
    const text = JSON.stringify(result);
    expect(text).not.toContain(sessionKey);
    expect(text).not.toMatch(/session_?key/i);

    const account = await server()
      .db.selectFrom('account')
      .selectAll()
      .where('openid', '=', openid)
      .executeTakeFirstOrThrow();
    const sessions = await server().db.selectFrom('session').selectAll().where('account_id', '=', account.id).execute();
    expect(JSON.stringify([account, sessions])).not.toContain(sessionKey);
  });

  it('signs the same openid in to the same account every time', async () => {
    const openid = unique('openid');
    const first = successData(await signInWithWechat(server(), wechat.sessionCode(openid).code));
    const second = successData(await signInWithWechat(server(), wechat.sessionCode(openid).code));
    expect(second.account.id).toBe(first.account.id);
    expect(second.token).not.toBe(first.token);

    const accounts = await server().db.selectFrom('account').select('id').where('openid', '=', openid).execute();
    expect(accounts).toHaveLength(1);
    for (const token of [first.token, second.token]) {
      const viewer = await server().execute(ViewerDocument, {}, token);
      expect(viewer.data!.viewer!.id).toBe(first.account.id);
    }
  });

  it('refuses a code the second time, as WeChat does', async () => {
    const { code } = wechat.sessionCode(unique('openid'));
    expect((await signInWithWechat(server(), code)).__typename).toBe('MutationSignInWithWechatSuccess');
    expect(await signInWithWechat(server(), code)).toMatchObject({
      __typename: 'WechatCodeInvalidError',
      wechatCode: 40163,
    });
  });

  type WechatFailure = Exclude<SignInWithWechatMutation['signInWithWechat']['__typename'], `${string}Success`>;
  const failures: Array<[string, WechatReply, { __typename: WechatFailure; wechatCode?: number }]> = [
    [
      'invalid code (40029)',
      { kind: 'error', errcode: 40029 },
      { __typename: 'WechatCodeInvalidError', wechatCode: 40029 },
    ],
    [
      'code already used (40163)',
      { kind: 'error', errcode: 40163 },
      { __typename: 'WechatCodeInvalidError', wechatCode: 40163 },
    ],
    ['minute quota (45011)', { kind: 'error', errcode: 45011 }, { __typename: 'WechatRateLimitedError' }],
    ['high-risk user (40226)', { kind: 'error', errcode: 40226 }, { __typename: 'WechatUserBlockedError' }],
    ['system busy (-1)', { kind: 'error', errcode: -1 }, { __typename: 'WechatUnavailableError', wechatCode: -1 }],
    ['HTTP 500', { kind: 'http', status: 500 }, { __typename: 'WechatUnavailableError', wechatCode: -1 }],
    ['no answer (timeout)', { kind: 'hang' }, { __typename: 'WechatUnavailableError', wechatCode: -1 }],
  ];
  it.each(failures)('maps %s to a typed error with a Chinese message', async (_label, reply, expected) => {
    const code = unique('code');
    wechat.reply(code, reply);
    const payload = await signInWithWechat(server(), code);
    expect(payload).toMatchObject(expected);
    const failure = resultAs(payload, expected.__typename);
    expect(failure.message).toMatch(/[\u4e00-\u9fff]/);
    expect(failure).not.toHaveProperty('data');
  });

  it('rejects an empty code without calling WeChat', async () => {
    const before = wechat.requests.length;
    const payload = await signInWithWechat(server(), '   ');
    expect(payload).toMatchObject({ __typename: 'InputValidationError', fieldErrors: [{ path: 'code' }] });
    expect(wechat.requests).toHaveLength(before);
  });

  it('offers WeChat sign-in only, and refuses the development sign-in', async () => {
    const options = await server().execute(AuthOptionsDocument, {});
    expect(options.data!.authOptions).toEqual({ developmentSignIn: false, wechatSignIn: true });
    const result = await server().execute(SignInForDevelopmentDocument, { name: '开发者' });
    expect(result.data!.signInForDevelopment.__typename).toBe('DevelopmentSignInDisabledError');
    const accounts = await server().db.selectFrom('account').select('id').where('openid', '=', 'dev:开发者').execute();
    expect(accounts).toHaveLength(0);
  });
});

describe.each(dialects)('WeChat out of reach (%s)', (dialect) => {
  it('reports WeChat as unavailable when its address refuses connections', async () => {
    const server = await startTestServer({
      dialect,
      env: {
        WECHAT_APPID: 'wx0000',
        WECHAT_SECRET: 'secret',
        // A free port: nothing listens there.
        WECHAT_API_BASE: `http://127.0.0.1:${await freePort()}`,
      },
    });
    try {
      expect(await signInWithWechat(server, 'any-code')).toMatchObject({
        __typename: 'WechatUnavailableError',
        wechatCode: -1,
      });
    } finally {
      await server.close();
    }
  });

  it('reports WeChat as unavailable when the secret is wrong', async () => {
    const wechat = await startFakeWechat();
    const server = await startTestServer({ dialect, env: { ...wechat.env(), WECHAT_SECRET: 'not-the-secret' } });
    try {
      const { code } = wechat.sessionCode(unique('openid'));
      expect(await signInWithWechat(server, code)).toMatchObject({
        __typename: 'WechatUnavailableError',
        wechatCode: 40125,
      });
    } finally {
      await server.close();
      await wechat.close();
    }
  });
});

describe.each(dialects)('development sign-in (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('is offered when no WeChat app is configured', async () => {
    const options = await server().execute(AuthOptionsDocument, {});
    expect(options.data!.authOptions).toEqual({ developmentSignIn: true, wechatSignIn: false });
    const wechat = await signInWithWechat(server(), 'some-code');
    expect(wechat).toMatchObject({ __typename: 'WechatUnavailableError', wechatCode: -2 });
  });

  it('signs a name in to the same account each time', async () => {
    const name = unique('访客').slice(0, 20);
    const first = await signInCitizen(server(), name);
    const second = await signInCitizen(server(), name);
    expect(second.accountId).toBe(first.accountId);
    const viewer = await server().execute(ViewerDocument, {}, second.token);
    expect(viewer.data!.viewer).toMatchObject({ kind: 'CITIZEN', displayName: name, role: null });
  });

  it.each([
    ['empty', '  '],
    ['longer than 20 characters', '档'.repeat(21)],
  ])('rejects a display name that is %s', async (_label, name) => {
    const result = await server().execute(SignInForDevelopmentDocument, { name });
    expect(result.data!.signInForDevelopment).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ path: 'displayName' }],
    });
  });
});

describe.each(dialects)('staff sign-in and sessions (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('signs staff in with the right password', async () => {
    const staff = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const result = await server().execute(SignInStaffDocument, { username: staff.username, password: staff.password });
    expect(result.data!.signInStaff).toMatchObject({
      __typename: 'MutationSignInStaffSuccess',
      data: {
        account: { id: String(staff.accountId), kind: 'STAFF', role: 'BRANCH_STAFF', branch: { code: 'zhangpu' } },
      },
    });
    const viewer = await server().execute(ViewerDocument, {}, successData(result.data!.signInStaff).token);
    expect(viewer.data!.viewer).toMatchObject({ id: String(staff.accountId), kind: 'STAFF', role: 'BRANCH_STAFF' });
  });

  it('gives the same answer for a wrong password and an unknown username', async () => {
    const staff = await createStaff(server(), 'CHECKER');
    const wrongPassword = await server().execute(SignInStaffDocument, {
      username: staff.username,
      password: 'wrong-pw',
    });
    const unknownUser = await server().execute(SignInStaffDocument, {
      username: unique('nobody'),
      password: staff.password,
    });
    expect(wrongPassword.data!.signInStaff.__typename).toBe('InvalidCredentialsError');
    expect(unknownUser.data!.signInStaff).toEqual(wrongPassword.data!.signInStaff);
  });

  it('revokes the session on sign-out', async () => {
    const citizen = await signInCitizen(server());
    const signOut = await server().execute(SignOutDocument, {}, citizen.token);
    expect(signOut).toEqual({ data: { signOut: true } });
    const viewer = await server().execute(ViewerDocument, {}, citizen.token);
    expect(viewer).toEqual({ data: { viewer: null } });
    const again = await server().execute(SignOutDocument, {}, citizen.token);
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses sign-out without a session, with the UNAUTHENTICATED code', async () => {
    const result = await server().execute(SignOutDocument, {});
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['signOut'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors?.[0]?.message).not.toBe('Unexpected error.');
  });

  it('treats a missing, malformed or unknown token as anonymous', async () => {
    for (const authorization of ['', 'Bearer', 'Basic dXNlcjpwdw==', 'Bearer not-a-token']) {
      const result = await server().execute(ViewerDocument, {}, null, { authorization });
      expect(result, authorization).toEqual({ data: { viewer: null } });
    }
  });

  it('expires a session after SESSION_TTL', async () => {
    const clock = server().clock;
    const start = clock.now();
    const citizen = await signInCitizen(server());
    const ttlMs = server().config.sessionTtlSeconds * 1000;
    try {
      clock.set(start + ttlMs - 1);
      expect((await server().execute(ViewerDocument, {}, citizen.token)).data!.viewer).not.toBeNull();
      clock.set(start + ttlMs);
      expect(await server().execute(ViewerDocument, {}, citizen.token)).toEqual({ data: { viewer: null } });
    } finally {
      clock.set(start);
    }
  });
});

describe.each(dialects)('staff sign-in rate limit (%s)', (dialect) => {
  // A server of its own: the limit counts every staff sign-in from one client address.
  const server = useTestServer({ dialect });

  it('refuses an address after 10 failed attempts a minute, until the window passes', async () => {
    const staff = { username: unique('admin').replace('-', '_'), password: 'right-password', role: 'ADMIN' as const };
    await createStaffAccount(server().db, server().clock.now(), {
      ...staff,
      displayName: '管理员',
      branchCode: 'city',
    });
    // Ten different usernames, so the per-minute address limit is what refuses, not the lockout of one account.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await server().execute(SignInStaffDocument, {
        username: unique('nobody').replace('-', '_'),
        password: `wrong-${attempt}`,
      });
      expect(result.data!.signInStaff.__typename, `attempt ${attempt}`).toBe('InvalidCredentialsError');
    }
    // The eleventh attempt is refused before the password is looked at, even the right one.
    const limited = await server().execute(SignInStaffDocument, { username: staff.username, password: staff.password });
    expect(limited.data!.signInStaff).toMatchObject({ __typename: 'RateLimitedError' });
    const { retryAfterSeconds, message } = resultAs(limited.data!.signInStaff, 'RateLimitedError');
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(message).toContain(String(retryAfterSeconds));

    server().clock.advance(retryAfterSeconds * 1000);
    const after = await server().execute(SignInStaffDocument, { username: staff.username, password: staff.password });
    expect(after.data!.signInStaff.__typename).toBe('MutationSignInStaffSuccess');
  });
});

describe.each(dialects)('rate limits and forwarded addresses (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('ignores a rotating X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      // A username per attempt: one username's lockout would answer first.
      const username = unique('nobody').replace('-', '_');
      const result = await server().execute(SignInStaffDocument, { username, password: 'wrong' }, null, {
        'x-forwarded-for': `203.0.113.${attempt}`,
      });
      outcomes.push(result.data!.signInStaff.__typename);
    }
    // Without a trusted proxy the socket address counts, so changing the header does not reset the limit.
    expect(outcomes.slice(0, 10).every((t) => t === 'InvalidCredentialsError')).toBe(true);
    expect(outcomes[10]).toBe('RateLimitedError');
  });
});
