import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { locales, ModuleTablePage, ui } from './fixtures/site.ts';

type ModulePage = { revisions: string[]; locales: Record<string, { sourceCommit: string }> };
const modulePage = (parse(readFileSync('content/modules-page.yaml', 'utf8')) as ModulePage[])[0]!;
const newest = modulePage.revisions[0]!;
const short = (commit: string) => commit.slice(0, 7);

// npm run lint:content warns about the same locales; this checks what their readers see.
test.describe('upstream freshness notice', () => {
  for (const locale of locales) {
    const commit = modulePage.locales[locale.code]!.sourceCommit;
    if (commit !== newest) {
      test(`${locale.code}: says the upstream translation is of an older revision, naming both commits`, async ({
        page,
      }) => {
        await ModuleTablePage.open(page, locale.path);
        const notice = ui[locale.code]['notice.stale']!;
        const sentence = notice
          .replace('{{language}}', locale.name)
          .replace('{{commit}}', short(commit))
          .replace('{{newest}}', short(newest));
        await expect(page.locator('aside.notice')).toContainText(sentence);
      });
    } else {
      test(`${locale.code}: does not call the up-to-date upstream translation stale`, async ({ page }) => {
        await ModuleTablePage.open(page, locale.path);
        await expect(page.locator('aside.notice')).toBeVisible();
        await expect(page.locator('aside.notice')).not.toContainText(short(newest));
      });
    }
  }
});
