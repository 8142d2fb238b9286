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
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      citizen: context.viewer?.kind === 'CITIZEN',
      staff: context.viewer?.kind === 'STAFF',
      staffRole: (roles) => context.viewer?.kind === 'STAFF' && roles.includes(context.viewer.role as StaffRole),
    }),
    unauthorizedError: (_parent, context) => new NotAuthorizedError(context.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'),
  },
  errors: { defaultTypes: [] },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
});
