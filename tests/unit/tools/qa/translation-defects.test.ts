import { describe, expect, test } from 'vitest';
import { findMojibake, findTextDefects, repairText } from '../../../../tools/qa/translation-defects.ts';

const problems = (...args: Parameters<typeof findTextDefects>) => findTextDefects(...args).map((d) => d.problem);

describe('findMojibake()', () => {
  test('finds UTF-8 read as Mac Roman and returns the character it was', () => {
    expect(findMojibake('worden be√Ønvloed door')).toEqual([
      { index: 9, found: '√Ø', replacement: 'ï', how: 'UTF-8 read as Mac Roman' },
    ]);
  });

  test('finds UTF-8 read as Windows-1252', () => {
    expect(findMojibake('cafÃ© â€” ok')).toEqual([
      { index: 3, found: 'Ã©', replacement: 'é', how: 'UTF-8 read as Windows-1252 or Latin-1' },
      { index: 6, found: 'â€”', replacement: '—', how: 'UTF-8 read as Windows-1252' },
    ]);
  });

  test('finds the replacement character, which cannot be repaired', () => {
    expect(findMojibake('f\uFFFDl')).toEqual([
      { index: 1, found: '\uFFFD', replacement: undefined, how: 'a character lost in decoding' },
    ]);
  });

  test('leaves correct Swedish, Dutch and CJK text alone', () => {
    expect(findMojibake('Öppna portar – på servern, beïnvloed, 「ポート」（8080）、연결')).toEqual([]);
  });
});

describe('findTextDefects()', () => {
  test('reports each damaged form of xtk:session and repairs it', () => {
    for (const bad of ['xtk activeren:session', 'xtk：session', 'xtk:sessie']) {
      expect(problems(`een ${bad} typefout`, 'nl')).toEqual([expect.stringContaining(`damaged code token "${bad}"`)]);
      expect(repairText(`een ${bad} typefout`, 'nl')).toBe('een xtk:session typefout');
    }
  });

  test('accepts xtk:session followed directly by CJK text', () => {
    expect(problems('觸發`xtk:session`類型錯誤', 'zh-TW')).toEqual([]);
    expect(problems('xtk:session類型錯誤', 'zh-TW')).toEqual([]);
  });

  test('reports full-width punctuation inside a code token but not around words in CJK prose', () => {
    expect(problems('6666／udp', 'ja', {}, true)).toEqual([
      expect.stringContaining('full-width "／" inside the code token'),
    ]);
    expect(problems('Web サーバー（Apache/IIS）、HTTP/SOAP（8080）', 'ja')).toEqual([]);
  });

  test('reports the export slip only in the troubleshooting text of the import row', () => {
    expect(
      problems('Operatören som schemalade exporten', 'sv', { module: 'import', field: 'troubleshooting' }),
    ).toEqual([expect.stringContaining('the import row says "export"')]);
    expect(
      problems('Operatören som schemalade exporten', 'sv', { module: 'export', field: 'troubleshooting' }),
    ).toEqual([]);
  });

  test('reports the nl port called a harbour only before a number', () => {
    expect(repairText('controleer of de module haven 6666 gebruikt', 'nl')).toBe(
      'controleer of de module poort 6666 gebruikt',
    );
    expect(problems('de haven van Rotterdam', 'nl')).toEqual([]);
  });

  test('reports invisible characters', () => {
    expect(problems('mo\u200Bdule', 'sv')).toEqual(['invisible character U+200B']);
  });
});
