// Accessibility gate: axe on one page of each template, light and dark, wide and narrow. Pages of one template
// share their markup, so a behaviour is tested once per template, not once per page or per locale.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { openHeld } from './fixtures/gates.ts';
import { templateSamples } from './fixtures/site.ts';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, plus axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Two ways the site is read: a light desktop, audited with every rule, and a dark phone (where the table turns
 * into cards), audited with the rules whose outcome depends on colours and layout; both once per template, in a
 * locale that rotates with the template, so that every language is audited on some template. The pages of a
 * template share their markup, styles and scripts in every locale; what differs by language (the `lang`
 * attributes of every page) is checked over the whole build by tests/dist/head.test.ts. Disclosures (the
 * language list, the runbook facts) are opened first: axe skips hidden content.
 */
const light = {
  name: 'light, 1280 px',
  colorScheme: 'light',
  viewport: { width: 1280, height: 900 },
  rules: [],
} as const;
const dark = {
  name: 'dark, 360 px',
  colorScheme: 'dark',
  viewport: { width: 360, height: 800 },
  rules: ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'target-size'],
} as const;

/** Opens a page, held there (a redirect is cancelled), with every disclosure open. */
async function open(page: Page, path: string): Promise<void> {
  await openHeld(page, path);
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/**
 * Audits the open page in one view; returns one line per failing element: view, rule, impact, fix, where.
 * Switching views re-lays out the same page (media queries apply live), which saves a second load.
 */
async function audit(page: Page, view: typeof light | typeof dark, exclude?: string): Promise<string[]> {
  await page.setViewportSize(view.viewport);
  await page.emulateMedia({ colorScheme: view.colorScheme });
  const tagged = new AxeBuilder({ page }).withTags([...tags]);
  const axe = exclude ? tagged.exclude(exclude) : tagged;
  const results = await (view.rules.length > 0 ? axe.withRules([...view.rules]) : axe).analyze();
  expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(view.rules.length > 0 ? 0 : 10);
  return results.violations.flatMap((v: Result) =>
    v.nodes.map(
      (n) =>
        `[${view.name}] ${v.id} (${v.impact}): ${v.help} → ${n.target.join(' ')}\n    ${n.failureSummary?.replaceAll('\n', '\n    ')}`,
    ),
  );
}

test.describe('accessibility (axe, WCAG 2.2 A/AA and best practices)', () => {
  const samples = templateSamples();
  // One page per template, in a locale that rotates with the template so each language has some.
  const audited = [...new Set(samples.map((s) => s.template))].map((template, i) => {
    const ofTemplate = samples.filter((s) => s.template === template);
    return ofTemplate[i % ofTemplate.length]!;
  });
  for (const { template, locale, path } of audited) {
    test(`the ${template} template${locale ? ` in ${locale.code}` : ''} (${path}) has no violations (every rule, light and dark, wide and narrow)`, async ({
      page,
    }) => {
      // The module page is large, and CI machines are shared.
      test.setTimeout(90_000);
      await open(page, path);
      // The table's entries repeat one markup (one row per module): the first three are audited with the rest of
      // the page, which halves the time of its largest page; every entry's content is checked in tests/dist/.
      const exclude = template === 'module table' ? 'tbody > tr:nth-of-type(n+4)' : undefined;
      expect(
        [...(await audit(page, light, exclude)), ...(await audit(page, dark, exclude))],
        `axe violations on ${path}`,
      ).toEqual([]);
    });
  }
});
