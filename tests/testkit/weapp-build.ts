// Reads the weapp production build the way WeChat does: app.json's pages and subpackages, the files of
// each package, and the require() edges between output files. Shared by the build test and the bench.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { STAFF_ROOTS } from '../../client/src/features/staff/routes';
import { REPO_ROOT } from '../../server/src/config';

export const WEAPP_DIR = resolve(REPO_ROOT, 'client/dist/weapp');
const KiB = 1024;
/** Hard limits from the foundation issue. */
export const MAIN_PACKAGE_BUDGET = 450 * KiB;
export const TOTAL_BUDGET = 1.5 * 1024 * KiB;
/** Issue 12: each staff subpackage stays under 200 KiB (the staff tools grow by pages; they split by subpackage). */
export const STAFF_SUBPACKAGE_BUDGET = 200 * KiB;

/** Hard limits per subpackage, keyed as weappSizes() keys them ('staff/'); the others have none of their own. */
export const SUBPACKAGE_BUDGETS: Readonly<Record<string, number>> = Object.fromEntries(
  STAFF_ROOTS.map((root) => [`${root}/`, STAFF_SUBPACKAGE_BUDGET]),
);

export interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
  tabBar?: { list: Array<{ pagePath: string }> };
}

export function readAppJson(dir = WEAPP_DIR): AppJson {
  return JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as AppJson;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Subpackage roots, normalised to end with '/': WeChat accepts either spelling of the key. */
export function subpackageRoots(app: AppJson): string[] {
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) => p.root.replace(/\/*$/, '/'));
}

export function weappSizes(dir = WEAPP_DIR): { main: number; total: number; subpackages: Record<string, number> } {
  const roots = subpackageRoots(readAppJson(dir));
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((root) => [root, 0]));
  let main = 0;
  let total = 0;
  for (const file of filesUnder(dir)) {
    const size = statSync(file).size;
    const path = relative(dir, file).split(sep).join('/');
    total += size;
    const root = roots.find((r) => path.startsWith(r));
    if (root) subpackages[root] += size;
    else main += size;
  }
  return { main, total, subpackages };
}

/** Relative require() targets of one output file, resolved to paths inside the build. */
export function relativeRequires(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const targets = [...source.matchAll(/require\((["'])(\.{1,2}\/[^"']+)\1\)/g)].map((m) => m[2]);
  return targets.map((t) => {
    const path = resolve(dirname(file), t);
    return path.endsWith('.js') ? path : `${path}.js`;
  });
}
