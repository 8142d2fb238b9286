// Asks WeChat for subscribe-message grants at the moments a person expects a message, then reports what they
// chose to the server's grant ledger. WeChat only honours the request as the first synchronous call inside a
// tap handler (after an await it fails) and takes at most 3 template ids, so the ids are fetched when the page
// loads and `ask` must run before anything awaits. H5 has no such API: there it does nothing, and the message
// centre is the channel.

import Taro from '@tarojs/taro';
import { SUBSCRIPTION_RESULTS } from '@zz/shared/notifications/notices';
import { send } from '../../graphql/client';
import {
  MySubscriptionsDocument,
  ReportSubscriptionResultsDocument,
  type SubscriptionFieldsFragment,
} from '../../graphql/generated/operations';
import type { NotificationTemplate } from '../../graphql/generated/schema';
import { useQuery } from '../../graphql/use-query';

/** `process.env.TARO_ENV` is replaced at build time, so the H5 build carries none of this. */
export const CAN_SUBSCRIBE = process.env.TARO_ENV === 'weapp';

/** WeChat's limit per request. */
const MAX_TEMPLATES = 3;

type KnownTemplate = Pick<SubscriptionFieldsFragment, 'template' | 'templateId'>;

/**
 * Shows WeChat's subscription dialog for `templates` (those the archive configured) and reports the answers.
 * Synchronous up to the dialog; resolves once the server has the answers. Never rejects: a refused or failed
 * request only means no WeChat message, the message centre still has it.
 */
export function askForSubscriptions(
  known: readonly KnownTemplate[],
  templates: readonly NotificationTemplate[],
): Promise<void> {
  if (!CAN_SUBSCRIBE) return Promise.resolve();
  const ids = new Map<string, NotificationTemplate>();
  for (const t of known) {
    if (t.templateId && templates.includes(t.template) && ids.size < MAX_TEMPLATES) ids.set(t.templateId, t.template);
  }
  if (ids.size === 0) return Promise.resolve();
  return Taro.requestSubscribeMessage({ tmplIds: [...ids.keys()], entityIds: [] })
    .then((reply) => {
      // WeChat answers one key per template id, beside errMsg.
      const answer = reply as unknown as Record<string, unknown>;
      const results = [...ids].flatMap(([id, template]) => {
        const result = SUBSCRIPTION_RESULTS.find((r) => r === answer[id]);
        return result ? [{ template, result }] : [];
      });
      if (results.length > 0) return send(ReportSubscriptionResultsDocument, { results }).then(() => undefined);
    })
    .catch(() => undefined);
}

/**
 * The templates this citizen can be asked for, loaded with the page (weapp only), and `ask`, to call first thing
 * in a tap handler.
 */
export function useSubscriptionAsk(): (templates: readonly NotificationTemplate[]) => Promise<void> {
  const query = useQuery(MySubscriptionsDocument, {}, { skip: !CAN_SUBSCRIBE });
  const known = query.state.status === 'success' ? query.state.data.mySubscriptions : [];
  return (templates) => askForSubscriptions(known, templates);
}
