// Accessibility gate: axe on one page of each template in each locale, light and dark, wide and narrow. Pages of
// one template share their markup, so a behaviour is tested once per template, not once per page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { openHeld } from './fixtures/gates.ts';
import { templateSamples } from './fixtures/site.ts';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, plus axe's best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Two ways the site is read: a light desktop, audited with every rule, and a dark phone (where the table turns
 * into cards), audited with the rules whose outcome depends on colours and layout; both once per template. The
 * other locales of a template get the language rules (`lightLocale`). Disclosures (the language list, the
 * runbook facts) are opened first: axe skips hidden content.
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
/**
 * The light desktop in the other locales of a template: the rules whose outcome depends on the language and
 * its text (lang attributes, contrast and size of the text as set in that script); the markup itself is the
 * template's, audited with every rule in one locale.
 */
const lightLocale = {
  ...light,
  name: 'light, 1280 px (language rules)',
  rules: ['html-has-lang', 'html-lang-valid', 'valid-lang', ...dark.rules],
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
async function audit(page: Page, view: typeof light | typeof dark | typeof lightLocale): Promise<string[]> {
  await page.setViewportSize(view.viewport);
  await page.emulateMedia({ colorScheme: view.colorScheme });
  const axe = new AxeBuilder({ page }).withTags([...tags]);
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
  // Every rule runs once per template, in a locale that rotates with the template so each language has some.
  const full = new Set(
    [...new Set(samples.map((s) => s.template))].map((template, i) => {
      const ofTemplate = samples.filter((s) => s.template === template);
      return ofTemplate[i % ofTemplate.length]!.path;
    }),
  );
  for (const { template, locale, path } of samples) {
    const what = full.has(path) ? 'every rule, light and dark, wide and narrow' : 'the language rules';
    test(`the ${template} template${locale ? ` in ${locale.code}` : ''} (${path}) has no violations (${what})`, async ({
      page,
    }) => {
      // The module page is large, and CI machines are shared.
      test.setTimeout(90_000);
      await open(page, path);
      const failures = full.has(path)
        ? [...(await audit(page, light)), ...(await audit(page, dark))]
        : await audit(page, lightLocale);
      expect(failures, `axe violations on ${path}`).toEqual([]);
    });
  }
});
