/**
 * Builds the Pagefind index of a built site as one bundle per locale's pages (only their
 * `data-pagefind-body` content) and one bundle per language of module records (one record per
 * module: `src/search/records.ts`), all written concurrently, records streamed in batches.
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ModuleEntry } from '../src/content/module-schema.ts';
import { moduleRecords } from '../src/search/records.ts';
import { modulesBundle, pagesBundle } from '../src/search/bundles.ts';
import { localeByCode, locales, type LocaleCode } from '../src/locales.ts';
import { loadModules } from '../src/content/modules-file.ts';
import { splitTable } from '../src/lib/table-pages.ts';

/** Records sent to Pagefind's process at once: bounded memory, few round trips. */
export const recordBatch = 500;

/**
 * Returns the language-neutral words of a module's runbook facts: commands, files, ports, and the
 * ids of its related sections and modules (`redir`, `web-example`), all searchable as written.
 */
function neutralWords(m: ModuleEntry): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(m.facts);
  return out;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Indexes one locale's HTML pages into its page bundle; returns the page count. */
async function pagesOf(dir: string, locale: LocaleCode): Promise<number> {
  const index = await newIndex();
  const added = await index.addDirectory({ path: dir, glob: `${localeByCode(locale).path}/**/*.html` });
  check(`indexing the ${locale} pages`, added.errors);
  check('writing the index', (await index.writeFiles({ outputPath: join(dir, pagesBundle(locale)) })).errors);
  return added.page_count;
}

/** Streams one language's module records into its module bundle; returns the record count. */
async function recordsOf(
  dir: string,
  locale: LocaleCode,
  modules: ModuleEntry[],
  pageOf: (id: string) => number,
): Promise<number> {
  const index = await newIndex();
  let count = 0;
  for (let i = 0; i < modules.length; i += recordBatch) {
    const batch = moduleRecords(modules.slice(i, i + recordBatch), locale, pageOf, neutralWords);
    for (const r of await Promise.all(batch.map((record) => index.addCustomRecord(record)))) {
      check(`adding a ${locale} module record`, r.errors);
    }
    count += batch.length;
  }
  check('writing the index', (await index.writeFiles({ outputPath: join(dir, modulesBundle(locale)) })).errors);
  return count;
}

/**
 * Keeps what the search loads: one `pagefind.js` at `/pagefind/`, the wasm of each page bundle
 * (module bundles share the reader's), the index files; Pagefind's own UI files go.
 */
function prune(root: string): void {
  const keep = /^(pagefind-entry\.json|.*\.pf_meta|fragment|index|filter)$/;
  let first = true;
  for (const bundle of readdirSync(root)) {
    const folder = join(root, bundle);
    if (first) copyFileSync(join(folder, 'pagefind.js'), join(root, 'pagefind.js'));
    first = false;
    for (const name of readdirSync(folder)) {
      const wasm = bundle.startsWith('pages-') && name.startsWith('wasm.');
      if (!keep.test(name) && !wasm) rmSync(join(folder, name), { recursive: true, force: true });
    }
  }
}

/** Indexes the site in `dir` into `dir/pagefind`; throws with Pagefind's errors. */
export async function buildSearchIndex(
  dir: string,
  modules: ModuleEntry[] = loadModules(),
): Promise<{ pages: number; records: number }> {
  const table = splitTable(modules);
  const pageOf = (id: string) => table.pageOf.get(id.toLowerCase()) ?? 1;
  const codes = locales.map((l) => l.code);
  const [pages, records] = await Promise.all([
    Promise.all(codes.map((l) => pagesOf(dir, l))),
    Promise.all(codes.map((l) => recordsOf(dir, l, modules, pageOf))),
  ]);
  await pagefind.close();
  prune(join(dir, 'pagefind'));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { pages: sum(pages), records: sum(records) };
}
