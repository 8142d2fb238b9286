// The weapp production build as WeChat DevTools would load it: every page listed in app.json exists,
// every script parses, every relative require() resolves, no main-package code depends on a subpackage,
// the size budgets hold, and what only subpackages use is not in the main package. (WeChat's own compiler
// cannot run here; this is the part we can check.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBPACKAGES } from '../../client/src/packages';
import {
  filesUnder,
  MAIN_PACKAGE_BUDGET,
  readAppJson,
  relativeRequires,
  subpackageRoots,
  TOTAL_BUDGET,
  WEAPP_DIR,
  weappSizes,
} from '../testkit/weapp-build';

const built = existsSync(join(WEAPP_DIR, 'app.json'));

describe('weapp build', () => {
  it('exists (npm test builds it before the suites run)', () => {
    expect(built, 'client/dist/weapp/app.json is missing: run `npm run build:weapp`').toBe(true);
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
    // The seven visitor pages of client/src/app.config.ts, then each subpackage's pages (client/src/packages.ts).
    expect(app.pages).toHaveLength(7);
    expect(pages.slice(7)).toEqual(SUBPACKAGES.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)));
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

  it.runIf(built)('parses every script and resolves every relative require()', () => {
    const app = readAppJson();
    const scripts = filesUnder(WEAPP_DIR).filter((f) => f.endsWith('.js'));
    // At least app.js and one script per page; the shared chunks vary with the bundler.
    const pageScripts = pagesOf(app).map((page) => join(WEAPP_DIR, `${page}.js`));
    expect(pageScripts).toHaveLength(36);
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

  it.runIf(built)('keeps the main package within 450 KiB and the whole build within 1.5 MiB', () => {
    const sizes = weappSizes();
    expect(sizes.main).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(TOTAL_BUDGET);
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
      // Markers of zod's core, the form kit's field row and the gate of citizen pages.
      expect(holding('$ZodType')).toEqual(withForms);
      expect(holding('zz-field__label')).toEqual(withForms);
      expect(holding('"booking-gate"')).toEqual(new Set(['booking/', 'lookup/', 'messages/']));
    },
  );
});
