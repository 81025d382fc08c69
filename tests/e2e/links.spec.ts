import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { parse } from 'node-html-parser';
import { builtOrigin, gatedPages } from './fixtures/gates.ts';
import { builtHtml, distDir, locales } from './fixtures/site.ts';

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
  for (const from of gatedPages()) {
    const doc = parse(builtHtml(from));
    for (const attribute of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      for (const element of doc.querySelectorAll(`[${attribute.replace(':', '\\:')}]`)) {
        const tag = element.rawTagName.toLowerCase();
        if (readByLinkinator[attribute]?.includes(tag)) continue;
        const value = element.getAttribute(attribute) ?? '';
        out.push({ from, attribute: `<${tag} ${attribute}="${value}">`, url: new URL(value, `http://site${from}`) });
      }
    }
  }
  return out;
}

/** Returns true when a site path is a file of the built site (`/favicon.svg`, `/ja/`). */
function servedFile(path: string): boolean {
  const file = join(distDir, decodeURIComponent(path));
  return existsSync(path.endsWith('/') ? join(file, 'index.html') : file);
}

/** Hosts of the local servers: the preview server and linkinator's own. */
const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Runs linkinator over the given start pages with fragment checks; returns its results. */
async function crawl(paths: string[], local: string, origin: string, port?: number): Promise<LinkResult[]> {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await new LinkChecker().check({
    path: paths,
    ...(port ? { port } : {}),
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    // Canonical and hreflang links are absolute on SITE_URL: check them on the local copy.
    urlRewriteExpressions: origin === local ? [] : [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: local }],
    // Outside links cannot be fetched here (the security gate keeps the pages from loading any).
    linksToSkip: (url) =>
      Promise.resolve(/^https?:/.test(url) && !loopback.has(new URL(url).hostname) && !url.startsWith(origin)),
  });
  return result.links;
}

/** Returns a free local port. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
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

test.describe('links', () => {
  test('the link checker reports a missing page, a missing fragment and a broken head link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'b'));
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><title>a</title><link rel="canonical" href="http://example.test/gone/"><a href="/b/#here">ok</a> <a href="/b/#gone">no id</a> <a href="/nowhere/">no page</a>',
      );
      writeFileSync(join(dir, 'b', 'index.html'), '<!doctype html><title>b</title><h2 id="here">b</h2>');
      // linkinator serves the folder itself; the canonical link's origin is mapped to that server.
      const port = await freePort();
      const local = `http://localhost:${port}`;
      const links = await crawl([dir], local, 'http://example.test', port);
      const report = broken(links, local).join('\n');
      expect(report).toContain("'#gone' not found");
      expect(report).toContain('nowhere');
      expect(report).toContain('/gone/');
      expect(report).not.toContain('#here');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every href, src and #fragment of every built page resolves, including head links on the site URL', async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const local = new URL(baseURL!).origin;
    const links = await crawl(
      gatedPages().map((p) => `${local}${p}`),
      local,
      builtOrigin(),
    );
    expect.soft(broken(links, local), 'broken links (page → link: reason)').toEqual([]);

    // linkinator reads a fixed list of elements: the other URL attributes are checked against the built files.
    const others = otherReferences().filter((r) => r.url.origin === 'http://site');
    const missing = others.flatMap(({ from, attribute, url }) => {
      if (!servedFile(url.pathname)) return [`${from}: ${attribute} → no file for ${url.pathname}`];
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && url.pathname.endsWith('/') && !parse(builtHtml(url.pathname)).getElementById(id))
        return [`${from}: ${attribute} → no id "${id}" on ${url.pathname}`];
      return [];
    });
    expect(missing, 'URL attributes linkinator does not read that lead nowhere').toEqual([]);

    // The crawl must really have covered the site, in every locale.
    const requested = new Set(links.map((l) => new URL(l.url).pathname));
    for (const locale of locales)
      expect(
        [...requested].filter((u) => u.startsWith(`/${locale.path}/`)).length,
        `pages crawled in ${locale.code}`,
      ).toBeGreaterThan(4);
    expect(links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(gatedPages().length);
    test.info().annotations.push({
      type: 'links',
      description: `${links.length} URLs checked by linkinator, ${others.length} other URL attributes checked against the files`,
    });
  });
});
