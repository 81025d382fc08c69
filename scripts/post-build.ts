/**
 * Steps after `astro build` on the staged site, before it replaces `dist/`.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

/** Runs the post-build steps on a built site folder; throws with a reason when one fails. */
export function postBuild(dir: string): void {
  placeLocalized404(dir);
  wrapCodeInSite(dir);
  checkPagePolicy(dir);
  writeHeaders(dir);
  writeNginxConf(dir);
}
