// Module entries as link targets in a browser: fragments in view and highlighted, copy link, short links, 404 pages.
import { expect, test } from '@playwright/test';
import { siteOrigin } from '../../src/lib/origin.ts';
import { locales, moduleIds, ui } from './fixtures/site.ts';

test.describe('module entries as link targets', () => {
  // The locales share the module ids between them: together they reach every entry once.
  for (const [i, locale] of locales.entries()) {
    const ids = moduleIds.filter((_, n) => n % locales.length === i);
    test(`the entries ${ids.join(', ')} in ${locale.code} are reached by their fragment, highlighted and fully in view`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const id of ids) {
        await page.goto(`/${locale.path}/modules-and-frequent-issues/#${id}`);
        const row = page.locator(`tr[id="${id}"]`);
        await expect(row).toBeInViewport({ ratio: 1 });
        expect(await row.evaluate((r) => r.matches(':target'))).toBe(true);
        await expect(row, id).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
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
});

test.describe('copy link', () => {
  for (const locale of locales) {
    test(`copies the absolute URL of the entry and confirms in ${locale.code}`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale.path}/modules-and-frequent-issues/`);
      const t = ui[locale.code];
      const button = page.getByRole('button', { name: `${t['module.copyLink']} trackinglogd` });
      await button.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${siteOrigin}/${locale.path}/modules-and-frequent-issues/#trackinglogd`,
      );
      await expect(page.locator('tr#trackinglogd th [role="status"]')).toHaveText(t['module.copied']!);
    });
  }

  test('works from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/nl/modules-and-frequent-issues/');
    await page.getByRole('button', { name: `${ui.nl['module.copyLink']} web` }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${siteOrigin}/nl/modules-and-frequent-issues/#web`,
    );
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
      await page.getByRole('link', { name: 'Nederlands', exact: true }).click();
      await page.goto('/m/syslogd/');
      await expect(page).toHaveURL('/nl/modules-and-frequent-issues/#syslogd');
    });
  });
});

// Short links, 404 pages and the link contract without JavaScript: tests/dist/pages.test.ts.
test.describe('404 pages', () => {
  test('a missing page under each locale answers 404 in that language, with a way back to the module table', async ({
    page,
  }) => {
    for (const locale of locales) {
      const response = await page.goto(`/${locale.path}/no-such-page/`);
      expect(response?.status(), locale.code).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale.code]['notFound.title']!);
    }
    await page.getByRole('link', { name: ui.nl['notFound.back']! }).click();
    await expect(page.locator('table.modules tbody tr')).toHaveCount(moduleIds.length);
  });

  test('the root 404 page, served for a missing path under each locale, answers in that language', async ({
    page,
    request,
  }) => {
    // Hosts with a single 404 page serve the root one for every missing path.
    const root = await (await request.get('/404.html')).text();
    await page.route('**/missing-page/', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: root }),
    );
    for (const locale of locales) {
      await page.goto(`/${locale.path}/missing-page/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(ui[locale.code]['notFound.title']!);
      await expect(page.getByRole('link', { name: ui[locale.code]['notFound.back']! })).toHaveAttribute(
        'href',
        `/${locale.path}/modules-and-frequent-issues/`,
      );
    }
  });
});
