// Typed documents for the tests' own operations (tests/testkit/operations/*.graphql), generated from the committed
// server/schema.graphql the same way the client's are (client/codegen.ts): a schema change that breaks an
// operation, or an assertion that reads a field the operation does not select, fails `tsc -b` instead of a test
// run. Paths are relative to the repository root, where `npm run codegen` runs it.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['tests/testkit/operations/**/*.graphql'],
  generates: {
    'tests/testkit/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        // GraphQL coerces an integer given for an ID input, and the seed helpers' ids are numbers from the database.
        scalars: { Date: 'string', DateTime: 'string', ID: { input: 'string | number', output: 'string' } },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
