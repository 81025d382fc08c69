import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headersFile } from '../../scripts/headers.ts';
import { policyProblems } from '../../scripts/page-policy.ts';
import { gatedPages } from './fixtures/gates.ts';
import { builtHtml, distDir, locales } from './fixtures/site.ts';

/** Records every request of a browser context and every CSP refusal or script error of its pages. */
function record(context: BrowserContext) {
  const requests: string[] = [];
  const refusals: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(`${m.page()?.url()}: ${m.text()}`);
  });
  context.on('weberror', (e) => refusals.push(`${e.page()?.url()}: ${e.error().message}`));
  return { requests, refusals };
}

/** Searches from the header box, if this build has search, and opens the first result. */
async function searchIfAvailable(page: Page, text: string): Promise<boolean> {
  const box = page.getByRole('search').getByRole('searchbox').first();
  if ((await page.locator('#search-results').count()) === 0 || (await box.count()) === 0) return false;
  await box.fill(text);
  const results = page.locator('#search-results');
  await expect(results.locator('a').first()).toBeVisible();
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await results.locator('a').first().click();
  await page.waitForLoadState('networkidle');
  return true;
}

test.describe('security', () => {
  test('every built page carries the CSP and referrer policy and has no inline script, style or handler', () => {
    const problems = gatedPages().flatMap((path) => policyProblems(builtHtml(path)).map((p) => `${path} ${p}`));
    expect(problems).toEqual([]);
  });

  test('the build writes _headers with the same policy, for hosts that read one', () => {
    const file = join(distDir, '_headers');
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(headersFile());
  });

  const groups = [
    {
      name: 'pages outside the locales (/, 404, short links)',
      pages: gatedPages().filter((p) => !locales.some((l) => p.startsWith(`/${l.path}/`))),
      query: undefined,
    },
    ...locales.map((l) => ({
      name: `${l.code} pages and a search`,
      pages: gatedPages().filter((p) => p.startsWith(`/${l.path}/`)),
      query: 'syslogd',
    })),
  ];
  for (const group of groups) {
    test(`browsing the ${group.name} requests nothing from another origin and trips no CSP refusal`, async ({
      context,
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const origin = new URL(baseURL!).origin;
      const { requests, refusals } = record(context);
      for (const path of group.pages) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
      }
      let searched = false;
      if (group.query) {
        await page.goto(group.pages[0]!);
        searched = await searchIfAvailable(page, group.query);
        if (searched)
          expect(
            requests.some((r) => r.includes('/pagefind/')),
            'the search loaded Pagefind',
          ).toBe(true);
      }
      test.info().annotations.push({
        type: 'requests',
        description: `${requests.length} requests${searched ? ', including a search' : ''}`,
      });
      const outside = requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin);
      expect(outside, 'requests that left the site').toEqual([]);
      expect(refusals, 'CSP refusals and script errors').toEqual([]);
      expect(requests.length).toBeGreaterThanOrEqual(group.pages.length);
    });
  }
});
