// The layering rules of the code base, checked by `npm test` (npm run deps). Each rule's comment is the
// message a violation prints, so it says what to do instead.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make load order matter and features inseparable: move the shared part down a layer.',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-imports-no-feature',
      severity: 'error',
      comment:
        'server/src/db is the bottom layer (connections, transactions, migrations): it imports nothing of the server but its configuration.',
      from: { path: '^server/src/db/' },
      to: { path: '^server/src/', pathNot: '^server/src/(db/|config\\.ts$)' },
    },
    {
      name: 'platform-imports-db-only',
      severity: 'error',
      comment:
        'server/src/platform holds capabilities every feature shares (access, http, outbox, pii, runtime, uploads, wechat): it may use db/ and errors.ts, never a module, a job or the GraphQL layer.',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/', pathNot: '^server/src/(platform/|db/|errors\\.ts$)' },
    },
    {
      name: 'modules-talk-through-services',
      severity: 'error',
      comment:
        "A module asks another module's service, never its repository or table: call (or add) a service function there.",
      from: { path: '^server/src/modules/([^/]+)/' },
      to: { path: '^server/src/modules/[^/]+/[^/]+\\.(repository|table)\\.ts$', pathNot: '^server/src/modules/$1/' },
    },
    {
      name: 'services-do-not-know-graphql',
      severity: 'error',
      comment:
        'Services, repositories, tables and errors are called by jobs, scripts and exports too: they must not import GraphQL files (graphql/ or *.graphql.ts).',
      from: { path: '^server/src/(modules|platform|jobs|seed)/.*\\.(service|repository|table|errors|job)\\.ts$' },
      to: { path: '(^server/src/graphql/|\\.graphql\\.ts$|^server/src/(builder|schema|yoga)\\.ts$)' },
    },
    {
      name: 'jobs-and-seed-use-services',
      severity: 'error',
      comment: 'Scheduled jobs call services (which own the rules), never repositories.',
      from: { path: '^server/src/jobs/' },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment:
        'shared/ runs on the server, in the browser and in the mini-program: no Node, Taro, server or client imports.',
      from: { path: '^shared/src/' },
      to: { path: '(^server/|^client/|@tarojs|^node:)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      comment: 'shared/ runs in the mini-program, which has no Node built-ins.',
      from: { path: '^shared/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-package-never-needs-a-subpackage',
      severity: 'error',
      comment:
        'Main-package pages load before any subpackage is downloaded: they may not import code under a subpackage root (booking/, lookup/, staff/, studio/, admin/…) nor the staff tools that the build copies into the staff subpackages (features/staff/).',
      from: { path: '^client/src/(pages|components|graphql|lib|theme)/' },
      to: { path: '^client/src/((booking|lookup|messages|online|staff|studio|admin)/|features/staff/)' },
    },
    {
      name: 'client-never-imports-server',
      severity: 'error',
      comment:
        'The client talks to the server over GraphQL only: types come from server/schema.graphql through codegen.',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|generated|\\.tsbuild)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
