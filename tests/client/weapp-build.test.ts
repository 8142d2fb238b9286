// The weapp production build as WeChat DevTools would load it: every page listed in app.json exists,
// every script parses, every relative require() resolves, no main-package code depends on a subpackage,
// the size budgets hold, and what only subpackages use is not in the main package. (WeChat's own compiler
// cannot run here; this is the part we can check.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, type Manifest } from '../../client/config/persisted-operations';
import { STAFF_ROOTS } from '../../client/src/features/staff/routes';
import { SUBPACKAGES } from '../../client/src/packages';
import { REPO_ROOT } from '../../server/src/config';
import {
  filesUnder,
  MAIN_PACKAGE_BUDGET,
  readAppJson,
  relativeRequires,
  SUBPACKAGE_BUDGETS,
  subpackageRoots,
  TOTAL_BUDGET,
  WEAPP_DIR,
  weappSizes,
} from '../testkit/weapp-build';

const built = existsSync(join(WEAPP_DIR, 'app.json'));

/** An operation's id in the persisted-operations manifest, which is what a production build ships. */
function persistedId(name: string): string {
  const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, MANIFEST_PATH), 'utf8')) as Manifest;
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`no operation ${name} in ${MANIFEST_PATH}`);
  return operation.id;
}

describe('weapp build', () => {
  it('exists (npm test builds it before the suites run)', () => {
    expect(built, 'client/dist/weapp/app.json is missing: run `npm run build:weapp:local`').toBe(true);
  });

  /** Every page of app.json, subpackage pages under their root. */
  const pagesOf = (app: ReturnType<typeof readAppJson>) => [
    ...app.pages,
    ...[...(app.subPackages ?? []), ...(app.subpackages ?? [])].flatMap((p) =>
      p.pages.map((page) => `${p.root.replace(/\/*$/, '')}/${page}`),
    ),
  ];

  it.runIf(built)('has every page of app.json, in the main package and in subpackages', () => {
    const app = readAppJson();
    const pages = pagesOf(app);
    // The six visitor pages of client/src/app.config.ts (an article's own page is in the online subpackage), then
    // each subpackage's pages (client/src/packages.ts).
    expect(app.pages).toHaveLength(6);
    expect(pages.slice(6)).toEqual(SUBPACKAGES.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)));
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) {
        expect(existsSync(join(WEAPP_DIR, page + ext)), `${page}${ext}`).toBe(true);
      }
    }
    // Tab-bar pages must live in the main package: the four tabs of app.config.ts.
    const roots = subpackageRoots(app);
    expect(roots).toEqual(SUBPACKAGES.map((p) => `${p.root}/`));
    const tabs = app.tabBar?.list ?? [];
    expect(tabs).toHaveLength(4);
    for (const tab of tabs) expect(roots.some((r) => tab.pagePath.startsWith(r))).toBe(false);
  });

  // One `node --check` per script (about 50): slow on a busy machine, so it gets more than the default 30 s.
  it.runIf(built)('parses every script and resolves every relative require()', { timeout: 120_000 }, () => {
    const app = readAppJson();
    const scripts = filesUnder(WEAPP_DIR).filter((f) => f.endsWith('.js'));
    // At least app.js and one script per page; the shared chunks vary with the bundler.
    const pageScripts = pagesOf(app).map((page) => join(WEAPP_DIR, `${page}.js`));
    // The main package's pages and every subpackage's, as client/src/packages.ts lists them.
    expect(pageScripts).toHaveLength(app.pages.length + SUBPACKAGES.reduce((n, p) => n + p.pages.length, 0));
    expect(scripts).toEqual(expect.arrayContaining([join(WEAPP_DIR, 'app.js'), ...pageScripts]));
    const roots = subpackageRoots(app);
    const packageOf = (file: string) => roots.find((r) => relative(WEAPP_DIR, file).split(sep).join('/').startsWith(r));
    for (const file of scripts) execFileSync(process.execPath, ['--check', file]);
    const requires = scripts.flatMap((file) => relativeRequires(file).map((target) => ({ file, target })));
    // Every page script requires the runtime and its chunks, so there are more requires than pages.
    expect(requires.length).toBeGreaterThan(pageScripts.length);
    for (const { file, target } of requires) {
      expect(existsSync(target), `${relative(WEAPP_DIR, file)} requires missing ${relative(WEAPP_DIR, target)}`).toBe(
        true,
      );
      // The main package may not reach into a subpackage (it may not be downloaded yet).
      if (!packageOf(file)) expect(packageOf(target), `${relative(WEAPP_DIR, file)} → subpackage`).toBeUndefined();
    }
    // Both sides of that rule were exercised: requires from the main package and from subpackages.
    expect(requires.filter((r) => !packageOf(r.file)).length).toBeGreaterThan(0);
    expect(requires.filter((r) => packageOf(r.file)).length).toBeGreaterThan(0);
  });

  // The weapp runtime tests (weapp-runtime*.test.ts) run this same folder: they prove the production build's paths,
  // not a watch build's (which has source maps and unminified code).
  it.runIf(built)('is a production build: no source maps, as `build:weapp` and `build:weapp:local` make it', () => {
    const files = filesUnder(WEAPP_DIR);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const mapped = files.filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('sourceMappingURL'));
    expect(mapped).toEqual([]);
  });

  it.runIf(built)('keeps the main package within 450 KiB and the whole build within 1.5 MiB', () => {
    const sizes = weappSizes();
    expect(sizes.main).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(TOTAL_BUDGET);
  });

  it.runIf(built)('keeps each staff subpackage (staff, studio, admin) within 200 KiB', () => {
    const sizes = weappSizes();
    // The three staff subpackages are in the build, each with its budget.
    expect(Object.keys(SUBPACKAGE_BUDGETS).sort()).toEqual(STAFF_ROOTS.map((root) => `${root}/`).sort());
    for (const [root, budget] of Object.entries(SUBPACKAGE_BUDGETS)) {
      expect(sizes.subpackages[root], `${root} is missing from the build`).toBeGreaterThan(0);
      expect(sizes.subpackages[root], `${root} is over its budget`).toBeLessThanOrEqual(budget);
    }
  });

  // Only subpackage pages validate forms: the validation library (zod) and the form kit are copied into each
  // subpackage (client/config/subpackage-chunks.ts) rather than shared through the main package.
  it.runIf(built)(
    'keeps what only subpackages use out of the main package: zod, the form kit, the sign-in gate',
    () => {
      const app = readAppJson();
      const roots = subpackageRoots(app);
      const scripts = filesUnder(WEAPP_DIR).filter((f) => f.endsWith('.js'));
      const packageOf = (file: string) =>
        roots.find((r) => relative(WEAPP_DIR, file).split(sep).join('/').startsWith(r));
      const holding = (marker: string) =>
        new Set(
          scripts.filter((file) => readFileSync(file, 'utf8').includes(marker)).map((f) => packageOf(f) ?? 'main'),
        );
      // Every subpackage but the message centre and the online halls, which have no form.
      const withForms = new Set(roots.filter((r) => r !== 'messages/' && r !== 'online/'));
      // Every one of them validates with a shared zod model: the staff gate's 修改密码 (a one-time password must be
      // changed on any staff page first) checks the shared password rules, so even the studio carries zod.
      // Markers of zod's core, the form kit's field row and the gate of citizen pages.
      expect(holding('$ZodType')).toEqual(withForms);
      expect(holding('zz-field__label')).toEqual(withForms);
      expect(holding('"booking-gate"')).toEqual(new Set(['booking/', 'lookup/', 'messages/']));
    },
  );

  // The staff tools (features/staff) are shared by the three staff subpackages and no main-package page: the build
  // copies their scripts and styles into each staff subpackage, so none of it ships in the main package.
  it.runIf(built)('copies the staff tools into each staff subpackage and keeps them out of the main package', () => {
    const app = readAppJson();
    const roots = subpackageRoots(app);
    const files = filesUnder(WEAPP_DIR).filter((f) => f.endsWith('.js') || f.endsWith('.wxss'));
    const packageOf = (file: string) =>
      roots.find((r) => relative(WEAPP_DIR, file).split(sep).join('/').startsWith(r)) ?? 'main';
    const holding = (marker: string, ext: string) =>
      new Set(files.filter((file) => file.endsWith(ext) && readFileSync(file, 'utf8').includes(marker)).map(packageOf));
    const staffRoots = new Set(STAFF_ROOTS.map((root) => `${root}/`));
    // The staff sign-in form of the gate (script) and its style.
    expect(holding('staff-sign-in__submit', '.js')).toEqual(staffRoots);
    expect(holding('.staff-sign-in{', '.wxss')).toEqual(staffRoots);
    // The tools' shared operations, shipped as their persisted ids: the gate's 修改密码 in every staff subpackage, a
    // studio query in studio only.
    expect(holding(persistedId('StaffChangeMyPassword'), '.js')).toEqual(staffRoots);
    expect(holding(persistedId('StudioArticles'), '.js')).toEqual(new Set(['studio/']));
    // No style of the tools in the main package (common.wxss would carry it to every citizen).
    const mainStyles = files.filter((file) => file.endsWith('.wxss') && packageOf(file) === 'main');
    expect(mainStyles.length).toBeGreaterThan(0);
    for (const file of mainStyles) {
      expect(readFileSync(file, 'utf8'), relative(WEAPP_DIR, file)).not.toMatch(/\.(?:staff|studio)-[\w-]*[\s,{:]/);
    }
  });
});
