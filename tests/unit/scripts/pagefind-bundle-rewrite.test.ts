// The rewrites of a Pagefind bundle after Pagefind wrote it: short record ids (scripts/pagefind-pages.ts) and
// small index chunks (scripts/pagefind-chunks.ts), checked on a bundle Pagefind writes here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { head, items, readPagefind, textAt } from '../../../scripts/pagefind-cbor.ts';
import { rechunkIndex } from '../../../scripts/pagefind-chunks.ts';
import { roundWordCount, shortenRecordIds } from '../../../scripts/pagefind-pages.ts';
import { recordOfId } from '../../../src/search/contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'pagefind-rewrite-'));
const words = ['log', 'logs', 'loggrader', 'mail', 'mailen', 'mta', 'export', 'exporten', 'import', 'proxy', 'web'];

/** The bundle's metadata: record ids, their word counts, and chunks (`from`, `to`, file). */
function meta() {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const data = readPagefind(join(dir, `pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`));
  const str = (at: number) => textAt(data, at);
  const fields = items(data, 0);
  const ids = items(data, fields[1]!.from).map(({ from }) => str(items(data, from)[0]!.from));
  const counts = items(data, fields[1]!.from).map(({ from }) => head(data, items(data, from)[1]!.from).value);
  const chunks = items(data, fields[2]!.from).map(({ from }) => items(data, from).map((f) => str(f.from)));
  return { ids, counts, chunks };
}

/** The words of one chunk file, in order. */
function chunkWords(hash: string): string[] {
  const data = readPagefind(join(dir, 'index', `${hash}.pf_index`));
  return items(data, items(data, 0)[0]!.from).map(({ from }) => textAt(data, items(data, from)[0]!.from));
}

beforeAll(async () => {
  const { index } = await pagefind.createIndex({ forceLanguage: 'unknown' });
  for (let i = 0; i < 40; i++) {
    // Records of 12 to 51 words: their counts are rounded.
    const content = Array.from({ length: 12 + i }, (_, n) => words[(i * 7 + n * 3) % words.length]).join(' ');
    const kind = i % 4 === 0 ? 'sign' : 'module';
    await index!.addCustomRecord({ url: `/sv/${i}/`, content, language: 'unknown', filters: { kind: [kind] } });
  }
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  shortenRecordIds(dir, 'sv');
  rechunkIndex(dir, 150);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('roundWordCount()', () => {
  test('keeps counts up to 10, moves larger ones by less than 8 %, and never reorders two counts', () => {
    for (let n = 0; n <= 10; n++) expect(roundWordCount(n)).toBe(n);
    for (let n = 11; n < 2000; n++) {
      expect(Math.abs(roundWordCount(n) - n) / n, String(n)).toBeLessThan(0.08);
      expect(roundWordCount(n)).toBeGreaterThanOrEqual(roundWordCount(n - 1));
    }
  });
});

describe('a rewritten Pagefind bundle', () => {
  test('names each record by its language, kind and number, and its fragment file by that id', () => {
    const { ids } = meta();
    expect(ids).toHaveLength(40);
    expect(ids.filter((id) => recordOfId(id)?.kind === 'sign')).toHaveLength(10);
    for (const id of ids) {
      expect(recordOfId(id)?.locale, id).toBe('sv');
      const fragment: unknown = JSON.parse(
        gunzipSync(readFileSync(join(dir, 'fragment', `${id}.pf_fragment`)))
          .subarray(12)
          .toString(),
      );
      expect((fragment as { filters: { kind: string[] } }).filters.kind[0]).toBe(recordOfId(id)?.kind);
    }
  });

  test('rounds each record’s word count to about 10 %, in the order of the records', () => {
    const { counts } = meta();
    expect(counts).toEqual(Array.from({ length: 40 }, (_, i) => roundWordCount(12 + i)));
    expect(new Set(counts).size).toBeLessThan(20);
  });

  test('holds every word once, in chunks Pagefind finds by their bounds, and no chunk it no longer lists', () => {
    const { chunks } = meta();
    expect(chunks.length).toBeGreaterThan(2);
    const all = chunks.flatMap(([, , hash]) => chunkWords(hash!));
    expect(all).toEqual([...new Set(words)].sort());
    for (const [from, to, hash] of chunks) {
      for (const w of chunkWords(hash!))
        expect(w >= from! && w.slice(0, to!.length) <= to!, `${w} in ${from}–${to}`).toBe(true);
    }
    expect(
      (readdirSync(join(dir, 'index'), { recursive: true }) as string[]).filter((f) => f.endsWith('.pf_index')).sort(),
    ).toEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
  });

  test('keeps the words that start alike in one chunk while they fit: a word, its extensions and its stand-in', () => {
    const chunkOf = (w: string) => meta().chunks.find(([, , hash]) => chunkWords(hash!).includes(w))?.[2];
    expect(chunkOf('logs')).toBe(chunkOf('log'));
    expect(chunkOf('loggrader')).toBe(chunkOf('log'));
    expect(chunkOf('mailen')).toBe(chunkOf('mail'));
  });
});
