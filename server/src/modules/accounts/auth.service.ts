// Sign-in rules: WeChat code exchange, the development sign-in, staff passwords, and opaque sessions.
import { createHash, randomBytes } from 'node:crypto';
import { displayNameModel, maskPhone } from '@zz/shared';
import type { AppServices, Deps } from '../../context';
import type { Executor } from '../../db/database';
import { inTransaction } from '../../db/executor';
import { InputValidationError, parseInput, RateLimitedError } from '../../errors';
import { type Actor, STAFF_ROLE_VALUES, type StaffRole } from '../../platform/access/actor';
import { hashPassword, unknownUserHash, verifyPassword } from '../../platform/runtime/password';
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
  upsertCitizenByOpenid,
} from './account.repository';
import {
  DevelopmentSignInDisabledError,
  InvalidCredentialsError,
  WechatCodeInvalidError,
  WechatRateLimitedError,
  WechatUnavailableError,
  WechatUserBlockedError,
} from './auth.errors';

/** What sign-in needs beyond a service's usual deps: the WeChat adapter, shared rate limits, the configuration. */
export type AuthDeps = Pick<AppServices, 'db' | 'clock' | 'vault' | 'wechat' | 'rateLimiter' | 'config'>;

/** Where a sign-in attempt comes from, for the per-address rate limits. */
export interface SignInRequest {
  clientAddress: string;
}

export interface Account {
  id: number;
  kind: 'CITIZEN' | 'STAFF';
  displayName: string;
  role: StaffRole | null;
  branchId: number | null;
  maskedPhone: string | null;
}

export interface SignedIn {
  token: string;
  expiresAt: number;
  account: Account;
}

function toAccount(row: AccountRow, decrypt: (cipher: string) => string): Account {
  return {
    id: row.id,
    kind: row.kind as Account['kind'],
    displayName: row.display_name,
    role: (row.role as StaffRole | null) ?? null,
    branchId: row.branch_id,
    maskedPhone: row.phone_cipher ? maskPhone(decrypt(row.phone_cipher)) : null,
  };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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
  const row = await findLiveSession(services.db, hashToken(token), services.clock.now());
  if (!row) return null;
  return {
    accountId: row.accountId,
    sessionId: row.sessionId,
    kind: row.kind as Actor['kind'],
    role: (row.role as StaffRole | null) ?? null,
    branchId: row.branchId,
    displayName: row.displayName,
  };
}

async function openSession(
  ctx: Pick<Deps, 'db' | 'clock' | 'vault'> & Pick<AuthDeps, 'config'>,
  account: AccountRow,
): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = now + ctx.config.sessionTtlSeconds * 1000;
  await insertSession(ctx.db, { tokenHash: hashToken(token), accountId: account.id, createdAt: now, expiresAt });
  return { token, expiresAt, account: toAccount(account, (c) => ctx.vault.decrypt(c)) };
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
  const decision = await ctx.rateLimiter.hit(`${bucket}:${request.clientAddress}`, limit, windowSeconds);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
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
export async function signInForDevelopment(ctx: AuthDeps, displayName: string): Promise<SignedIn> {
  if (!ctx.config.developmentSignIn) throw new DevelopmentSignInDisabledError();
  const name = parseInput(displayNameModel, displayName, 'displayName');
  return signInCitizen(ctx, `dev:${name}`, name);
}

export async function signInStaff(
  ctx: AuthDeps,
  request: SignInRequest,
  username: string,
  password: string,
): Promise<SignedIn> {
  await enforceRateLimit(ctx, request, 'signin:staff', 10, 60);
  const account = await findAccountByUsername(ctx.db, username.trim());
  // Verify against a dummy hash for unknown users so response time does not reveal valid usernames.
  const valid = await verifyPassword(password, account?.password_hash ?? (await unknownUserHash()));
  if (account?.kind !== 'STAFF' || account.disabled_at !== null || !valid) {
    throw new InvalidCredentialsError();
  }
  return inTransaction(ctx.db, (trx) => openSession({ ...ctx, db: trx }, account));
}

export async function signOut(deps: Deps, actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  await revokeSession(deps.db, actor.sessionId, deps.clock.now());
  return true;
}

export interface NewStaff {
  username: string;
  password: string;
  displayName: string;
  role: StaffRole;
  branchCode: string;
}

/** Used by `npm run staff:create` and test seeds. */
export async function createStaffAccount(db: Executor, now: number, staff: NewStaff): Promise<number> {
  if (!/^[a-z0-9_.-]{3,32}$/i.test(staff.username)) throw new Error('username: 3–32 letters, digits, _ . -');
  if (staff.password.length < 8) throw new Error('password: at least 8 characters');
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
  });
}

/** The WeChat openid a citizen's messages go to, or null (staff, development sign-ins). */
export async function openidOf(db: Executor, accountId: number): Promise<string | null> {
  const row = await findAccountById(db, accountId);
  return row?.kind === 'CITIZEN' ? row.openid : null;
}
