// Hand-typed fragments: an entry named in any letter case or with one typo lands on it, with the URL corrected; a
// sign typed as seen or with a typo lands on its module's page; a fragment naming no entry says so, with the
// closest entries and the module index. The same script and markup in every locale: each behaviour in one.
import { expect, test } from '@playwright/test';
import { endingWith, locales, oneLocale, paths, signs, ui } from './fixtures/site.ts';

/** The "Start pending" state of mta, whose anchor (`mta--delivery-start-pending`) is not what readers type. */
const startPending = signs.find((s) => s.module === 'mta' && s.seen === 'Start pending')!;
const inMailSign = signs.find((s) => s.module === 'inMail')!;

for (const locale of locales) {
  if (oneLocale(locale, 'typed module fragments'))
    test(`#MTA, #WfServer and #wfsever land on their ${locale.code} entries, with the URL corrected`, async ({
      page,
    }) => {
      for (const [typed, id] of [
        ['MTA', 'mta'],
        ['WfServer', 'wfserver'],
        ['wfsever', 'wfserver'],
      ]) {
        await page.goto(`${paths.table(locale)}#${typed}`);
        await expect(page, typed).toHaveURL(endingWith(paths.entry(locale, id!)));
        const row = page.locator(`tr[id="${id}"]`);
        await expect(row, typed).toBeInViewport();
        expect(await row.evaluate((r) => r.matches(':target')), `${typed} highlights the entry`).toBe(true);
      }
    });

  if (oneLocale(locale, 'typed sign fragments'))
    test(`a sign typed as seen, in capitals or with a typo lands on it in ${locale.code}, with the URL corrected`, async ({
      page,
    }) => {
      for (const [typed, sign] of [
        ['MTA--START-PENDING', startPending],
        ['mta--start-pendng', startPending],
        [`${inMailSign.module}--${inMailSign.id}`.toUpperCase(), inMailSign],
      ] as const) {
        await page.goto(`${paths.table(locale)}#${typed}`);
        await expect(page, typed).toHaveURL(endingWith(paths.sign(locale, sign)));
        await expect(page.locator(`li[id="${sign.module}--${sign.id}"]`), typed).toBeInViewport();
      }
    });

  if (oneLocale(locale, 'unknown fragments'))
    test(`a fragment naming no ${locale.code} entry says so, offers the closest ones and the module index`, async ({
      page,
    }) => {
      const t = ui[locale.code];
      await page.goto(`${paths.table(locale)}#logd`);
      const notice = page.getByRole('status').filter({ hasText: 'logd' });
      await expect(notice).toContainText(t['fragment.unknown']!.split('{{fragment}}')[0]!);
      await expect(notice).toContainText(t['fragment.suggest']!);
      await expect(notice.getByRole('link')).toHaveText(['syslogd', 'trackinglogd']);
      const index = page.getByRole('navigation', { name: t['table.index']! });
      await expect(index).toBeInViewport();
      await expect(index.getByRole('link')).toHaveCount(await page.locator('table.modules tbody tr').count());
      await notice.getByRole('link', { name: 'trackinglogd' }).click();
      await expect(page.locator('tr#trackinglogd')).toBeInViewport();
      await expect(notice).toBeHidden();
    });
}
