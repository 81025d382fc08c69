// Cross-links between the MDX pages and the module table, and language alternates.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtHtml, builtPages, locales, moduleIds, pageIds } from './fixtures/site.ts';

const localePages = builtPages().filter((p) => locales.some((l) => p.startsWith(`/${l.path}/`)) && !p.includes('404'));

test.describe('cross-links', () => {
  test('every locale serves every page, with its H1 id equal to the page id', async ({ page }) => {
    for (const locale of locales) {
      for (const id of pageIds) {
        const response = await page.goto(`/${locale.path}/${id}/`);
        expect(response?.status(), `${locale.code} ${id}`).toBe(200);
        await expect(page.locator(`h1#${id}`)).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      }
    }
  });

  test('every internal link of every page lands on an existing page and anchor', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path))
        ids.set(
          path,
          new Set(
            parse(builtHtml(path))
              .querySelectorAll('[id]')
              .map((e) => e.id),
          ),
        );
      return ids.get(path)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const from of localePages) {
      for (const a of parse(builtHtml(from)).querySelectorAll('main a[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const url = new URL(href, `http://site${from}`);
        checked++;
        if (!builtPages().includes(url.pathname)) broken.push(`${from} → ${href}: no such page`);
        else if (url.hash && !idsOf(url.pathname).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} → ${href}: no such anchor`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  for (const locale of locales) {
    test(`the ports table in ${locale.code} links 6666 to the syslogd entry and the page links back to the module table`, async ({
      page,
    }) => {
      await page.goto(`/${locale.path}/general-architecture/#list-of-open-ports`);
      const section = page.locator('#list-of-open-ports ~ .table-scroll table').first();
      const row = section.getByRole('row').filter({ hasText: '6666' });
      await row.getByRole('link', { name: 'syslogd' }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale.path}/modules-and-frequent-issues/#syslogd$`));
      await expect(page.locator('tr#syslogd')).toBeInViewport();
    });

    test(`the log precision page in ${locale.code} shows its commands in code blocks`, async ({ page }) => {
      await page.goto(`/${locale.path}/log-precision/`);
      const blocks = page.locator('pre code');
      await expect(blocks.filter({ hasText: 'nlserver restart <MODULE_NAME> -verbose' })).toHaveCount(1);
      await expect(blocks.filter({ hasText: 'nlserver pdump -who' })).toHaveCount(1);
    });
  }
});

test.describe('alternates', () => {
  for (const path of localePages) {
    test(`${path} declares hreflang alternates for all five locales and x-default`, () => {
      const doc = parse(builtHtml(path));
      const langs = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(langs.sort()).toEqual([...locales.map((l) => l.code), 'x-default'].sort());
    });
  }
});

test('module ids in the tables are the same in every locale', () => {
  for (const locale of locales) {
    const doc = parse(builtHtml(`/${locale.path}/modules-and-frequent-issues/`));
    expect(doc.querySelectorAll('table.modules tbody tr').map((r) => r.id)).toEqual(moduleIds);
  }
});
