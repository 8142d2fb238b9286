// axe-core (from npm) in the H5 app: its source is injected into the page under test and run on what the visitor
// sees. Any suite calls expectNoSeriousViolations(page, name) after reaching a page; it fails on every critical or
// serious violation and names the rule, the elements and the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

/** The impacts that fail a page; moderate and minor ones are advice. */
const FAILING_IMPACTS = new Set(['critical', 'serious']);

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with a short HTML excerpt. */
  elements: string[];
}

interface AxeResultsShape {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
  }>;
}

/** Every critical or serious violation on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
  }
  const results = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    // H5 keeps earlier pages of the stack in the DOM, hidden; axe skips hidden elements itself. The document is
    // the context so page-level rules (lang, viewport zoom) are judged too.
    return axe.run(document, { resultTypes: ['violations'] });
  })) as AxeResultsShape;
  return results.violations
    .filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact))
    .map((v) => ({
      rule: v.id,
      impact: v.impact as string,
      help: v.help,
      elements: v.nodes.map((n) => `${n.target.map(String).join(' ')}  ${n.html.slice(0, 160)}`),
    }));
}

/** One line per violation and element, for a failure message or a report. */
export function describeViolations(name: string, violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `[${name}] ${v.impact} ${v.rule}: ${v.help}\n${v.elements.map((e) => `    ${e}`).join('\n')}`)
    .join('\n');
}

/** Fails with every critical or serious violation on the page, named by `name`. */
export async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `axe: ${violations.length} critical or serious violation(s)\n${describeViolations(name, violations)}`,
    );
  }
}
