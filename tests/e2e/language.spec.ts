// The language switcher (a menu button) and the language picker at `/` in a browser: keeping page and
// fragment, the keyboard, the remembered choice.
import { expect, test } from '@playwright/test';
import { locales } from './fixtures/site.ts';

test.describe('language switcher', () => {
  // Each locale once as the source and once as the target: the links are the same component everywhere.
  for (const [i, from] of locales.entries()) {
    const to = locales[(i + 1) % locales.length]!;
    test(`keeps the page and the fragment from ${from.code} to ${to.code}`, async ({ page }) => {
      await page.goto(`/${from.path}/log-precision/#tracefilter`);
      await page.locator('lang-switch summary').click();
      await page.getByRole('menuitem', { name: to.name, exact: true }).click();
      await expect(page).toHaveURL(`/${to.path}/log-precision/#tracefilter`);
      await expect(page.locator('html')).toHaveAttribute('lang', to.code);
      await expect(page.locator('#tracefilter')).toBeInViewport();
    });
  }

  test('works from the keyboard alone as a menu button, with the focus always visible', async ({ page }) => {
    await page.goto('/ja/modules-and-frequent-issues/#web');
    const summary = page.locator('lang-switch summary');
    const focusVisible = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle !== 'none');
    // The header stays at hand: from the entry, a few Shift+Tab reach the switcher.
    for (let i = 0; i < 150 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    expect(await focusVisible(), 'the focused switcher shows an outline').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('lang-switch details')).toHaveAttribute('open', '');
    const item = (name: string) => page.getByRole('menuitem', { name, exact: true });
    // Opening moves the focus to the first language; arrows walk the menu and wrap around.
    for (const { name } of [...locales, locales[0]]) {
      await expect(item(name)).toBeFocused();
      expect(await focusVisible(), `the focused ${name} item shows an outline`).toBe(true);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('End');
    await expect(item(locales.at(-1)!.name)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(item(locales[0].name)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item(locales.at(-1)!.name)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/nl/modules-and-frequent-issues/#web');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('tr#web')).toBeInViewport();
  });

  test('Escape closes the menu and returns the focus; ArrowUp opens it on the last language', async ({ page }) => {
    await page.goto('/sv/log-precision/');
    const summary = page.locator('lang-switch summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAccessibleName(/Svenska/);
    await expect(summary).toHaveAttribute('aria-haspopup', 'menu');
    await page.keyboard.press('Space');
    await expect(page.getByRole('menuitem', { name: 'Svenska', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('menuitem', { name: '日本語', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menuitem', { name: '日本語', exact: true })).toBeHidden();
    await expect(summary).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: 'Nederlands', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('menuitem', { name: '日本語', exact: true })).toBeHidden();
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
      await page.getByRole('menuitem', { name: 'Nederlands', exact: true }).click();
      await expect(page).toHaveURL('/nl/');
      await page.goto('/');
      await expect(page).toHaveURL('/nl/');
    });
  });
});
