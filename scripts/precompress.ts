/**
 * Writes a `.gz` and a `.br` beside every text file of the built site, so a server answers with them
 * (nginx `gzip_static`, `brotli_static`) instead of compressing per request.
 *
 * Levels, measured on a 1,100-module build (2 cores): brotli quality 11 costs about 15 ms per page,
 * 100 times quality 8, for 11 % fewer bytes (2.1 KB instead of 2.4 KB a page); at 11,000 modules
 * (19,000 pages) it alone would take longer than the whole build may. So everything gets quality 8
 * but the site's own CSS and JavaScript (`_astro/`), which every page loads: a few dozen small files
 * whatever the collection, where each byte saved counts on every visit. Pagefind's scripts stay at 8:
 * most are UI bundles the site never loads, and quality 11 on them cost a second per build for
 * nothing (its `pagefind.js`, fetched once per search session, is 0.8 KB larger). gzip (for clients
 * without brotli) at level 6: level 9 took 25 % longer on the 11,000-module pages for 0.3 % fewer bytes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Extensions worth compressing. Pagefind's index files (`.pf_meta`, `.pf_index`, `.pf_fragment`,
 * `.pf_filter`) and its wasm (`.pagefind`) are gzip data already, sent as they are: never listed here.
 */
export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** Brotli quality of a file (path relative to the site): the smallest for the site's own code, else fast. */
export function brotliQuality(file: string): number {
  return file.startsWith(`_astro${sep}`) ? constants.BROTLI_MAX_QUALITY : 8;
}

/** The gzip level of every file. */
export const gzipLevel = 6;

/** Compresses one file of the site in `dir`; writes each variant only when it is smaller than the file. */
async function compressFile(dir: string, file: string): Promise<number> {
  const path = join(dir, file);
  const data = await readFile(path);
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: gzipLevel }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        // A window just larger than the file: the default 4 MB one was allocated and cleared for every
        // 20 KB page, which doubled the time (half of it in the kernel) for the same bytes.
        [constants.BROTLI_PARAM_LGWIN]: Math.min(
          constants.BROTLI_MAX_WINDOW_BITS,
          Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(data.length + 1))),
        ),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  const variants: [ext: string, bytes: Buffer][] = [
    ['.gz', gz],
    ['.br', br],
  ];
  const smaller = variants.filter(([, bytes]) => bytes.length < data.length);
  await Promise.all(smaller.map(([ext, bytes]) => writeFile(path + ext, bytes)));
  return smaller.length;
}

/**
 * Precompresses every compressible file under `dir` that `include` accepts (paths relative to `dir`);
 * resolves with the number of files written. zlib runs on libuv's thread pool: a few files per core
 * in flight keep every core busy, and each runner takes the next file as soon as it is done (no batch
 * waits for its slowest file).
 */
export async function precompress(dir: string, include: (file: string) => boolean = () => true): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => compressible.has(extname(f)) && include(f));
  let next = 0;
  let written = 0;
  const runner = async () => {
    while (next < files.length) {
      const count = await compressFile(dir, files[next++]!);
      written += count;
    }
  };
  await Promise.all(Array.from({ length: Math.max(4, availableParallelism() * 2) }, runner));
  return written;
}
