import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { changedRows, parseSnapshot } from '../../src/content/upstream-snapshot.ts';
import { locales, moduleIds, ModuleTablePage, ui } from './fixtures/site.ts';

const snapshot = parseSnapshot(
  readFileSync('content/upstream-snapshot.yaml', 'utf8'),
  'content/upstream-snapshot.yaml',
);
type ModulePage = { locales: Record<string, { workflow: string }> };
const modulePage = (parse(readFileSync('content/modules-page.yaml', 'utf8')) as ModulePage[])[0]!;

// The notice compares upstream text, not revisions: an older source-git-commit with the same table
// text is not stale. npm run lint:content warns about the same rows; this checks what readers see.
// A snapshot with changed rows is rendered in tests/unit/upstream-notice.test.ts.
test.describe('upstream freshness notice', () => {
  for (const locale of locales) {
    const changed = changedRows(snapshot, locale.code, moduleIds);
    const t = ui[locale.code];
    const intro = (t[`notice.changed_${changed.length === 1 ? 'one' : 'other'}`] ?? '').split('{{')[0]!;
    test(`${locale.code}: names exactly the rows whose upstream wording changed (${changed.join(', ') || 'none'})`, async ({
      page,
    }) => {
      await ModuleTablePage.open(page, locale.path);
      const notice = page.locator('aside.notice');
      if (modulePage.locales[locale.code]!.workflow !== 'ht') await expect(notice).toBeVisible();
      if (changed.length === 0) {
        await expect(notice).not.toContainText(intro);
        await expect(notice.locator('.changed')).toHaveCount(0);
      } else {
        await expect(notice.locator('.changed')).toContainText(intro);
        await expect(notice.locator('.changed a')).toHaveText(changed);
      }
    });
  }
});
