// Seed helpers: each goes through the real code (the GraphQL sign-in mutations, the service that creates
// staff, the repositories that insert content), so a test states only what matters to it.
import { randomBytes } from 'node:crypto';
import type { ArticleCategory, ContentStatus } from '@zz/shared';
import { addDays, businessDateOf, DAY_MS, escapeHtml, PRIVACY_NOTICE_VERSION } from '@zz/shared';
import { createStaffAccount } from '../../server/src/modules/accounts/auth.service';
import { insertArticle } from '../../server/src/modules/articles/article.repository';
import { derivedContent } from '../../server/src/modules/articles/article.service';
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import { insertExhibition } from '../../server/src/modules/exhibitions/exhibition.repository';
import type { ExhibitionMode, ExhibitionPhase } from '../../server/src/modules/exhibitions/exhibition.service';
import type { StaffRole } from '../../server/src/platform/access/actor';
import { AcceptPrivacyNoticeDocument, SignInForDevelopmentDocument, SignInStaffDocument } from './generated/graphql';
import type { TestServer } from './server';

const HOUR_MS = 60 * 60 * 1000;

/** A short random suffix, so seeded names never collide within one database. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export interface SignedInAs {
  token: string;
  accountId: number;
  displayName: string;
}

/** A citizen through the development sign-in (available while no WECHAT_APPID is configured). */
export async function signInCitizen(
  server: TestServer,
  name = unique('市民').slice(0, 20),
  options: { acceptPrivacyNotice?: boolean } = {},
): Promise<SignedInAs> {
  const result = await server.execute(SignInForDevelopmentDocument, { name });
  const payload = result.data?.signInForDevelopment;
  if (payload?.__typename !== 'MutationSignInForDevelopmentSuccess') {
    throw new Error(`signInCitizen failed: ${JSON.stringify(result)}`);
  }
  const token = payload.data.token;
  // Booking needs the current 个人信息保护说明 accepted; a test about the consent itself signs in without.
  if (options.acceptPrivacyNotice ?? true) await acceptCurrentPrivacyNotice(server, token);
  return { token, accountId: Number(payload.data.account.id), displayName: name };
}

/** Accepts the 个人信息保护说明 as it is now for the token's citizen, as the notice's 我已阅读并同意 does. */
export async function acceptCurrentPrivacyNotice(server: TestServer, token: string): Promise<void> {
  const result = await server.execute(AcceptPrivacyNoticeDocument, { version: PRIVACY_NOTICE_VERSION }, token);
  if (result.data?.acceptPrivacyNotice.__typename !== 'MutationAcceptPrivacyNoticeSuccess') {
    throw new Error(`acceptPrivacyNotice failed: ${JSON.stringify(result)}`);
  }
}

/** `count` citizens signed in, `concurrency` at a time, named `${prefix}${i}` (for rushes). */
export async function signInMany(
  server: TestServer,
  count: number,
  options: { prefix: string; concurrency?: number },
): Promise<SignedInAs[]> {
  const citizens: SignedInAs[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency ?? 25 }, async () => {
      while (next < count) {
        const i = next++;
        citizens[i] = await signInCitizen(server, `${options.prefix}${i}`);
      }
    }),
  );
  return citizens;
}

export interface StaffSignedIn extends SignedInAs {
  username: string;
  password: string;
  role: StaffRole;
  branchCode: string;
}

/** A staff account created by the same service as `npm run staff:create`, then signed in over GraphQL. */
export async function createStaff(
  server: TestServer,
  role: StaffRole,
  overrides: { branchCode?: string; username?: string; password?: string; displayName?: string } = {},
): Promise<StaffSignedIn> {
  const staff = {
    username: overrides.username ?? unique(role.toLowerCase()).replace(/-/g, '_'),
    password: overrides.password ?? `pw-${randomBytes(9).toString('base64url')}`,
    displayName: overrides.displayName ?? `${role} 测试员`,
    role,
    branchCode: overrides.branchCode ?? 'city',
  };
  const accountId = await createStaffAccount(server.db, server.clock.now(), staff);
  const token = await signInStaffToken(server, staff.username, staff.password);
  return { ...staff, accountId, token };
}

export async function signInStaffToken(server: TestServer, username: string, password: string): Promise<string> {
  const result = await server.execute(SignInStaffDocument, { username, password });
  const payload = result.data?.signInStaff;
  if (payload?.__typename !== 'MutationSignInStaffSuccess') {
    throw new Error(`signInStaff failed: ${JSON.stringify(result)}`);
  }
  return payload.data.token;
}

async function branchId(server: TestServer, code: string): Promise<number> {
  const id = await branchIdByCode(server.db, code);
  if (id === undefined) throw new Error(`no branch with code "${code}"`);
  return id;
}

export interface SeededExhibition {
  id: number;
  slug: string;
  title: string;
  mode: ExhibitionMode;
  opensOn: string;
  closesOn: string | null;
  featured: boolean;
}

export interface ExhibitionOverrides {
  title?: string;
  mode?: ExhibitionMode;
  featured?: boolean;
  /** Sets opening and closing dates around the clock's business date; explicit day offsets win. */
  phase?: ExhibitionPhase;
  opensInDays?: number;
  closesInDays?: number | null;
  /** Unpublished exhibitions are drafts that visitors never see. */
  published?: boolean;
  branchCode?: string;
}

const PHASE_DAYS: Record<ExhibitionPhase, { opens: number; closes: number }> = {
  CURRENT: { opens: -7, closes: 30 },
  UPCOMING: { opens: 7, closes: 60 },
  PAST: { opens: -60, closes: -7 },
};

/** An exhibition inserted by the exhibitions repository, dated relative to the server's ManualClock. */
export async function createExhibition(
  server: TestServer,
  overrides: ExhibitionOverrides = {},
): Promise<SeededExhibition> {
  const now = server.clock.now();
  const today = businessDateOf(now);
  const days = PHASE_DAYS[overrides.phase ?? 'CURRENT'];
  const opensOn = addDays(today, overrides.opensInDays ?? days.opens);
  const closesInDays = overrides.closesInDays === undefined ? days.closes : overrides.closesInDays;
  const closesOn = closesInDays === null ? null : addDays(today, closesInDays);
  const slug = unique('exhibition');
  const title = overrides.title ?? `测试展览 ${slug}`;
  const mode = overrides.mode ?? 'ONSITE';
  const featured = overrides.featured ?? false;
  const id = await insertExhibition(server.db, {
    branch_id: await branchId(server, overrides.branchCode ?? 'city'),
    slug,
    title,
    subtitle: null,
    mode,
    cover_url: null,
    summary: `${title}的简介`,
    description: `${title}的介绍`,
    venue: mode === 'ONSITE' ? '一楼展厅' : null,
    notes: null,
    opens_on: opensOn,
    closes_on: closesOn,
    featured: featured ? 1 : 0,
    published_at: overrides.published === false ? null : now - DAY_MS,
    created_at: now,
    updated_at: now,
  });
  return { id, slug, title, mode, opensOn, closesOn, featured };
}

export interface SeededArticle {
  id: number;
  title: string;
  category: ArticleCategory;
  status: ContentStatus;
  /** The first publication (PUBLISHED articles); for others the instant it would have had. */
  publishedAt: number;
  scheduledAt: number | null;
  branchId: number | null;
}

export interface ArticleOverrides {
  title?: string;
  category?: ArticleCategory;
  /** Default PUBLISHED. */
  status?: ContentStatus;
  publishedAt?: number;
  scheduledAt?: number | null;
  branchCode?: string | null;
  /** Clean HTML; default one paragraph naming the title. */
  bodyHtml?: string;
  tags?: string[];
  pinned?: boolean;
  featured?: boolean;
  exhibitionId?: number | null;
  coverUrl?: string | null;
  videoUrl?: string | null;
}

/**
 * An article inserted by the articles repository (with the columns the service derives from title and body):
 * published an hour before the clock unless told otherwise.
 */
export async function createArticle(server: TestServer, overrides: ArticleOverrides = {}): Promise<SeededArticle> {
  const now = server.clock.now();
  const slug = unique('article');
  const title = overrides.title ?? `测试文章 ${slug}`;
  const category = overrides.category ?? 'NEWS';
  const status = overrides.status ?? 'PUBLISHED';
  const publishedAt = overrides.publishedAt ?? now - HOUR_MS;
  const scheduledAt = overrides.scheduledAt ?? null;
  const branchCode = overrides.branchCode === undefined ? 'city' : overrides.branchCode;
  const branch = branchCode === null ? null : await branchId(server, branchCode);
  const bodyHtml = overrides.bodyHtml ?? `<p>${escapeHtml(`${title}的正文`)}</p>`;
  const id = await insertArticle(server.db, {
    branch_id: branch,
    slug,
    category,
    title,
    summary: '',
    ...derivedContent({ title, summary: '', bodyHtml }),
    tags: JSON.stringify(overrides.tags ?? []),
    cover_url: overrides.coverUrl ?? null,
    video_url: overrides.videoUrl ?? null,
    video_poster_url: null,
    author: null,
    source: null,
    exhibition_id: overrides.exhibitionId ?? null,
    status,
    pinned: overrides.pinned ? 1 : 0,
    featured: overrides.featured ? 1 : 0,
    published_at: status === 'PUBLISHED' || status === 'UNPUBLISHED' ? publishedAt : null,
    scheduled_at: scheduledAt,
    created_at: now,
    updated_at: now,
    created_by: null,
    updated_by: null,
  });
  return { id, title, category, status, publishedAt, scheduledAt, branchId: branch };
}
