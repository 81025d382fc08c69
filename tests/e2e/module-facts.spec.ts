// The runbook facts of each entry: labels, port links to highlighted rows, copy buttons, search.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { mapRelations } from '../../src/lib/module-map.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { portAnchor } from '../../src/lib/port-anchors.ts';
import { classLabelKey, portLabel } from '../../src/lib/runbook.ts';
import { moduleSchema } from '../../src/content/module-schema.ts';
import { locales, moduleIds, ModuleTablePage, ui } from './fixtures/site.ts';

/** The collection as the build reads it: the facts the page must show. */
const modules = parseModulesYaml(readFileSync('content/modules.yaml', 'utf8'), 'content/modules.yaml').map((e) =>
  moduleSchema('content/modules.yaml').parse(e),
);

for (const locale of locales) {
  const t = ui[locale.code];
  const label = (key: string) => {
    const value = t[key];
    if (!value) throw new Error(`src/i18n/${locale.code}.json has no "${key}"`);
    return value;
  };

  test.describe(`runbook facts in ${locale.code}`, () => {
    test('each entry shows its class, files, ports, commands and related pages under localized labels', async ({
      page,
    }) => {
      const table = await ModuleTablePage.open(page, locale.path);
      for (const m of modules) {
        const facts = table.row(m.id).locator('details.facts');
        await expect(facts.locator('summary'), m.id).toHaveText(label('facts.summary'));
        await facts.locator('summary').click();
        const list = facts.locator(':scope > dl');
        const term = (key: string) =>
          list.locator(':scope > dt', {
            hasText: new RegExp(`^${label(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
          });
        const value = (key: string) => term(key).locator('xpath=following-sibling::dd[1]');
        await expect(value('facts.class'), `${m.id} class`).toHaveText(label(classLabelKey[m.facts.class]));
        if (m.facts.config) await expect(value('facts.config'), `${m.id} config`).toHaveText(m.facts.config);
        else await expect(term('facts.config')).toHaveCount(0);
        if (m.facts.log) await expect(value('facts.log'), `${m.id} log`).toHaveText(m.facts.log);
        for (const [key, ports] of [
          ['facts.ports', m.facts.ports],
          ['facts.outbound', m.facts.outbound],
        ] as const) {
          if (ports.length === 0) await expect(term(key), `${m.id} ${key}`).toHaveCount(0);
          else await expect(value(key).getByRole('link'), `${m.id} ${key}`).toHaveText(ports.map(portLabel));
        }
        const commands = value('facts.commands');
        if (m.facts.commands.length === 0) await expect(term('facts.commands')).toHaveCount(0);
        else {
          await expect(commands.locator('dt'), `${m.id} command labels`).toHaveText(
            m.facts.commands.map((c) => label(`facts.${c.kind}`)),
          );
          await expect(commands.locator('pre code'), `${m.id} commands`).toHaveText(
            m.facts.commands.map((c) => c.command),
          );
        }
        await expect(value('facts.related').getByRole('link'), `${m.id} related`).toHaveCount(m.facts.related.length);
      }
    });

    test('each port link lands on the highlighted row of its port, which links back to the entry', async ({ page }) => {
      for (const m of modules) {
        for (const port of [...m.facts.ports, ...m.facts.outbound]) {
          const table = await ModuleTablePage.open(page, locale.path);
          const facts = table.row(m.id).locator('details.facts');
          // Reopening the same URL restores the disclosures of that history entry.
          if ((await facts.getAttribute('open')) === null) await facts.locator('summary').click();
          const anchor = portAnchor(port);
          const link = facts.getByRole('link', { name: portLabel(port), exact: true });
          await expect(link).toHaveAttribute('href', `/${locale.path}/general-architecture/#${anchor}`);
          await link.click();
          const row = page.locator(`tr:has([id="${anchor}"]), tr[id="${anchor}"]`).last();
          await expect(row, `${portLabel(port)} row`).toContainText(portLabel(port));
          await expect(row).toBeInViewport({ ratio: 1 });
          expect(await row.evaluate((r) => getComputedStyle(r).backgroundColor), `${anchor} highlighted`).not.toBe(
            'rgba(0, 0, 0, 0)',
          );
          await expect(
            row.getByRole('link', { name: m.id, exact: true }),
            `${portLabel(port)} links back to ${m.id}`,
          ).toHaveAttribute('href', `/${locale.path}/modules-and-frequent-issues/#${m.id}`);
          // Back on the entry, the runbook the reader had opened is still open.
          await page.goBack();
          await expect(facts, `${m.id} runbook after Back`).toHaveAttribute('open', '');
        }
      }
    });

    test('the copy buttons copy the exact command and confirm it in the reader’s language', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const table = await ModuleTablePage.open(page, locale.path);
      for (const m of modules.filter((x) => x.facts.commands.length > 0)) {
        const facts = table.row(m.id).locator('details.facts');
        await facts.locator('summary').click();
        for (const [i, c] of m.facts.commands.entries()) {
          const button = facts.locator('dd.cmd').nth(i).locator('copy-button button');
          await expect(button).toHaveAccessibleName(`${label('code.copy')} ${c.command}`);
          await button.click();
          await expect(button.locator('.copy-label')).toHaveText(label('code.copied'));
          expect(await page.evaluate(() => navigator.clipboard.readText()), `${m.id} ${c.kind}`).toBe(c.command);
        }
      }
    });
  });

  test.describe(`searching runbook facts in ${locale.code}`, () => {
    /** Searches from the header box; returns the result links' targets in rank order. */
    const search = async (page: import('@playwright/test').Page, text: string) => {
      await page.getByRole('search').getByRole('searchbox').fill(text);
      await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
      return page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    };
    const entry = (id: string) => `/${locale.path}/modules-and-frequent-issues/#${id}`;

    test('a port or a module-specific command lands on its module first', async ({ page }) => {
      await page.goto(`/${locale.path}/`);
      for (const [q, id] of [
        ['7777', 'stat'],
        ['nlserver start trackinglogd', 'trackinglogd'],
        ['nlserver config -reload', 'web'],
      ] as const) {
        expect((await search(page, q))[0], q).toBe(entry(id));
      }
    });

    test('a file name inside a command finds its module among the first three', async ({ page }) => {
      await page.goto(`/${locale.path}/`);
      // The log-precision section about the MTA trace may rank first, which is right too.
      expect((await search(page, 'mta_debug')).slice(0, 3), 'mta_debug').toContain(entry('mta'));
    });

    test('nlserver pdump lands on modules whose facts list it', async ({ page }) => {
      await page.goto(`/${locale.path}/`);
      const withPdump = modules
        .filter((m) => m.facts.commands.some((c) => c.command === 'nlserver pdump'))
        .map((m) => entry(m.id));
      const hits = (await search(page, 'nlserver pdump')).filter((h) => h?.includes('/modules-and-frequent-issues/#'));
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits.slice(0, 3)) expect(withPdump, h ?? '').toContain(h);
    });
  });

  test.describe(`module map in ${locale.code}`, () => {
    test('is a drawing named and described in the reader’s language', async ({ page }) => {
      await ModuleTablePage.open(page, locale.path);
      const map = page.getByRole('group', { name: label('map.title') });
      await expect(map).toBeVisible();
      await expect(map).toHaveAccessibleDescription(label('map.description'));
      await expect(page.getByRole('heading', { level: 2, name: label('map.title') })).toHaveAttribute(
        'id',
        'module-map',
      );
    });

    test('every module in the drawing links to its entry and lands on it', async ({ page }) => {
      await ModuleTablePage.open(page, locale.path);
      const nodes = page.locator('section.module-map svg a');
      await expect(nodes).toHaveCount(moduleIds.length);
      expect((await nodes.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).sort()).toEqual(
        moduleIds.map((id) => `#${id}`).sort(),
      );
      for (const id of moduleIds) {
        await page.locator(`section.module-map svg a[href="#${id}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${locale.path}/modules-and-frequent-issues/#${id}$`));
        await expect(page.locator(`tr[id="${id}"]`)).toBeInViewport();
        await expect(page.locator(`tr[id="${id}"]`)).toHaveCSS('outline-style', 'solid');
      }
    });

    test('the modules in the drawing are reachable from the keyboard', async ({ page }) => {
      await ModuleTablePage.open(page, locale.path);
      const first = page.locator('section.module-map svg a').first();
      await first.focus();
      await expect(first).toBeFocused();
      const id = (await first.getAttribute('href'))!.slice(1);
      await page.keyboard.press('Enter');
      await expect(page.locator(`tr[id="${id}"]`)).toBeInViewport();
    });

    test('draws every edge label of the facts sheet in the reader’s language', async ({ page }) => {
      await ModuleTablePage.open(page, locale.path);
      const labels = page.locator('section.module-map svg text.label');
      await expect(labels).toHaveText(
        ['map.startsMonitors', 'map.logsTo', 'map.reportsTo', 'map.writesLogsFor', 'map.serves'].map(label),
      );
    });

    test('has a visible text alternative: every relation as a list item whose links land on the entries', async ({
      page,
    }) => {
      await ModuleTablePage.open(page, locale.path);
      const items = page.locator('section.module-map ul > li');
      const relations = mapRelations(modules);
      await expect(items).toHaveCount(relations.length);
      for (const [i, r] of relations.entries()) {
        const item = items.nth(i);
        await expect(item).toBeVisible();
        await expect(item).toContainText(label(`map.${r.kind}`));
        await expect(item.getByRole('link')).toHaveText([...r.from, ...r.to]);
      }
      await items.last().getByRole('link', { name: 'web' }).click();
      await expect(page.locator('tr[id="web"]')).toBeInViewport();
    });
  });
}

test('with JavaScript off, the commands stay readable and no copy button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await ModuleTablePage.open(page, 'nl');
  const facts = page.locator('tr[id="trackinglogd"] details.facts');
  await facts.locator('summary').click();
  await expect(facts.locator('pre code', { hasText: 'nlserver start trackinglogd' })).toBeVisible();
  await expect(facts.getByRole('button')).toHaveCount(0);
  await context.close();
});
