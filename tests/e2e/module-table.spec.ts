// The module table in a browser: copy buttons, port links into view, the module map by pointer and keyboard.
import { expect, test } from '@playwright/test';
import { quotePlaceholders } from '../../src/lib/placeholders.ts';
import { portAnchor } from '../../src/lib/port-anchors.ts';
import { portLabel } from '../../src/lib/runbook.ts';
import {
  endingWith,
  label,
  localeByCode,
  locales,
  modules,
  ModuleTablePage,
  oneLocale,
  paths,
} from './fixtures/site.ts';

// What the table, the runbook facts and the map say is read from the built pages in tests/dist/;
// this checks what only a browser does: copying, following links into view, the keyboard.
for (const [i, locale] of locales.entries()) {
  const t = (key: string) => label(locale.code, key);
  // Each locale exercises a different module, so that together they cover several.
  const withCommands = modules.filter((m) => m.facts.commands.length > 0);
  const m = withCommands[i % withCommands.length]!;

  test.describe(`module table in ${locale.code}`, () => {
    test(`the copy buttons of ${m.id} copy the exact command and confirm it in the reader’s language`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const table = await ModuleTablePage.open(page, locale);
      const facts = table.row(m.id).locator('details.facts');
      await facts.locator('summary').click();
      for (const [n, c] of m.facts.commands.entries()) {
        const copy = facts.locator('dd.cmd').nth(n).locator('copy-button');
        const button = copy.locator('button');
        await expect(button).toHaveAccessibleName(`${t('code.copy')} ${c.command}`);
        const size = async () => {
          const box = await button.boundingBox();
          return [box?.width, box?.height];
        };
        const before = await size();
        await button.click();
        // The confirmation floats over the button, which keeps its size.
        await expect(copy.locator('.copy-done')).toHaveText(t('code.copied'));
        expect(await size(), `${m.id} ${c.kind}: the button keeps its size`).toEqual(before);
        // A placeholder left in the command is copied quoted, so that a shell cannot read it as a redirect.
        expect(await page.evaluate(() => navigator.clipboard.readText()), `${m.id} ${c.kind}`).toBe(
          quotePlaceholders(c.command),
        );
      }
    });

    if (oneLocale(locale, 'port row'))
      test('a port in the runbook facts lands on its highlighted row, which leads back; Back keeps the runbook open', async ({
        page,
      }) => {
        const withPorts = modules.filter((x) => x.facts.ports.length + x.facts.outbound.length > 0);
        const owner = withPorts[i % withPorts.length]!;
        const port = [...owner.facts.ports, ...owner.facts.outbound][0]!;
        const anchor = portAnchor(port);
        const table = await ModuleTablePage.open(page, locale);
        const facts = table.row(owner.id).locator('details.facts');
        await facts.locator('summary').click();
        const link = facts.getByRole('link', { name: portLabel(port), exact: true });
        await expect(link).toHaveAttribute('href', paths.page(locale, 'general-architecture', anchor));
        await link.click();
        const row = page.locator(`tr:has([id="${anchor}"]), tr[id="${anchor}"]`).last();
        await expect(row).toContainText(portLabel(port));
        await expect(row).toBeInViewport({ ratio: 1 });
        expect(await row.evaluate((r) => getComputedStyle(r).backgroundColor), `${anchor} highlighted`).not.toBe(
          'rgba(0, 0, 0, 0)',
        );
        await expect(row.getByRole('link', { name: owner.id, exact: true })).toHaveAttribute(
          'href',
          paths.entry(locale, owner.id),
        );
        await page.goBack();
        await expect(facts, `${owner.id} runbook after Back`).toHaveAttribute('open', '');
      });

    // Its name and description in each language are checked in tests/dist (module-facts.test.ts).
    if (oneLocale(locale, 'module map'))
      test('the module map is named and described, and its modules and text alternative lead to the entries', async ({
        page,
      }) => {
        const table = await ModuleTablePage.open(page, locale);
        const map = page.getByRole('group', { name: t('map.title') });
        await expect(map).toBeVisible();
        await expect(map).toHaveAccessibleDescription(t('map.description'));
        const id = modules[(i * 2) % modules.length]!.id;
        await page.locator(`section.module-map svg a[href="#${id}"]`).click();
        await expect(page).toHaveURL(endingWith(paths.entry(locale, id)));
        await expect(table.row(id)).toBeInViewport();
        await expect(table.row(id)).toHaveCSS('outline-style', 'solid');
        const items = page.locator('section.module-map ul > li');
        await expect(items.first()).toBeVisible();
        await items.last().getByRole('link', { name: 'web' }).click();
        await expect(table.row('web')).toBeInViewport();
      });

    if (oneLocale(locale, 'map keyboard'))
      test('the modules in the drawing are reachable from the keyboard', async ({ page }) => {
        const table = await ModuleTablePage.open(page, locale);
        const first = page.locator('section.module-map svg a').first();
        await first.focus();
        await expect(first).toBeFocused();
        const id = (await first.getAttribute('href'))!.slice(1);
        await page.keyboard.press('Enter');
        await expect(table.row(id)).toBeInViewport();
      });
  });
}

test('with JavaScript off, the commands stay readable and no copy button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const table = await ModuleTablePage.open(page, localeByCode('nl'));
  const facts = table.row('trackinglogd').locator('details.facts');
  await facts.locator('summary').click();
  await expect(facts.locator('pre code', { hasText: 'nlserver start trackinglogd' })).toBeVisible();
  await expect(facts.getByRole('button')).toHaveCount(0);
  await context.close();
});
