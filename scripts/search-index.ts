/**
 * Builds the Pagefind index of a built site: per locale, a bundle of its pages (only their
 * `data-pagefind-body` content) and full module records, and a bundle of short module records
 * that other locales merge (`src/search/records.ts`); all written concurrently, records streamed
 * in batches.
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ModuleEntry } from '../src/content/module-schema.ts';
import { moduleRecords, type RecordKind } from '../src/search/records.ts';
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

/**
 * Writes one bundle: a locale's pages (when `pages`) and its module records of one kind, streamed
 * in batches; returns the pages and records added.
 */
async function bundle(
  dir: string,
  locale: LocaleCode,
  kind: RecordKind,
  modules: ModuleEntry[],
  pageOf: (id: string) => number,
): Promise<{ pages: number; records: number }> {
  const index = await newIndex();
  let pages = 0;
  if (kind === 'full') {
    const added = await index.addDirectory({ path: dir, glob: `${localeByCode(locale).path}/**/*.html` });
    check(`indexing the ${locale} pages`, added.errors);
    pages = added.page_count;
  }
  let records = 0;
  for (let i = 0; i < modules.length; i += recordBatch) {
    const batch = moduleRecords(modules.slice(i, i + recordBatch), locale, kind, pageOf, neutralWords);
    for (const r of await Promise.all(batch.map((record) => index.addCustomRecord(record)))) {
      check(`adding a ${locale} module record`, r.errors);
    }
    records += batch.length;
  }
  const folder = kind === 'full' ? pagesBundle(locale) : modulesBundle(locale);
  check('writing the index', (await index.writeFiles({ outputPath: join(dir, folder) })).errors);
  return { pages, records };
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
  const kinds: RecordKind[] = ['full', 'short'];
  const done = await Promise.all(codes.flatMap((l) => kinds.map((k) => bundle(dir, l, k, modules, pageOf))));
  await pagefind.close();
  prune(join(dir, 'pagefind'));
  return done.reduce((a, b) => ({ pages: a.pages + b.pages, records: a.records + b.records }));
}
