// Sign-in rules: WeChat code exchange, the development sign-in, staff passwords, and opaque sessions.
import { createHash, randomBytes } from 'node:crypto';
import { maskPhone } from '@zz/shared';
import type { AppServices, Context, StaffRole, Viewer } from '../../context';
import type { Executor } from '../../db/database';
import { hashPassword, unknownUserHash, verifyPassword } from '../../lib/password';
import { findBranchIdByCode } from '../branches/branch.repository';
import { InputValidationError, RateLimitedError } from '../common/errors';
import {
  type AccountRow,
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
import { WechatApiError } from './wechat.client';

export const STAFF_ROLES: readonly StaffRole[] = ['ADMIN', 'BRANCH_STAFF', 'CHECKER'];

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

export function toAccount(row: AccountRow, decrypt: (cipher: string) => string): Account {
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

/** The viewer behind an `Authorization: Bearer …` header, or null for anonymous or expired sessions. */
export async function resolveViewer(services: AppServices, authorization: string | null): Promise<Viewer | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  const row = await findLiveSession(services.db, hashToken(token), services.clock.now());
  if (!row) return null;
  return {
    accountId: row.accountId,
    sessionId: row.sessionId,
    kind: row.kind as Viewer['kind'],
    role: (row.role as StaffRole | null) ?? null,
    branchId: row.branchId,
    displayName: row.displayName,
  };
}

async function openSession(ctx: AppServices, account: AccountRow): Promise<SignedIn> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = now + ctx.config.sessionTtlSeconds * 1000;
  await insertSession(ctx.db, { tokenHash: hashToken(token), accountId: account.id, createdAt: now, expiresAt });
  return { token, expiresAt, account: toAccount(account, (c) => ctx.vault.decrypt(c)) };
}

async function enforceRateLimit(ctx: Context, bucket: string, limit: number, windowSeconds: number) {
  const decision = await ctx.rateLimiter.hit(`${bucket}:${ctx.clientAddress}`, limit, windowSeconds);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
}

export async function signInWithWechat(ctx: Context, code: string): Promise<SignedIn> {
  const trimmed = code.trim();
  if (!trimmed || trimmed.length > 128) throw InputValidationError.single('code', '登录凭证无效');
  await enforceRateLimit(ctx, 'signin:wechat', 30, 60);
  let openid: string;
  try {
    ({ openid } = await ctx.wechat.code2Session(trimmed));
  } catch (error) {
    throw mapWechatError(error);
  }
  const account = await upsertCitizenByOpenid(ctx.db, openid, '微信用户', ctx.clock.now());
  return openSession(ctx, account);
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
export async function signInForDevelopment(ctx: Context, displayName: string): Promise<SignedIn> {
  if (!ctx.config.developmentSignIn) throw new DevelopmentSignInDisabledError();
  const name = displayName.trim();
  if (!name || Array.from(name).length > 20) throw InputValidationError.single('displayName', '请填写1–20个字的昵称');
  const account = await upsertCitizenByOpenid(ctx.db, `dev:${name}`, name, ctx.clock.now());
  return openSession(ctx, account);
}

export async function signInStaff(ctx: Context, username: string, password: string): Promise<SignedIn> {
  await enforceRateLimit(ctx, 'signin:staff', 10, 60);
  const account = await findAccountByUsername(ctx.db, username.trim());
  // Verify against a dummy hash for unknown users so response time does not reveal valid usernames.
  const valid = await verifyPassword(password, account?.password_hash ?? (await unknownUserHash()));
  if (account?.kind !== 'STAFF' || account.disabled_at !== null || !valid) {
    throw new InvalidCredentialsError();
  }
  return openSession(ctx, account);
}

export async function signOut(ctx: Context): Promise<boolean> {
  if (!ctx.viewer) return false;
  await revokeSession(ctx.db, ctx.viewer.sessionId, ctx.clock.now());
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
  if (!STAFF_ROLES.includes(staff.role)) throw new Error(`role: one of ${STAFF_ROLES.join(', ')}`);
  const branchId = await findBranchIdByCode(db, staff.branchCode);
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
