// The language switcher (a menu button) and the language picker at `/` in a browser: keeping page and
// fragment, the keyboard, the remembered choice.
import { expect, test } from '@playwright/test';
import { localeByCode, locales, modules, ModuleTablePage, paths, oneLocale } from './fixtures/site.ts';

const first = locales[0];
const last = locales.at(-1)!;

test.describe('language switcher', () => {
  // Each locale once as the source and once as the target, in one walk round the locales (the links are the same
  // component everywhere; Firefox and WebKit run it too, in tests/engines/).
  test('keeps the page and the fragment from each language to the next', async ({ page }) => {
    await page.goto(paths.page(first, 'log-precision', 'tracefilter'));
    for (const [i, from] of locales.entries()) {
      const to = locales[(i + 1) % locales.length]!;
      await page.locator('lang-switch summary').click();
      await page.getByRole('menuitem', { name: to.name, exact: true }).click();
      await expect(page, `${from.code} → ${to.code}`).toHaveURL(paths.page(to, 'log-precision', 'tracefilter'));
      await expect(page.locator('html')).toHaveAttribute('lang', to.code);
      await expect(page.locator('#tracefilter')).toBeInViewport();
    }
  });

  test('works from the keyboard alone as a menu button, with the focus always visible', async ({ page }) => {
    // The first entry: walking back from an entry far down the page is tests/e2e/focus.spec.ts's part.
    const entry = modules[0]!.id;
    await ModuleTablePage.open(page, localeByCode('ja'), entry);
    const summary = page.locator('lang-switch summary');
    const focusVisible = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle !== 'none');
    // The header stays at hand: from the entry, a few Shift+Tab reach the switcher.
    for (let i = 0; i < 40 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    expect(await focusVisible(), 'the focused switcher shows an outline').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('lang-switch details')).toHaveAttribute('open', '');
    const item = (name: string) => page.getByRole('menuitem', { name, exact: true });
    // Opening moves the focus to the first language; arrows walk the menu and wrap around.
    for (const { name } of [...locales, first]) {
      await expect(item(name)).toBeFocused();
      expect(await focusVisible(), `the focused ${name} item shows an outline`).toBe(true);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('End');
    await expect(item(last.name)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(item(first.name)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item(last.name)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(paths.entry(last, entry));
    await expect(page.locator('html')).toHaveAttribute('lang', last.code);
    await expect(page.locator(`tr#${entry}`)).toBeInViewport();
  });

  test('Escape closes the menu and returns the focus; ArrowUp opens it on the last language', async ({ page }) => {
    const sv = localeByCode('sv');
    const other = locales.find((l) => l !== sv)!;
    await page.goto(paths.page(sv, 'log-precision'));
    const summary = page.locator('lang-switch summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAccessibleName(new RegExp(sv.name));
    await expect(summary).toHaveAttribute('aria-haspopup', 'menu');
    const item = (name: string) => page.getByRole('menuitem', { name, exact: true });
    await page.keyboard.press('Space');
    await expect(item(sv.name)).toHaveAttribute('aria-current', 'true');
    await expect(item(other.name)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(item(other.name)).toBeHidden();
    await expect(summary).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item(last.name)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(item(other.name)).toBeHidden();
  });
});

test.describe('language picker at /', () => {
  // What the picker lists without JavaScript is read from the built page in tests/dist/pages.test.ts.
  // A browser set to each published language, with a region where Adobe's tags give one (ja-JP for ja).
  for (const locale of locales) {
    const browserLocale = locale.exlAliases.find((tag) => /^[a-z]{2,3}-[A-Z]{2}$/.test(tag)) ?? locale.code;
    test.describe(`with JavaScript and a ${browserLocale} browser`, () => {
      test.use({ locale: browserLocale });
      // One browser language per run (rotating); the mapping of every language is unit-tested (locale-choice).
      test.skip(!oneLocale(locale, 'root by browser language'), 'another browser language runs it this time');
      test(`takes a first-time visitor to ${paths.home(locale)}`, async ({ page }) => {
        await page.goto(paths.root);
        await expect(page).toHaveURL(paths.home(locale));
      });
    });
  }

  test.describe('with JavaScript and a browser language the site does not publish', () => {
    test.use({ locale: 'de-DE' });
    test('stays on the picker', async ({ page }) => {
      await page.goto(paths.root);
      // The picker's script decides when it defines its element (a redirect would already be under way).
      await page.waitForFunction(() => customElements.get('locale-picker') !== undefined);
      await expect(page).toHaveURL(paths.root);
      for (const locale of locales)
        await expect(page.getByRole('link', { name: new RegExp(`^${locale.name}`) })).toBeVisible();
    });
  });

  test.describe('with a remembered choice', () => {
    test.use({ locale: 'ja-JP' });
    test('sends the reader to the language they chose, over the browser language', async ({ page }) => {
      const nl = localeByCode('nl');
      await page.goto(paths.home(localeByCode('ja')));
      await page.locator('lang-switch summary').click();
      await page.getByRole('menuitem', { name: nl.name, exact: true }).click();
      // The page chosen remembers its language once it has loaded.
      await page.waitForURL(paths.home(nl));
      await page.goto(paths.root);
      await expect(page).toHaveURL(paths.home(nl));
    });
  });
});
