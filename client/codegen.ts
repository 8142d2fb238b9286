// Typed operations from the server's printed schema. `documentMode: 'string'` emits each operation as a
// plain string (no GraphQL AST objects in the bundle); enums as string unions emit no runtime code.
import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated documents are one module per output, and a module ships in the package of every page that imports
// it: operations that only a subpackage uses get their own output, or they would all ship in the main package.
const SUBPACKAGE_DOCUMENTS: Record<string, string> = {
  booking: 'src/features/booking/**/*.graphql',
  staff: 'src/features/staff/**/*.graphql',
};

const output = (documents: string[]) => ({
  documents,
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
  config: {
    documentMode: 'string' as const,
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: false,
    scalars: { Date: 'string', DateTime: 'string' },
    defaultScalarType: 'unknown',
  },
});

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': output([
      'src/**/*.graphql',
      ...Object.values(SUBPACKAGE_DOCUMENTS).map((glob) => `!${glob}`),
    ]),
    ...Object.fromEntries(
      Object.entries(SUBPACKAGE_DOCUMENTS).map(([root, glob]) => [`src/graphql/generated/${root}/`, output([glob])]),
    ),
  },
};

export default config;
