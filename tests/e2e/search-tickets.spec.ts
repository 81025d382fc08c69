// Search as tickets are written: typos, tokens, exact phrases, filler words, bad input, loading on focus.
import { expect, test } from '@playwright/test';
import { SearchBox } from './fixtures/search.ts';
import { endingWith, localeByCode, locales, oneLocale, paths, ui } from './fixtures/site.ts';

for (const locale of locales) {
  test.describe(`search from a ticket in ${locale.code}`, () => {
    const t = ui[locale.code];
    const entry = (id: string) => paths.entry(locale, id);

    if (oneLocale(locale, 'typo correction'))
      test('corrects a mistyped module name, says so, and offers the search as typed', async ({ page }) => {
        await page.goto(paths.home(locale));
        const search = new SearchBox(page);
        await search.type('syslgd');
        await expect(search.first).toHaveAttribute('href', entry('syslogd'));
        const notice = search.correction;
        const showing = t['search.showingFor']!.replace('{{query}}', 'syslogd');
        const asTyped = t['search.searchAsTyped']!.replace('{{query}}', 'syslgd');
        await expect(notice).toHaveText(`${showing} ${asTyped}`);
        await notice.getByRole('link').click();
        await expect(page).toHaveURL(endingWith(paths.search(locale, 'syslgd', true)));
        await search.settled();
        await expect(search.correction).toBeHidden();
        await expect(search.status).toHaveText(t['search.noResults']!.replace('{{query}}', 'syslgd'));
      });

    // The port's owner is found the same way in every locale; the words around it rotate with the locale.
    if (oneLocale(locale, 'port with words around'))
      test('puts the module that owns a port first, with words around it', async ({ page }) => {
        await page.goto(paths.home(locale));
        const search = new SearchBox(page);
        // The module's entry or one of its signs (the port's own sign) comes first.
        expect((await search.findModules(`${t['search.label']} 7777`))[0]).toBe('stat');
        expect((await search.findModules('8080 ?'))[0]).toBe('web');
      });
  });
}

test.describe('search from a ticket', () => {
  test('puts the module of an exact symptom phrase first, with its words marked and no internal key names', async ({
    page,
  }) => {
    const zhTW = localeByCode('zh-TW');
    await page.goto(paths.home(zhTW));
    const search = new SearchBox(page);
    await search.type('郵件寄不出去');
    await expect(search.first).toHaveAttribute('href', paths.entry(zhTW, 'mta'));
    await expect(search.first.locator('mark').first()).toBeVisible();
    await search.type('sysl');
    await expect(search.results).not.toContainText(/moreLogs|normalLogs|logsTo|\bkind\b/);
  });

  test('does not mark ordinary words in the results', async ({ page }) => {
    await page.goto(paths.home(localeByCode('nl')));
    const search = new SearchBox(page);
    await search.type('de logs van de workflow worden niet geschreven');
    const marks = await search.results.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.toLowerCase())).not.toEqual(expect.arrayContaining(['van', 'de', 'worden', 'niet']));
  });

  // One page for every input, typed one after another as a reader would.
  test('answers punctuation, emoji, right-to-left, stop-word, log-line and markup queries with results or "nothing found", never an error or markup', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(paths.home(localeByCode('sv')));
    const search = new SearchBox(page);
    for (const [name, text] of [
      ['punctuation-only', '?!…()[]'],
      ['emoji', '🔥📧🔥'],
      ['right-to-left', 'البريد لا يعمل'],
      ['stop-words-only', 'och i på att det'],
      ['pasted log line', `2026-12-01 10:22:03.120Z 00002F1C 1 ERROR "connection refused" [stat@default] <udp:7777>`],
      ['markup', '<b onmouseover="alert(1)">mail</b>'.repeat(40)],
    ] as const) {
      await search.type(text);
      const links = await search.links.count();
      if (links === 0)
        await expect(search.status, `${name} query`).toHaveText(
          ui.sv['search.noResults']!.replace('{{query}}', text.trim().slice(0, 300)),
        );
      await expect(page.locator('site-search b, site-search script, site-search img'), `${name} query`).toHaveCount(0);
      expect(errors, `${name} query`).toEqual([]);
    }
  });

  test('finds the module of a pasted log line', async ({ page }) => {
    const ko = localeByCode('ko');
    await page.goto(paths.home(ko));
    const search = new SearchBox(page);
    await search.type(`2026-12-01 10:22:03 ERROR "connection refused" [stat@default] <udp:7777>`);
    await expect(search.first).toHaveAttribute('href', paths.entry(ko, 'stat'));
  });

  test('starts loading the search when the box gets focus, before any typing', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(paths.page(localeByCode('ja'), 'log-precision'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const search = new SearchBox(page);
    await search.box.focus();
    // The reader's own locale's bundle, and no other locale's index.
    await expect.poll(() => requested.some((u) => u.includes('/pagefind/ja/pagefind.js'))).toBe(true);
    await search.settled();
  });
});
