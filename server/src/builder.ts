// The SchemaBuilder and its plugins. Defines no types: every feature adds its own in its .graphql.ts.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from './context';
import { NotAuthorizedError } from './errors';
import { type AuthScopes, scopesOf } from './platform/access/scopes';

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
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
    // The same rule the authorisation sweep evaluates for each kind of caller.
    authScopes: (context) => scopesOf(context.viewer),
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
