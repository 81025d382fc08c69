// The header search panel closing, and the search page with and without JavaScript.
import { expect, test } from '@playwright/test';
import { SearchBox } from './fixtures/search.ts';
import { localeByCode, locales, mdxPageIds, ModuleTablePage, oneLocale, paths, ui } from './fixtures/site.ts';

/** The templates with a header search box, by a page of each, in one locale. */
const nl = localeByCode('nl');
const templates = {
  home: paths.home(nl),
  'module table': paths.table(nl),
  'MDX page': paths.page(nl, mdxPageIds[0]!),
};

test.describe('the header search panel', () => {
  for (const [template, path] of Object.entries(templates)) {
    test(`on the ${template}, closes when a result is chosen, on Escape and on a click outside`, async ({ page }) => {
      await page.goto(path);
      const search = new SearchBox(page);
      await search.find('watchdog');
      await search.first.focus();
      await page.keyboard.press('Escape');
      await expect(search.panel).toBeHidden();
      await expect(search.box).toBeFocused();
      await expect(search.box).toHaveValue('watchdog');
      await search.box.click();
      await expect(search.panel).toBeVisible();
      // A click beside the content, outside the search.
      await page.mouse.click(4, 700);
      await expect(search.panel).toBeHidden();
      await search.find('syslogd');
      await search.first.click();
      await expect(page).toHaveURL(paths.entry(nl, 'syslogd'));
      await expect(search.panel).toBeHidden();
      await expect(new ModuleTablePage(page, nl).row('syslogd')).toBeInViewport();
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    // The header's layout at this width is checked in every locale by layout.spec.ts (the search row spans it):
    // the panel's place above it, once, in a rotating locale.
    for (const locale of locales.filter((l) => oneLocale(l, 'panel and language button'))) {
      test(`never covers the ${locale.code} language button`, async ({ page }) => {
        await ModuleTablePage.open(page, locale, 'mta');
        const search = new SearchBox(page);
        await search.find('mta');
        const summary = page.locator('lang-switch summary');
        const box = (await summary.boundingBox())!;
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('summary') !== null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit, 'the language button is on top, not the panel').toBe(true);
        await summary.click();
        await expect(search.panel).toBeHidden();
      });
    }
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    if (oneLocale(locale, 'no-js search page'))
      test(`in ${locale.code}, says search needs JavaScript, shows no shortcut, and links to the table`, async ({
        page,
      }) => {
        const t = ui[locale.code];
        await page.goto(paths.search(locale, 'mail'));
        await expect(page.getByText(t['search.noScript']!, { exact: true })).toBeVisible();
        await expect(page.getByText(t['search.shortcutHint']!)).toBeHidden();
        // The link stands on its own line: no sentence runs into it.
        const link = page.locator('.search-nojs a').first();
        await expect(link.locator('xpath=..')).toHaveText(await link.innerText());
        await link.click();
        await new ModuleTablePage(page, locale).expectEveryModule();
      });
  }
});

test.describe('the search page with JavaScript', () => {
  test('shows the keyboard shortcuts and no notice', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(paths.search(locale));
      await expect(page.getByText(ui[locale.code]['search.shortcutHint']!)).toBeVisible();
      await expect(page.getByText(ui[locale.code]['search.noScript']!)).toBeHidden();
    }
  });
});
