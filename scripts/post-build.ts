/**
 * Steps after `astro build` on the staged site, before it replaces `dist/`.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from '../bench/page-weight.ts';
import { modulePageId } from '../src/lib/urls.ts';
import { locales } from '../src/locales.ts';
import { wrapCodeInSite } from './code-words.ts';
import { writeHeaders } from './headers.ts';
import { writeNginxConf } from './nginx-config.ts';
import { checkPagePolicy } from './page-policy.ts';

/**
 * Moves each localized 404 page from `/<locale>/404/index.html` (where Astro writes every page
 * but the root one) to `/<locale>/404.html`, where static hosts look for the nearest 404 page.
 */
function placeLocalized404(dir: string): void {
  for (const l of locales) {
    const built = join(dir, l.path, '404', 'index.html');
    if (!existsSync(built)) throw new Error(`${built} is missing: the localized 404 page of ${l.code} was not built`);
    renameSync(built, join(dir, l.path, '404.html'));
    rmSync(join(dir, l.path, '404'), { recursive: true });
  }
}

/**
 * Stops the build when a page of the module table exceeds the HTML budget: its rows per page are a
 * chosen limit (src/lib/table-pages.ts), and a heavier collection must be split finer, not shipped.
 */
export function checkTableWeight(dir: string): void {
  for (const l of locales) {
    const folder = join(dir, l.path, modulePageId);
    const files = (readdirSync(folder, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html'));
    for (const f of files) {
      const bytes = gzipSync(readFileSync(join(folder, f))).length;
      if (bytes > budgets.html) {
        throw new Error(
          `/${l.path}/${modulePageId}/${f.replace(/index\.html$/, '')} weighs ${(bytes / 1024).toFixed(1)} KB ` +
            `gzip, over the ${budgets.html / 1024} KB page budget. Fix: lower rowsPerPage in ` +
            `src/lib/table-pages.ts, or shorten the entries on that page.`,
        );
      }
    }
  }
}

/** Runs the post-build steps on a built site folder; throws with a reason when one fails. */
export function postBuild(dir: string): void {
  placeLocalized404(dir);
  wrapCodeInSite(dir);
  checkPagePolicy(dir);
  checkTableWeight(dir);
  writeHeaders(dir);
  writeNginxConf(dir);
}
