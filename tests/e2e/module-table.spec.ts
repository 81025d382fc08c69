import { expect, test } from '@playwright/test';
import { locales, moduleIds, ModuleTablePage, ui } from './fixtures/site.ts';

for (const locale of locales) {
  test.describe(`module table in ${locale.code}`, () => {
    test('shows the eleven modules in upstream order, each row identified by its module id', async ({ page }) => {
      const table = await ModuleTablePage.open(page, locale.path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(table.rows).toHaveCount(moduleIds.length);
      expect(await table.rows.evaluateAll((rows) => rows.map((r) => r.id))).toEqual(moduleIds);
    });

    test('has the page heading anchor and localized column headers', async ({ page }) => {
      await ModuleTablePage.open(page, locale.path);
      await expect(page.locator('h1#modules-and-frequent-issues')).toBeVisible();
      const t = ui[locale.code];
      await expect(page.getByRole('columnheader')).toHaveText([
        t['table.module']!,
        t['table.scope']!,
        t['table.troubleshooting']!,
      ]);
    });

    test('shows each module id verbatim as code, with its scope and troubleshooting text', async ({ page }) => {
      const table = await ModuleTablePage.open(page, locale.path);
      for (const id of moduleIds) {
        const row = table.row(id);
        await expect(row.locator('th code').first()).toHaveText(id);
        const cells = row.getByRole('cell');
        await expect(cells).toHaveCount(2);
        for (const cell of await cells.all()) expect((await cell.innerText()).trim().length).toBeGreaterThan(3);
      }
    });

    test('links the syslogd, trackinglogd and wfserver rows to their pages in the same locale', async ({ page }) => {
      const table = await ModuleTablePage.open(page, locale.path);
      // In the troubleshooting text; the runbook facts below it link the port to the same list.
      await expect(
        table.row('syslogd').locator(`td > p a[href="/${locale.path}/general-architecture/#list-of-open-ports"]`),
      ).toHaveCount(1);
      await expect(table.row('trackinglogd').locator(`a[href="/${locale.path}/tracking-logs-issues/"]`)).toHaveCount(1);
      await expect(table.row('wfserver').locator(`a[href="/${locale.path}/log-precision/"]`)).toHaveCount(1);
    });

    test('shows the web row error type as the intact code token xtk:session', async ({ page }) => {
      const table = await ModuleTablePage.open(page, locale.path);
      await expect(table.row('web').locator('td > p code', { hasText: 'xtk:session' })).toHaveText('xtk:session');
    });

    test('says the upstream page is machine translated', async ({ page }) => {
      await ModuleTablePage.open(page, locale.path);
      await expect(page.locator('aside.notice')).toContainText('tm+mt');
    });
  });
}

test('the module table text is written in each language, not copied between locales', async ({ page }) => {
  const texts = new Set<string>();
  for (const locale of locales) {
    const table = await ModuleTablePage.open(page, locale.path);
    texts.add(await table.row('mta').getByRole('cell').first().innerText());
  }
  expect(texts.size).toBe(locales.length);
});
