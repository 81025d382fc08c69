// Links of the built site: linkinator crawls every page over the static server; other URL attributes are checked
// against the files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { locales } from '../../src/locales.ts';
import { builtDoc, builtPages, distDir, servedFile } from '../support/built-site.ts';

/** The URL attributes linkinator reads (its `linksAttribute` table), by element. */
const readByLinkinator: Record<string, string[]> = {
  href: ['a', 'area', 'embed', 'link'],
  src: ['audio', 'embed', 'frame', 'iframe', 'img', 'input', 'script', 'source', 'track', 'video'],
  poster: ['video'],
  data: ['object'],
};

/** URL attributes linkinator does not read (form actions, SVG `<use href>`, …), resolved against their page. */
function otherReferences(): { from: string; attribute: string; url: URL }[] {
  const out: { from: string; attribute: string; url: URL }[] = [];
  for (const from of builtPages()) {
    for (const attribute of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      for (const element of builtDoc(from).querySelectorAll(`[${attribute.replace(':', '\\:')}]`)) {
        const tag = element.rawTagName.toLowerCase();
        if (readByLinkinator[attribute]?.includes(tag)) continue;
        const value = element.getAttribute(attribute) ?? '';
        out.push({ from, attribute: `<${tag} ${attribute}="${value}">`, url: new URL(value, `http://site${from}`) });
      }
    }
  }
  return out;
}

/** Hosts of the local server. */
const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Serves a folder as the static host would, runs `check` against its origin, then stops serving. */
async function serving<T>(dir: string, check: (local: string) => Promise<T>): Promise<T> {
  const server = await startServer(dir, 0);
  try {
    return await check(`http://localhost:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

/** Runs linkinator from the given start URLs with fragment checks; links on `origin` are checked locally. */
async function crawl(urls: string[], local: string, origin: string): Promise<LinkResult[]> {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await new LinkChecker().check({
    path: urls,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    // Canonical and hreflang links are absolute on SITE_URL: check them on the local copy.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: local }],
    // Outside links cannot be fetched here (the security gate keeps the pages from loading any).
    linksToSkip: (url) =>
      Promise.resolve(/^https?:/.test(url) && !loopback.has(new URL(url).hostname) && !url.startsWith(origin)),
  });
  return result.links;
}

/** One line per broken link: page → link: reason. */
function broken(links: LinkResult[], local: string): string[] {
  return links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => {
      const why = l.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${l.status}`)).join('; ');
      return `${l.parent?.replace(local, '') ?? '(start)'} → ${l.url.replace(local, '')}: ${why ?? `HTTP ${l.status}`}`;
    });
}

/** The origin the build wrote into canonical and hreflang links, read from `/`. */
const builtOrigin = () =>
  new URL(builtDoc('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;

describe('links (linkinator over the built site)', () => {
  test('the link checker reports a missing page, a missing fragment and a broken head link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'b'));
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><title>a</title><link rel="canonical" href="http://example.test/gone/">' +
          '<a href="/b/#here">ok</a> <a href="/b/#gone">no id</a> <a href="/nowhere/">no page</a>',
      );
      writeFileSync(join(dir, 'b', 'index.html'), '<!doctype html><title>b</title><h2 id="here">b</h2>');
      const report = await serving(dir, async (local) =>
        broken(await crawl([`${local}/`], local, 'http://example.test'), local).join('\n'),
      );
      expect(report).toContain("'#gone' not found");
      expect(report).toContain('nowhere');
      expect(report).toContain('/gone/');
      expect(report).not.toContain('#here');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every href, src and #fragment of every built page resolves, including head links on the site URL', async () => {
    const { links, report } = await serving(distDir, async (local) => {
      const found = await crawl(
        builtPages().map((p) => `${local}${p}`),
        local,
        builtOrigin(),
      );
      return { links: found, report: broken(found, local) };
    });
    expect(report, 'broken links (page → link: reason)').toEqual([]);
    // The crawl must really have covered the site, in every locale.
    const requested = new Set(links.map((l) => new URL(l.url).pathname));
    for (const locale of locales)
      expect([...requested].filter((u) => u.startsWith(`/${locale.path}/`)).length, locale.code).toBeGreaterThan(4);
    expect(links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(builtPages().length);
  }, 120_000);

  test('URL attributes linkinator does not read (form actions, SVG links) lead to a file and an id', () => {
    const others = otherReferences().filter((r) => r.url.origin === 'http://site');
    const missing = others.flatMap(({ from, attribute, url }) => {
      if (!servedFile(url.pathname)) return [`${from}: ${attribute} → no file for ${url.pathname}`];
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && url.pathname.endsWith('/') && !builtDoc(url.pathname).getElementById(id))
        return [`${from}: ${attribute} → no id "${id}" on ${url.pathname}`];
      return [];
    });
    expect(missing).toEqual([]);
    expect(others.length, 'form actions and SVG links found').toBeGreaterThan(0);
  });
});
