/**
 * Makes the fixed costs of a reader's first search smaller, without changing what they do:
 * Pagefind's `pagefind.js` is minified (it ships without whitespace but with every name whole) and
 * its wasm is recompressed with zopfli (the same gzip format Pagefind unpacks, 5 % smaller). The
 * wasm is the same on every build, so its recompressed copy is kept in a cache folder by hash. On a
 * small site the index chunks are recompressed too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';

const cache = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'pagefind-wasm');

/**
 * Up to this many index chunks, a bundle's chunks are recompressed with zopfli too (about 5 % smaller,
 * 0.3 s per 16 KB chunk): on a small site they are most of a first search; a larger one has dozens or hundreds,
 * and its build could not afford them.
 */
const maxSqueezedChunks = 4;

/** Recompresses the index chunks of a small bundle with zopfli, in place. */
export async function squeezeIndexChunks(bundle: string): Promise<void> {
  const dir = join(bundle, 'index');
  const chunks = readdirSync(dir);
  if (chunks.length > maxSqueezedChunks) return;
  for (const f of chunks) {
    const data = readFileSync(join(dir, f));
    const smaller = await gzipAsync(gunzipSync(data), { numiterations: 5 });
    if (smaller.length < data.length) writeFileSync(join(dir, f), smaller);
  }
}

/** Recompresses one gzip file with zopfli, through the cache. */
async function recompress(file: string): Promise<void> {
  const data = readFileSync(file);
  const cached = join(cache, `${createHash('sha256').update(data).digest('hex')}.gz`);
  if (!existsSync(cached)) {
    const smaller = await gzipAsync(gunzipSync(data), { numiterations: 15 });
    mkdirSync(cache, { recursive: true });
    writeFileSync(cached, smaller.length < data.length ? smaller : data);
  }
  writeFileSync(file, readFileSync(cached));
}

/** Minifies `pagefind.js`, recompresses the wasm and (on a small site) the index chunks of the bundle in `bundle`. */
export async function tunePagefindBundle(bundle: string): Promise<void> {
  await squeezeIndexChunks(bundle);
  const script = join(bundle, 'pagefind.js');
  const { code } = await transform(readFileSync(script, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(script, code);
  for (const f of readdirSync(bundle).filter((name) => /^wasm\..+\.pagefind$/.test(name))) {
    await recompress(join(bundle, f));
  }
}
