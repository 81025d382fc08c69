// What a reader keeps from page to page: their instance name in every command, their language for short
// links and `/`; and what a finger needs: copy buttons it can hit, no keyboard hints it cannot use.
import { expect, test } from '@playwright/test';
import { label, localeByCode, ModuleTablePage, paths } from './fixtures/site.ts';

test.describe('instance name', () => {
  test('typed once, it fills every command and path, shown and copied, on this page and the next; a bad name is refused; each entry reports on itself', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const sv = localeByCode('sv');
    const table = await ModuleTablePage.open(page, sv);
    const facts = table.row('mta').locator('details.facts');
    await facts.locator('summary').click();
    const restart = facts.locator('dd.cmd').nth(1);
    const copyRestart = async () => {
      await restart.getByRole('button').click();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    // None set: the page says what <instance> stands for, and the copy quotes it.
    await expect(page.locator('instance-name')).toContainText('<instance>');
    expect(await copyRestart()).toBe('nlserver restart mta@"<instance>"');
    const field = page.getByLabel(label(sv.code, 'instance.label'));
    await field.fill('prod 1');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#instance-error')).toHaveText(
      label(sv.code, 'instance.invalid').replace('{{value}}', 'prod 1'),
    );
    await expect(restart.locator('pre')).toHaveText('nlserver restart mta@<instance>');
    await field.fill('mkt_prod-1');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await expect(restart.locator('pre')).toHaveText('nlserver restart mta@mkt_prod-1');
    await expect(facts.locator('dd code').nth(1)).toContainText('/var/mkt_prod-1/log/mta.log');
    expect(await copyRestart()).toBe('nlserver restart mta@mkt_prod-1');
    // Each entry has its own report link, prefilled with its address and the locale (the footer's names the page).
    const report = decodeURIComponent((await table.row('mta').locator('a.report').getAttribute('href')) ?? '');
    expect(report).toContain(`${paths.table(sv)}#mta`);
    expect(report).toContain('locale: sv');
    // Another page with commands shows it too.
    await page.goto(paths.page(sv, 'log-precision'));
    await expect(page.locator('main pre', { hasText: 'mta_debug@mkt_prod-1' })).toHaveCount(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the commands show <instance> as written, with the note and no field', async ({ page }) => {
      await ModuleTablePage.open(page, localeByCode('ko'));
      await expect(page.locator('instance-name p')).toBeVisible();
      await expect(page.locator('instance-name input')).toBeHidden();
    });
  });
});

test.describe('short links and / remember the reader', () => {
  test.use({ locale: 'en-US' });
  test('after reading a Dutch page, /m/<id>/ and / open Dutch; ?choose, linked from every page, keeps the chooser', async ({
    page,
  }) => {
    const nl = localeByCode('nl');
    await page.goto(paths.page(nl, 'log-precision'));
    await page.goto(paths.short('wfserver'));
    await expect(page).toHaveURL(paths.entry(nl, 'wfserver'));
    await page.goto(paths.root);
    await expect(page).toHaveURL(paths.home(nl));
    await page.getByRole('link', { name: label(nl.code, 'lang.choose') }).click();
    await page.waitForFunction(() => customElements.get('locale-picker') !== undefined);
    await expect(page).toHaveURL(/\/\?choose$/);
    await expect(page.getByRole('listitem')).toHaveCount(5);
    await page.goto(`${paths.short('wfserver')}?choose`);
    await page.waitForFunction(() => customElements.get('short-link') !== undefined);
    await expect(page.getByRole('listitem')).toHaveCount(5);
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('copy buttons are 44 px tall, commands read at body size, and the search page advertises no keys', async ({
    page,
  }) => {
    const ja = localeByCode('ja');
    const table = await ModuleTablePage.open(page, ja);
    const facts = table.row('web').locator('details.facts');
    await facts.locator('summary').click();
    for (const button of await facts.locator('copy-button button').all())
      expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    const size = (selector: string) =>
      facts
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize);
    expect(await size('pre')).toBe(
      await page
        .locator('main p')
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize),
    );
    await page.goto(paths.search(ja));
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await expect(page.getByText(label(ja.code, 'search.shortcutHint'))).toBeHidden();
  });
});
