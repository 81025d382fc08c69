import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { precompress } from '../../../scripts/precompress.ts';

describe('precompress()', () => {
  test('writes .gz and .br files that unpack to the original, and leaves Pagefind files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      const html = '<!doctype html><p>syslogd</p>'.repeat(200);
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'a.pf_fragment'), 'x'.repeat(500));
      expect(await precompress(dir)).toBe(2);
      expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(html);
      expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('counts every file it writes when many are compressed at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `p${i}.html`), `<p>${i} syslogd</p>`.repeat(100));
      writeFileSync(join(dir, 'site.css'), 'p { color: red }\n'.repeat(100));
      expect(await precompress(dir)).toBe(82);
      expect(readdirSync(dir).filter((f) => /\.(gz|br)$/.test(f))).toHaveLength(82);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
