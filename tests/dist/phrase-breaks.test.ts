// Japanese and Chinese pages mark where a line may wrap between phrases (scripts/phrase-breaks.ts): in their text,
// never in code, and without changing a character of what is copied or indexed.
import { describe, expect, test } from 'vitest';
import { modulePageId, pageUrl } from '../../src/lib/urls.ts';
import { pageSectionRecords } from '../../src/search/page-records.ts';
import { builtDoc, builtHtml, builtPages, mdxPageIds } from '../support/built-site.ts';

/** A letter of Japanese or Chinese text. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe.each(['ja', 'zh-TW'] as const)('phrase marks in %s', (code) => {
  const table = builtDoc(pageUrl(code, modulePageId));
  const pages = builtPages().filter((p) => p.startsWith(`/${code.toLowerCase()}/`));

  test('the module table marks a break between the phrases of each entry’s troubleshooting text', () => {
    for (const cell of table.querySelectorAll('table.modules tbody tr > td:nth-of-type(2) > p:first-child')) {
      // Between two letters: a line may already wrap at a space or after punctuation.
      expect(cell.innerHTML, cell.parentNode?.parentNode?.id).toMatch(
        new RegExp(`${cjk.source}<wbr>${cjk.source}`, 'u'),
      );
    }
  });

  test('no mark splits a Latin word or a number (a module id, a port)', () => {
    for (const path of pages) expect(builtHtml(path), path).not.toMatch(/[A-Za-z0-9]<wbr>[A-Za-z0-9]/);
  });

  test('code keeps only the breaks of the code pass: after a slash of a path', () => {
    for (const path of pages)
      for (const element of builtDoc(path).querySelectorAll('code, pre, kbd'))
        expect(element.innerHTML, `${path} ${element.tagName}`).not.toMatch(/(?<!\/|<\/span>)<wbr>/);
  });

  test('a page’s search records are the same with and without the marks', () => {
    const url = pageUrl(code, mdxPageIds[0]!);
    const html = builtHtml(url);
    expect(html).toContain('<wbr>');
    expect(pageSectionRecords(html, url)).toEqual(pageSectionRecords(html.replaceAll('<wbr>', ''), url));
  });
});
