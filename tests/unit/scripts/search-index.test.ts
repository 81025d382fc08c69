// scripts/search-index.ts: a large collection's indexes are written by two Pagefind services at once (one per
// worker thread); they must be the very bundles one service writes.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../scripts/search-index.ts';
import type { SearchRecord } from '../../../src/search/contract.ts';
import { locales } from '../../../src/locales.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Module records in every locale, with words of their own. */
const records: SearchRecord[] = locales.flatMap((l) =>
  Array.from({ length: 30 }, (_, i) => ({
    url: `/${l.path}/modules-and-frequent-issues/#m${i}`,
    content: `m${i} module ${l.code} word${i % 7} text${i % 11} nlserver restart m${i}`,
    language: 'unknown',
    meta: { module: `m${i}` },
    filters: { kind: ['module'], lang: [l.code] },
  })),
);

/** A built site's folders (no pages) and its search index, written with the given records per service. */
async function indexed(name: string, perService: number): Promise<Record<string, string>> {
  const dir = join(work, name);
  for (const l of locales) mkdirSync(join(dir, l.path), { recursive: true });
  await buildSearchIndex(dir, records, perService);
  const files = (readdirSync(join(dir, 'pagefind'), { recursive: true }) as string[])
    .filter((f) => statSync(join(dir, 'pagefind', f)).isFile())
    .sort();
  const hash = (f: string) =>
    createHash('sha256')
      .update(readFileSync(join(dir, 'pagefind', f)))
      .digest('hex');
  return Object.fromEntries(files.map((f) => [f, hash(f)]));
}

test('two Pagefind services in worker threads write the very bundles one service writes', async () => {
  const one = await indexed('one', Infinity);
  const two = await indexed('two', 1);
  expect(Object.keys(one).length).toBeGreaterThan(locales.length * 4);
  expect(two).toEqual(one);
}, 60_000);
