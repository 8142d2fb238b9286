// The consent to the 个人信息保护说明: accept the current version, withdraw, and the viewer's consent on Account.
import { builder } from '../../builder';
import { NotAuthorizedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { inMutation } from '../../graphql/mutation';
import { AccountRef } from '../accounts/auth.graphql';
import { PrivacyConsentRequiredError, StalePrivacyNoticeError, VisitorConsentRequiredError } from './privacy.errors';
import {
  acceptPrivacyNotice,
  type PrivacyConsent,
  type PrivacyConsentWithdrawal,
  privacyConsentOf,
  withdrawPrivacyConsent,
} from './privacy.service';

builder.objectType(PrivacyConsentRequiredError, {
  name: 'PrivacyConsentRequiredError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ currentVersion: t.exposeString('currentVersion') }),
});
builder.objectType(StalePrivacyNoticeError, {
  name: 'StalePrivacyNoticeError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    acceptedVersion: t.exposeString('acceptedVersion'),
    currentVersion: t.exposeString('currentVersion'),
  }),
});
builder.objectType(VisitorConsentRequiredError, {
  name: 'VisitorConsentRequiredError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

const PrivacyConsentRef = builder.objectRef<PrivacyConsent>('PrivacyConsent').implement({
  description: 'The 个人信息保护说明 an account accepted, and when.',
  fields: (t) => ({
    version: t.exposeString('version'),
    acceptedAt: t.field({ type: 'DateTime', resolve: (c) => c.acceptedAt }),
    current: t.exposeBoolean('current', { description: 'False when the notice changed since: accept it again.' }),
  }),
});

const PrivacyConsentWithdrawalRef = builder.objectRef<PrivacyConsentWithdrawal>('PrivacyConsentWithdrawal').implement({
  description: 'New bookings are refused until the notice is accepted again; existing bookings stand.',
  fields: (t) => ({
    withdrawnAt: t.field({ type: 'DateTime', resolve: (w) => w.withdrawnAt }),
    withdrawn: t.exposeInt('withdrawn', { description: 'Standing consents withdrawn (0: there was none).' }),
  }),
});

builder.objectField(AccountRef, 'privacyConsent', (t) =>
  t.field({
    type: PrivacyConsentRef,
    nullable: true,
    description: "The viewer's own standing consent (null: never accepted, or withdrawn); null for other accounts.",
    resolve: (account, _args, ctx) => (ctx.viewer?.accountId === account.id ? privacyConsentOf(ctx, account.id) : null),
  }),
);

builder.mutationField('acceptPrivacyNotice', (t) =>
  t.field({
    type: PrivacyConsentRef,
    description: 'Records that the citizen read and accepted this version of the notice (the current one).',
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError, StalePrivacyNoticeError] },
    args: { version: t.arg.string() },
    resolve: (_root, { version }, ctx) => inMutation(ctx, (deps) => acceptPrivacyNotice(deps, ctx.viewer, version)),
  }),
);

builder.mutationField('withdrawPrivacyConsent', (t) =>
  t.field({
    type: PrivacyConsentWithdrawalRef,
    description: 'Withdraws the consent: no new booking until the notice is accepted again.',
    authScopes: { citizen: true },
    errors: { types: [NotAuthorizedError] },
    resolve: (_root, _args, ctx) => inMutation(ctx, (deps) => withdrawPrivacyConsent(deps, ctx.viewer)),
  }),
);
