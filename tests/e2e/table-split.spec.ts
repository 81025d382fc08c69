import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { budgets, kb, measurePage } from '../../bench/page-weight.ts';
import { collection } from '../../bench/generate.ts';
import { splitSize, splitSite } from './setup/split-table.ts';
import { splitTable } from '../../src/lib/table-pages.ts';
import { startServer } from '../../scripts/serve.ts';
import { label, localeByCode, locales, oneLocale, paths, type Locale } from './fixtures/site.ts';

// One build of a generated collection (kept out of the repository, in a temporary folder, started by the global
// setup) for every test here; served on its own port beside the shipped site.
const port = Number(process.env['SPLIT_PORT'] ?? 4415);
const origin = `http://localhost:${port}`;
const layout = splitTable(collection(splitSize));
const lastPage = layout.pages.at(-1)!;
const late = lastPage.ids.at(-1)!;
const table = (locale: Locale, n = 1) => `${origin}${paths.table(locale, n)}`;

let server: Server | undefined;
let dist = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Built in the background since the run began (setup/split-table.ts).
  test.setTimeout(600_000);
  dist = await splitSite();
  server = await startServer(dist, port);
});

test.afterAll(() => server?.close());

test.describe('a split module table', () => {
  test('is split into several pages', () => {
    expect(layout.pages.length).toBeGreaterThan(2);
  });

  // The same pages and script in every locale: one locale, rotating.
  for (const locale of locales.filter((l) => oneLocale(l, 'split table'))) {
    test(`${locale.code}: a late entry's anchored URL lands on it with JavaScript, in any letter case`, async ({
      page,
    }) => {
      await page.goto(`${table(locale)}#${late.toUpperCase()}`);
      await expect(page).toHaveURL(`${table(locale, lastPage.number)}#${late}`);
      await expect(page.locator(`tr[id="${late}"]`)).toBeInViewport();
    });

    test(`${locale.code}: the pages link to each other`, async ({ page }) => {
      await page.goto(table(locale, 2));
      const nav = page.getByRole('navigation').filter({ has: page.locator('#table-pages') });
      await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', paths.table(locale));
      await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', paths.table(locale, 3));
      await expect(nav.locator('[aria-current="page"]')).toHaveText(
        `${layout.pages[1]!.first} – ${layout.pages[1]!.last}`,
      );
      // Every section of the table is listed on every page, and each link opens its page.
      const sections = nav.locator('ol.sections a');
      await expect(sections).toHaveCount(layout.sections.length);
      const last = layout.sections.at(-1)!;
      await sections.last().click();
      await expect(page).toHaveURL(table(locale, last.first));
      await expect(page.locator(`tr[id="${layout.pages[last.first - 1]!.first}"]`)).toBeVisible();
    });
  }

  test('a late entry is reached without JavaScript from a visible link on the first page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const sv = localeByCode('sv');
    await page.goto(`${table(sv)}#${late}`);
    const nav = page.getByRole('navigation').filter({ has: page.locator('#table-pages') });
    const note = label(sv.code, 'pager.elsewhere').replace('{{pages}}', String(layout.pages.length));
    await expect(nav.getByText(note)).toBeVisible();
    // The sections are alphabetical ranges: the last one holds the late entry.
    await nav.locator('ol.sections a').last().click();
    await nav.locator('ol.pages a').last().click();
    await expect(page).toHaveURL(table(sv, lastPage.number));
    await page.goto(`${table(sv, lastPage.number)}#${late}`);
    await expect(page.locator(`tr[id="${late}"]`)).toBeInViewport();
    await context.close();
  });

  test('every page stays within the HTML budget, and table pages within CSS and JS', async ({ page }) => {
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
    );
    const over = files
      .map((f) => ({ f, bytes: gzipSync(readFileSync(join(dist, f))).length }))
      .filter((x) => x.bytes > budgets.html);
    expect(over.map((x) => `${x.f} ${kb(x.bytes)}`)).toEqual([]);
    for (const path of [table(localeByCode('ja')), table(localeByCode('ko'), lastPage.number)]) {
      const weight = await measurePage(page, path);
      expect.soft(weight.html, path).toBeLessThanOrEqual(budgets.html);
      expect.soft(weight.css, path).toBeLessThanOrEqual(budgets.css);
      expect.soft(weight.js, path).toBeLessThanOrEqual(budgets.js);
    }
  });
});
