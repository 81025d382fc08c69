// Search in a browser, in every locale: ranking, cross-language hits, the search page, the keyboard, robustness, no-
// JavaScript form.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SearchBox } from './fixtures/search.ts';
import {
  endingWith,
  localeByCode,
  locales,
  modules,
  ModuleTablePage,
  oneLocale,
  paths,
  signs,
  ui,
} from './fixtures/site.ts';

type Query = { q: string; expect: string; site?: string; from?: string };
const set = JSON.parse(readFileSync('bench/search-queries.json', 'utf8')) as {
  sameLanguage: Record<string, Query[]>;
  crossLanguage: Query[];
};

for (const locale of locales) {
  test.describe(`search in ${locale.code}`, () => {
    const entry = (id: string) => paths.entry(locale, id);

    test('ranks the entry of same-language symptoms among the first results', async ({ page }) => {
      await page.goto(paths.home(locale));
      const search = new SearchBox(page);
      const top3: [string, string][] = (set.sameLanguage[locale.code] ?? [])
        .slice(0, 6)
        .map((q): [string, string] => [q.q, q.expect]);
      // A result is right when it lands on the module: its entry or one of its signs.
      for (const [q, id] of top3) expect((await search.findModules(q)).slice(0, 3), q).toContain(id);
    });

    // Names, ports and commands are the same words in every locale's index: one locale, rotating.
    if (oneLocale(locale, 'literal module names, ports and commands'))
      test('ranks the module of literal module names, ports and commands first', async ({ page }) => {
        await page.goto(paths.home(locale));
        const search = new SearchBox(page);
        const top3: [string, string][] = [
          ['wfserver', 'wfserver'],
          ['inmail', 'inMail'],
          ['INMAIL', 'inMail'],
          ['6666', 'syslogd'],
          ['xtk:session', 'web'],
          // The log-precision section about the MTA trace may rank first, which is right too.
          ['mta_debug', 'mta'],
        ];
        // A result is right when it lands on the module: its entry or one of its signs.
        for (const [q, id] of top3) expect((await search.findModules(q)).slice(0, 3), q).toContain(id);
        for (const [q, id] of [
          ['7777', 'stat'],
          ['nlserver start trackinglogd', 'trackinglogd'],
          ['nlserver config -reload', 'web'],
        ] as const) {
          expect((await search.findModules(q))[0], q).toBe(id);
        }
        // `nlserver pdump` lands on modules that use it: their runbook command, or a sign it checks.
        const withPdump = new Set([
          ...modules.filter((m) => m.facts.commands.some((c) => c.command === 'nlserver pdump')).map((m) => m.id),
          ...signs.filter((s) => s.check?.command === 'nlserver pdump').map((s) => s.module),
        ]);
        const hits = await search.findModules('nlserver pdump');
        for (const id of hits.slice(0, 3)) expect(withPdump, `nlserver pdump → ${id}`).toContain(id);
      });

    test('finds symptoms typed in another language and links to the entry in this locale, saying which language matched', async ({
      page,
    }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(paths.page(locale, 'log-precision'));
      // A language in another script: Chinese and Japanese share characters, so a Japanese
      // symptom can match the Chinese text itself, which is then (rightly) not a cross-language hit.
      const from = locale.code === 'zh-TW' || locale.code === 'ja' ? 'ko' : 'ja';
      const q = set.crossLanguage.find((c) => c.site === locale.code && c.from === from)!;
      const search = new SearchBox(page);
      expect((await search.find(q.q)).slice(0, 3), q.q).toContain(entry(q.expect));
      const hit = search.results.locator(`a[href="${entry(q.expect)}"]`);
      const name = localeByCode(from).name;
      await expect(hit).toContainText(ui[locale.code]['search.matchedIn']!.replace('{{language}}', name));
      // Its label and scope are those of the language that matched, marked as such for fonts and screen readers.
      await expect(hit.locator(`.r-meta [lang="${from}"]`)).not.toBeEmpty();
      // The reader's own index, and of the others only the module index of the language typed.
      const folders = new Set(requested.flatMap((p) => /^\/pagefind\/([^/]+)\/(modules\/)?/.exec(p)?.[0] ?? []));
      expect([...folders].sort()).toEqual(
        [`/pagefind/${locale.path}/`, `/pagefind/${localeByCode(from).path}/modules/`].sort(),
      );
    });

    if (oneLocale(locale, 'finds sections of this locale'))
      test('finds sections of this locale’s pages, and never another locale’s', async ({ page }) => {
        await page.goto(paths.home(locale));
        const pages = (await new SearchBox(page).find('tracefilter')).filter(
          (h) => !h?.startsWith(paths.table(locale)),
        );
        expect(pages.some((h) => h?.startsWith(paths.page(locale, 'log-precision')))).toBe(true);
        for (const h of pages) expect(h?.startsWith(paths.home(locale)), `${h} is a page of this locale`).toBe(true);
      });

    if (oneLocale(locale, 'highlights the matched words and announc'))
      test('highlights the matched words and announces the number of results', async ({ page }) => {
        await page.goto(paths.home(locale));
        const search = new SearchBox(page);
        await search.find('syslogd');
        await expect(search.first.locator('mark').first()).toBeVisible();
        const count = await search.links.count();
        const t = ui[locale.code];
        const template =
          new Intl.PluralRules(locale.code).select(count) === 'one'
            ? t['search.results_one']!
            : t['search.results_other']!;
        await expect(search.status).toHaveText(template.replace('{{count}}', String(count)));
      });

    if (oneLocale(locale, 'runs a linked query on the search page, '))
      test('runs a linked query on the search page, and the results lead to the entry', async ({ page }) => {
        const search = await SearchBox.open(page, locale, 'trackinglogd');
        await search.first.click();
        await expect(page).toHaveURL(entry('trackinglogd'));
        await expect(new ModuleTablePage(page, locale).row('trackinglogd')).toBeInViewport();
      });

    if (oneLocale(locale, 'is used from the keyboard: / focuses, ar'))
      test('is used from the keyboard: / focuses, arrows move, Enter opens, Escape closes', async ({ page }) => {
        await page.goto(paths.page(locale, 'general-architecture'));
        const search = new SearchBox(page);
        await page.locator('body').press('/');
        await expect(search.box).toBeFocused();
        await page.keyboard.type('syslogd');
        await search.settled();
        await expect(search.links.nth(1)).toBeVisible();
        await page.keyboard.press('ArrowDown');
        await expect(search.first).toBeFocused();
        await page.keyboard.press('ArrowDown');
        await expect(search.links.nth(1)).toBeFocused();
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Escape');
        await expect(search.box).toBeFocused();
        await expect(search.results).toBeHidden();
        await page.keyboard.press('Control+k');
        await expect(search.box).toBeFocused();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(entry('syslogd'));
      });
  });
}

test.describe('search safety and robustness', () => {
  test('shows a script-like query as text and runs no script', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const search = await SearchBox.open(page, localeByCode('sv'), '<img src=x onerror=alert(1)>');
    // Markup made from the query would still be in the page once the results are rendered: none is.
    await expect(page.locator('#search-results img, site-search img')).toHaveCount(0);
    await expect(search.box).toHaveValue('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
  });

  // One page for every input: each is typed over the results of the last, as a reader would.
  test('handles an empty, a whitespace-only and a 1,000-character query without failing or hanging', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(paths.home(localeByCode('ko')));
    const search = new SearchBox(page);
    for (const [name, text] of [
      ['empty', ''],
      ['whitespace-only', '   \t '],
      ['1,000-character', 'メール送信 mail '.repeat(77).slice(0, 1000)],
    ] as const) {
      await search.find('web');
      await search.box.fill(text);
      await expect(search.results, `${name} query`).toHaveAttribute('aria-busy', 'false', { timeout: 5000 });
      if (!text.trim()) await expect(search.links, `${name} query`).toHaveCount(0);
      expect(errors, `${name} query`).toEqual([]);
    }
  });

  test('loads nothing of the search engine until a search starts', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    // Module scripts have run by the load event, which is when a page could first have asked for Pagefind.
    await page.goto(paths.table(localeByCode('nl')), { waitUntil: 'load' });
    expect(requested.filter((u) => /pagefind|search-ui/.test(u))).toEqual([]);
    await new SearchBox(page).type('watchdog');
    expect(requested.some((u) => u.includes('/pagefind/nl/pagefind.js'))).toBe(true);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // The same form and page in every locale (what each locale's search page says is checked in tests/dist).
  for (const locale of locales.filter((l) => oneLocale(l, 'no-JS search form'))) {
    test(`the ${locale.code} search form leads to a search page that explains and links to the module table`, async ({
      page,
    }) => {
      await page.goto(paths.home(locale));
      const search = new SearchBox(page);
      await search.box.fill('mail');
      await search.box.press('Enter');
      await expect(page).toHaveURL(endingWith(paths.search(locale, 'mail')));
      await expect(page.getByText(ui[locale.code]['search.noScript']!)).toBeVisible();
      await page.locator('noscript a, .notice a').first().click();
      await new ModuleTablePage(page, locale).expectEveryModule();
    });
  }
});
