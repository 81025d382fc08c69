// Security at run time: no request leaves the site, no CSP refusal or script error, on one page per template and
// locale and a search.
import { expect, test, type BrowserContext } from '@playwright/test';
import { SearchBox } from './fixtures/search.ts';
import { locales, oneLocale, paths, templateSamples } from './fixtures/site.ts';

// What the pages declare (CSP and referrer <meta>, no inline code, _headers) is read from the built
// files in tests/dist/security.test.ts; this checks what a browser does with them.

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

test.describe('security at run time', () => {
  const groups = [
    { name: 'pages outside the locales (/, 404, short link)', locale: undefined },
    // One locale's pages per run (rotating): the templates are the same in every locale.
    ...locales
      .filter((l) => oneLocale(l, 'security at run time'))
      .map((l) => ({ name: `${l.code} pages and a search`, locale: l })),
  ];
  for (const group of groups) {
    test(`browsing one page of each template of the ${group.name} requests nothing from another origin and trips no CSP refusal`, async ({
      context,
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const { requests, refusals } = record(context);
      const pages = templateSamples().filter((s) => s.locale === group.locale);
      expect(pages.length, 'pages of this group').toBeGreaterThan(0);
      // Module scripts have run by `load`; the search below then loads Pagefind.
      for (const { path } of pages) await page.goto(path, { waitUntil: 'load' });
      if (group.locale) {
        await page.goto(paths.home(group.locale));
        const search = new SearchBox(page);
        const results = await search.find('syslogd');
        expect(results.length, 'the search showed results').toBeGreaterThan(0);
        expect(requests.filter((r) => r.includes('/pagefind/')).length, 'the search loaded Pagefind').toBeGreaterThan(
          0,
        );
        // Opening a result loads the page it leads to, under the same checks.
        await search.first.click();
        await expect(page).toHaveURL(results[0]!);
      }
      const outside = requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin);
      expect(outside, 'requests that left the site').toEqual([]);
      expect(refusals, 'CSP refusals and script errors').toEqual([]);
      expect(requests.length).toBeGreaterThanOrEqual(pages.length);
    });
  }
});
