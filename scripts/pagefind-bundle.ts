/**
 * Makes the fixed costs of a reader's first search smaller, without changing what they do:
 * Pagefind's `pagefind.js` is minified (it ships without whitespace but with every name whole) and
 * its wasm is recompressed with zopfli (the same gzip format Pagefind unpacks, 5 % smaller). The
 * wasm is the same on every build, so its recompressed copy is kept in a cache folder by hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';

const cache = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'pagefind-wasm');

/** Recompresses one gzip file with zopfli, through the cache. */
async function recompress(file: string): Promise<void> {
  const data = readFileSync(file);
  const cached = join(cache, `${createHash('sha256').update(data).digest('hex')}.gz`);
  if (!existsSync(cached)) {
    const smaller = await gzipAsync(gunzipSync(data), { numiterations: 15 });
    mkdirSync(cache, { recursive: true });
    // Written aside, then renamed: another thread's index (written at once) may read the cache meanwhile.
    const part = `${cached}.${process.pid}.${threadId}`;
    writeFileSync(part, smaller.length < data.length ? smaller : data);
    renameSync(part, cached);
  }
  writeFileSync(file, readFileSync(cached));
}

/** Minifies `pagefind.js` and recompresses the wasm of the bundle in `bundle`. */
export async function tunePagefindBundle(bundle: string): Promise<void> {
  const script = join(bundle, 'pagefind.js');
  const { code } = await transform(readFileSync(script, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(script, code);
  for (const f of readdirSync(bundle).filter((name) => /^wasm\..+\.pagefind$/.test(name))) {
    await recompress(join(bundle, f));
  }
}
