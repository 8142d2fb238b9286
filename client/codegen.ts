// Typed operations from the server's printed schema. `documentMode: 'string'` emits each operation as a
// plain string (no GraphQL AST objects in the bundle); enums as string unions emit no runtime code.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { Date: 'string', DateTime: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
