/**
 * Builds the search indexes of a built site. Module records of every language go into one shared
 * index (`/pagefind/`): a reader's first search loads one index whatever language is typed, and a
 * new locale adds one record per module. The sections of the pages with a `data-pagefind-body` go
 * into one small index per locale (`/pagefind/pages/<locale>/`), which the search box merges in: a reader gets
 * their own locale's pages, and never downloads the text of the other four locales' pages.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { squeezeIndexChunks, tunePagefindBundle } from './pagefind-bundle.ts';
import type { SearchRecord } from '../src/search/contract.ts';
import { indexLanguage } from '../src/search/text.ts';
import { pageSectionRecords } from '../src/search/page-records.ts';
import { locales } from '../src/locales.ts';
import { moduleIndexPath, pagesIndexPath, searchRecordsFile } from '../src/search/index-paths.ts';

/**
 * Returns the section records of the pages of one locale of a built site that have a `data-pagefind-body`.
 * Those are pages of their own (`/<locale>/<page>/`): the module table's numbered pages below them are not
 * read, however many the collection makes.
 */
export function indexedPages(dir: string, localePath: string): SearchRecord[] {
  const pages = readdirSync(join(dir, localePath), { withFileTypes: true }).filter((e) => e.isDirectory());
  return pages.flatMap((e) => {
    const file = join(dir, localePath, e.name, 'index.html');
    const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return html.includes('data-pagefind-body') ? pageSectionRecords(html, `/${localePath}/${e.name}/`) : [];
  });
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Throws Pagefind's errors of a step, if any. */
function fail(step: string, errs: string[]): void {
  if (errs.length > 0) throw new Error(`Pagefind ${step}: ${errs.join('; ')}`);
}

/** Starts an index in the shared index language. */
async function newIndex(): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguage });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Files of a Pagefind bundle that a merged index does not load (it uses the main bundle's code). */
const bundleCode = /^(pagefind[^.]*\.(js|css)|wasm\..*\.pagefind)$/;

/**
 * Reads the module records the build wrote into `dir`, and removes the file from the site (before
 * anything else reads the site's files: it is never published).
 */
export function takeRecords(dir: string): SearchRecord[] {
  const file = join(dir, searchRecordsFile);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: the build writes it from src/pages/search-records.json.ts.`);
  }
  rmSync(file);
  return JSON.parse(text) as SearchRecord[];
}

/** Indexes the site in `dir` and its module records into `dir/pagefind/`; throws with Pagefind's errors. */
export async function buildSearchIndex(
  dir: string,
  all: SearchRecord[] = takeRecords(dir),
): Promise<{ sections: number; records: number }> {
  const index = await newIndex();
  // Records go to Pagefind's process in batches, many in flight at once: one round trip per record
  // made the index step grow out of proportion with thousands of modules.
  for (let i = 0; i < all.length; i += 500) {
    const responses = await Promise.all(all.slice(i, i + 500).map((record) => index.addCustomRecord(record)));
    for (const r of responses) fail('adding a module record', r.errors);
  }
  fail('writing the index', (await index.writeFiles({ outputPath: join(dir, moduleIndexPath) })).errors);
  await tunePagefindBundle(join(dir, moduleIndexPath));
  let sections = 0;
  for (const locale of locales) {
    const pageIndex = await newIndex();
    for (const section of indexedPages(dir, locale.path)) {
      fail(`indexing ${section.url}`, (await pageIndex.addCustomRecord(section)).errors);
      sections++;
    }
    const out = join(dir, pagesIndexPath(locale.code).slice(1));
    fail(`writing the page index of ${locale.code}`, (await pageIndex.writeFiles({ outputPath: out })).errors);
    for (const f of readdirSync(out)) if (bundleCode.test(f)) rmSync(join(out, f));
    await squeezeIndexChunks(out);
  }
  await pagefind.close();
  return { sections, records: all.length };
}
