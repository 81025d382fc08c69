// The text rules of the tools together, as import:exl runs them on upstream cells and lint:content on ours.
import { describe, expect, test } from 'vitest';
import type { LocaleCode } from '../../../../src/locales.ts';
import { repairText, textDefects } from '../../../../tools/qa/text.ts';
import { shippedTerms } from './shipped.ts';

/** Where a string sits: prose of a locale unless told otherwise, with the shipped termbases. */
export const at = (locale: LocaleCode, more: { code?: boolean; module?: string; field?: string } = {}) => ({
  locale,
  code: false,
  terms: shippedTerms,
  ...more,
});
const problems = (text: string, where: ReturnType<typeof at>) => textDefects(text, where).map((d) => d.message);

describe('textDefects()', () => {
  test('reports one damaged stretch once: xtk activeren:session is a damaged token, not also a colon in a word', () => {
    expect(textDefects('een xtk activeren:session typefout', at('nl')).map((d) => d.rule)).toEqual(['xtk-session']);
    expect(textDefects('xtk：session', at('ja', { code: true })).map((d) => d.rule)).toEqual(['xtk-session']);
  });

  test('returns the defects in text order, each with its rule', () => {
    expect(textDefects('Operatorn som\u200B markera', at('sv')).map((d) => [d.rule, d.index])).toEqual([
      ['termbase', 0],
      ['invisible', 13],
    ]);
  });

  test('accepts xtk:session followed directly by CJK text, and full-width brackets around words in CJK prose', () => {
    expect(problems('觸發`xtk:session`類型錯誤', at('zh-TW'))).toEqual([]);
    expect(problems('Web サーバー（Apache/IIS）、HTTP/SOAP（8080）', at('ja'))).toEqual([]);
  });
});

describe('repairText()', () => {
  test('applies every certain repair: tokens, terms, colons, the export slip', () => {
    expect(repairText('een xtk:sessie typefout', at('nl'))).toBe('een xtk:session typefout');
    expect(
      repairText('Operatorn som schemalade exporten', at('sv', { module: 'import', field: 'troubleshooting' })),
    ).toBe('Operatören som schemalade importen');
    expect(repairText('controleer of de module haven 6666 gebruikt', at('nl'))).toBe(
      'controleer of de module poort 6666 gebruikt',
    );
  });
});
