import { STAFF_ROLE_LABELS, STAFF_ROLES } from '@zz/shared';
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, RateLimitedError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { depsOf, inMutation } from '../../graphql/mutation';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { PUBLIC_SCOPES } from '../../platform/access/scopes';
import { auditSourceOf } from '../../platform/audit/audit-log';
import { BranchRef } from '../branches/branch.graphql';
import {
  DevelopmentSignInDisabledError,
  InvalidCredentialsError,
  SignInLockedError,
  WechatCodeInvalidError,
  WechatRateLimitedError,
  WechatUnavailableError,
  WechatUserBlockedError,
} from './auth.errors';
import {
  type Account,
  accountOf,
  changeOwnPassword,
  type SignedIn,
  signInForDevelopment,
  signInStaff,
  signInWithWechat,
  signOut,
} from './auth.service';

const AccountKind = builder.enumType('AccountKind', { values: ['CITIZEN', 'STAFF'] as const });
export const StaffRoleEnum = enumFromVocabulary('StaffRole', STAFF_ROLES, STAFF_ROLE_LABELS);

export const AccountRef = builder.objectRef<Account>('Account').implement({
  description: 'A signed-in person: a citizen (WeChat) or a member of staff.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: AccountKind, resolve: (a) => a.kind }),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: StaffRoleEnum, nullable: true, resolve: (a) => a.role }),
    branch: t.field({ type: BranchRef, nullable: true, resolve: (a) => a.branchId }),
    phone: t.exposeString('maskedPhone', { nullable: true, description: 'Masked, e.g. 138****5678' }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: 'Signed in with a one-time password: changeMyPassword before anything else.',
    }),
  }),
});

const SignedInRef = builder.objectRef<SignedIn>('SignedIn').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Opaque session token; send as `Authorization: Bearer <token>`.' }),
    expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.expiresAt }),
    account: t.field({ type: AccountRef, resolve: (s) => s.account }),
  }),
});

const AuthOptionsRef = builder
  .objectRef<{ developmentSignIn: boolean; wechatSignIn: boolean }>('AuthOptions')
  .implement({
    fields: (t) => ({
      developmentSignIn: t.exposeBoolean('developmentSignIn', {
        description:
          'True when the labelled development sign-in is available (no WeChat app configured, not production).',
      }),
      wechatSignIn: t.exposeBoolean('wechatSignIn'),
    }),
  });

builder.objectType(WechatCodeInvalidError, {
  name: 'WechatCodeInvalidError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    wechatCode: t.exposeInt('wechatCode', { description: '40029 invalid code, 40163 code already used' }),
  }),
});
builder.objectType(WechatUnavailableError, {
  name: 'WechatUnavailableError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    wechatCode: t.exposeInt('wechatCode', { description: "WeChat's errcode; -1 busy or unreachable" }),
  }),
});
builder.objectType(SignInLockedError, {
  name: 'SignInLockedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAt: t.field({ type: 'DateTime', resolve: (e) => e.retryAt }),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds'),
  }),
});
for (const [ErrorClass, name] of [
  [WechatRateLimitedError, 'WechatRateLimitedError'],
  [WechatUserBlockedError, 'WechatUserBlockedError'],
  [DevelopmentSignInDisabledError, 'DevelopmentSignInDisabledError'],
  [InvalidCredentialsError, 'InvalidCredentialsError'],
] as const) {
  // These carry nothing beyond their message.
  builder.objectType(ErrorClass, { name, interfaces: [ErrorInterface], fields: () => ({}) });
}

builder.queryField('viewer', (t) =>
  t.field({
    type: AccountRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    description: 'The signed-in account, or null.',
    resolve: (_root, _args, ctx) => (ctx.viewer ? accountOf(depsOf(ctx), ctx.viewer) : null),
  }),
);

builder.queryField('authOptions', (t) =>
  t.field({
    type: AuthOptionsRef,
    authScopes: PUBLIC_SCOPES,
    resolve: (_root, _args, ctx) => ({
      developmentSignIn: ctx.config.developmentSignIn,
      wechatSignIn: ctx.config.wechat.appId !== null,
    }),
  }),
);

builder.mutationField('signInWithWechat', (t) =>
  t.field({
    type: SignedInRef,
    authScopes: PUBLIC_SCOPES,
    description: 'Exchanges a Taro.login code for a session.',
    args: { code: t.arg.string() },
    errors: {
      types: [
        InputValidationError,
        WechatCodeInvalidError,
        WechatRateLimitedError,
        WechatUserBlockedError,
        WechatUnavailableError,
        RateLimitedError,
      ],
    },
    resolve: (_root, { code }, ctx) => signInWithWechat(ctx, ctx, code),
  }),
);

builder.mutationField('signInForDevelopment', (t) =>
  t.field({
    type: SignedInRef,
    authScopes: PUBLIC_SCOPES,
    description: '开发环境登录: only without WECHAT_APPID and never in production.',
    args: { displayName: t.arg.string() },
    errors: { types: [InputValidationError, DevelopmentSignInDisabledError, RateLimitedError] },
    resolve: (_root, { displayName }, ctx) => signInForDevelopment(ctx, ctx, displayName),
  }),
);

builder.mutationField('signInStaff', (t) =>
  t.field({
    type: SignedInRef,
    authScopes: PUBLIC_SCOPES,
    args: { username: t.arg.string(), password: t.arg.string() },
    description:
      'Repeated failures lock sign-in for a while, for the username and for the address (SignInLockedError).',
    errors: { types: [InvalidCredentialsError, SignInLockedError, RateLimitedError] },
    resolve: (_root, { username, password }, ctx) => signInStaff(ctx, ctx, username, password),
  }),
);

builder.mutationField('signOut', (t) =>
  t.boolean({
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => inMutation(ctx, (deps) => signOut(deps, ctx.viewer, auditSourceOf(ctx))),
  }),
);

builder.mutationField('changeMyPassword', (t) =>
  t.field({
    type: AccountRef,
    description: 'Staff replace their password (the one-time one first of all); the account’s other sessions end.',
    // Signed in, not `staff`: an account on a one-time password reaches this and nothing else.
    authScopes: { signedIn: true },
    errors: { types: [InputValidationError, NotAuthorizedError, RateLimitedError] },
    args: { currentPassword: t.arg.string(), newPassword: t.arg.string() },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) => changeOwnPassword(ctx, deps, ctx.viewer, args, auditSourceOf(ctx))),
  }),
);
