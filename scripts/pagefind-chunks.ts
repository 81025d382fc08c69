/**
 * Cuts a Pagefind bundle's word index into small chunks. Pagefind writes chunks of about 20,000 word
 * positions (a fixed size, `chunk_index(word_map, 20000)` in its indexer), and a search loads the chunk of each
 * word it looks up: on this site a whole locale's index is one or two such chunks (20–28 KB gzip), loaded by
 * every first search whatever was typed; with thousands of modules a query of five words loads five of them.
 * Smaller chunks load only the words a query needs.
 *
 * The chunks are rewritten as Pagefind reads them (a gzip of `pagefind_dcd` and CBOR: an array holding the
 * array of words, each word kept byte for byte), and the metadata's list of chunks with them (`from`/`to`
 * as Pagefind's indexer writes them: the shortest prefixes that tell two neighbouring chunks apart). A cut falls
 * between words that start alike only where a run of them is too large to load whole: a search word's extensions
 * (`log` → `logs`) and the stand-in it falls back to (`loggraderna` → `log`) are then in the chunk its lookup
 * loads, as they are in one big chunk (Pagefind loads one chunk per word).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { array, head, items, readPagefind, rewriteMeta, sha, text, textAt, writePagefind } from './pagefind-cbor.ts';

/** A word of the index: its text, its entry as Pagefind wrote it, and its size as Pagefind counts it. */
type Word = { word: string; raw: Buffer; size: number };

/** Reads the words of one chunk, in their order. */
function chunkWords(file: string): Word[] {
  const data = readPagefind(file);
  const [words] = items(data, 0);
  /** Positions plus pages of a list of pages (`[page number, positions, …]`). */
  const positions = (pages: { from: number }) =>
    items(data, pages.from).reduce((n, page) => n + head(data, items(data, page.from)[1]!.from).value + 1, 0);
  return items(data, words!.from).map(({ from, to }) => {
    // A word, its pages, and (Pagefind 1.6) the spellings with diacritics it stands for, each with its pages.
    const [word, pages, variants] = items(data, from);
    const spelled = variants ? items(data, variants.from).map((v) => positions(items(data, v.from)[1]!)) : [];
    const size = positions(pages!) + spelled.reduce((a, n) => a + n, 0);
    return { word: textAt(data, word!.from), raw: data.subarray(from, to), size };
  });
}

/** Pagefind's boundaries between two chunks: the prefixes, one character past what the two words share. */
function prefixes(a: string, b: string): [string, string] {
  const [ca, cb] = [[...a], [...b]];
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

const sizeOf = (words: Word[]) => words.reduce((n, w) => n + w.size, 0);
const prefix = (word: string, length: number) => [...word].slice(0, length).join('');

/**
 * Groups the words into chunks of at least `positions` word positions (the last may be smaller). A cut falls
 * only between words whose first `depth` characters differ; a run of words sharing them that is larger than
 * `widest` is cut one character further in, and so on: on a small site no group is cut, and on a large one only
 * a group too large to load whole.
 */
function group(words: Word[], positions: number, widest = positions * 4, depth = 1): Word[][] {
  const runs: Word[][] = [];
  for (const w of words) {
    const run = runs.at(-1);
    if (run && prefix(run[0]!.word, depth) === prefix(w.word, depth) && [...w.word].length >= depth) run.push(w);
    else runs.push([w]);
  }
  const chunks: Word[][] = [[]];
  let size = 0;
  const close = () => {
    if (chunks.at(-1)!.length > 0) chunks.push([]);
    size = 0;
  };
  for (const run of runs) {
    const runSize = sizeOf(run);
    if (runSize > widest && run.length > 1) {
      close();
      chunks.splice(-1, 1, ...group(run, positions, widest, depth + 1), []);
      continue;
    }
    chunks.at(-1)!.push(...run);
    size += runSize;
    if (size >= positions) close();
  }
  return chunks.filter((c) => c.length > 0);
}

/**
 * The size of a chunk for an index of `total` word positions: small chunks on a small site, where the list of
 * chunks is short; larger ones as the list grows (each chunk costs the metadata a few bytes, and a first search
 * loads the whole metadata), about the size that makes the two costs of a five-word query equal.
 */
export const chunkPositions = (total: number) => Math.max(150, Math.round(Math.sqrt(total) / 2));

/**
 * Rewrites the word index of the bundle in `bundle` in chunks of about `positions` word positions. The chunks are
 * numbered in order in a folder stamped with their contents (`index/<stamp>/<n>.pf_index`): short names that
 * compress well in the metadata, and a new address whenever any chunk changes, so a cached one is never stale.
 */
export function rechunkIndex(bundle: string, positions?: number): void {
  rewriteMeta(bundle, 2, (meta, list) => {
    const old = list.map(({ from }) => textAt(meta, items(meta, from)[2]!.from));
    const words = old.flatMap((hash) => chunkWords(join(bundle, 'index', `${hash}.pf_index`)));
    for (const hash of old) rmSync(join(bundle, 'index', `${hash}.pf_index`));
    const chunks = group(words, positions ?? chunkPositions(sizeOf(words)));
    const files = chunks.map((chunk) => writePagefind(array([array(chunk.map((w) => w.raw))])));
    const stamp = sha(Buffer.concat(files), 8);
    mkdirSync(join(bundle, 'index', stamp));
    return array(
      chunks.map((chunk, i) => {
        const name = `${stamp}/${i.toString(36)}`;
        writeFileSync(join(bundle, 'index', `${name}.pf_index`), files[i]!);
        const before = chunks[i - 1]?.at(-1)?.word;
        const after = chunks[i + 1]?.[0]?.word;
        const from = before === undefined ? chunk[0]!.word : prefixes(before, chunk[0]!.word)[1];
        const to = after === undefined ? chunk.at(-1)!.word : prefixes(chunk.at(-1)!.word, after)[0];
        return array([text(from), text(to), text(name)]);
      }),
    );
  });
}
