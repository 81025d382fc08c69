// Links that last, in a browser: entry anchors, copied links, short links, 404 pages. The link contract and the
// sitemap are read without a browser in tests/dist/.
import { expect, test } from '@playwright/test';
import { SearchBox } from './fixtures/search.ts';
import { localeByCode, locales, moduleIds, ModuleTablePage, oneLocale, paths, ui } from './fixtures/site.ts';

test.describe('module entries as link targets', () => {
  for (const locale of locales) {
    if (oneLocale(locale, 'entries by fragment'))
      test(`every entry in ${locale.code} is reached by its fragment, highlighted and fully in view`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: 1280, height: 800 });
        for (const id of moduleIds) {
          const row = (await ModuleTablePage.open(page, locale, id)).row(id);
          await expect(row).toBeInViewport({ ratio: 1 });
          expect(await row.evaluate((r) => r.matches(':target'))).toBe(true);
          const background = await row.evaluate((r) => getComputedStyle(r).backgroundColor);
          expect(background, id).not.toBe('rgba(0, 0, 0, 0)');
        }
      });
  }

  test('a lowercase fragment reaches and highlights the same entry', async ({ page }) => {
    const row = (await ModuleTablePage.open(page, localeByCode('ja'), 'inmail')).row('inMail');
    await expect(row).toBeInViewport();
    expect(await row.evaluate((r) => getComputedStyle(r).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('each entry shows a visible permalink to itself', async ({ page }) => {
    await ModuleTablePage.open(page, localeByCode('sv'));
    const link = page.getByRole('link', { name: ui.sv['module.permalink']!.replace('{{module}}', 'wfserver') });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '#wfserver');
  });

  test('each entry offers the same entry in every other language, each marked with its language', async ({ page }) => {
    const ko = localeByCode('ko');
    const table = await ModuleTablePage.open(page, ko);
    const details = table.row('mta').locator('details.other-languages');
    await details.locator('summary').click();
    for (const other of locales.filter((l) => l !== ko)) {
      const block = details.locator(`[lang="${other.code}"]`);
      await expect(block.getByRole('link', { name: other.name })).toHaveAttribute('href', paths.entry(other, 'mta'));
    }
  });
});

test.describe('copy link', () => {
  for (const locale of locales) {
    if (oneLocale(locale, 'copy links'))
      test(`both copied links of an entry open it on the served origin, and the ${locale.code} confirmation says which was copied`, async ({
        page,
        context,
        browser,
      }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await ModuleTablePage.open(page, locale);
        const origin = new URL(page.url()).origin;
        const t = ui[locale.code];
        const copied = async (key: string, confirmation: string) => {
          const button = page.getByRole('button', { name: `${t[key]} trackinglogd` });
          await button.click();
          // The confirmation shows over the button, and the status announced to screen readers says it.
          await expect(button.locator('xpath=..').locator('.copy-done')).toHaveText(t[confirmation]!);
          await expect(page.locator('copy-strings').getByRole('status')).toHaveText(t[confirmation]!);
          return page.evaluate(() => navigator.clipboard.readText());
        };
        const link = await copied('module.copyLink', 'module.copied');
        expect(link).toBe(`${origin}${paths.entry(locale, 'trackinglogd')}`);
        const short = await copied('module.copyShortLink', 'module.copiedShort');
        expect(short).toBe(`${origin}${paths.short('trackinglogd')}`);
        // A colleague whose browser speaks another language opens both: the short link first, since a page read
        // in one language makes the short links open that language afterwards.
        const colleague = locales[(locales.indexOf(locale) + 1) % locales.length]!;
        const elsewhere = await browser.newContext({ locale: colleague.code });
        const other = await elsewhere.newPage();
        for (const [url, lands] of [
          [short, colleague],
          [link, locale],
        ] as const) {
          await other.goto(url);
          await expect(other, url).toHaveURL(`${origin}${paths.entry(lands, 'trackinglogd')}`);
          await expect(other.locator('tr#trackinglogd'), url).toBeInViewport();
        }
        await elsewhere.close();
      });
  }

  test('works from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const nl = localeByCode('nl');
    await ModuleTablePage.open(page, nl);
    await page.getByRole('button', { name: `${ui.nl['module.copyLink']} web` }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL(page.url()).origin}${paths.entry(nl, 'web')}`,
    );
  });

  test('when the browser refuses to copy, the link is shown under the button, selected, with what to do', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse } });
    });
    const ko = localeByCode('ko');
    await ModuleTablePage.open(page, ko);
    await page.getByRole('button', { name: `${ui.ko['module.copyLink']} stat` }).click();
    const field = page.locator('tr#stat').getByRole('textbox', { name: ui.ko['module.copyFailed']! });
    const url = `${new URL(page.url()).origin}${paths.entry(ko, 'stat')}`;
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(url);
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([
      0,
      url.length,
    ]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('hides the copy button, which could not work', async ({ page }) => {
      await ModuleTablePage.open(page, localeByCode('nl'));
      await expect(page.locator('copy-button button').first()).toBeHidden();
    });
  });
});

test.describe('short links', () => {
  // As written by shortUrl(), and as a reader may type it.
  for (const [path, expected] of [
    [paths.short('inMail'), 'inMail'],
    ['/m/inMail/', 'inMail'],
    [paths.short('wfserver'), 'wfserver'],
  ] as const) {
    test.describe(`${path} with a Korean browser`, () => {
      test.use({ locale: 'ko-KR' });
      test('leads to the entry in Korean', async ({ page }) => {
        await page.goto(path);
        await expect(page).toHaveURL(paths.entry(localeByCode('ko'), expected));
        await expect(page.locator(`tr#${expected}`)).toBeInViewport();
      });
    });
  }

  test.describe('in an unusual letter case', () => {
    test.use({ locale: 'sv-SE' });
    test('still leads to the entry', async ({ page }) => {
      await page.goto('/m/INMAIL/');
      await expect(page).toHaveURL(paths.entry(localeByCode('sv'), 'inMail'));
    });
  });

  test.describe('with a remembered choice', () => {
    test.use({ locale: 'ja-JP' });
    test('prefers the language the reader chose over the browser language', async ({ page }) => {
      const nl = localeByCode('nl');
      await page.goto(paths.home(localeByCode('ja')));
      await page.locator('lang-switch summary').click();
      await page.getByRole('menuitem', { name: nl.name, exact: true }).click();
      // The page chosen remembers its language once it has loaded.
      await page.waitForURL(paths.home(nl));
      await page.goto(paths.short('syslogd'));
      await expect(page).toHaveURL(paths.entry(nl, 'syslogd'));
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'ja-JP' });
    test('lists the entry in every language, each line a complete link', async ({ page }) => {
      await page.goto(paths.short('stat'));
      await expect(page.getByRole('list').getByRole('listitem')).toHaveCount(locales.length);
      for (const l of locales) {
        const link = page.locator(`li[lang="${l.code}"] a`);
        await expect(link).toHaveAttribute('href', paths.entry(l, 'stat'));
        // No line ends on a colon with nothing after it.
        await expect(link).toHaveText(new RegExp(`^${l.name}.*stat[^:：]*$`));
      }
    });
  });
});

test.describe('404 pages', () => {
  // What each 404 page says, with and without JavaScript, is read from the built pages (tests/dist/pages.test.ts);
  // here what only a browser shows: the status and language each locale answers with, and the way on, once.
  test('a missing page under each locale answers 404 in its language', async ({ page }) => {
    for (const locale of locales) {
      const response = await page.goto(paths.missing(locale));
      expect(response?.status(), locale.code).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale.code]['notFound.title']!);
    }
  });

  for (const locale of locales) {
    if (oneLocale(locale, 'the way on from a 404 page'))
      test(`the ${locale.code} 404 page's search finds the module, and its link leads back to the module table`, async ({
        page,
      }) => {
        await page.goto(paths.missing(locale));
        const search = new SearchBox(
          page,
          page.getByRole('main').getByRole('searchbox', { name: ui[locale.code]['search.label']! }),
        );
        await search.find('trackinglogd');
        await expect(search.first).toHaveAttribute('href', paths.entry(locale, 'trackinglogd'));
        await page.keyboard.press('Escape');
        await page.getByRole('link', { name: ui[locale.code]['notFound.back']! }).click();
        await new ModuleTablePage(page, locale).expectEveryModule();
      });
  }

  test('the root 404 page, served for a missing path of each locale, answers in that language', async ({
    page,
    request,
  }) => {
    // Hosts with a single 404 page serve the root one for every missing path.
    const root = await (await request.get(paths.rootNotFound)).text();
    await page.route('**/no-such-page/', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: root }),
    );
    for (const locale of locales) {
      await page.goto(paths.missing(locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(ui[locale.code]['notFound.title']!);
      await expect(page.getByRole('link', { name: ui[locale.code]['notFound.back']! })).toHaveAttribute(
        'href',
        paths.table(locale),
      );
    }
  });

  test('a 404 page offers the entry its path or its fragment names', async ({ page }) => {
    const ja = localeByCode('ja');
    const t = ui.ja;
    for (const [path, id] of [
      [`${paths.home(ja)}wfsever/`, 'wfserver'],
      [`${paths.missing(ja)}#MTA`, 'mta'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      const hint = page.getByRole('main').getByText(t['fragment.suggest']!);
      await expect(hint.getByRole('link', { name: id, exact: true }), path).toHaveAttribute(
        'href',
        paths.entry(ja, id),
      );
    }
  });

  test('the root 404 page sends a locale prefix as people type it to the locale, on hosts without redirects', async ({
    page,
    request,
  }) => {
    const root = await (await request.get(paths.rootNotFound)).text();
    await page.route('**/Sv/log-precision/**', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: root }),
    );
    await page.goto('/Sv/log-precision/?q=1#verbose');
    await expect(page).toHaveURL(`${paths.page(localeByCode('sv'), 'log-precision')}?q=1#verbose`);
  });

  for (const locale of locales) {
    if (oneLocale(locale, 'the search of the root 404 page'))
      test(`the root 404 page's search leads to the ${locale.code} search page, the module first`, async ({
        page,
        request,
      }) => {
        const root = await (await request.get(paths.rootNotFound)).text();
        await page.route(`**${paths.missing(locale)}`, (route) =>
          route.fulfill({ status: 404, contentType: 'text/html', body: root }),
        );
        await page.goto(paths.missing(locale));
        await page.getByRole('searchbox', { name: ui[locale.code]['search.label']! }).fill('trackinglogd');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(paths.search(locale, 'trackinglogd'));
        const search = new SearchBox(page);
        await search.settled();
        await expect(search.first).toHaveAttribute('href', paths.entry(locale, 'trackinglogd'));
      });
  }
});
