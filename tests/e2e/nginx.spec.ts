/** The built site served by nginx with the configuration the build wrote: headers, 404s, encodings, CSP, search. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { immutable, revalidate, securityHeaders } from '../../scripts/headers.ts';
import { hostFiles } from '../../scripts/nginx-config.ts';
import { NginxUnavailable, startNginx, type RunningNginx } from '../../scripts/nginx-server.ts';
import { distDir } from '../support/built-site.ts';
import { typedPrefixCases, untouchedPaths } from '../support/typed-prefixes.ts';
import { SearchBox } from './fixtures/search.ts';
import { defaultLocale, localeByCode, locales, oneLocale, paths } from './fixtures/site.ts';

const basePort = Number(process.env['NGINX_PORT'] ?? 8431);
const page = paths.table(defaultLocale);
const probe = '/csp-probe/';

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One GET over plain HTTP, undecoded, so the test sees the bytes and headers nginx sent. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

/** The first built file under `dir` whose name ends with `suffix`, as a site path. */
function firstFile(dir: string, suffix: string): string {
  // Fragments sit one folder further down (`fragment/sv.<stamp>/m0.pf_fragment`).
  const name = (readdirSync(join(distDir, dir), { recursive: true }) as string[]).find((f) => f.endsWith(suffix));
  if (!name) throw new Error(`${distDir}/${dir} has no *${suffix} file: run \`npm run build\` first.`);
  return `/${dir}/${name}`;
}

/**
 * A served folder that is the built site (linked, not copied) plus one probe page: the module page
 * without its `<meta>` policy and with an inline script, so only the CSP header can refuse it.
 */
function siteWithProbe(): string {
  const root = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  for (const name of readdirSync(distDir)) symlinkSync(resolve(distDir, name), join(root, name));
  const html = readFileSync(join(distDir, page, 'index.html'), 'utf8')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
    .replace('</head>', '<script>document.documentElement.dataset.injected = "ran";</script></head>');
  mkdirSync(join(root, probe));
  writeFileSync(join(root, probe, 'index.html'), html);
  return root;
}

let server: RunningNginx | undefined;
let root = '';

test.describe('served by nginx', () => {
  // One nginx for the group: its tests run in order in one worker, even when the project runs fully parallel.
  test.describe.configure({ mode: 'default' });

  test.beforeAll(async () => {
    root = siteWithProbe();
    try {
      // A worker started after a failure must not collide with the port its predecessor is releasing.
      server = await startNginx(root, basePort + test.info().workerIndex);
    } catch (error) {
      if (!(error instanceof NginxUnavailable)) throw error;
      console.log(`nginx suite SKIPPED: ${error.message}`);
      test.skip(true, error.message);
    }
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const url = (path: string) => `${server!.url}${path}`;

  test('a page, an asset and Pagefind files carry every security header, with the right type and caching', async () => {
    const cases = [
      { path: page, type: 'text/html; charset=utf-8', cache: revalidate },
      { path: firstFile('_astro', '.css'), type: 'text/css; charset=utf-8', cache: immutable },
      { path: firstFile('_astro', '.js'), type: 'text/javascript; charset=utf-8', cache: immutable },
      { path: '/pagefind/ja/pagefind.js', type: 'text/javascript; charset=utf-8', cache: revalidate },
      { path: firstFile('pagefind/ja', '.pf_meta'), type: 'application/octet-stream', cache: revalidate },
      { path: firstFile('pagefind/ja/index', '.pf_index'), type: 'application/octet-stream', cache: immutable },
      { path: firstFile('pagefind/ja/fragment', '.pf_fragment'), type: 'application/octet-stream', cache: immutable },
      {
        path: firstFile('pagefind/nl/modules/fragment', '.pf_fragment'),
        type: 'application/octet-stream',
        cache: immutable,
      },
      { path: firstFile('pagefind/ja', '.pagefind'), type: 'application/octet-stream', cache: revalidate },
    ];
    for (const c of cases) {
      const answer = await get(url(c.path), { 'accept-encoding': 'gzip, br' });
      expect(answer.status, c.path).toBe(200);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(answer.headers[name.toLowerCase()], `${name} on ${c.path}`).toBe(value);
      expect(answer.headers['content-type'], c.path).toBe(c.type);
      expect(answer.headers['cache-control'], c.path).toBe(c.cache);
      // Pagefind's files are gzip data it unpacks itself: sent as they are, never re-encoded.
      if (c.type === 'application/octet-stream') {
        expect(answer.headers['content-encoding'], c.path).toBeUndefined();
        expect(answer.body.subarray(0, 2).toString('hex'), `${c.path} is the gzip file as built`).toBe('1f8b');
      }
    }
  });

  for (const locale of locales) {
    test(`a missing ${locale.code} page answers 404 with the ${locale.code} not-found page and the headers`, async () => {
      const answer = await get(url(paths.missing(locale)));
      expect(answer.status).toBe(404);
      expect(answer.body.toString('utf8')).toContain(`<html lang="${locale.code}"`);
      expect(answer.headers['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
      expect(answer.headers['cache-control']).toBe(revalidate);
    });
  }

  test('a missing page outside the locales answers 404 with the root page that holds every language', async () => {
    const answer = await get(url('/no-such-page/'));
    expect(answer.status).toBe(404);
    expect(answer.body.toString('utf8')).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
  });

  test('the files that configure hosts are not served', async () => {
    for (const file of hostFiles) expect((await get(url(`/${file}`))).status, file).toBe(404);
  });

  test('a folder without its slash redirects to it, on the same host', async () => {
    const folder = paths.table(localeByCode('ja'));
    const answer = await get(url(folder.replace(/\/$/, '')));
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(folder);
  });

  test('a locale prefix as people type it redirects (301) to the locale, keeping the path and the query', async () => {
    for (const [typed, canonical] of typedPrefixCases) {
      const answer = await get(url(typed));
      expect(answer.status, typed).toBe(301);
      expect(answer.headers['location'], typed).toBe(canonical);
    }
    // A locale's own path is served (a folder without its slash gets the slash, as before), never redirected.
    for (const path of untouchedPaths) {
      const answer = await get(url(path));
      if (answer.status === 301) expect(answer.headers['location'], path).toBe(`${path}/`);
    }
  });

  test('the precompressed files are sent to browsers that accept them, the plain file to others', async () => {
    const file = readFileSync(join(distDir, page, 'index.html'));
    const plain = await get(url(page));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    const gz = await get(url(page), { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    test.skip(!server!.brotli, 'nginx has no brotli module here: gzip checked, brotli not');
    const br = await get(url(page), { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
  });

  test('the CSP header alone refuses an inline script injected into a page', async ({ page: tab }) => {
    const refusals: string[] = [];
    tab.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refusals.push(m.text());
    });
    await tab.goto(url(probe));
    await expect(tab.locator('h1')).toBeVisible();
    expect(await tab.locator('meta[http-equiv="content-security-policy" i]').count()).toBe(0);
    expect(await tab.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
    expect(refusals.join('\n')).toMatch(/inline script/i);
  });

  // The same configuration serves every locale's bundle: one locale, rotating.
  for (const locale of locales.filter((l) => oneLocale(l, 'search through nginx'))) {
    test(`the ${locale.code} search finds an entry through nginx`, async ({ page: tab }) => {
      const failed: string[] = [];
      tab.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await tab.goto(url(paths.search(locale, 'syslogd')));
      const search = new SearchBox(tab);
      await search.settled();
      await expect(search.first).toHaveAttribute('href', paths.entry(locale, 'syslogd'));
      expect(failed).toEqual([]);
    });
  }
});
