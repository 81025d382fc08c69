/**
 * Steps after `astro build` on the staged site, before it replaces `dist/`.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { budgets } from './budgets.ts';
import { modulesFolder } from '../src/lib/urls.ts';
import { locales } from '../src/locales.ts';
import { writeHeaders } from './headers.ts';
import { writeNginxConf } from './nginx-config.ts';
import { passSite, type PassResult } from './page-pass.ts';
import { htmlFiles, throwPolicyProblems } from './page-policy.ts';

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
 * Stops the build when a page of the module table or a module's page exceeds the HTML budget: the table's
 * rows per page are a chosen limit (src/lib/table-pages.ts), and a heavier collection must be split finer,
 * not shipped.
 */
function checkTableWeight(heavy: PassResult['heavy']): void {
  const [first] = heavy;
  if (!first) return;
  const url = `/${first.file
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '')}`;
  const fix = url.includes(`/${modulesFolder}/`)
    ? 'shorten the signs of that module (content/signs/), or move some to another module they belong to'
    : 'lower rowsPerPage in src/lib/table-pages.ts, or shorten the entries on that page';
  throw new Error(
    `${url} weighs ${(first.bytes / 1024).toFixed(1)} KB gzip, over the ${budgets.html / 1024} KB page budget. ` +
      `Fix: ${fix}.`,
  );
}

/** Seconds since `start`, for the step times the build prints. */
const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/**
 * Runs the post-build steps on a built site folder; throws with a reason when one fails. Every
 * page is read once (`page-pass.ts`: code wrapping, security policy, table weight).
 */
export async function postBuild(dir: string): Promise<void> {
  const start = performance.now();
  placeLocalized404(dir);
  const files = htmlFiles(dir);
  const { problems, heavy } = await passSite(dir, files);
  const pass = since(start);
  throwPolicyProblems(problems);
  checkTableWeight(heavy);
  writeHeaders(dir);
  writeNginxConf(dir);
  console.log(`Post-build: ${files.length} pages wrapped and checked in ${pass}`);
}
