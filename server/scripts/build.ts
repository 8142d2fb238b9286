// npm run build — compiles the server to JavaScript in server/dist, for plain `node` in production (no TypeScript
// loader): the server (dist/index.js) and the production commands (dist/migrate.js, dist/create-staff.js,
// dist/audit-verify.js).
//
// esbuild bundles our own sources and the workspace package @zz/shared, whose package.json points at .ts files
// that plain node cannot load; every other package stays an import resolved from node_modules at run time
// (native ones such as better-sqlite3 and sharp cannot be bundled, and the rest are installed anyway).
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const server = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(server, 'dist');

rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: {
    index: resolve(server, 'src/index.ts'),
    migrate: resolve(server, 'scripts/migrate.ts'),
    'create-staff': resolve(server, 'scripts/create-staff.ts'),
    'audit-verify': resolve(server, 'scripts/audit-verify.ts'),
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The entries share one copy of each module. Chunks sit beside the entries, on purpose: config.ts finds the
  // repository root two folders above its own file (import.meta.url), as it does from server/src.
  splitting: true,
  chunkNames: '[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'packages-from-node-modules',
      setup(b) {
        // A bare import that is not one of our workspace packages: leave it to node at run time.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@zz/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
console.log(`server/dist built in ${Date.now() - started} ms: node server/dist/index.js`);
