// Staff administration over GraphQL: the staff list of the archives in scope, creating an account, changing its
// name, role and archive, disabling and enabling it, and resetting its password (a one-time password, shown once).
// Declared for administrators (ADMINISTRATOR_SCOPES); the service narrows an archive administrator to their archive.
import { builder } from '../../builder';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { ErrorInterface } from '../../graphql/common.graphql';
import { idOrNull } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { ADMINISTRATOR_SCOPES } from '../../platform/access/scopes';
import { auditSourceOf } from '../../platform/audit/audit-log';
import { BranchRef } from '../branches/branch.graphql';
import { OwnAccountError, UsernameTakenError } from './auth.errors';
import { StaffRoleEnum } from './auth.graphql';
import {
  createStaff,
  resetStaffPassword,
  type StaffAccount,
  type StaffAccountWithPassword,
  setStaffDisabled,
  staffAccount,
  staffAccounts,
  updateStaff,
} from './staff-admin.service';

builder.objectType(UsernameTakenError, {
  name: 'UsernameTakenError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ username: t.exposeString('username') }),
});

const OwnAccountActionEnum = builder.enumType('OwnAccountAction', {
  values: ['DISABLE', 'CHANGE_ROLE', 'RESET_PASSWORD'] as const,
});
builder.objectType(OwnAccountError, {
  name: 'OwnAccountError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ action: t.field({ type: OwnAccountActionEnum, resolve: (e) => e.action }) }),
});

export const StaffAccountRef = builder.objectRef<StaffAccount>('StaffAccount').implement({
  description: 'A member of staff as administrators see them.',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: StaffRoleEnum, resolve: (a) => a.role }),
    branch: t.field({ type: BranchRef, nullable: true, resolve: (a) => a.branchId }),
    disabled: t.boolean({ resolve: (a) => a.disabledAt !== null }),
    disabledAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.disabledAt }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: 'Still on a one-time password an administrator was shown.',
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    passwordChangedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.passwordChangedAt }),
  }),
});

const StaffAccountWithPasswordRef = builder.objectRef<StaffAccountWithPassword>('StaffAccountWithPassword').implement({
  fields: (t) => ({
    account: t.field({ type: StaffAccountRef, resolve: (r) => r.account }),
    oneTimePassword: t.exposeString('oneTimePassword', {
      description: 'Shown once: only its hash is kept. The account must replace it at its next sign-in.',
    }),
  }),
});

const StaffAccountInput = builder.inputType('StaffAccountInput', {
  fields: (t) => ({
    displayName: t.string(),
    role: t.field({ type: StaffRoleEnum }),
    branchId: t.id(),
  }),
});

const NewStaffAccountInput = builder.inputType('NewStaffAccountInput', {
  fields: (t) => ({
    username: t.string({ description: '3–32 lower-case letters, digits, _ . -' }),
    displayName: t.string(),
    role: t.field({ type: StaffRoleEnum }),
    branchId: t.id(),
  }),
});

builder.queryField('staffAccounts', (t) =>
  t.field({
    type: [StaffAccountRef],
    description: 'Staff of your archive (every archive for the city administrator), at most 200, by archive.',
    authScopes: ADMINISTRATOR_SCOPES,
    args: {
      search: t.arg.string({ required: false, description: 'Part of a username or a display name' }),
      branchId: t.arg.id({ required: false, description: 'City administrator: one archive only' }),
    },
    resolve: (_root, args, ctx) => {
      const branchId = args.branchId == null ? null : idOrNull(args.branchId);
      // An id that cannot be an archive's names no archive: nobody's staff, as an unknown archive's id would (the list
      // lists no typed errors, so refusing it would reach the client as a masked error).
      if (args.branchId != null && branchId === null) return [];
      return staffAccounts(depsOf(ctx), ctx.viewer, { search: args.search ?? null, branchId });
    },
  }),
);

builder.queryField('staffAccount', (t) =>
  t.field({
    type: StaffAccountRef,
    nullable: true,
    authScopes: ADMINISTRATOR_SCOPES,
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const accountId = idOrNull(id);
      return accountId === null ? null : staffAccount(depsOf(ctx), ctx.viewer, accountId);
    },
  }),
);

const accountIdOf = (raw: string | number) => {
  const id = idOrNull(raw);
  if (id === null) throw new NotFoundError('StaffAccount');
  return id;
};

builder.mutationField('createStaffAccount', (t) =>
  t.field({
    type: StaffAccountWithPasswordRef,
    description: 'A new member of staff with a one-time password, shown once.',
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [InputValidationError, UsernameTakenError, NotAuthorizedError] },
    args: { input: t.arg({ type: NewStaffAccountInput }) },
    resolve: (_root, { input }, ctx) =>
      inMutation(ctx, (deps) =>
        createStaff(deps, ctx.viewer, { ...input, branchId: String(input.branchId) }, auditSourceOf(ctx)),
      ),
  }),
);

builder.mutationField('updateStaffAccount', (t) =>
  t.field({
    type: StaffAccountRef,
    description: 'Changes the name, role and archive (not your own role or archive).',
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError, OwnAccountError] },
    args: { id: t.arg.id(), input: t.arg({ type: StaffAccountInput }) },
    resolve: (_root, { id, input }, ctx) =>
      inMutation(ctx, (deps) =>
        updateStaff(
          deps,
          ctx.viewer,
          accountIdOf(id),
          { ...input, branchId: String(input.branchId) },
          auditSourceOf(ctx),
        ),
      ),
  }),
);

for (const [name, disabled, description] of [
  ['disableStaffAccount', true, 'Disables the account; its sessions end at once.'],
  ['enableStaffAccount', false, 'Enables a disabled account again.'],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: StaffAccountRef,
      description,
      authScopes: ADMINISTRATOR_SCOPES,
      errors: { types: [NotAuthorizedError, NotFoundError, OwnAccountError] },
      args: { id: t.arg.id() },
      resolve: (_root, { id }, ctx) =>
        inMutation(ctx, (deps) => setStaffDisabled(deps, ctx.viewer, accountIdOf(id), disabled, auditSourceOf(ctx))),
    }),
  );
}

builder.mutationField('resetStaffPassword', (t) =>
  t.field({
    type: StaffAccountWithPasswordRef,
    description: 'A new one-time password, shown once; the account’s sessions end.',
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [NotAuthorizedError, NotFoundError, OwnAccountError] },
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) =>
      inMutation(ctx, (deps) => resetStaffPassword(deps, ctx.viewer, accountIdOf(id), auditSourceOf(ctx))),
  }),
);
