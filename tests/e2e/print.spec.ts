// Printing, once per template that holds text (module table, module page, MDX page): disclosures open, no
// controls or navigation, links followed by their address on the site, one entry alone on one sheet.
import { expect, test, type Page } from '@playwright/test';
import { siteOrigin } from '../../src/lib/origin.ts';
import { label, localeByCode, paths, signs } from './fixtures/site.ts';

/** The number of sheets a PDF of the page holds (A4, as printed). */
async function sheets(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** Stubs the print dialog: a print button then leaves its marks for page.pdf(), which prints and fires afterprint. */
const noDialog = (page: Page) => page.evaluate(() => (window.print = () => undefined));

/** Elements a reader would see on paper (with the print media emulated). */
const printed = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);

test.describe('print', () => {
  test('the module table prints every runbook open, without controls, with each link’s address on the site; “print this entry” prints one entry alone on one sheet', async ({
    page,
  }) => {
    const ja = localeByCode('ja');
    await page.goto(paths.table(ja));
    await noDialog(page);
    await page.emulateMedia({ media: 'print' });
    // Open on paper although closed on screen (where the browser shows ::details-content, and by script before
    // printing elsewhere).
    expect(await printed(page, 'details.facts > dl'), 'runbooks printed').toBe(await page.locator('tr[id]').count());
    for (const chrome of ['button', 'input', 'form[role="search"]', '.site-header', '.site-footer'])
      expect(await printed(page, chrome), chrome).toBe(0);
    const signsLink = page.locator('tr#mta .signs-link a');
    expect(await signsLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      `" (${siteOrigin}${paths.modulePage(ja, 'mta')})"`,
    );
    // The script opens every disclosure for the print and closes them again afterwards.
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        document.body.dataset['openWhilePrinting'] = String(
          document.querySelectorAll('main details:not([open])').length,
        );
      }),
    );
    expect(await sheets(page)).toBeGreaterThan(1);
    await expect(page.locator('body')).toHaveAttribute('data-open-while-printing', '0');
    await expect(page.locator('main details[open]')).toHaveCount(0);
    // One entry: its row alone, no map, one sheet; then the page prints whole again.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: `${label(ja.code, 'entry.print')} mta` }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await printed(page, 'tbody tr'), 'rows printed').toBe(1);
    await expect(page.locator('tr#mta')).toBeVisible();
    await expect(page.locator('.module-map')).toBeHidden();
    expect(await sheets(page)).toBe(1);
    await expect(page.locator('.print-target')).toHaveCount(0);
  });

  test('a module page prints one sign alone, on one sheet', async ({ page }) => {
    const ko = localeByCode('ko');
    const sign = signs.find((s) => s.module === 'mta')!;
    await page.goto(paths.modulePage(ko, 'mta'));
    await noDialog(page);
    await page.getByRole('button', { name: `${label(ko.code, 'entry.print')} ${sign.seen}` }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await printed(page, 'li.sign'), 'signs printed').toBe(1);
    expect(await sheets(page)).toBe(1);
  });

  test('an MDX page prints its text and commands without copy buttons, links followed by their address', async ({
    page,
  }) => {
    const nl = localeByCode('nl');
    await page.goto(paths.page(nl, 'log-precision'));
    await page.emulateMedia({ media: 'print' });
    expect(await printed(page, 'main pre')).toBeGreaterThan(0);
    expect(await printed(page, 'copy-button')).toBe(0);
    const link = page.locator('main article a[href^="/"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${siteOrigin}${href})"`);
  });
});
