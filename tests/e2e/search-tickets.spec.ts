// Search as tickets are written: typos, tokens, exact phrases, filler words, bad input, loading on focus.
import { expect, test, type Page } from '@playwright/test';
import { locales, ui } from './fixtures/site.ts';

/** Types into the header box and waits until the results are complete. */
async function search(page: Page, text: string) {
  await page.getByRole('search').getByRole('searchbox').fill(text);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
}

const first = (page: Page) => page.locator('#search-results a').first();

for (const locale of locales) {
  test.describe(`search from a ticket in ${locale.code}`, () => {
    const t = ui[locale.code];
    const entry = (id: string) => `/${locale.path}/modules-and-frequent-issues/#${id}`;

    test('corrects a mistyped module name, says so, and offers the search as typed', async ({ page }) => {
      await page.goto(`/${locale.path}/`);
      await search(page, 'syslgd');
      await expect(first(page)).toHaveAttribute('href', entry('syslogd'));
      const notice = page.locator('site-search .correction');
      const showing = t['search.showingFor']!.replace('{{query}}', 'syslogd');
      const asTyped = t['search.searchAsTyped']!.replace('{{query}}', 'syslgd');
      await expect(notice).toHaveText(`${showing} ${asTyped}`);
      await notice.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale.path}/search/\\?q=syslgd&exact`));
      await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
      await expect(page.locator('site-search .correction')).toBeHidden();
      await expect(page.locator('site-search [role="status"]')).toHaveText(
        t['search.noResults']!.replace('{{query}}', 'syslgd'),
      );
    });

    test('puts the module that owns a port first, with words around it', async ({ page }) => {
      await page.goto(`/${locale.path}/`);
      await search(page, `${t['search.label']} 7777`);
      await expect(first(page)).toHaveAttribute('href', entry('stat'));
      await search(page, '8080 ?');
      await expect(first(page)).toHaveAttribute('href', entry('web'));
    });
  });
}

test.describe('search from a ticket', () => {
  test('puts the module of an exact symptom phrase first, with its words marked and no internal key names', async ({
    page,
  }) => {
    await page.goto('/zh-tw/');
    await search(page, '郵件寄不出去');
    await expect(first(page)).toHaveAttribute('href', '/zh-tw/modules-and-frequent-issues/#mta');
    await expect(first(page).locator('mark').first()).toBeVisible();
    await search(page, 'sysl');
    await expect(page.locator('#search-results')).not.toContainText(/moreLogs|normalLogs|logsTo|\bkind\b/);
  });

  test('does not mark ordinary words in the results', async ({ page }) => {
    await page.goto('/nl/');
    await search(page, 'de logs van de workflow worden niet geschreven');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.toLowerCase())).not.toEqual(expect.arrayContaining(['van', 'de', 'worden', 'niet']));
  });

  for (const [name, text] of [
    ['punctuation-only', '?!…()[]'],
    ['emoji', '🔥📧🔥'],
    ['right-to-left', 'البريد لا يعمل'],
    ['stop-words-only', 'och i på att det'],
    ['pasted log line', `2026-12-01 10:22:03.120Z 00002F1C 1 ERROR "connection refused" [stat@default] <udp:7777>`],
    ['markup', '<b onmouseover="alert(1)">mail</b>'.repeat(40)],
  ] as const) {
    test(`answers a ${name} query with results or "nothing found", never an error or markup`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/sv/');
      await search(page, text);
      const links = await page.locator('#search-results a').count();
      if (links === 0)
        await expect(page.locator('site-search [role="status"]')).toHaveText(
          ui.sv['search.noResults']!.replace('{{query}}', text.trim().slice(0, 300)),
        );
      await expect(page.locator('site-search b, site-search script, site-search img')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('finds the module of a pasted log line', async ({ page }) => {
    await page.goto('/ko/');
    await search(page, `2026-12-01 10:22:03 ERROR "connection refused" [stat@default] <udp:7777>`);
    await expect(first(page)).toHaveAttribute('href', '/ko/modules-and-frequent-issues/#stat');
  });

  test('starts loading the search when the box gets focus, before any typing', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/ja/log-precision/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('search').getByRole('searchbox').focus();
    await expect.poll(() => requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  });
});
