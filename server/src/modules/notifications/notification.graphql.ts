// Notifications in the API: the citizen's message centre (every message, whatever WeChat did), their
// subscriptions per WeChat template (what requestSubscribeMessage answered), and the staff's list of messages
// WeChat could not deliver for their archive, with the phone revealed only through a recorded action.
import {
  DELIVERY_STATUS_DESCRIPTIONS,
  DELIVERY_STATUSES,
  NOTIFICATION_KINDS,
  SUBSCRIPTION_RESULTS,
  TEMPLATE_KEYS,
  TEMPLATE_LABELS,
} from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { parseId, parseIds } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { offsetConnection } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { MANAGER_SCOPES } from '../../platform/access/scopes';
import { MessagesNotFoundError, UndeliveredMessageNotFoundError } from './notification.errors';
import {
  type Message,
  markMessagesRead,
  myMessages,
  mySubscriptions,
  reportSubscriptionResults,
  revealMessageRecipientPhone,
  type Subscription,
  type UndeliveredMessage,
  undeliveredMessages,
  unreadMessageCount,
} from './notification.service';

const NotificationKindEnum = enumFromVocabulary('NotificationKind', NOTIFICATION_KINDS);
const TemplateKeyEnum = enumFromVocabulary('NotificationTemplate', TEMPLATE_KEYS, TEMPLATE_LABELS);
const DeliveryStatusEnum = enumFromVocabulary('MessageDeliveryStatus', DELIVERY_STATUSES, DELIVERY_STATUS_DESCRIPTIONS);
const SubscriptionResultEnum = enumFromVocabulary('SubscriptionResult', SUBSCRIPTION_RESULTS);

builder.objectType(MessagesNotFoundError, {
  name: 'MessagesNotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ ids: t.idList({ resolve: (e) => e.ids }) }),
});
builder.objectType(UndeliveredMessageNotFoundError, {
  name: 'UndeliveredMessageNotFoundError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

export const MessageRef = builder.objectRef<Message>('Message').implement({
  description: "A notification in the citizen's message centre.",
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: NotificationKindEnum, resolve: (m) => m.kind }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    page: t.exposeString('page', {
      nullable: true,
      description: "The app page it links to, e.g. 'booking/pages/ticket/index?id=7'; null once the subject is gone",
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
    read: t.exposeBoolean('read'),
    deliveryStatus: t.field({ type: DeliveryStatusEnum, resolve: (m) => m.status }),
  }),
});

builder.queryField('myMessages', (t) =>
  t.connection({
    type: MessageRef,
    description: "The viewer's messages, newest first.",
    authScopes: { signedIn: true },
    resolve: (_root, args, ctx) =>
      offsetConnection(args, { defaultSize: 20, maxSize: 50 }, (page) => myMessages(depsOf(ctx), ctx.viewer, page)),
  }),
);

builder.queryField('unreadMessageCount', (t) =>
  t.int({
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => unreadMessageCount(depsOf(ctx), ctx.viewer),
  }),
);

const MarkMessagesReadResultRef = builder
  .objectRef<{ marked: number; unreadCount: number }>('MarkMessagesReadResult')
  .implement({
    fields: (t) => ({ marked: t.exposeInt('marked'), unreadCount: t.exposeInt('unreadCount') }),
  });

builder.mutationField('markMessagesRead', (t) =>
  t.field({
    type: MarkMessagesReadResultRef,
    description: "Marks the viewer's messages read: the ones in `ids`, or every one with `all: true`.",
    authScopes: { signedIn: true },
    errors: { types: [MessagesNotFoundError, InputValidationError] },
    args: { ids: t.arg.idList({ required: false }), all: t.arg.boolean({ required: false }) },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) => {
        if (!args.all && !args.ids) throw InputValidationError.single('ids', '请选择消息');
        return markMessagesRead(deps, ctx.viewer, { ids: args.all ? null : parseIds(args.ids, 'ids') });
      }),
  }),
);

// ---- subscriptions ---------------------------------------------------------------------------------------

const SubscriptionRef = builder.objectRef<Subscription>('NotificationSubscription').implement({
  description: 'What the citizen holds for one WeChat template.',
  fields: (t) => ({
    template: t.field({ type: TemplateKeyEnum, resolve: (s) => s.template }),
    label: t.exposeString('label'),
    templateId: t.exposeString('templateId', {
      nullable: true,
      description: 'The id to pass to Taro.requestSubscribeMessage; null when the archive has not configured it',
    }),
    credits: t.exposeInt('credits', { description: 'One-time subscriptions not yet used' }),
    longTerm: t.exposeBoolean('longTerm'),
    on: t.exposeBoolean('on', { description: 'Whether the next message of this template can reach WeChat' }),
    lastResult: t.exposeString('lastResult', { nullable: true }),
  }),
});

builder.queryField('mySubscriptions', (t) =>
  t.field({
    type: [SubscriptionRef],
    description: 'Every template with what the viewer holds for it (which reminders are on).',
    authScopes: { citizen: true },
    resolve: (_root, _args, ctx) => mySubscriptions(depsOf(ctx), ctx.config, ctx.viewer),
  }),
);

const SubscriptionResultInput = builder.inputType('SubscriptionResultInput', {
  fields: (t) => ({
    template: t.field({ type: TemplateKeyEnum }),
    result: t.field({ type: SubscriptionResultEnum }),
  }),
});

builder.mutationField('reportSubscriptionResults', (t) =>
  t.field({
    type: [SubscriptionRef],
    description:
      'Reports what Taro.requestSubscribeMessage answered per template: accept adds a one-time credit, or turns ' +
      'on a template the archive holds as long-term (WECHAT_LONG_TERM_TEMPLATES); reject or ban turns that off.',
    authScopes: { citizen: true },
    errors: { types: [InputValidationError] },
    args: {
      results: t.arg({ type: [SubscriptionResultInput] }),
    },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) => {
        if (args.results.length > TEMPLATE_KEYS.length * 3) throw InputValidationError.single('results', '结果过多');
        return reportSubscriptionResults(deps, ctx.config, ctx.viewer, { results: args.results });
      }),
  }),
);

// ---- staff view --------------------------------------------------------------------------------------------

const UndeliveredMessageRef = builder.objectRef<UndeliveredMessage>('UndeliveredMessage').implement({
  description: 'A message WeChat could not deliver (FAILED or NO_GRANT): staff may phone the citizen instead.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: NotificationKindEnum, resolve: (m) => m.kind }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
    deliveryStatus: t.field({ type: DeliveryStatusEnum, resolve: (m) => m.status }),
    reason: t.exposeString('reason', { nullable: true, description: "WeChat's errcode and errmsg, or why not sent" }),
    errcode: t.exposeInt('errcode', { nullable: true }),
    attempts: t.exposeInt('attempts'),
    branchId: t.exposeID('branchId', { nullable: true }),
    maskedPhone: t.exposeString('maskedPhone', { nullable: true }),
    page: t.exposeString('page', { nullable: true }),
  }),
});

builder.queryField('undeliveredMessages', (t) =>
  t.connection({
    type: UndeliveredMessageRef,
    description: "Messages of the staff's archive (administrators: all) that WeChat did not deliver, newest first.",
    authScopes: MANAGER_SCOPES,
    resolve: (_root, args, ctx) =>
      offsetConnection(args, { defaultSize: 20, maxSize: 50 }, (page) =>
        undeliveredMessages(depsOf(ctx), ctx.viewer, page),
      ),
  }),
);

const RecipientPhoneRef = builder
  .objectRef<{ messageId: number; phone: string | null }>('MessageRecipientPhone')
  .implement({
    fields: (t) => ({ messageId: t.exposeID('messageId'), phone: t.exposeString('phone', { nullable: true }) }),
  });

builder.mutationField('revealMessageRecipientPhone', (t) =>
  t.field({
    type: RecipientPhoneRef,
    description: "The citizen's phone in full for an undelivered message, recording who read it and why.",
    authScopes: MANAGER_SCOPES,
    errors: { types: [NotAuthorizedError, InputValidationError, UndeliveredMessageNotFoundError] },
    args: { messageId: t.arg.id(), reason: t.arg.string() },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) =>
        revealMessageRecipientPhone(deps, ctx.viewer, parseId(args.messageId, 'messageId'), args.reason),
      ),
  }),
);
