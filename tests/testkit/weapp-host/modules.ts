// The JavaScript side of the fake WeChat host: a V8 context that has only what WeChat's logic layer has, and
// a module loader that wraps and resolves files the way WeChat does.
//
// - The context holds the host globals and nothing else: no `process`, `fetch`, `URL`, `MessageChannel`,
//   `window` or `document`, so code that needs a browser or Node fails here with the ReferenceError it would
//   get on a phone. `eval` and `new Function` are refused, as WeChat refuses them.
// - Each file is a function of (require, module, exports), evaluated once and cached.
// - `require` resolves relative to the requiring file, and enforces WeChat's package rule: code may require
//   files of its own package or of the main package, never of a subpackage that is not its own (the main
//   package starts before any subpackage is downloaded, so on a phone that require fails).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import vm from 'node:vm';

/** A failure of the mini-program that the host detected (not an error thrown by the mini-program itself). */
export class WeappHostError extends Error {
  override name = 'WeappHostError';
}

/** The names WeChat's logic layer defines globally; the host provides exactly these. */
export const HOST_GLOBALS = [
  'wx',
  'App',
  'Page',
  'Component',
  'Behavior',
  'getApp',
  'getCurrentPages',
  'requirePlugin',
  'global',
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
] as const;

/** The host globals the host implements; `global` is made here, inside the context. */
export type HostGlobals = Record<Exclude<(typeof HOST_GLOBALS)[number], 'global'>, unknown>;

export interface Sandbox {
  context: vm.Context;
  /** Parses JSON inside the context, so values handed to the app are the context's own objects and arrays. */
  toRealm<T = unknown>(value: unknown): T;
}

/**
 * A fresh context with the host globals, whose `Date` reads the phone's clock (`now`), so that a test can put
 * the phone at the same instant as the server's ManualClock.
 */
export function createSandbox(globals: HostGlobals, now: () => number): Sandbox {
  const context = vm.createContext({}, { name: 'weapp logic layer', codeGeneration: { strings: false, wasm: false } });
  // V8 gives every context WebAssembly; WeChat's logic layer has WXWebAssembly instead.
  vm.runInContext('delete globalThis.WebAssembly', context);
  // WeChat's `global` is an object of its own, not the global scope.
  const all: Record<string, unknown> = { ...globals, global: vm.runInContext('({})', context) };
  for (const name of HOST_GLOBALS) {
    Object.defineProperty(context, name, { value: all[name], writable: true, configurable: true });
  }
  const installClock = vm.runInContext(
    `(function (now) {
      var RealDate = Date;
      function PhoneDate() {
        if (!new.target) return new RealDate(now()).toString();
        return arguments.length === 0 ? new RealDate(now()) : Reflect.construct(RealDate, arguments);
      }
      PhoneDate.prototype = RealDate.prototype;
      PhoneDate.prototype.constructor = PhoneDate;
      PhoneDate.now = function () { return now(); };
      PhoneDate.parse = RealDate.parse;
      PhoneDate.UTC = RealDate.UTC;
      globalThis.Date = PhoneDate;
    })`,
    context,
  ) as (now: () => number) => void;
  installClock(() => Number(now()));
  const parse = vm.runInContext('JSON.parse', context) as (text: string) => unknown;
  return {
    context,
    toRealm: <T>(value: unknown) => (value === undefined ? undefined : parse(JSON.stringify(value))) as T,
  };
}

interface LoadedModule {
  exports: unknown;
}

export interface ModuleLoaderOptions {
  dir: string;
  /** Subpackage roots, each ending with '/'. */
  subpackageRoots: string[];
  sandbox: Sandbox;
  /** Called when a subpackage's file is first loaded (the subpackage was "downloaded"). */
  onPackageLoaded?: (root: string) => void;
}

export class ModuleLoader {
  private readonly cache = new Map<string, LoadedModule>();
  /** Files in the order they were first evaluated, paths relative to the build. */
  readonly loaded: string[] = [];

  constructor(private readonly options: ModuleLoaderOptions) {}

  /** The subpackage root a build path belongs to, or null for the main package. */
  packageOf(path: string): string | null {
    return this.options.subpackageRoots.find((root) => path.startsWith(root)) ?? null;
  }

  /** Loads a file of the build (a path like 'pages/index/index.js') as WeChat does when it needs it. */
  load(path: string): unknown {
    const normal = posix.normalize(path);
    const cached = this.cache.get(normal);
    if (cached) return cached.exports;
    const file = join(this.options.dir, normal);
    if (!existsSync(file)) throw new WeappHostError(`module "${normal}" is not defined (no such file in the build)`);
    const source = readFileSync(file, 'utf8');
    // WeChat wraps every file in a function; the first line of the file stays line 1 in stack traces.
    const wrapper = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: file });
    const fn = wrapper.runInContext(this.options.sandbox.context) as (
      require: (specifier: string) => unknown,
      module: LoadedModule,
      exports: unknown,
    ) => void;
    const module: LoadedModule = { exports: this.options.sandbox.toRealm({}) };
    this.cache.set(normal, module);
    this.loaded.push(normal);
    const root = this.packageOf(normal);
    if (root) this.options.onPackageLoaded?.(root);
    try {
      fn.call(module.exports, (specifier: string) => this.require(normal, specifier), module, module.exports);
    } catch (error) {
      // A module that failed is not cached: WeChat would report the same failure on the next require.
      this.cache.delete(normal);
      throw error;
    }
    return module.exports;
  }

  private require(from: string, specifier: string): unknown {
    if (typeof specifier !== 'string') throw new WeappHostError(`${from}: require() needs a string, got ${specifier}`);
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
      throw new WeappHostError(
        `${from} requires "${specifier}": WeChat resolves bare names in miniprogram_npm, which this build does not have`,
      );
    }
    let target = specifier.startsWith('/')
      ? posix.normalize(specifier.slice(1))
      : posix.join(posix.dirname(from), specifier);
    if (target.startsWith('..')) throw new WeappHostError(`${from} requires "${specifier}", outside the mini-program`);
    if (!target.endsWith('.js')) target += '.js';
    const fromPackage = this.packageOf(from);
    const targetPackage = this.packageOf(target);
    if (targetPackage && targetPackage !== fromPackage) {
      const where = fromPackage ? `subpackage "${fromPackage}"` : 'the main package';
      throw new WeappHostError(
        `${from} (in ${where}) requires "${specifier}" = ${target}, a file of subpackage "${targetPackage}". ` +
          'WeChat only lets a file require files of its own package or of the main package; on a phone this ' +
          `require fails with: module "${target}" is not defined`,
      );
    }
    return this.load(target);
  }
}
