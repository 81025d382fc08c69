// The header search panel closing, and the search page with and without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { locales, ui } from './fixtures/site.ts';

/** Types a query into the header box and waits for the results. */
async function searchFor(page: Page, text: string) {
  await page.getByRole('search').getByRole('searchbox').fill(text);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#search-results a').first()).toBeVisible();
}

/** The templates with a header search box, by a page of each. */
const templates = {
  home: '/nl/',
  'module table': '/nl/modules-and-frequent-issues/',
  'MDX page': '/nl/general-architecture/',
} as const;

test.describe('the header search panel', () => {
  for (const [template, path] of Object.entries(templates)) {
    test(`on the ${template}, closes when a result is chosen, on Escape and on a click outside`, async ({ page }) => {
      await page.goto(path);
      const panel = page.locator('.site-header .search .panel');
      await searchFor(page, 'watchdog');
      await page.locator('#search-results a').first().focus();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.getByRole('search').getByRole('searchbox')).toBeFocused();
      await expect(page.getByRole('search').getByRole('searchbox')).toHaveValue('watchdog');
      await page.getByRole('search').getByRole('searchbox').click();
      await expect(panel).toBeVisible();
      // A click beside the content, outside the search.
      await page.mouse.click(4, 700);
      await expect(panel).toBeHidden();
      await searchFor(page, 'syslogd');
      await page.locator('#search-results a').first().click();
      await expect(page).toHaveURL(/\/nl\/modules-and-frequent-issues\/#syslogd$/);
      await expect(panel).toBeHidden();
      await expect(page.locator('tr#syslogd')).toBeInViewport();
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    for (const locale of locales) {
      test(`never covers the ${locale.code} language button`, async ({ page }) => {
        await page.goto(`/${locale.path}/modules-and-frequent-issues/#mta`);
        await searchFor(page, 'mta');
        const summary = page.locator('lang-switch summary');
        const box = (await summary.boundingBox())!;
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('summary') !== null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit, 'the language button is on top, not the panel').toBe(true);
        await summary.click();
        await expect(page.locator('.site-header .search .panel')).toBeHidden();
      });
    }
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`in ${locale.code}, says search needs JavaScript, shows no shortcut, and links to the table`, async ({
      page,
    }) => {
      const t = ui[locale.code];
      await page.goto(`/${locale.path}/search/?q=mail`);
      await expect(page.getByText(t['search.noScript']!, { exact: true })).toBeVisible();
      await expect(page.getByText(t['search.shortcutHint']!)).toBeHidden();
      // The link stands on its own line: no sentence runs into it.
      const link = page.locator('.search-nojs a');
      await expect(link.locator('xpath=..')).toHaveText(await link.innerText());
      await link.click();
      await expect(page.locator('table.modules tbody tr')).toHaveCount(11);
    });
  }
});

test.describe('the search page with JavaScript', () => {
  test('shows the keyboard shortcuts and no notice', async ({ page }) => {
    await page.goto('/sv/search/');
    await expect(page.getByText(ui.sv['search.shortcutHint']!)).toBeVisible();
    await expect(page.getByText(ui.sv['search.noScript']!)).toBeHidden();
  });
});
