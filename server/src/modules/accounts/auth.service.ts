// Sign-in rules: WeChat code exchange, the development sign-in, staff passwords, and opaque sessions.
import { createHash, randomBytes } from 'node:crypto';
import { displayNameModel, maskPhone, passwordChangeModel, passwordMessage, usernameMessage } from '@zz/shared';
import type { AppServices, Deps } from '../../context';
import type { Executor } from '../../db/database';
import { inTransaction } from '../../db/executor';
import { InputValidationError, NotAuthorizedError, parseInput } from '../../errors';
import { type Actor, STAFF_ROLE_VALUES, type StaffRole } from '../../platform/access/actor';
import { type AuditSource, recordAudit } from '../../platform/audit/audit-log';
import { hashPassword, unknownUserHash, verifyPassword } from '../../platform/runtime/password';
import { ATTEMPT_WINDOW_SECONDS, enforceRateLimits } from '../../platform/runtime/rate-limit';
import { WechatApiError } from '../../platform/wechat/wechat.client';
import { branchIdByCode } from '../branches/branch.service';
import {
  type AccountRow,
  findAccountById,
  findAccountByUsername,
  findLiveSession,
  insertAccount,
  insertSession,
  revokeSession,
  revokeSessionsOf,
  setPassword,
  upsertCitizenByOpenid,
} from './account.repository';
import {
  DevelopmentSignInDisabledError,
  InvalidCredentialsError,
  SignInLockedError,
  WechatCodeInvalidError,
  WechatRateLimitedError,
  WechatUnavailableError,
  WechatUserBlockedError,
} from './auth.errors';

/** What sign-in needs beyond a service's usual deps: the WeChat adapter, shared rate limits, the configuration. */
export type AuthDeps = Pick<AppServices, 'db' | 'clock' | 'vault' | 'wechat' | 'rateLimiter' | 'config'>;

/** Where a sign-in attempt comes from: the address for the per-address limits, both for the audit log. */
export interface SignInRequest {
  clientAddress: string;
  requestId?: string;
}

export interface Account {
  id: number;
  kind: 'CITIZEN' | 'STAFF';
  displayName: string;
  role: StaffRole | null;
  branchId: number | null;
  maskedPhone: string | null;
  /** Signed in with a one-time password: must choose its own before anything else. */
  mustChangePassword: boolean;
}

export interface SignedIn {
  token: string;
  expiresAt: number;
  account: Account;
}

export function toAccount(row: AccountRow, decrypt: (cipher: string) => string): Account {
  return {
    id: row.id,
    kind: row.kind as Account['kind'],
    displayName: row.display_name,
    role: (row.role as StaffRole | null) ?? null,
    branchId: row.branch_id,
    maskedPhone: row.phone_cipher ? maskPhone(decrypt(row.phone_cipher)) : null,
    mustChangePassword: row.must_change_password === 1,
  };
}

/** SHA-256 in hex: of session tokens (the table keeps only this) and of usernames in the lockout's keys. */
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The signed-in person's own account. */
export async function accountOf(deps: Deps, actor: Actor): Promise<Account | null> {
  const row = await findAccountById(deps.db, actor.accountId);
  return row ? toAccount(row, (c) => deps.vault.decrypt(c)) : null;
}

/** The actor behind an `Authorization: Bearer …` header, or null for anonymous or expired sessions. */
export async function resolveActor(
  services: Pick<Deps, 'db' | 'clock'>,
  authorization: string | null,
): Promise<Actor | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  const row = await findLiveSession(services.db, sha256(token), services.clock.now());
  if (!row) return null;
  return {
    accountId: row.accountId,
    sessionId: row.sessionId,
    kind: row.kind as Actor['kind'],
    role: (row.role as StaffRole | null) ?? null,
    branchId: row.branchId,
    displayName: row.displayName,
    mustChangePassword: Number(row.mustChangePassword) === 1,
  };
}

async function openSession(
  ctx: Pick<Deps, 'db' | 'clock' | 'vault'> & Pick<AuthDeps, 'config'>,
  account: AccountRow,
): Promise<SignedIn & { sessionId: number }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = now + ctx.config.sessionTtlSeconds * 1000;
  const sessionId = await insertSession(ctx.db, {
    tokenHash: sha256(token),
    accountId: account.id,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt, account: toAccount(account, (c) => ctx.vault.decrypt(c)), sessionId };
}

/**
 * The account of an openid (created on first sign-in) and a new session, in one transaction. Sign-in
 * mutations open it here, after WeChat has answered and the password was checked, so that no database
 * connection waits on an outside call or on scrypt.
 */
function signInCitizen(ctx: AuthDeps, openid: string, displayName: string): Promise<SignedIn> {
  return inTransaction(ctx.db, async (trx) => {
    const account = await upsertCitizenByOpenid(trx, openid, displayName, ctx.clock.now());
    return openSession({ ...ctx, db: trx }, account);
  });
}

async function enforceRateLimit(
  ctx: AuthDeps,
  request: SignInRequest,
  bucket: string,
  limit: number,
  windowSeconds: number,
) {
  await enforceRateLimits(ctx.rateLimiter, [{ key: `${bucket}:${request.clientAddress}`, limit, windowSeconds }]);
}

export async function signInWithWechat(ctx: AuthDeps, request: SignInRequest, code: string): Promise<SignedIn> {
  const trimmed = code.trim();
  if (!trimmed || trimmed.length > 128) throw InputValidationError.single('code', '登录凭证无效');
  await enforceRateLimit(ctx, request, 'signin:wechat', 30, 60);
  let openid: string;
  try {
    ({ openid } = await ctx.wechat.code2Session(trimmed));
  } catch (error) {
    throw mapWechatError(error);
  }
  return signInCitizen(ctx, openid, '微信用户');
}

function mapWechatError(error: unknown): Error {
  if (!(error instanceof WechatApiError)) return error as Error;
  switch (error.errcode) {
    case 40029: // invalid js_code
    case 40163: // code already used
      return new WechatCodeInvalidError(error.errcode);
    case 45011: // API minute-quota reached for this user
      return new WechatRateLimitedError();
    case 40226: // high-risk user intercepted by WeChat
      return new WechatUserBlockedError();
    default:
      return new WechatUnavailableError(error.errcode);
  }
}

/** A labelled sign-in for browsers and GraphiQL when no WeChat app is configured; refused in production. */
export async function signInForDevelopment(
  ctx: AuthDeps,
  request: SignInRequest,
  displayName: string,
): Promise<SignedIn> {
  if (!ctx.config.developmentSignIn) throw new DevelopmentSignInDisabledError();
  const name = parseInput(displayNameModel, displayName, 'displayName');
  // Each call makes an account: a script must not fill the database from one address.
  await enforceRateLimit(
    ctx,
    request,
    'signin:development',
    ctx.config.attemptLimits.developmentSignInPerAddress,
    ATTEMPT_WINDOW_SECONDS,
  );
  return signInCitizen(ctx, `dev:${name}`, name);
}

/** The lockout's keys: the username as typed (hashed: Redis need not hold usernames) and the client address. */
function lockoutKeys(username: string, clientAddress: string) {
  return {
    account: `signin-fail:account:${sha256(username.toLowerCase())}`,
    address: `signin-fail:address:${clientAddress}`,
  };
}

/**
 * Staff sign-in. Refused without looking at the password while the username or the address is locked; a failure
 * counts against both, and the one that reaches its limit locks it for SIGNIN_LOCK_SECONDS. The answers for an
 * unknown username, a wrong password and a disabled account are one and the same, and so is a lock's.
 */
export async function signInStaff(
  ctx: AuthDeps,
  request: SignInRequest,
  username: string,
  password: string,
): Promise<SignedIn> {
  await enforceRateLimit(ctx, request, 'signin:staff', 10, 60);
  const typed = username.trim();
  const lockout = ctx.config.signInLockout;
  const keys = lockoutKeys(typed, request.clientAddress);
  const source: AuditSource = { requestId: request.requestId ?? null, clientAddress: request.clientAddress };
  const auditDeps = { db: ctx.db, clock: ctx.clock, vault: ctx.vault };

  const lockedUntil = Math.max(
    (await ctx.rateLimiter.lockedUntil(keys.account)) ?? 0,
    (await ctx.rateLimiter.lockedUntil(keys.address)) ?? 0,
  );
  if (lockedUntil > 0) {
    const account = await findAccountByUsername(ctx.db, typed);
    await recordAudit(auditDeps, {
      action: 'SIGN_IN_LOCKED',
      result: 'DENIED',
      actor: null,
      target: account?.kind === 'STAFF' ? { kind: 'ACCOUNT', id: account.id } : null,
      source,
    });
    throw new SignInLockedError(lockedUntil, Math.max(1, Math.ceil((lockedUntil - ctx.clock.now()) / 1000)));
  }

  const account = await findAccountByUsername(ctx.db, typed);
  // Verify against a dummy hash for unknown users so response time does not reveal valid usernames.
  const valid = await verifyPassword(password, account?.password_hash ?? (await unknownUserHash()));
  const staff = account?.kind === 'STAFF' ? account : undefined;
  if (!staff || staff.disabled_at !== null || !valid) {
    const failure = !staff ? 'UNKNOWN_USERNAME' : staff.disabled_at !== null ? 'DISABLED' : 'WRONG_PASSWORD';
    const lockUntil = ctx.clock.now() + lockout.lockSeconds * 1000;
    const [byAccount, byAddress] = [
      await ctx.rateLimiter.hit(keys.account, lockout.accountFailures - 1, lockout.failureWindowSeconds),
      await ctx.rateLimiter.hit(keys.address, lockout.addressFailures - 1, lockout.failureWindowSeconds),
    ];
    if (!byAccount.allowed) await ctx.rateLimiter.lock(keys.account, lockUntil);
    if (!byAddress.allowed) await ctx.rateLimiter.lock(keys.address, lockUntil);
    // The account tried when it exists; never the username typed for one that does not, nor the password.
    await recordAudit(auditDeps, {
      action: 'SIGN_IN_FAILED',
      result: 'DENIED',
      actor: null,
      target: staff ? { kind: 'ACCOUNT', id: staff.id } : null,
      detail: { failure, locked: !byAccount.allowed || !byAddress.allowed },
      source,
    });
    throw new InvalidCredentialsError();
  }
  await ctx.rateLimiter.reset(keys.account, lockout.failureWindowSeconds);
  return inTransaction(ctx.db, async (trx) => {
    const signedIn = await openSession({ ...ctx, db: trx }, staff);
    await recordAudit(
      { ...auditDeps, db: trx },
      {
        action: 'SIGN_IN',
        result: 'OK',
        actor: actorOfAccount(staff, signedIn.sessionId),
        target: { kind: 'ACCOUNT', id: staff.id },
        detail: staff.must_change_password === 1 ? { oneTimePassword: true } : undefined,
        source,
      },
    );
    return signedIn;
  });
}

/** The actor an account row stands for (for audit rows written before a session resolves it). */
function actorOfAccount(row: AccountRow, sessionId: number): Actor {
  return {
    accountId: row.id,
    sessionId,
    kind: row.kind as Actor['kind'],
    role: (row.role as StaffRole | null) ?? null,
    branchId: row.branch_id,
    displayName: row.display_name,
    mustChangePassword: row.must_change_password === 1,
  };
}

export async function signOut(deps: Deps, actor: Actor | null, source: AuditSource): Promise<boolean> {
  if (!actor) return false;
  await revokeSession(deps.db, actor.sessionId, deps.clock.now());
  // Citizens' sign-outs are theirs alone; the log keeps staff sessions.
  if (actor.kind === 'STAFF') {
    await recordAudit(deps, {
      action: 'SIGN_OUT',
      result: 'OK',
      actor,
      target: { kind: 'ACCOUNT', id: actor.accountId },
      source,
    });
  }
  return true;
}

export interface NewStaff {
  username: string;
  password: string;
  displayName: string;
  role: StaffRole;
  branchCode: string;
}

/**
 * Used by `npm run staff:create` and test seeds: an account whose password its owner chose (not one-time). The
 * rules are the shared ones the administrators' form and service use.
 */
export async function createStaffAccount(db: Executor, now: number, staff: NewStaff): Promise<number> {
  const usernameProblem = usernameMessage(staff.username);
  if (usernameProblem) throw new Error(`username: ${usernameProblem}`);
  const passwordProblem = passwordMessage(staff.password);
  if (passwordProblem) throw new Error(`password: ${passwordProblem}`);
  if (!STAFF_ROLE_VALUES.includes(staff.role)) throw new Error(`role: one of ${STAFF_ROLE_VALUES.join(', ')}`);
  const branchId = await branchIdByCode(db, staff.branchCode);
  if (branchId === undefined) throw new Error(`branch: unknown code "${staff.branchCode}"`);
  return insertAccount(db, {
    kind: 'STAFF',
    username: staff.username,
    password_hash: await hashPassword(staff.password),
    role: staff.role,
    branch_id: branchId,
    display_name: staff.displayName,
    created_at: now,
    password_changed_at: now,
  });
}

/**
 * 修改密码: the signed-in member of staff replaces their password (the one-time one an administrator gave, or their
 * own). The current password is asked again; the account's other sessions end.
 */
export async function changeOwnPassword(
  ctx: Pick<AuthDeps, 'rateLimiter'>,
  deps: Deps,
  actor: Actor | null,
  input: { currentPassword: string; newPassword: string },
  source: AuditSource,
): Promise<Account> {
  if (actor?.kind !== 'STAFF') throw new NotAuthorizedError(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  const parsed = parseInput(passwordChangeModel, input);
  // Guessing the current password through this form is as limited as through sign-in.
  await enforceRateLimits(ctx.rateLimiter, [
    { key: `password-change:${actor.accountId}`, limit: 10, windowSeconds: 900 },
  ]);
  const account = await findAccountById(deps.db, actor.accountId);
  if (!account?.password_hash) throw new NotAuthorizedError('UNAUTHENTICATED');
  if (!(await verifyPassword(parsed.currentPassword, account.password_hash))) {
    throw InputValidationError.single('currentPassword', '当前密码不正确');
  }
  const now = deps.clock.now();
  await setPassword(deps.db, actor.accountId, {
    passwordHash: await hashPassword(parsed.newPassword),
    mustChange: false,
    now,
  });
  await revokeSessionsOf(deps.db, actor.accountId, now, { except: actor.sessionId });
  await recordAudit(deps, {
    action: 'PASSWORD_CHANGED',
    result: 'OK',
    actor,
    target: { kind: 'ACCOUNT', id: actor.accountId },
    detail: { wasOneTime: account.must_change_password === 1 },
    source,
  });
  return toAccount({ ...account, must_change_password: 0 }, (c) => deps.vault.decrypt(c));
}

/** The WeChat openid a citizen's messages go to, or null (staff, development sign-ins). */
export async function openidOf(db: Executor, accountId: number): Promise<string | null> {
  const row = await findAccountById(db, accountId);
  return row?.kind === 'CITIZEN' ? row.openid : null;
}
