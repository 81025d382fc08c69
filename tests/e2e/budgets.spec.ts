// Page weight budgets as a browser loads them (HTML, CSS, JS before any search), once per template and locale.
import { expect, test } from '@playwright/test';
import { budgets, kb, measurePage } from '../../bench/page-weight.ts';
import { templateSamples } from './fixtures/site.ts';

// Pages of one template load the same CSS and JS; tests/dist/weight.test.ts checks every page's HTML.
test.describe('page weight budgets (gzip, before any search)', () => {
  for (const { template, locale, path } of templateSamples()) {
    test(`the ${template} template${locale ? ` in ${locale.code}` : ''} (${path}) stays within HTML ${kb(budgets.html)}, CSS ${kb(budgets.css)}, JS ${kb(budgets.js)}`, async ({
      page,
    }) => {
      const weight = await measurePage(page, path);
      const files = weight.files.map((f) => `${f.type} ${kb(f.bytes)} ${new URL(f.url).pathname}`).join('\n');
      expect(weight.html, 'the page loaded its HTML').toBeGreaterThan(0);
      expect.soft(weight.html, `HTML\n${files}`).toBeLessThanOrEqual(budgets.html);
      expect.soft(weight.css, `CSS\n${files}`).toBeLessThanOrEqual(budgets.css);
      expect.soft(weight.js, `JS\n${files}`).toBeLessThanOrEqual(budgets.js);
      expect(
        weight.files.filter((f) => f.url.includes('/pagefind/')),
        'Pagefind waits for the first search',
      ).toEqual([]);
    });
  }
});
