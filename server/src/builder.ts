// The SchemaBuilder and its plugins. Defines no types: every feature adds its own in its .graphql.ts.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from './context';
import { NotAuthorizedError } from './errors';
import type { StaffRole } from './platform/access/actor';

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: {
    signedIn: boolean;
    citizen: boolean;
    staff: boolean;
    /** Staff with one of the given roles. */
    staffRole: StaffRole[];
  };
  Scalars: {
    DateTime: { Input: number; Output: number };
    Date: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  // Errors before scope-auth, so an authorisation failure becomes a typed result where a field lists it.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (context) => {
      // Staff signed in with a one-time password reach no staff field until they choose their own password.
      const activeStaff = context.viewer?.kind === 'STAFF' && !context.viewer.mustChangePassword;
      return {
        signedIn: context.viewer !== null,
        citizen: context.viewer?.kind === 'CITIZEN',
        staff: activeStaff,
        staffRole: (roles) => activeStaff && roles.includes(context.viewer?.role as StaffRole),
      };
    },
    unauthorizedError: (_parent, context) =>
      new NotAuthorizedError(
        !context.viewer
          ? 'UNAUTHENTICATED'
          : context.viewer.mustChangePassword
            ? 'PASSWORD_CHANGE_REQUIRED'
            : 'FORBIDDEN',
      ),
  },
  errors: { defaultTypes: [] },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
});
