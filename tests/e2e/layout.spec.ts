// What a reader sees on a phone and a desktop: the header at hand, code that wraps between tokens.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { quotePlaceholders } from '../../src/lib/placeholders.ts';
import { pageFile } from '../../src/content/paths.ts';
import { codePieces } from '../../src/lib/code-words.ts';
import { SearchBox } from './fixtures/search.ts';
import {
  localeByCode,
  locales,
  mdxPageIds,
  ModuleTablePage,
  oneLocale,
  pageIds,
  paths,
  type Locale,
  ui,
} from './fixtures/site.ts';

/**
 * Returns the pieces of code (an argument, a placeholder, a path segment) that are split over two
 * lines, measured on the rendered text: the pieces of each `code` are found with a Range each.
 */
async function brokenCode(page: Page): Promise<string[]> {
  const codes = page.locator('main code');
  const texts = await codes.allTextContents();
  const pieces = texts.map((t) => codePieces(t).map((p) => p.text));
  return codes.evaluateAll(
    (elements, all) =>
      elements.flatMap((code, n) => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        /** The text node and offset of a character of the code's text. */
        const at = (index: number): [Text, number] => {
          let rest = index;
          for (const node of nodes) {
            if (rest <= node.length) return [node, rest];
            rest -= node.length;
          }
          return [nodes.at(-1)!, nodes.at(-1)!.length];
        };
        const text = code.textContent ?? '';
        let from = 0;
        const broken: string[] = [];
        for (const piece of all[n] ?? []) {
          const start = text.indexOf(piece, from);
          from = start + piece.length;
          const range = document.createRange();
          range.setStart(...at(start));
          range.setEnd(...at(from));
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${text} → "${piece}"`);
        }
        return broken;
      }),
    pieces,
  );
}

test.describe('a header at hand', () => {
  for (const width of [360, 1280]) {
    test(`stays in view at ${width} px from an entry far down the page, without covering it`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      const table = await ModuleTablePage.open(page, localeByCode('ko'), 'trackinglogd');
      const header = page.locator('.site-header');
      const row = table.row('trackinglogd');
      await expect(row).toBeInViewport();
      const headerBox = (await header.boundingBox())!;
      const rowBox = (await row.boundingBox())!;
      expect(rowBox.y, 'the entry starts below the header').toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1);
      await expect(page.locator('lang-switch summary')).toBeInViewport();
      await expect(new SearchBox(page).box).toBeInViewport();
    });
  }
});

test.describe('phone layout at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  for (const locale of locales) {
    test(`the ${locale.code} search box takes the full width and its placeholder fits; module names stay whole`, async ({
      page,
    }) => {
      for (const path of [paths.table(locale), paths.search(locale), paths.missing(locale)]) {
        await page.goto(path);
        if (path === paths.table(locale)) {
          const row = page.locator('.site-header .search .row');
          expect((await row.boundingBox())!.width, 'the search row spans the header').toBeGreaterThan(330);
          // The module names of the table stay whole at this width (each on one line).
          const split = await page
            .locator('.module-label')
            .evaluateAll((labels) =>
              labels
                .filter((l) => l.getClientRects().length > 1 || l.getBoundingClientRect().height > 40)
                .map((l) => l.textContent),
            );
          expect(split, 'module names split over two lines').toEqual([]);
        }
        const fits = await placeholderRoom(page);
        expect(fits.text, `${path}: "${ui[locale.code]['search.placeholder']}" fits in the box`).toBeLessThanOrEqual(
          fits.room,
        );
      }
    });
  }
});

/** Measures the search box's placeholder against the room inside the box. */
function placeholderRoom(page: Page) {
  return page.getByRole('searchbox').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
}

test.describe('entries, code and names at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  for (const locale of locales) {
    if (oneLocale(locale, 'tinted entry'))
      test(`a targeted ${locale.code} entry is tinted whole, its header included`, async ({ page }) => {
        const row = (await ModuleTablePage.open(page, locale, 'mta')).row('mta');
        const tint = await row.evaluate((r) => getComputedStyle(r).backgroundColor);
        expect(tint).not.toBe('rgba(0, 0, 0, 0)');
        expect(await row.locator('th').evaluate((th) => getComputedStyle(th).backgroundColor)).toBe(tint);
      });

    // The pieces are marked at build time (tests/unit/scripts/code-words.test.ts) and styled once for every locale.
    if (oneLocale(locale, 'code wraps between tokens'))
      test(`no command or path wraps inside a token on the ${locale.code} pages`, async ({ page }) => {
        for (const id of pageIds) {
          await page.goto(paths.page(locale, id));
          for (const details of await page.locator('main details').all())
            await details.evaluate((d: HTMLDetailsElement) => (d.open = true));
          expect(await brokenCode(page), `${id}: pieces of code split over two lines`).toEqual([]);
        }
      });
  }
});

/** The MDX pages of a locale whose source has command blocks (fenced code), with the number of blocks. */
function pagesWithCommandBlocks(locale: Locale): { id: string; blocks: number }[] {
  return mdxPageIds
    .map((id) => ({
      id,
      blocks: (readFileSync(pageFile(locale.path, id), 'utf8').match(/^\s*```/gm) ?? []).length / 2,
    }))
    .filter((p) => p.blocks > 0);
}

test.describe('code blocks', () => {
  for (const [i, locale] of locales.entries()) {
    // The same copy buttons on every page and locale: one locale, rotating, copies the blocks of one of its pages
    // (rotating too); every page's blocks are counted and given buttons in tests/dist.
    if (!oneLocale(locale, 'command block copy')) continue;
    const withBlocks = pagesWithCommandBlocks(locale);
    const { id, blocks: count } = withBlocks[i % Math.max(withBlocks.length, 1)] ?? { id: 'none', blocks: 0 };
    test(`every command block of the ${locale.code} ${id} page has a copy button that copies it`, async ({
      page,
      context,
    }) => {
      expect(count, `the ${locale.code} MDX pages have command blocks`).toBeGreaterThan(0);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(paths.page(locale, id));
      const blocks = page.locator('main pre');
      // As many blocks as the source has: a page that lost its blocks fails here instead of copying nothing.
      await expect(blocks).toHaveCount(count);
      const copy = new RegExp(`^${ui[locale.code]['code.copy']}`);
      for (const block of await blocks.all()) {
        const button = block.locator('xpath=..').getByRole('button', { name: copy });
        await button.click();
        // As shown, its placeholders quoted (`"<MODULE_NAME>"`) so that a shell cannot read them as redirects.
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          quotePlaceholders((await block.textContent())?.trim() ?? ''),
        );
      }
    });
  }
});

test.describe('a disclosure holding the target', () => {
  test('opens when the fragment points inside it', async ({ page }) => {
    const table = await ModuleTablePage.open(page, localeByCode('sv'));
    // A target inside the runbook: the first command of the mta entry, given an id for the test.
    await table
      .row('mta')
      .locator('.facts pre')
      .first()
      .evaluate((pre) => (pre.id = 'inside-runbook'));
    await page.evaluate(() => (location.hash = 'inside-runbook'));
    await expect(table.row('mta').locator('details.facts')).toHaveAttribute('open', '');
    await expect(page.locator('#inside-runbook')).toBeInViewport();
  });
});
