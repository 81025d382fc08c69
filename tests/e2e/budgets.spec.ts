// Page weight budgets as a browser loads them (HTML, CSS, JS before any search), once per template.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { budgets, kb, measurePage } from '../../bench/page-weight.ts';
import { builtHtml, templateSamples, type Sample } from './fixtures/site.ts';

/** The heaviest sample of each template: its pages load the same CSS and JS, and its HTML is the largest. */
function heaviest(): Sample[] {
  const weight = (s: Sample) => gzipSync(builtHtml(s.path)).length;
  const byTemplate = new Map<string, Sample>();
  for (const s of templateSamples()) {
    const seen = byTemplate.get(s.template);
    if (!seen || weight(s) > weight(seen)) byTemplate.set(s.template, s);
  }
  return [...byTemplate.values()];
}

// tests/dist/weight.test.ts checks every page's HTML; the browser adds what scripts import.
test.describe('page weight budgets (gzip, before any search)', () => {
  for (const { template, locale, path } of heaviest()) {
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
