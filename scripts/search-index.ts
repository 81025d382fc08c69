/**
 * Builds the Pagefind index of a built site: the HTML pages (only their `data-pagefind-body`
 * content, one index per `<html lang>`) plus the module records of `src/lib/search-records.ts`.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ModuleEntry } from '../src/lib/schema.ts';
import { moduleRecords } from '../src/lib/search-records.ts';
import { locales } from '../src/locales.ts';
import { loadModules } from './lib/content.ts';

/**
 * Returns the language-neutral words of a module that readers search for: its commands, its
 * configuration and log files, and its ports (`7777`, `8080/tcp`).
 */
function neutralWords(m: ModuleEntry): string[] {
  const f = m.facts;
  return [
    ...f.commands.map((c) => c.command),
    f.config ?? '',
    f.log ?? '',
    ...[...f.ports, ...f.outbound].map((p) => `${p.number} ${p.number}/${p.protocol}`),
  ].filter(Boolean);
}

/** Indexes the site in `dir` into `dir/pagefind`; throws with Pagefind's errors. */
export async function buildSearchIndex(dir: string, modules: ModuleEntry[] = loadModules()): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const fail = (step: string, errs: string[]) => {
    if (errs.length > 0) throw new Error(`Pagefind ${step}: ${errs.join('; ')}`);
  };
  const added = await index.addDirectory({ path: dir });
  fail('indexing pages', added.errors);
  let records = 0;
  for (const locale of locales) {
    for (const record of moduleRecords(modules, locale.code, neutralWords)) {
      fail('adding a module record', (await index.addCustomRecord(record)).errors);
      records++;
    }
  }
  fail('writing the index', (await index.writeFiles({ outputPath: join(dir, 'pagefind') })).errors);
  await pagefind.close();
  return { pages: added.page_count, records };
}
