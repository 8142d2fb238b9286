// The weapp production build as WeChat DevTools would load it: every page listed in app.json exists,
// every script parses, every relative require() resolves, no main-package code depends on a subpackage,
// and the size budgets hold. (WeChat's own compiler cannot run here; this is the part we can check.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it.runIf(built)('has every page of app.json, in the main package and in subpackages', () => {
    const app = readAppJson();
    const pages = [
      ...app.pages,
      ...[...(app.subPackages ?? []), ...(app.subpackages ?? [])].flatMap((p) =>
        p.pages.map((page) => `${p.root.replace(/\/*$/, '')}/${page}`),
      ),
    ];
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) {
        expect(existsSync(join(WEAPP_DIR, page + ext)), `${page}${ext}`).toBe(true);
      }
    }
    // Tab-bar pages must live in the main package.
    const roots = subpackageRoots(app);
    for (const tab of app.tabBar?.list ?? []) expect(roots.some((r) => tab.pagePath.startsWith(r))).toBe(false);
  });

  it.runIf(built)('parses every script and resolves every relative require()', () => {
    const scripts = filesUnder(WEAPP_DIR).filter((f) => f.endsWith('.js'));
    const roots = subpackageRoots(readAppJson());
    const packageOf = (file: string) => roots.find((r) => relative(WEAPP_DIR, file).split(sep).join('/').startsWith(r));
    for (const file of scripts) {
      execFileSync(process.execPath, ['--check', file]);
      for (const target of relativeRequires(file)) {
        expect(existsSync(target), `${relative(WEAPP_DIR, file)} requires missing ${relative(WEAPP_DIR, target)}`).toBe(
          true,
        );
        // The main package may not reach into a subpackage (it may not be downloaded yet).
        if (!packageOf(file)) expect(packageOf(target), `${relative(WEAPP_DIR, file)} → subpackage`).toBeUndefined();
      }
    }
  });

  it.runIf(built)('keeps the main package within 450 KiB and the whole build within 1.5 MiB', () => {
    const sizes = weappSizes();
    expect(sizes.main).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
    expect(sizes.total).toBeLessThanOrEqual(TOTAL_BUDGET);
  });
});
