// Signs as a reader meets them: an English message pasted on any locale's site lands on its sign, in the reader's
// language; a language-neutral query shows only the reader's text; a long pasted log still finds its sign. A sign's
// anchor typed on the module table is tested with the other hand-typed fragments (fragments.spec.ts).
import { expect, test } from '@playwright/test';
import { moduleOfTarget, SearchBox } from './fixtures/search.ts';
import { endingWith, localeByCode, locales, oneLocale, paths, signs, ui } from './fixtures/site.ts';

const notFound = signs.find((s) => s.module === 'tracking' && /cannot be found/.test(s.seen))!;

for (const locale of locales) {
  test.describe(`signs in ${locale.code}`, () => {
    // One locale per run (rotating): the behaviour is one template's, and the suite must stay within its time.
    test.skip(!oneLocale(locale, 'signs in every language'), 'another locale runs it this time');
    test('a pasted English message lands on its sign, shown in this language', async ({ page }) => {
      await page.goto(paths.home(locale));
      const search = new SearchBox(page);
      const message = notFound.seen.replace('<parameters>', 'aBcD1234?id=42');
      await search.find(message);
      await expect(search.first).toHaveAttribute('href', paths.sign(locale, notFound));
      // Its title is the English text as seen; the rest says which module, in the reader's language.
      await expect(search.first.locator('.r-title')).toHaveText(notFound.seen);
      const signOf = ui[locale.code]['search.signOf']!.replace('{{module}}', notFound.module);
      await expect(search.first.locator('.r-meta')).toContainText(signOf);
      await search.first.click();
      await expect(page).toHaveURL(endingWith(paths.sign(locale, notFound)));
      await expect(page.locator(`li[id="${notFound.module}--${notFound.id}"]`)).toBeInViewport();
    });

    test('a language-neutral query shows every result in this language, never another locale’s', async ({ page }) => {
      await page.goto(paths.home(locale));
      const search = new SearchBox(page);
      const others = locales.filter((l) => l.code !== locale.code).map((l) => l.name);
      for (const q of ['nlserver stop', '8080', 'config-default.xml']) {
        await search.find(q);
        const texts = await search.links.allTextContents();
        for (const name of others)
          expect(texts.join(' '), `${q}: a result says it matched in ${name}`).not.toContain(
            ui[locale.code]['search.matchedIn']!.replace('{{language}}', name),
          );
        expect(await search.results.locator('[lang]').count(), q).toBe(0);
      }
    });
  });
}

test.describe('signs', () => {
  test('a 2,000-character pasted log line finds its sign, and the box stays usable', async ({ page }) => {
    const ja = localeByCode('ja');
    await page.goto(paths.home(ja));
    const search = new SearchBox(page);
    const prefix = '2026-11-02 10:14:03.123Z 00001a40 00001a44 [pool-3-thread-7] INFO  nlserver web /var/log ';
    const line = `${prefix.repeat(25)} ERROR "${notFound.seen.replace('<parameters>', 'x?id=1')}" (status=404)`;
    await search.find(line.slice(-2000));
    expect(moduleOfTarget(await search.first.getAttribute('href'))).toBe('tracking');
    await search.type('mta');
    await expect(search.first).toBeVisible();
  });

  test('page-section results show text, never markup, also for sections holding command blocks', async ({ page }) => {
    const sv = localeByCode('sv');
    await page.goto(paths.home(sv));
    const search = new SearchBox(page);
    await search.find('tracefilter verbose');
    const excerpts = await search.results.locator('.r-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/<\/?(code|span|pre)\b|class="/);
  });
});
