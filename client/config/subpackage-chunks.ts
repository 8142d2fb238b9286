// Keeps code that only subpackage pages use inside that subpackage.
//
// Taro's Vite runner (4.2) sends every node_modules module to `vendors` and every module with more than
// one importer to `common`, both in the main package, whatever pages use them (NervJS/taro#17116:
// `optimizeMainPackage` is Webpack-only). This plugin wraps that chunking: a module reached only from
// pages under one subpackage root goes to `<root>/<root>-shared.js` instead, and that chunk's styles are
// imported by the subpackage's pages (a main-package wxss may not import subpackage files).
//
// A module that several subpackages use would have to move to the main package, since one subpackage may not
// require another's files. Two kinds are copied instead, so each subpackage that imports them gets its own copy
// and the main package carries only what its own pages import:
// - libraries listed in `copyIntoEachSubpackage` (the QR code of tickets and of certificates);
// - script modules in the files and folders of `copySourcesUnder` (shared rules and the validation library
//   under them, the form kit…), whose styles stay where they are (the main package's common styles);
// - every module, scripts and stylesheets, in the folders of `copyFeaturesUnder`: features that several
//   subpackages and no main-package page use (the staff tools of staff, studio and admin), whose styles would
//   otherwise land in the main package's common styles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GetManualChunk, ManualChunkMeta, OutputBundle, OutputChunk } from 'rollup';
import type { Plugin, UserConfig } from 'vite';

/**
 * `<root>/<root>-shared`: the base name must differ per root, because Vite 4 drops `require`s of
 * CSS-only chunks by matching base names, which would also hit another root's chunk of the same name.
 */
const sharedName = (root: string) => `${root}/${root}-shared`;

/** Script modules, which copySourcesUnder copies (stylesheets are not). */
const SCRIPT = /\.(?:[cm]?js|tsx?|jsx)$/;

/** Stylesheets, which copyFeaturesUnder copies as well. */
const STYLE = /\.css$/;

/** A module id that names the copy of a library made for one subpackage: `\0zz-copy:<root>:<file>`. */
const COPY_PREFIX = '\0zz-copy:';

export interface SubpackageChunksOptions {
  sourceRoot: string;
  /** Each subpackage's root and the feature folders (src/features/<name>) that only it uses. */
  packages: ReadonlyArray<{ root: string; features: readonly string[] }>;
  /**
   * Bare imports of dependency-free CommonJS libraries to copy into each subpackage whose code imports them,
   * rather than move to the main package when more than one does.
   */
  copyIntoEachSubpackage?: readonly string[];
  /**
   * Files and folders of pure script modules (no module state, no side effects but their styles) to copy into
   * each subpackage whose code imports them, transitively. A copy is the same file under the id
   * `<file>?zz-copy=<root>`, which Vite loads and transforms like the file itself. Stylesheets they import are
   * not copied: they stay one module, in the main package's common styles.
   */
  copySourcesUnder?: readonly string[];
  /**
   * Folders whose script modules and stylesheets are copied like those of copySourcesUnder. For features that
   * only subpackages use, several of them: a stylesheet imported from two subpackages could only go to the main
   * package. The same rule on state holds: a copy keeps its own, per subpackage.
   */
  copyFeaturesUnder?: readonly string[];
}

/** The subpackage a copied source module was made for, from its id. */
const copiedFor = (id: string) => id.match(/[?&]zz-copy=([\w-]+)/)?.[1] ?? null;

export function subpackageChunks(options: SubpackageChunksOptions): Plugin[] {
  const sourceRoot = path.resolve(options.sourceRoot);
  const roots = options.packages.map((p) => p.root);
  const copies = new Set(options.copyIntoEachSubpackage ?? []);
  const sourceDirs = (options.copySourcesUnder ?? []).map((entry) => path.resolve(entry));
  const featureDirs = (options.copyFeaturesUnder ?? []).map((entry) => path.resolve(entry));
  const under = (file: string, entries: string[]) =>
    entries.some((entry) => file === entry || file.startsWith(entry + path.sep));
  /** Whether a resolved file is a module to copy: a script of copySourcesUnder, or a script or style of copyFeaturesUnder. */
  const isCopiedSource = (file: string) =>
    (SCRIPT.test(file) && under(file, sourceDirs)) ||
    ((SCRIPT.test(file) || STYLE.test(file)) && under(file, featureDirs));
  const cache = new Map<string, Set<string>>();

  /** The subpackage whose own sources hold `file` (its root folder or one of its feature folders), or null. */
  function subpackageOfSource(file: string): string | null {
    const relative = path.relative(sourceRoot, file.replace(/\?.*$/, '')).split(path.sep);
    for (const { root, features } of options.packages) {
      if (relative[0] === root) return root;
      if (relative[0] === 'features' && features.includes(relative[1])) return root;
    }
    return null;
  }

  /** The package ('main' or a subpackage root) a source file belongs to, or null when it is no page code. */
  function packageOfPage(id: string): string | null {
    const file = id.replace(/\?.*$/, '');
    if (!file.startsWith(sourceRoot + path.sep)) return null;
    const relative = path.relative(sourceRoot, file).split(path.sep);
    if (relative[0] === 'pages') return 'main';
    if (roots.includes(relative[0]) && relative[1] === 'pages') return relative[0];
    return null;
  }

  /** Every package whose pages (transitively) import `id`. Entries that are no page count as 'main'. */
  function ownersOf(id: string, meta: ManualChunkMeta): ReadonlySet<string> {
    return walk(id, meta, new Set()).owners;
  }

  // Depth-first over importers. A module met again while still on the stack is skipped: the frame that
  // is exploring it adds its owners to the top-level result. A result that skipped such a module is
  // incomplete for the module itself, so only complete results are cached.
  function walk(id: string, meta: ManualChunkMeta, stack: Set<string>): { owners: Set<string>; complete: boolean } {
    const known = cache.get(id);
    if (known) return { owners: known, complete: true };
    const own = packageOfPage(id);
    if (own) return done(id, new Set([own]));
    const info = meta.getModuleInfo(id);
    const importers = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])];
    if (importers.length === 0) return done(id, new Set(['main']));
    stack.add(id);
    const owners = new Set<string>();
    let complete = true;
    for (const importer of importers) {
      if (stack.has(importer)) {
        complete = false;
        continue;
      }
      const result = walk(importer, meta, stack);
      for (const owner of result.owners) owners.add(owner);
      complete &&= result.complete;
    }
    stack.delete(id);
    return complete ? done(id, owners) : { owners, complete };
  }

  function done(id: string, owners: Set<string>) {
    cache.set(id, owners);
    return { owners, complete: true };
  }

  function wrap(original: GetManualChunk): GetManualChunk {
    return (id, meta) => {
      const chunk = original(id, meta);
      // Only Taro's catch-all chunks move; `taro` and `babelHelpers` are the base every page loads first.
      if (chunk !== 'vendors' && chunk !== 'common') return chunk;
      const found = ownersOf(id, meta);
      const [only] = found;
      return found.size === 1 && only !== 'main' ? sharedName(only) : chunk;
    };
  }

  // Resolving comes first ('pre'): Vite's own resolver would otherwise answer for the library's name.
  const copyLibraries: Plugin = {
    name: 'zz:subpackage-copies',
    enforce: 'pre',
    async resolveId(source, importer, resolveOptions) {
      if (!importer || source.startsWith('\0')) return null;
      const root = copiedFor(importer) ?? subpackageOfSource(importer);
      if (!root || (!copies.has(source) && sourceDirs.length === 0 && featureDirs.length === 0)) return null;
      const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
      if (!resolved || resolved.external) return null;
      if (copies.has(source)) return `${COPY_PREFIX}${root}:${resolved.id}`;
      const file = resolved.id.replace(/\?.*$/, '');
      return isCopiedSource(file) ? `${file}?zz-copy=${root}` : null;
    },
    load(id) {
      if (!id.startsWith(COPY_PREFIX)) return null;
      const file = id.slice(COPY_PREFIX.length).replace(/^[^:]+:/, '');
      // The library's own CommonJS (or UMD) code, given a `module` of its own; what it exports is the default.
      return `var module = { exports: {} }, exports = module.exports;\n${readFileSync(file, 'utf8')}\nexport default module.exports;\n`;
    },
  };

  // Chunking comes last ('post'), to wrap what Taro configured.
  const chunking: Plugin = {
    name: 'zz:subpackage-chunks',
    enforce: 'post',
    config(config: UserConfig) {
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function') {
        throw new Error('subpackage-chunks: expected Taro to set build.rollupOptions.output.manualChunks');
      }
      output.manualChunks = wrap(output.manualChunks);
    },
    generateBundle(_options, bundle: OutputBundle) {
      // Each subpackage page imports its package's shared styles. All pages, not only those whose
      // script imports the shared chunk: a chunk holding only styles has no script to import.
      // Taro renames style assets by setting `fileName` (bundle keys keep the old names), so match on that.
      const items = Object.values(bundle);
      for (const root of roots) {
        dropRequiresOfRemovedChunk(items, `${sharedName(root)}.js`);
        const prefix = `${sharedName(root)}.`;
        const shared = items.find((item) => item.type === 'asset' && item.fileName.startsWith(prefix));
        if (!shared) continue;
        const ext = path.extname(shared.fileName);
        for (const page of items) {
          if (page.type !== 'chunk' || !isPageOf(page, root)) continue;
          const styleName = page.fileName.replace(/\.js$/, ext);
          const line = `@import "${path.posix.relative(path.posix.dirname(page.fileName), shared.fileName)}";\n`;
          const existing = items.find((item) => item.fileName === styleName);
          if (existing?.type === 'asset') existing.source = line + String(existing.source);
          else this.emitFile({ type: 'asset', fileName: styleName, source: line });
        }
      }
    },
  };
  return [copyLibraries, chunking];
}

/**
 * Vite deletes a chunk that holds only styles and strips `require("…")` statements of it, but its pattern
 * expects `require("…");` and misses minified `require("…"),`. Such a leftover would fail at runtime, so
 * when our shared chunk was deleted, its requires become `void 0` (valid wherever an expression is).
 */
function dropRequiresOfRemovedChunk(items: OutputBundle[string][], fileName: string): void {
  if (items.some((item) => item.type === 'chunk' && item.fileName === fileName)) return;
  const base = path.posix.basename(fileName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`require\\(\\s*["'][^"']*/${base}["']\\s*\\)`, 'g');
  for (const item of items) {
    if (item.type === 'chunk') item.code = item.code.replace(pattern, 'void 0');
  }
}

/** Taro emits each page as a chunk named after its path. */
function isPageOf(chunk: OutputChunk, root: string): boolean {
  return chunk.fileName.startsWith(`${root}/pages/`) && chunk.fileName.endsWith('.js');
}
