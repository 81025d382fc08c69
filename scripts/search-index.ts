/**
 * Builds the search indexes of a built site, one bundle per locale (`/pagefind/<locale>/`): the locale's
 * module records, sign records and the sections of its pages with a `data-pagefind-body`. A reader's
 * search loads their own locale's bundle only, so a reader of one language never pays for the other four.
 * Each locale's module records are also written alone (`/pagefind/<locale>/modules/`): a query in another
 * language (a Japanese symptom typed on the Swedish site) merges that small index in, on demand.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { rechunkIndex } from './pagefind-chunks.ts';
import { shortenRecordIds } from './pagefind-pages.ts';
import { tunePagefindBundle } from './pagefind-bundle.ts';
import { inWorker } from './worker.ts';
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

/** One index to write: its folder, its locale and records, its name in messages, and whether it is merged in. */
type Job = { dir: string; locale: LocaleCode; records: SearchRecord[]; what: string; merged: boolean };

/** Writes indexes with this thread's Pagefind service, all at once, then stops the service. */
async function writeIndexes(jobs: Job[]): Promise<void> {
  try {
    await Promise.all(jobs.map((j) => writeIndex(j.dir, j.locale, j.records, j.what, j.merged)));
  } finally {
    await pagefind.close();
  }
}

/**
 * Records from which the indexes are shared between several Pagefind services, one per worker thread and core:
 * a service indexes one message at a time, on one core (at 11,000 modules the index step took 128 s with one
 * service and 106–109 s with two, alone on the machine). A small site is indexed in this thread: a worker's start
 * costs more than it saves.
 */
const recordsPerService = 5000;

/**
 * Writes every index, in worker threads when there are `perService` records per core or more; throws with the
 * first error.
 */
async function writeAll(jobs: Job[], perService: number): Promise<void> {
  const total = jobs.reduce((n, j) => n + j.records.length, 0);
  const services = Math.min(availableParallelism(), Math.floor(total / perService), jobs.length);
  if (services < 2) return writeIndexes(jobs);
  // The largest indexes first, each to the service with the fewest records so far.
  const shares = Array.from({ length: services }, () => ({ jobs: [] as Job[], size: 0 }));
  for (const job of [...jobs].sort((a, b) => b.records.length - a.records.length)) {
    const least = shares.reduce((a, b) => (b.size < a.size ? b : a));
    least.jobs.push(job);
    least.size += job.records.length;
  }
  await Promise.all(shares.map((share) => inWorker<null>(import.meta.url, { searchIndex: share.jobs })));
}

/**
 * Indexes the site in `dir` and its records into one bundle per locale and one module index per locale; throws
 * with Pagefind's errors. `perService`: the records from which a second Pagefind service is started (tests).
 */
export async function buildSearchIndex(
  dir: string,
  all: SearchRecord[] = takeRecords(dir),
  perService = recordsPerService,
): Promise<{ sections: number; records: number }> {
  const at = (path: string) => join(dir, path.slice(1));
  let sections = 0;
  const jobs = locales.flatMap((locale): Job[] => {
    const own = all.filter((r) => r.filters.lang?.[0] === locale.code);
    // A page section is the locale's too: the reader's own records are searched alone first.
    const pages = indexedPages(dir, locale.path).map((p) => ({
      ...p,
      filters: { ...p.filters, lang: [locale.code] as [LocaleCode] },
    }));
    sections += pages.length;
    const modules = own.filter((r) => r.filters.kind[0] === 'module');
    const code = locale.code;
    return [
      {
        dir: at(localeIndexPath(code)),
        locale: code,
        records: [...own, ...pages],
        what: `the index of ${code}`,
        merged: false,
      },
      {
        dir: at(moduleIndexPath(code)),
        locale: code,
        records: modules,
        what: `the module index of ${code}`,
        merged: true,
      },
    ];
  });
  await writeAll(jobs, perService);
  return { sections, records: all.length };
}

const assigned = (workerData as { searchIndex?: Job[] } | null)?.searchIndex;
// A failure rejects here, which ends the worker with that error (`inWorker` rejects with it).
if (!isMainThread && assigned) await writeIndexes(assigned).then(() => parentPort?.postMessage(null));
