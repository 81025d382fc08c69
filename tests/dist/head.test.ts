// Head links of every built page: one canonical link to itself, hreflang alternates, the page language.
import { describe, expect, test } from 'vitest';
import { defaultLocale, locales } from '../../src/locales.ts';
import { builtDoc, builtPages, templateOf } from '../support/built-site.ts';

/** The origin the build wrote into absolute URLs, read from the canonical link of `/`. */
const origin = new URL(builtDoc('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'invalid:').origin;

const notFound = (path: string) => path.endsWith('404.html');
/** Pages that exist in every locale: the root picker (whose versions are the homes) and the locale pages. */
const translated = builtPages().filter((p) => !notFound(p) && !p.startsWith('/m/'));

/** Returns the same page in another locale (`/ja/log-precision/` → `/nl/log-precision/`). */
const inLocale = (path: string, localePath: string) =>
  path === '/' ? `/${localePath}/` : path.replace(/^\/[^/]+\//, `/${localePath}/`);

describe('head links of the built pages', () => {
  test('the build wrote an absolute http(s) origin into the canonical link of /', () => {
    expect(origin).toMatch(/^https?:\/\/[^/]+$/);
  });

  test.each(builtPages().filter((p) => !notFound(p)))('%s has one canonical link, to itself', (path) => {
    const links = builtDoc(path).querySelectorAll('link[rel="canonical"]');
    // Short links are lowercase (`/m/inMail/` is a spelling of `/m/inmail/`).
    const self = path.startsWith('/m/') ? path.toLowerCase() : path;
    expect(links.map((l) => l.getAttribute('href'))).toEqual([`${origin}${self}`]);
  });

  test.each(builtPages().filter(notFound))('%s has no canonical link and asks not to be indexed', (path) => {
    const doc = builtDoc(path);
    expect(doc.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test.each(translated)('%s declares its version in every language and x-default as hreflang alternates', (path) => {
    const alternates = builtDoc(path)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    // The language picker is the default version of the home pages; the default locale's page of the others.
    const home = path === '/' || templateOf(path).template === 'locale home';
    const xDefault = home ? '/' : inLocale(path, defaultLocale.path);
    expect(alternates).toEqual([
      ...locales.map((l) => [l.code, `${origin}${inLocale(path, l.path)}`]),
      ['x-default', `${origin}${xDefault}`],
    ]);
  });

  test.each(builtPages().filter((p) => templateOf(p).locale))(
    '%s is marked with the language of its locale',
    (path) => {
      expect(builtDoc(path).querySelector('html')?.getAttribute('lang')).toBe(templateOf(path).locale?.code);
    },
  );

  // What axe's language rules (html-has-lang, html-lang-valid, valid-lang) check on a page, checked here on every
  // page of the build: a screen reader picks its voice, and a browser its fonts and line breaking, from them.
  const languages = new Set(['en', ...locales.map((l) => l.code)]);
  test.each(builtPages())('%s marks its text only with languages the site writes, as valid tags', (path) => {
    const marked = builtDoc(path)
      .querySelectorAll('[lang]')
      .map((e) => e.getAttribute('lang') ?? '');
    expect(marked[0], 'the page itself has a language').toBeTruthy();
    const unknown = marked.filter((tag) => !languages.has(tag) || Intl.getCanonicalLocales(tag)[0] !== tag);
    expect(unknown, `lang attributes that are not ${[...languages].join(', ')}`).toEqual([]);
  });
});
