import { describe, expect, test } from 'vitest';
import { pageFiles } from '../../../../src/content/rules/page-files.ts';
import type { PageSource } from '../../../../src/content/rules/rule.ts';
import { localeCodes, localeByCode } from '../../../../src/locales.ts';

/** The page `slug` in every locale folder but those left out. */
const everywhere = (slug: string, without: string[] = []): PageSource[] =>
  localeCodes
    .map((l) => localeByCode(l).path)
    .filter((dir) => !without.includes(dir))
    .map((dir) => ({ file: `content/pages/${dir}/${slug}.mdx`, dir, slug, data: { page: slug } }));

describe('the page-files rule', () => {
  test('accepts every page in every locale folder', () => {
    expect(pageFiles.check(everywhere('log-precision'), undefined)).toEqual([]);
  });

  test('reports a folder that is no locale, a page id unlike its file name, and a page a locale lacks', () => {
    const pages = [
      ...everywhere('log-precision', ['ko']),
      { file: 'content/pages/fr/log-precision.mdx', dir: 'fr', slug: 'log-precision', data: {} },
      ...everywhere('x').map((p) => (p.dir === 'sv' ? { ...p, data: { page: 'y' } } : p)),
    ];
    expect(pageFiles.check(pages, undefined).map((p) => [p.file, p.message])).toEqual([
      ['content/pages/fr/log-precision.mdx', '"fr" is not a published locale folder'],
      ['content/pages/sv/x.mdx', 'the page id "y" differs from the file name "x"'],
      ['content/pages/ko/log-precision.mdx', 'the page "log-precision" exists in other locales but not in ko'],
    ]);
  });
});
