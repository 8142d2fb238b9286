// Notification seed helpers: a server wired to the fake WeChat with a template id per template key, citizens
// signed in through WeChat (so they have an openid), grants reported as the client reports them, and readers of
// the outbox rows and their attempts.
import { randomBytes } from 'node:crypto';
import { TEMPLATE_KEYS, type TemplateKey } from '@zz/shared';
import { deliverOutbox } from '../../server/src/jobs/outbox-delivery.job';
import type { FakeWechat } from './fake-wechat';
import { ReportSubscriptionResultsDocument, SignInWithWechatDocument } from './generated/graphql';
import { call, successData } from './graphql';
import { acceptCurrentPrivacyNotice, type SignedInAs } from './seed';
import type { TestServer } from './server';

/** The template id the tests configure for a key. */
export const templateIdOf = (key: TemplateKey) => `tpl-${key.toLowerCase()}`;

/** Environment for startTestServer: the fake WeChat and every template configured. */
export function notificationEnv(fake: FakeWechat): Record<string, string> {
  return {
    ...fake.env(),
    ...Object.fromEntries(TEMPLATE_KEYS.map((key) => [`WECHAT_TEMPLATE_${key}`, templateIdOf(key)])),
    WECHAT_MINIPROGRAM_STATE: 'trial',
    // 查档 progress is held as a long-term subscription (政务民生); the others are one-time.
    WECHAT_LONG_TERM_TEMPLATES: 'LOOKUP_PROGRESS',
  };
}

export interface WechatCitizen extends SignedInAs {
  openid: string;
}

/** A citizen signed in through the fake WeChat, so messages have an openid to go to. */
export async function signInThroughWechat(server: TestServer, fake: FakeWechat): Promise<WechatCitizen> {
  const openid = `o${randomBytes(12).toString('base64url')}`;
  const { code } = fake.sessionCode(openid);
  const payload = await call(server, SignInWithWechatDocument, { code });
  const data = successData(payload);
  await acceptCurrentPrivacyNotice(server, data.token);
  return { token: data.token, accountId: Number(data.account.id), displayName: '微信用户', openid };
}

/** What the client reports after requestSubscribeMessage: every template answered `result` (accepted by default). */
export async function grant(
  server: TestServer,
  citizen: SignedInAs,
  templates: TemplateKey[],
  result: 'accept' | 'reject' | 'ban' | 'filter' = 'accept',
) {
  return successData(
    await call(
      server,
      ReportSubscriptionResultsDocument,
      { results: templates.map((template) => ({ template, result })) },
      citizen.token,
    ),
  );
}

export const deliver = (server: TestServer) => deliverOutbox(server.app.services);

export function messagesOf(server: TestServer, accountId: number) {
  return server.db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
}

export function attemptsOf(server: TestServer, outboxId: number) {
  return server.db
    .selectFrom('notification_attempt')
    .selectAll()
    .where('outbox_id', '=', outboxId)
    .orderBy('id')
    .execute();
}
