/**
 * Builds the Pagefind index of a built site: the HTML pages (only their `data-pagefind-body`
 * content, one index per `<html lang>`) plus the module records of `src/search/records.ts`.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ModuleEntry } from '../src/content/module-schema.ts';
import { moduleRecords } from '../src/search/records.ts';
import { locales } from '../src/locales.ts';
import { loadModules } from '../src/content/modules-file.ts';

/**
 * Returns the language-neutral words of a module's runbook facts that a reader can type or read:
 * config and log files, ports and the commands themselves. Not the internal key names (`kind`,
 * `class`) nor the ids of related pages and modules: they would show in excerpts and make every
 * module that logs to `syslogd` match `syslogd`.
 */
export function neutralWords(m: ModuleEntry): string[] {
  // Where a fact comes from (`source: rule`) is about the fact, not a word a reader searches for.
  const f = m.facts;
  return [
    f.config?.path,
    f.log?.path,
    ...[...(f.ports ?? []), ...(f.outbound ?? [])].map((p) => `${p.number}/${p.protocol}`),
    ...(f.commands ?? []).map((c) => c.command),
  ].filter((w): w is string => !!w);
}

/** Indexes the site in `dir` into `dir/pagefind`; throws with Pagefind's errors. */
export async function buildSearchIndex(
  dir: string,
  modules: ModuleEntry[] = loadModules(),
): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const fail = (step: string, errs: string[]) => {
    if (errs.length > 0) throw new Error(`Pagefind ${step}: ${errs.join('; ')}`);
  };
  const added = await index.addDirectory({ path: dir });
  fail('indexing pages', added.errors);
  // Records go to Pagefind's process in batches, many in flight at once: one round trip per record
  // made the index step grow out of proportion with thousands of modules.
  const all = locales.flatMap((locale) => moduleRecords(modules, locale.code, neutralWords));
  for (let i = 0; i < all.length; i += 500) {
    const responses = await Promise.all(all.slice(i, i + 500).map((record) => index.addCustomRecord(record)));
    for (const r of responses) fail('adding a module record', r.errors);
  }
  const records = all.length;
  fail('writing the index', (await index.writeFiles({ outputPath: join(dir, 'pagefind') })).errors);
  await pagefind.close();
  return { pages: added.page_count, records };
}
