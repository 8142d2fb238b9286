// Typed operations from the server's printed schema, generated so that each package ships only its own:
//
// - generated/schema.ts holds the schema's types once, types only: enums as string unions, input types and
//   scalars (`onlyOperationTypes`). Nothing imports object types; results are typed per operation.
// - generated/operations.ts holds the main package's operations, generated/<root>/operations.ts those that
//   only a subpackage's features run (a module ships in the package of every page that imports it, so the
//   main package never imports a subpackage's documents and a subpackage never carries another's), and
//   generated/<name>/operations.ts those of features that several subpackages share (the staff tools: written
//   once, copied by the build into each staff subpackage with the features that import them).
//
// Why not the client preset: it writes the schema types into every output and a gql.ts lookup nobody uses,
// three copies of ~440 lines. Why not near-operation-file: one file per .graphql file repeats the imports and
// the TypedDocumentString class in each. Here `typescript-operations` refers to `Types.*` of the one schema file
// (what the import-types preset does, with the `add` plugin instead of another dependency), and
// `typed-document-node` in `documentMode: 'string'` emits each operation as a string: no GraphQL AST in the
// bundle, and the transport sends `document.toString()`.
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { operationOutputs } from './src/packages';

const GENERATED = 'src/graphql/generated';

const featureGlobs = (features: readonly string[]) => features.map((feature) => `src/features/${feature}/**/*.graphql`);
// Throws when a feature folder or an output is listed twice, which would generate its operations twice.
const outputs = operationOutputs();
const subpackageGlobs = outputs.flatMap((o) => featureGlobs(o.features));

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { Date: 'string', DateTime: 'string' },
  defaultScalarType: 'unknown',
};

/** One package's operations, typed against generated/schema.ts (`typesPath` relative to the output). */
function operations(documents: string[], typesPath: string): Types.ConfiguredOutput {
  return {
    documents,
    plugins: [
      { add: { content: `import type * as Types from '${typesPath}';` } },
      'typescript-operations',
      'typed-document-node',
    ],
    // Pure: an operation no module of a package runs is dropped from it (a copied file of shared features keeps only
    // what that subpackage's pages run).
    config: {
      ...shared,
      namespacedImportName: 'Types',
      documentMode: 'string',
      skipTypename: false,
      pureMagicComment: true,
    },
  };
}

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    [`${GENERATED}/schema.ts`]: { plugins: ['typescript'], config: { ...shared, onlyOperationTypes: true } },
    [`${GENERATED}/operations.ts`]: operations(
      ['src/**/*.graphql', ...subpackageGlobs.map((glob) => `!${glob}`)],
      './schema',
    ),
    ...Object.fromEntries(
      outputs.map((o) => [`${GENERATED}/${o.name}/operations.ts`, operations(featureGlobs(o.features), '../schema')]),
    ),
  },
};

export default config;
