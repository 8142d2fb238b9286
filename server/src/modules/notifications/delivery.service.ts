// Delivers the outbox to WeChat. Any number of workers (processes) run this at once: each message is claimed by
// a conditional update with a lease token, and only the holder of the token settles it, so no message is sent
// twice. Before sending, the owning modules say whether the message is still true (stale ones are dropped) and
// the grant ledger must hold a subscription (one-time credits are taken by a conditional decrement). Every call
// to WeChat is recorded as an attempt; retryable answers come back later with exponential backoff, up to a cap.
import { randomBytes } from 'node:crypto';
import { type NotificationKind, renderForWechat, type TemplateKey, templateOf } from '@zz/shared';
import type { AppServices } from '../../context';
import { inTransaction } from '../../db/executor';
import type { OutboxStatus } from '../../platform/outbox/outbox.table';
import { WechatApiError } from '../../platform/wechat/wechat.client';
import { openidOf } from '../accounts/auth.service';
import { type ResolvedNotice, resolveNotices } from './notice-facts.service';
import * as repo from './notification.repository';

/** 43101: the citizen refused, or the one-time grant is used up. A normal end, not a failure. */
export const NO_GRANT_ERRCODE = 43101;
/**
 * Worth another try later: WeChat busy (45009 is a quota, -1 a system error, 5xx or no answer). Every other code
 * is permanent (47003 a field is invalid, 40003 bad openid, 40037 bad template, 41030 page not released…).
 */
export const RETRYABLE_ERRCODES: readonly number[] = [45009, -1];

export const DELIVERY = {
  /** Sends per message, the first included; after the last retryable failure the message is FAILED. */
  maxAttempts: 5,
  backoffBaseMs: 60_000,
  backoffCapMs: 60 * 60_000,
  /** How long a claim holds; far longer than a send (5 s timeout), so only a crashed worker's claim lapses. */
  leaseMs: 2 * 60_000,
  batchSize: 50,
} as const;

/** The wait before attempt n + 1 after n failed attempts: 1, 2, 4, 8… minutes, at most an hour. */
export function backoffAfter(failedAttempts: number): number {
  return Math.min(DELIVERY.backoffBaseMs * 2 ** (failedAttempts - 1), DELIVERY.backoffCapMs);
}

export type DeliveryServices = Pick<AppServices, 'db' | 'clock' | 'config' | 'wechat'>;

export type DeliveryCounts = Record<OutboxStatus, number>;

/** Claims the due messages and delivers each; answers how each claimed message ended. */
export async function deliverDueMessages(services: DeliveryServices, limit: number = DELIVERY.batchSize) {
  const counts: DeliveryCounts = { PENDING: 0, SENT: 0, NO_GRANT: 0, FAILED: 0, DROPPED: 0, IN_APP_ONLY: 0 };
  const token = randomBytes(16).toString('hex');
  const now = services.clock.now();
  // A short transaction of its own: the claim's row locks go at its commit, before anything is sent.
  const claimed = await inTransaction(services.db, (trx) =>
    repo.claimDueMessages(trx, { token, until: now + DELIVERY.leaseMs }, now, limit),
  );
  if (claimed.length === 0) return counts;
  const rows = await repo.findMessagesByIds(services.db, claimed);
  const notices = await resolveNotices(services, rows);
  for (const row of rows.reverse()) {
    const status = await deliverOne(services, token, row, notices.get(row.id) ?? null);
    counts[status]++;
  }
  return counts;
}

interface Outcome {
  status: OutboxStatus;
  error: string | null;
  errcode?: number | null;
  /** Whether WeChat was called (an attempt is recorded). */
  called: boolean;
}

async function deliverOne(
  services: DeliveryServices,
  token: string,
  row: repo.OutboxRow,
  notice: ResolvedNotice | null,
): Promise<OutboxStatus> {
  const { db, clock } = services;
  const attempts = row.attempts + 1;
  const template = templateOf(row.kind);
  const outcome = await decide(services, row, template, notice);
  const now = clock.now();
  const retry = outcome.status === 'PENDING';
  await inTransaction(db, async (trx) => {
    if (outcome.called) {
      await repo.insertAttempt(trx, {
        outboxId: row.id,
        at: now,
        errcode: outcome.errcode ?? 0,
        errmsg: outcome.error ?? 'ok',
        outcome: outcome.status,
      });
    }
    await repo.settleClaimedMessage(trx, row.id, token, {
      status: outcome.status,
      now,
      branchId: notice?.branchId ?? null,
      error: outcome.error,
      ...(outcome.errcode === undefined ? {} : { errcode: outcome.errcode }),
      ...(outcome.called ? { attempts } : {}),
      ...(retry ? { nextAttemptAt: now + backoffAfter(attempts) } : {}),
      ...(outcome.status === 'SENT' ? { sentAt: now } : {}),
    });
  });
  return outcome.status;
}

async function decide(
  services: DeliveryServices,
  row: repo.OutboxRow,
  template: TemplateKey,
  notice: ResolvedNotice | null,
): Promise<Outcome> {
  const { db, config } = services;
  if (!notice) return { status: 'DROPPED', error: '通知对象已不存在', called: false };
  if (notice.stale) return { status: 'DROPPED', error: notice.stale, called: false };
  const settings = config.notifications;
  if (!settings.wechatDelivery) return { status: 'IN_APP_ONLY', error: '未配置微信（WECHAT_APPID）', called: false };
  const templateId = settings.templateIds[template];
  if (!templateId) return { status: 'IN_APP_ONLY', error: `未配置模板 ${template}`, called: false };
  const openid = await openidOf(db, row.account_id);
  // Development sign-ins carry a made-up openid that WeChat would refuse (40003).
  if (!openid || openid.startsWith('dev:')) return { status: 'IN_APP_ONLY', error: '账号未绑定微信', called: false };

  const longTerm = await repo.hasLongTermGrant(db, row.account_id, template);
  const oneTime = !longTerm && (await repo.takeOneTimeCredit(db, row.account_id, template));
  if (!longTerm && !oneTime) return { status: 'NO_GRANT', error: '市民未订阅该通知', called: false };

  const rendered = renderForWechat(row.kind as NotificationKind, notice.facts as never);
  try {
    await services.wechat.sendSubscribeMessage({
      touser: openid,
      template_id: templateId,
      page: rendered.page,
      data: rendered.data,
      miniprogram_state: settings.miniprogramState,
      lang: 'zh_CN',
    });
    return { status: 'SENT', error: null, errcode: 0, called: true };
  } catch (error) {
    const e = error instanceof WechatApiError ? error : new WechatApiError(-1, String(error));
    const reason = `${e.errcode} ${e.errmsg}`;
    if (e.errcode === NO_GRANT_ERRCODE) {
      await repo.clearGrant(db, row.account_id, template, services.clock.now());
      return { status: 'NO_GRANT', error: reason, errcode: e.errcode, called: true };
    }
    // WeChat did not use the grant: the credit goes back.
    if (oneTime) await repo.returnOneTimeCredit(db, row.account_id, template);
    if (RETRYABLE_ERRCODES.includes(e.errcode)) {
      if (row.attempts + 1 < DELIVERY.maxAttempts)
        return { status: 'PENDING', error: reason, errcode: e.errcode, called: true };
      return {
        status: 'FAILED',
        error: `重试 ${DELIVERY.maxAttempts} 次仍失败：${reason}`,
        errcode: e.errcode,
        called: true,
      };
    }
    return { status: 'FAILED', error: reason, errcode: e.errcode, called: true };
  }
}
