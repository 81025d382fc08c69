/**
 * Gives the records of a Pagefind bundle short ids (`recordId` in src/search/contract.ts) in place of
 * Pagefind's page hashes, renaming their fragment files. Pagefind loads the id of every record of a bundle
 * before a first search (its metadata lists them all): its hashes cost about 6.5 bytes gzip each, which at
 * 11,000 modules is 70 KB of a first search; ids numbered in order, under one shared start, cost a fraction.
 * The ids also say each record's kind and language, which the browser would otherwise read from filter files
 * listing every record (two more such lists per first search). Each record's word count, which Pagefind weighs
 * a match by, is rounded to about 10 % (`roundWordCount`): exact counts cost a byte gzip each, rounded ones a
 * third of that.
 */
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recordId, type RecordKind } from '../src/search/contract.ts';
import { array, head, header, items, rewriteMeta, sha, text, textAt } from './pagefind-cbor.ts';

/**
 * Rounds a word count to the nearest of a geometric series about 10 % apart (1 … 10 stay exact, 14 → 13,
 * 64 → 67): Pagefind's length weighting barely moves (every `npm run bench:search` group ranks as before), and
 * the metadata of 11,000 records weighs about 7 KB less.
 */
export function roundWordCount(count: number): number {
  if (count <= 10) return count;
  return Math.round(Math.exp(Math.round(Math.log(count) * 10) / 10));
}

/** Renames the records of the bundle in `bundle` (a bundle of the locale whose folder is `localePath`). */
export function shortenRecordIds(bundle: string, localePath: string): void {
  rewriteMeta(bundle, 1, (meta, list) => {
    const pages = list.map(({ from }) => {
      const [hash, ...rest] = items(meta, from);
      const id = textAt(meta, hash!.from);
      // A page in a fragment group (`[hash, words, group]`) shares its file: this bundle writes none.
      const grouped = rest[1] && head(meta, rest[1].from).value !== 0;
      if (grouped) throw new Error(`${bundle}: ${id} is in a fragment group, which shortenRecordIds cannot rename.`);
      const file = join(bundle, 'fragment', `${id}.pf_fragment`);
      const data = readFileSync(file);
      const fragment = JSON.parse(gunzipSync(data).subarray(12).toString('utf8')) as {
        filters: { kind: [RecordKind] };
      };
      const words = roundWordCount(head(meta, rest[0]!.from).value);
      const others = rest.slice(1).map((r) => meta.subarray(r.from, r.to));
      return { file, data, kind: fragment.filters.kind[0], rest: [header(0, words), ...others] };
    });
    const stamp = sha(Buffer.concat(pages.map((p) => p.data)), 8);
    mkdirSync(join(bundle, 'fragment', `${localePath}.${stamp}`));
    const counts = new Map<RecordKind, number>();
    return array(
      pages.map((p) => {
        const n = counts.get(p.kind) ?? 0;
        counts.set(p.kind, n + 1);
        const id = recordId(localePath, stamp, p.kind, n);
        renameSync(p.file, join(bundle, 'fragment', `${id}.pf_fragment`));
        return array([text(id), ...p.rest]);
      }),
    );
  });
}
