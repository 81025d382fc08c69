/**
 * The per-page steps after `astro build`, each page read once: mark where code may wrap
 * (`code-words.ts`) and where Japanese and Chinese text may wrap (`phrase-breaks.ts`), check the
 * security policy (`page-policy.ts`) and weigh the module table's pages. A large site's pages are
 * split between worker threads, one per core: the steps are independent per page, and at 11,000
 * modules there are 19,000 pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { budgets } from './budgets.ts';
import { modulePageId, modulesFolder } from '../src/lib/urls.ts';
import { locales } from '../src/locales.ts';
import { wrapCode } from './code-words.ts';
import { breakPhrases } from './phrase-breaks.ts';
import { policyProblems } from './page-policy.ts';
import { inWorker } from './worker.ts';

/** What the pass found: policy breaches (`<file> <problem>`) and table pages over the HTML budget. */
export type PassResult = { problems: string[]; heavy: { file: string; bytes: number }[] };

/**
 * Folders whose pages must fit the budget: the module table's (`ja/modules-and-frequent-issues/`) and the
 * modules' own pages with their signs (`ja/modules/`).
 */
const tableFolders = locales.flatMap((l) => [
  `${l.path}${sep}${modulePageId}${sep}`,
  `${l.path}${sep}${modulesFolder}${sep}`,
]);

/** Runs the steps on some pages of the site in `dir` (paths relative to it), in the calling thread. */
export function passPages(dir: string, files: readonly string[]): PassResult {
  const result: PassResult = { problems: [], heavy: [] };
  for (const file of files) {
    const path = join(dir, file);
    const built = readFileSync(path, 'utf8');
    // A page without <code> has nothing to wrap (most short links and the 404 pages).
    const html = breakPhrases(built.includes('<code') ? wrapCode(built) : built);
    if (html !== built) writeFileSync(path, html);
    for (const problem of policyProblems(html)) result.problems.push(`${file} ${problem}`);
    if (tableFolders.some((folder) => file.startsWith(folder))) {
      const bytes = gzipSync(html).length;
      if (bytes > budgets.html) result.heavy.push({ file, bytes });
    }
  }
  return result;
}

/** Pages below which one thread does it all: starting workers costs about as much as this many pages. */
const perWorker = 400;

/** Runs the steps on every given page, in worker threads when there are enough pages and cores. */
export async function passSite(dir: string, files: readonly string[]): Promise<PassResult> {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / perWorker));
  if (workers < 2) return passPages(dir, files);
  const size = Math.ceil(files.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    slices.map((slice) => inWorker<PassResult>(import.meta.url, { pagePass: { dir, files: slice } })),
  );
  // Slices are consecutive runs of the sorted files: joined in order, messages keep the file order.
  return { problems: results.flatMap((r) => r.problems), heavy: results.flatMap((r) => r.heavy) };
}

const job = (workerData as { pagePass?: { dir: string; files: string[] } } | null)?.pagePass;
if (!isMainThread && job) parentPort?.postMessage(passPages(job.dir, job.files));
