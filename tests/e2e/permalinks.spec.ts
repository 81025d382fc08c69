// Links that last, in a browser: entry anchors, copied links, short links, 404 pages. The link contract and the
// sitemap are read without a browser in tests/dist/.
import { expect, test } from '@playwright/test';
import { locales, moduleIds, ui } from './fixtures/site.ts';

test.describe('module entries as link targets', () => {
  for (const locale of locales) {
    test(`every entry in ${locale.code} is reached by its fragment, highlighted and fully in view`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const id of moduleIds) {
        await page.goto(`/${locale.path}/modules-and-frequent-issues/#${id}`);
        const row = page.locator(`tr[id="${id}"]`);
        await expect(row).toBeInViewport({ ratio: 1 });
        expect(await row.evaluate((r) => r.matches(':target'))).toBe(true);
        const background = await row.evaluate((r) => getComputedStyle(r).backgroundColor);
        expect(background, id).not.toBe('rgba(0, 0, 0, 0)');
      }
    });
  }

  test('a lowercase fragment reaches and highlights the same entry', async ({ page }) => {
    await page.goto('/ja/modules-and-frequent-issues/#inmail');
    const row = page.locator('tr#inMail');
    await expect(row).toBeInViewport();
    expect(await row.evaluate((r) => getComputedStyle(r).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('each entry shows a visible permalink to itself', async ({ page }) => {
    await page.goto('/sv/modules-and-frequent-issues/');
    const link = page.getByRole('link', { name: ui.sv['module.permalink']!.replace('{{module}}', 'wfserver') });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '#wfserver');
  });

  test('each entry offers the same entry in the other four languages, each marked with its language', async ({
    page,
  }) => {
    await page.goto('/ko/modules-and-frequent-issues/');
    const details = page.locator('tr#mta details.other-languages');
    await details.locator('summary').click();
    for (const other of locales.filter((l) => l.code !== 'ko')) {
      const block = details.locator(`[lang="${other.code}"]`);
      await expect(block.getByRole('link', { name: other.name })).toHaveAttribute(
        'href',
        `/${other.path}/modules-and-frequent-issues/#mta`,
      );
    }
  });
});

test.describe('copy link', () => {
  for (const locale of locales) {
    test(`both copied links of an entry open it on the served origin, and the ${locale.code} confirmation says which was copied`, async ({
      page,
      context,
      browser,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale.path}/modules-and-frequent-issues/`);
      const origin = new URL(page.url()).origin;
      const t = ui[locale.code];
      const copied = async (key: string, confirmation: string) => {
        await page.getByRole('button', { name: `${t[key]} trackinglogd` }).click();
        // The button now reads the confirmation, and so does the status announced to screen readers.
        await expect(page.locator('tr#trackinglogd').getByRole('button', { name: t[confirmation]! })).toBeVisible();
        await expect(page.locator('copy-strings').getByRole('status')).toHaveText(t[confirmation]!);
        return page.evaluate(() => navigator.clipboard.readText());
      };
      const link = await copied('module.copyLink', 'module.copied');
      expect(link).toBe(`${origin}/${locale.path}/modules-and-frequent-issues/#trackinglogd`);
      const short = await copied('module.copyShortLink', 'module.copiedShort');
      expect(short).toBe(`${origin}/m/trackinglogd/`);
      // A colleague whose browser speaks another language opens both.
      const colleague = locales[(locales.indexOf(locale) + 1) % locales.length]!;
      const elsewhere = await browser.newContext({ locale: colleague.code });
      const other = await elsewhere.newPage();
      for (const [url, lands] of [
        [link, locale],
        [short, colleague],
      ] as const) {
        await other.goto(url);
        await expect(other, url).toHaveURL(`${origin}/${lands.path}/modules-and-frequent-issues/#trackinglogd`);
        await expect(other.locator('tr#trackinglogd'), url).toBeInViewport();
      }
      await elsewhere.close();
    });
  }

  test('works from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/nl/modules-and-frequent-issues/');
    await page.getByRole('button', { name: `${ui.nl['module.copyLink']} web` }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL(page.url()).origin}/nl/modules-and-frequent-issues/#web`,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('hides the copy button, which could not work', async ({ page }) => {
      await page.goto('/nl/modules-and-frequent-issues/');
      await expect(page.locator('copy-button button').first()).toBeHidden();
    });
  });
});

test.describe('short links', () => {
  for (const [path, expected] of [
    ['/m/inmail/', 'inMail'],
    ['/m/inMail/', 'inMail'],
    ['/m/wfserver/', 'wfserver'],
  ] as const) {
    test.describe(`${path} with a Korean browser`, () => {
      test.use({ locale: 'ko-KR' });
      test('leads to the entry in Korean', async ({ page }) => {
        await page.goto(path);
        await expect(page).toHaveURL(`/ko/modules-and-frequent-issues/#${expected}`);
        await expect(page.locator(`tr#${expected}`)).toBeInViewport();
      });
    });
  }

  test.describe('in an unusual letter case', () => {
    test.use({ locale: 'sv-SE' });
    test('still leads to the entry', async ({ page }) => {
      await page.goto('/m/INMAIL/');
      await expect(page).toHaveURL('/sv/modules-and-frequent-issues/#inMail');
    });
  });

  test.describe('with a remembered choice', () => {
    test.use({ locale: 'ja-JP' });
    test('prefers the language the reader chose over the browser language', async ({ page }) => {
      await page.goto('/ja/');
      await page.locator('lang-switch summary').click();
      await page.getByRole('menuitem', { name: 'Nederlands', exact: true }).click();
      await page.goto('/m/syslogd/');
      await expect(page).toHaveURL('/nl/modules-and-frequent-issues/#syslogd');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'ja-JP' });
    test('lists the entry in all five languages, each line a complete link', async ({ page }) => {
      await page.goto('/m/stat/');
      await expect(page.getByRole('list').getByRole('listitem')).toHaveCount(locales.length);
      for (const l of locales) {
        const link = page.locator(`li[lang="${l.code}"] a`);
        await expect(link).toHaveAttribute('href', `/${l.path}/modules-and-frequent-issues/#stat`);
        // No line ends on a colon with nothing after it.
        await expect(link).toHaveText(new RegExp(`^${l.name}.*stat[^:：]*$`));
      }
    });
  });
});

test.describe('404 pages', () => {
  for (const locale of locales) {
    test(`a missing page under /${locale.path}/ answers in ${locale.code} with a way back to the module table`, async ({
      page,
    }) => {
      const response = await page.goto(`/${locale.path}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale.code]['notFound.title']!);
      // The way on from here: a search box in the page, which finds the module.
      const box = page.getByRole('main').getByRole('searchbox', { name: ui[locale.code]['search.label']! });
      await box.fill('trackinglogd');
      await expect(page.locator('#search-results a').first()).toHaveAttribute(
        'href',
        `/${locale.path}/modules-and-frequent-issues/#trackinglogd`,
      );
      await page.keyboard.press('Escape');
      await page.getByRole('link', { name: ui[locale.code]['notFound.back']! }).click();
      await expect(page.locator('table.modules tbody tr')).toHaveCount(11);
    });
  }

  for (const locale of locales) {
    test(`the root 404 page, served for a missing /${locale.path}/ path, answers in ${locale.code}`, async ({
      page,
      request,
    }) => {
      // Hosts with a single 404 page serve the root one for every missing path.
      const root = await (await request.get('/404.html')).text();
      await page.route('**/missing-page/', (route) =>
        route.fulfill({ status: 404, contentType: 'text/html', body: root }),
      );
      await page.goto(`/${locale.path}/missing-page/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(ui[locale.code]['notFound.title']!);
      await expect(page.getByRole('link', { name: ui[locale.code]['notFound.back']! })).toHaveAttribute(
        'href',
        `/${locale.path}/modules-and-frequent-issues/`,
      );
      await page.getByRole('searchbox', { name: ui[locale.code]['search.label']! }).fill('trackinglogd');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${locale.path}/search/?q=trackinglogd`);
      await expect(page.locator('#search-results a').first()).toHaveAttribute(
        'href',
        `/${locale.path}/modules-and-frequent-issues/#trackinglogd`,
      );
    });
  }

  test.describe('root 404 without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the message in all five languages', async ({ page }) => {
      await page.goto('/404.html');
      for (const l of locales)
        await expect(page.locator(`section[lang="${l.code}"] h2`)).toHaveText(ui[l.code]['notFound.title']!);
    });
  });
});
