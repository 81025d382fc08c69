// The sitemap: every content page of the build and nothing else, each with its language versions as alternates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/locales.ts';
import { builtDoc, builtPages, distDir, templateOf, type Template } from '../support/built-site.ts';

const origin = new URL(builtDoc('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'invalid:').origin;

/** The sitemap's entries: each URL with its hreflang alternates. */
const entries = parse(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8'))
  .querySelectorAll('url')
  .map((url) => ({
    loc: url.querySelector('loc')?.text ?? '',
    alternates: url.getElementsByTagName('xhtml:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  }));

/** Templates whose pages are content; short links, 404 pages and the search page are not. */
const listed = new Set<Template>(['root picker', 'locale home', 'module table', 'module page', 'MDX page']);

describe('sitemap', () => {
  test('the index points to the sitemap', () => {
    const index = parse(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'));
    expect(index.querySelectorAll('loc').map((l) => l.text)).toEqual([`${origin}/sitemap-0.xml`]);
  });

  test('lists every content page of the build, and nothing else', () => {
    const expected = builtPages().filter((p) => listed.has(templateOf(p).template));
    expect(entries.map((e) => e.loc).sort()).toEqual(expected.map((p) => `${origin}${p}`).sort());
    expect(entries.length).toBeGreaterThan(locales.length * 4);
  });

  test('lists each page of a locale with its version in every language as alternates', () => {
    for (const { loc, alternates } of entries) {
      const path = new URL(loc).pathname;
      const expected =
        path === '/'
          ? []
          : locales.map((l) => [l.code, `${origin}${path.replace(/^\/[^/]+\//, `/${l.path}/`)}`]).sort();
      expect(alternates.sort(), loc).toEqual(expected);
    }
  });
});
