// The language switcher and the language picker at / in a browser: keeping page and fragment, the keyboard, the
// remembered choice.
import { expect, test } from '@playwright/test';
import { locales } from './fixtures/site.ts';

test.describe('language switcher', () => {
  // Each locale once as the source and once as the target: the links are the same component everywhere.
  for (const [i, from] of locales.entries()) {
    const to = locales[(i + 1) % locales.length]!;
    test(`keeps the page and the fragment from ${from.code} to ${to.code}`, async ({ page }) => {
      await page.goto(`/${from.path}/log-precision/#tracefilter`);
      await page.locator('lang-switch summary').click();
      await page.getByRole('link', { name: to.name, exact: true }).click();
      await expect(page).toHaveURL(`/${to.path}/log-precision/#tracefilter`);
      await expect(page.locator('html')).toHaveAttribute('lang', to.code);
      await expect(page.locator('#tracefilter')).toBeInViewport();
    });
  }

  test('works from the keyboard alone, with the focus always visible', async ({ page }) => {
    await page.goto('/ja/modules-and-frequent-issues/#web');
    const summary = page.locator('lang-switch summary');
    const focusVisible = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle !== 'none');
    // From the module entry, Shift+Tab walks back through the page to the switcher in the header.
    for (let i = 0; i < 150 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    await expect(summary).toBeFocused();
    expect(await focusVisible(), 'the focused switcher shows an outline').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('lang-switch details')).toHaveAttribute('open', '');
    // Tab goes through the languages in order, without leaving the list.
    for (const { name } of locales) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name, exact: true })).toBeFocused();
      expect(await focusVisible(), `the focused ${name} link shows an outline`).toBe(true);
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/nl/modules-and-frequent-issues/#web');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('tr#web')).toBeInViewport();
  });

  test('opens and closes from the keyboard, saying which language is current', async ({ page }) => {
    await page.goto('/sv/log-precision/');
    const summary = page.locator('lang-switch summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAccessibleName(/Svenska/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('link', { name: 'Svenska', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('link', { name: '日本語', exact: true })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('link', { name: '日本語', exact: true })).toBeHidden();
    await expect(summary).toBeFocused();
  });
});

test.describe('language picker at /', () => {
  // What the picker lists without JavaScript is read from the built page in tests/dist/pages.test.ts.
  for (const [browserLocale, expected] of [
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['zh-TW', 'zh-tw'],
    ['sv-SE', 'sv'],
    ['nl-BE', 'nl'],
  ] as const) {
    test.describe(`with JavaScript and a ${browserLocale} browser`, () => {
      test.use({ locale: browserLocale });
      test(`takes a first-time visitor to /${expected}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${expected}/`);
      });
    });
  }

  test.describe('with JavaScript and a browser language the site does not publish', () => {
    test.use({ locale: 'de-DE' });
    test('stays on the picker', async ({ page }) => {
      await page.goto('/');
      // The picker's script decides when it defines its element (a redirect would already be under way).
      await page.waitForFunction(() => customElements.get('locale-picker') !== undefined);
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('link', { name: /^Svenska/ })).toBeVisible();
    });
  });

  test.describe('with a remembered choice', () => {
    test.use({ locale: 'ja-JP' });
    test('sends the reader to the language they chose, over the browser language', async ({ page }) => {
      await page.goto('/ja/');
      await page.locator('lang-switch summary').click();
      await page.getByRole('link', { name: 'Nederlands', exact: true }).click();
      await expect(page).toHaveURL('/nl/');
      await page.goto('/');
      await expect(page).toHaveURL('/nl/');
    });
  });
});
