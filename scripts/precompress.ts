/**
 * Writes a `.gz` and a `.br` beside every text file of the built site, at maximum compression, so a
 * server answers with them (nginx `gzip_static`, `brotli_static`) instead of compressing per request.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Extensions worth compressing. Pagefind's index files and wasm are gzip data already. */
export const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** How many files are compressed at once (zlib works on libuv's thread pool). */
const parallel = 8;

/** Compresses one file; writes each variant only when it is smaller than the file. */
async function compressFile(path: string): Promise<number> {
  const data = readFileSync(path);
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: 9 }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  let written = 0;
  for (const [ext, bytes] of [
    ['.gz', gz],
    ['.br', br],
  ] as const) {
    if (bytes.length >= data.length) continue;
    writeFileSync(path + ext, bytes);
    written++;
  }
  return written;
}

/** Precompresses every compressible file under `dir`; resolves with the number of files written. */
export async function precompress(dir: string): Promise<number> {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => compressible.has(extname(f)))
    .map((f) => join(dir, f));
  let written = 0;
  for (let i = 0; i < files.length; i += parallel) {
    const counts = await Promise.all(files.slice(i, i + parallel).map(compressFile));
    written += counts.reduce((a, b) => a + b, 0);
  }
  return written;
}
