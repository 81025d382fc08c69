/**
 * Builds the search indexes of a built site, one bundle per locale (`/pagefind/<locale>/`): the locale's
 * module records, sign records and the sections of its pages with a `data-pagefind-body`. A reader's
 * search loads their own locale's bundle only, so a reader of one language never pays for the other four.
 * Each locale's module records are also written alone (`/pagefind/<locale>/modules/`): a query in another
 * language (a Japanese symptom typed on the Swedish site) merges that small index in, on demand.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { rechunkIndex } from './pagefind-chunks.ts';
import { shortenRecordIds } from './pagefind-pages.ts';
import { tunePagefindBundle } from './pagefind-bundle.ts';
import type { SearchRecord } from '../src/search/contract.ts';
import { indexLanguage } from '../src/search/text.ts';
import { pageSectionRecords } from '../src/search/page-records.ts';
import { localeByCode, locales, type LocaleCode } from '../src/locales.ts';
import { localeIndexPath, moduleIndexPath, searchRecordsFile } from '../src/search/index-paths.ts';

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

/**
 * Adds records in batches, many in flight at once: one round trip per record made the index step grow out
 * of proportion with thousands of modules.
 */
async function addRecords(index: Index, records: SearchRecord[], step: string): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const responses = await Promise.all(records.slice(i, i + 500).map((record) => index.addCustomRecord(record)));
    for (const r of responses) fail(step, r.errors);
  }
}

/** Files of a Pagefind bundle that a merged index does not load (it uses the main bundle's code). */
const bundleCode = /^(pagefind[^.]*\.(js|css)|wasm\..*\.pagefind)$/;
/** Pagefind's UI files, which the site does not use (it has its own search box). */
const uiFiles = /^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/;

/** Writes an index of records to `dir` (a folder of the built site); merged indexes keep no code of their own. */
async function writeIndex(
  dir: string,
  locale: LocaleCode,
  records: SearchRecord[],
  what: string,
  merged: boolean,
): Promise<void> {
  const index = await newIndex();
  await addRecords(index, records, `adding a record to ${what}`);
  fail(`writing ${what}`, (await index.writeFiles({ outputPath: dir })).errors);
  for (const f of readdirSync(dir)) if ((merged ? bundleCode : uiFiles).test(f)) rmSync(join(dir, f));
  shortenRecordIds(dir, localeByCode(locale).path);
  rechunkIndex(dir);
  if (!merged) await tunePagefindBundle(dir);
}

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

/**
 * Indexes the site in `dir` and its records into one bundle per locale; throws with Pagefind's errors. The
 * indexes are written at once (Pagefind's service works on several, and the other core is free).
 */
export async function buildSearchIndex(
  dir: string,
  all: SearchRecord[] = takeRecords(dir),
): Promise<{ sections: number; records: number }> {
  const at = (path: string) => join(dir, path.slice(1));
  const counts = await Promise.all(
    locales.map(async (locale) => {
      const own = all.filter((r) => r.filters.lang?.[0] === locale.code);
      // A page section is the locale's too: the reader's own records are searched alone first.
      const pages = indexedPages(dir, locale.path).map((p) => ({
        ...p,
        filters: { ...p.filters, lang: [locale.code] as [LocaleCode] },
      }));
      const modules = own.filter((r) => r.filters.kind[0] === 'module');
      await Promise.all([
        writeIndex(
          at(localeIndexPath(locale.code)),
          locale.code,
          [...own, ...pages],
          `the index of ${locale.code}`,
          false,
        ),
        writeIndex(at(moduleIndexPath(locale.code)), locale.code, modules, `the module index of ${locale.code}`, true),
      ]);
      return pages.length;
    }),
  );
  await pagefind.close();
  return { sections: counts.reduce((a, n) => a + n, 0), records: all.length };
}
