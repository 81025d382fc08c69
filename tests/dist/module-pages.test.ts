// What each module's own page says in each locale: its signs, each under its stable anchor, with the English text
// as seen, Adobe's label, the meaning and what to do in the reader's language, the command and the Adobe source.
import { describe, expect, test } from 'vitest';
import { loadAdobePages } from '../../src/content/adobe-pages.ts';
import { plainText } from '../../src/lib/inline.ts';
import { modulePageId, modulePageUrl, pageUrl, shortUrl, signAnchor } from '../../src/lib/urls.ts';
import { locales } from '../../src/locales.ts';
import { builtDoc, moduleIds, signs } from '../support/built-site.ts';
import { label, textOf } from '../support/strings.ts';

const adobePages = loadAdobePages();
const withSigns = moduleIds.filter((id) => signs.some((s) => s.module === id));

describe.each(locales)('module pages in $code', (locale) => {
  test('every module has signs, and its page lists them in file order under their anchors', () => {
    expect(withSigns).toEqual(moduleIds);
    for (const id of withSigns) {
      const doc = builtDoc(modulePageUrl(locale.code, id));
      const expected = signs.filter((s) => s.module === id).map(signAnchor);
      expect(
        doc.querySelectorAll('li.sign').map((li) => li.id),
        id,
      ).toEqual(expected);
    }
  });

  test('shows each sign’s English text verbatim, its meaning and action in the locale, and its source', () => {
    for (const s of signs) {
      const li = builtDoc(modulePageUrl(locale.code, s.module)).getElementById(signAnchor(s))!;
      const seen = li.querySelector('h3 code');
      expect(textOf(seen), signAnchor(s)).toBe(s.seen);
      expect(seen?.getAttribute('lang')).toBe('en');
      const text = textOf(li);
      expect(text, signAnchor(s)).toContain(plainText(s.meaning[locale.code]).replace(/\s+/g, ' '));
      expect(text, signAnchor(s)).toContain(plainText(s.action[locale.code]).replace(/\s+/g, ' '));
      if (s.label) expect(text).toContain(s.label[locale.code]);
      if (s.check) expect(textOf(li.querySelector('pre'))).toBe(s.check.command);
      // Adobe's page in English and, where Adobe translates it, in the locale; then the revision compared with.
      const links = li.querySelectorAll('.sign-source a').map((a) => a.getAttribute('href'));
      const page = adobePages.pages.get(s.from)!;
      const exl = (language: string) =>
        `https://experienceleague.adobe.com/${language}/docs/campaign-classic/using/${page.exl}`;
      const local = page.exl && !page.missing.includes(locale.code) ? [exl(locale.exl)] : [];
      expect(links, signAnchor(s)).toEqual([page.exl ? exl('en') : page.url, ...local]);
      expect(textOf(li.querySelector('.source-revision')), signAnchor(s)).toContain(adobePages.revision.slice(0, 7));
      expect(page.url).toMatch(
        new RegExp(`^https://github\\.com/AdobeDocs/campaign-classic\\.en/blob/[0-9a-f]{40}/help/${s.from}$`),
      );
      expect(li.querySelector('a.permalink')?.getAttribute('href')).toBe(`#${signAnchor(s)}`);
      // A fragment retyped in lowercase (`#inmail--…`) lands on the sign too.
      const lower = signAnchor(s).toLowerCase();
      if (lower !== signAnchor(s)) expect(li.querySelector(`span[id="${lower}"]`), lower).not.toBeNull();
      // Without JavaScript the header's languages lose the fragment: the short link's page lists the sign in each.
      const languages = li.querySelector('noscript a');
      expect(languages?.getAttribute('href'), signAnchor(s)).toBe(shortUrl(signAnchor(s)));
      expect(textOf(languages)).toBe(label(locale.code, 'module.otherLanguages'));
    }
  });

  test('the module table links each entry to its module’s page', () => {
    const doc = builtDoc(pageUrl(locale.code, modulePageId));
    for (const id of withSigns) {
      const link = doc.querySelector(`tr[id="${id}"] .signs-link a`);
      expect(link?.getAttribute('href'), id).toBe(modulePageUrl(locale.code, id));
      expect(textOf(link)).toContain(String(signs.filter((s) => s.module === id).length));
    }
    expect(label(locale.code, 'signs.heading').length).toBeGreaterThan(2);
  });
});
