import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Result } from 'axe-core';
import { gatedPages, openHeld } from './fixtures/gates.ts';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, plus axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Two ways the site is read: a light desktop, audited with every rule, and a dark phone (where the
 * table turns into cards), audited again with the rules whose outcome depends on colours and
 * layout. Disclosures (the language list, the runbook facts) are opened first: axe skips hidden content.
 */
const views = [
  { name: 'light, 1280 px', colorScheme: 'light', viewport: { width: 1280, height: 900 }, rules: undefined },
  {
    name: 'dark, 360 px',
    colorScheme: 'dark',
    viewport: { width: 360, height: 800 },
    rules: ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'target-size'],
  },
] as const;

/** One line per failing element: rule, impact, what to fix, where. */
function describe(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${v.help} → ${n.target.join(' ')}\n    ${n.failureSummary?.replaceAll('\n', '\n    ')}`,
    ),
  );
}

test.describe('accessibility (axe, WCAG 2.2 A/AA and best practices)', () => {
  for (const path of gatedPages()) {
    test(`${path} has no violations in light and dark, wide and narrow`, async ({ page }) => {
      // The module page is large, and CI machines are shared.
      test.setTimeout(90_000);
      const failures: string[] = [];
      for (const view of views) {
        await page.setViewportSize(view.viewport);
        await page.emulateMedia({ colorScheme: view.colorScheme });
        await openHeld(page, path);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const axe = new AxeBuilder({ page }).withTags([...tags]);
        const results = await (view.rules ? axe.withRules([...view.rules]) : axe).analyze();
        failures.push(...describe(results.violations).map((line) => `[${view.name}] ${line}`));
        expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(view.rules ? 0 : 10);
        await page.unrouteAll({ behavior: 'ignoreErrors' });
      }
      expect(failures, `axe violations on ${path}`).toEqual([]);
    });
  }
});
