// The server configurations (nginx, Netlify), the build's precompression, and the one-line
// answers to a bad SITE_URL or a busy port.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { hashedPaths, immutable, revalidate, securityHeaders } from '../../../scripts/headers.ts';
import { hostFiles, nginxConf } from '../../../scripts/nginx-config.ts';
import { assertPortFree } from '../../../scripts/port.ts';
import { precompress } from '../../../scripts/precompress.ts';
import { siteUrlProblem } from '../../../src/lib/origin.ts';
import { locales } from '../../../src/locales.ts';

/** The `location` blocks of an nginx configuration, by their path. */
function locations(conf: string): Map<string, string> {
  return new Map([...conf.matchAll(/^location (=?\s?\S+) \{\n([\s\S]*?)\n\}/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('nginxConf()', () => {
  const blocks = locations(nginxConf());

  test('sends every security header and a caching rule from every location that serves files', () => {
    const serving = [...blocks].filter(([path]) => !path.startsWith('='));
    expect(serving.length).toBe(1 + locales.length + hashedPaths.length);
    for (const [path, body] of serving)
      for (const [name, value] of Object.entries(securityHeaders))
        expect(body, `${name} in location ${path}`).toContain(`add_header ${name} "${value}" always;`);
  });

  test('caches hashed files for a year and makes everything else revalidate', () => {
    for (const path of hashedPaths)
      expect(blocks.get(path.replace(/\*$/, '')), path).toContain(`Cache-Control "${immutable}"`);
    expect(blocks.get('/')).toContain(`Cache-Control "${revalidate}"`);
  });

  test("answers a missing page of each locale with that locale's 404 page", () => {
    for (const l of locales) expect(blocks.get(`/${l.path}/`), l.code).toContain(`error_page 404 /${l.path}/404.html;`);
  });

  test('refuses to serve the files that configure hosts', () => {
    for (const f of hostFiles) expect(blocks.get(`= /${f}`), f).toContain('return 404;');
  });
});

describe('netlify.toml', () => {
  test("gives each locale's missing pages its own 404 page with status 404, and nothing else", () => {
    const rules = [...readFileSync('netlify.toml', 'utf8').matchAll(/\[\[redirects\]\]\n((?:\s+\S+ = .+\n?)+)/g)].map(
      (m) =>
        Object.fromEntries(
          [...m[1]!.matchAll(/(\w+) = "?([^"\n]+)"?/g)].map((kv): [string, string] => [kv[1]!, kv[2]!]),
        ),
    );
    expect(rules).toEqual(locales.map((l) => ({ from: `/${l.path}/*`, to: `/${l.path}/404.html`, status: '404' })));
  });
});

describe('siteUrlProblem()', () => {
  test('accepts an http or https origin', () => {
    expect(siteUrlProblem('https://docs.example.com')).toBeUndefined();
    expect(siteUrlProblem('http://localhost:4321/')).toBeUndefined();
  });

  test('names SITE_URL, quotes the value and gives the fixed value when the scheme is missing', () => {
    expect(siteUrlProblem('docs.example.com')).toBe(
      'SITE_URL is "docs.example.com", which is not a URL: set it with its scheme, e.g. SITE_URL=https://docs.example.com',
    );
    expect(siteUrlProblem('localhost:4321')).toContain('e.g. SITE_URL=https://localhost:4321');
    expect(siteUrlProblem('ftp://docs.example.com')).toContain('no http:// or https:// scheme');
  });
});

describe('assertPortFree()', () => {
  test('rejects a port in use with the port and another one to choose', async () => {
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as { port: number }).port;
    try {
      await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} is in use`);
    } finally {
      busy.close();
    }
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});

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
