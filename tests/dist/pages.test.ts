// What the other built pages say and link to: page ids, home cards, search page and 404 pages without JavaScript,
// short links, the URL contract.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { modulePageId, moduleUrl, pageUrl, shortUrl, signAnchor, signUrl } from '../../src/lib/urls.ts';
import { locales, type LocaleCode } from '../../src/locales.ts';
import {
  builtDoc,
  builtPages,
  mdxPageIds,
  moduleIds,
  pageIds,
  servedFile,
  signs,
  templateOf,
} from '../support/built-site.ts';
import { label, textOf } from '../support/strings.ts';

describe.each(locales)('pages in $code', (locale) => {
  test('every page is served, with its H1 id equal to the page id', () => {
    for (const id of pageIds) {
      expect(servedFile(pageUrl(locale.code, id)), id).toBe(true);
      expect(builtDoc(pageUrl(locale.code, id)).querySelectorAll(`h1#${id}`), id).toHaveLength(1);
    }
  });

  test('the home page links to the module table and every other page', () => {
    const links = builtDoc(`/${locale.path}/`).querySelectorAll('main .cards a');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(
      pageIds.map((id) => pageUrl(locale.code, id)).sort(),
    );
  });

  test('the ports table links 6666 to the syslogd entry', () => {
    const doc = builtDoc(pageUrl(locale.code, 'general-architecture'));
    const rows = doc.querySelectorAll('table tr').filter((r) => textOf(r).includes('6666'));
    const links = rows.flatMap((r) => r.querySelectorAll('a')).filter((a) => textOf(a) === 'syslogd');
    expect(links.map((a) => a.getAttribute('href'))).toContain(moduleUrl(locale.code, 'syslogd'));
  });

  test('the log precision page shows its commands in code blocks', () => {
    const blocks = builtDoc(pageUrl(locale.code, 'log-precision')).querySelectorAll('pre code').map(textOf);
    expect(blocks.filter((b) => b.includes('nlserver restart <MODULE_NAME> -verbose'))).toHaveLength(1);
    expect(blocks.filter((b) => b.includes('nlserver pdump -who'))).toHaveLength(1);
  });

  test('every command block of every page has a copy button beside it, labelled in the reader’s language', () => {
    for (const id of mdxPageIds) {
      const blocks = builtDoc(pageUrl(locale.code, id)).querySelectorAll('main pre');
      const buttons = blocks.map((pre) => textOf(pre.parentNode?.querySelector('copy-button button')));
      expect(buttons, id).toEqual(blocks.map(() => label(locale.code, 'code.copy')));
    }
  });

  test('a command for one system is shown under its label, beside the other system’s, on the pages and the runbook', () => {
    // A reader on Windows must never be handed LD_PRELOAD unlabelled: the page and the runbook show both forms.
    for (const path of [pageUrl(locale.code, 'log-precision'), pageUrl(locale.code, modulePageId)]) {
      const doc = builtDoc(path);
      const linuxOnly = doc.querySelectorAll('pre code').filter((c) => c.text.includes('LD_PRELOAD'));
      expect(linuxOnly.length, path).toBeGreaterThan(0);
      for (const code of linuxOnly) {
        const labelled = code.closest('[data-system]');
        expect(labelled?.getAttribute('data-system'), path).toBe('linux');
        expect(textOf(labelled), path).toContain(label(locale.code, 'system.linux'));
        const windows = labelled?.parentNode?.querySelector('[data-system="windows"]');
        expect(textOf(windows), path).toContain(label(locale.code, 'system.windows'));
        expect(windows?.querySelector('pre code')?.text, path).toBe(
          code.text.replace('LD_PRELOAD=libjsig.so ', '').replace('; ', '\n'),
        );
      }
    }
  });

  test('the search page explains, without JavaScript, that search needs it and links to the table and every entry', () => {
    const doc = builtDoc(`/${locale.path}/search/`);
    expect(textOf(doc.querySelector('main'))).toContain(label(locale.code, 'search.noScript'));
    const links = doc.querySelectorAll('main noscript a, main .notice a').map((a) => a.getAttribute('href'));
    expect(links[0]).toBe(pageUrl(locale.code, modulePageId));
    const entries = doc.querySelectorAll('main .notice .entry-index a').map((a) => a.getAttribute('href'));
    expect(entries).toEqual(moduleIds.map((id) => moduleUrl(locale.code, id)));
  });

  test('the 404 page answers in the locale with a way back to the module table and every entry', () => {
    const doc = builtDoc(`/${locale.path}/404.html`);
    expect(textOf(doc.querySelector('h1'))).toBe(label(locale.code, 'notFound.title'));
    const back = doc.querySelectorAll('main a').find((a) => textOf(a) === label(locale.code, 'notFound.back'));
    expect(back?.getAttribute('href')).toBe(pageUrl(locale.code, modulePageId));
    const entries = doc.querySelectorAll('main .entry-index a').map((a) => a.getAttribute('href'));
    expect(entries).toEqual(moduleIds.map((id) => moduleUrl(locale.code, id)));
  });
});

describe('pages outside the locales, as read without JavaScript', () => {
  test('the language picker lists every language by its own name, each leading to its home page', () => {
    const links = builtDoc('/').querySelectorAll('main li[lang] a');
    expect(links.map((a) => [a.getAttribute('href'), textOf(a.querySelector('.name'))])).toEqual(
      locales.map((l) => [`/${l.path}/`, l.name]),
    );
  });

  test('the root 404 page shows the message in every language, each with a way back and every entry', () => {
    const sections = builtDoc('/404.html').querySelectorAll('main section[lang]');
    const back = (s: (typeof sections)[number], code: LocaleCode) =>
      s.querySelectorAll('a').find((a) => textOf(a) === label(code, 'notFound.back'));
    expect(
      sections.map((s) => [
        s.getAttribute('lang'),
        textOf(s.querySelector('h2')),
        back(s, s.getAttribute('lang') as LocaleCode)?.getAttribute('href'),
        s.querySelectorAll('.entry-index a').map((a) => a.getAttribute('href')),
      ]),
    ).toEqual(
      locales.map((l) => [
        l.code,
        label(l.code, 'notFound.title'),
        pageUrl(l.code, modulePageId),
        moduleIds.map((id) => moduleUrl(l.code, id)),
      ]),
    );
  });

  test('every short link lists its module entry or its sign in every language', () => {
    const targets = (path: string) =>
      builtDoc(path)
        .querySelectorAll('main li[lang] a')
        .map((a) => a.getAttribute('href'));
    const shortLinks = builtPages().filter((p) => templateOf(p).template === 'short link');
    for (const path of shortLinks) {
      const slug = path.split('/')[2]?.toLowerCase();
      const id = moduleIds.find((m) => m.toLowerCase() === slug);
      const sign = signs.find((s) => signAnchor(s).toLowerCase() === slug);
      const expected = (l: (typeof locales)[number]) => (sign ? signUrl(l.code, sign) : moduleUrl(l.code, id ?? path));
      expect(targets(path), path).toEqual(locales.map(expected));
    }
    // Every sign has its short link, lowercase.
    for (const sign of signs) expect(shortLinks, signAnchor(sign)).toContain(shortUrl(signAnchor(sign)));
  });
});

describe('internal links', () => {
  test('every internal link in the main content of every page lands on an existing page and anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const from of builtPages().filter((p) => templateOf(p).locale && !p.endsWith('404.html'))) {
      for (const a of builtDoc(from).querySelectorAll('main a[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const url = new URL(href, `http://site${from}`);
        checked++;
        if (!servedFile(url.pathname)) broken.push(`${from} → ${href}: no such page`);
        else if (url.hash && !builtDoc(url.pathname).getElementById(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} → ${href}: no such anchor`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test('the link contract holds: every published URL and fragment is still served', () => {
    const contract = JSON.parse(readFileSync('tests/contract/public-urls.json', 'utf8')) as {
      pages: string[];
      entries: string[];
      shortLinks: string[];
    };
    const failures = [...contract.pages, ...contract.shortLinks]
      .filter((url) => !servedFile(url))
      .map((url) => `${url}: not served`);
    for (const url of contract.entries) {
      const [path = '', id = ''] = url.split('#');
      if (!servedFile(path)) failures.push(`${url}: not served`);
      else if (!builtDoc(path).getElementById(id)) failures.push(`${url}: no element with id "${id}"`);
    }
    expect(failures).toEqual([]);
    expect(contract.entries.length).toBeGreaterThanOrEqual(locales.length * moduleIds.length);
    expect(contract.pages.length).toBeGreaterThan(locales.length * mdxPageIds.length);
  });
});
