import { describe, expect, test } from 'vitest';
import { localeCodes, type LocaleCode } from '../../../../src/locales.ts';
import { contentRules } from '../../../../src/content/rules/index.ts';
import { findMojibake, mojibake } from '../../../../src/content/rules/mojibake.ts';
import { applyRepairs, findDefects } from '../../../../src/content/rules/run.ts';
import { damage, encodings, words, type Encoding } from '../../support/damage.ts';

/** The defects the build's rules find in a string of a locale, as the schema and the lint see them. */
const findTextDefects = (text: string, locale: LocaleCode) => findDefects(text, { locale, code: false }, contentRules);
const repairText = (text: string, locale: LocaleCode) => applyRepairs(text, findTextDefects(text, locale));

const cases = localeCodes.flatMap((locale) =>
  (Object.keys(encodings) as Encoding[]).map((encoding) => ({ locale, encoding, word: words[locale] })),
);

describe('findMojibake()', () => {
  test.each(cases)('finds $locale text read as $encoding and recovers it', ({ encoding, word }) => {
    const bad = damage(word, encoding);
    const hits = findMojibake(`(${bad})`);
    expect(hits.length).toBeGreaterThan(0);
    // Putting each recovered text in place of its damaged stretch gives the original back.
    let repaired = `(${bad})`;
    for (const h of [...hits].reverse())
      repaired = repaired.slice(0, h.index) + h.replacement! + repaired.slice(h.index + h.found.length);
    expect(repaired).toBe(`(${word})`);
    for (const h of hits) expect(h.how).toMatch(new RegExp(`UTF-8 read as .*${encoding}`));
  });

  test('recovers the examples of the issue: 中 as ä¸­ and 한 as í•œ', () => {
    expect(findMojibake('ä¸­')).toEqual([
      { index: 0, found: 'ä¸­', replacement: '中', how: 'UTF-8 read as Windows-1252 or Latin-1' },
    ]);
    expect(findMojibake('í•œ')).toEqual([
      { index: 0, found: 'í•œ', replacement: '한', how: 'UTF-8 read as Windows-1252' },
    ]);
  });

  test.each(['sv', 'nl'] as const)('finds %s text encoded twice and recovers it in one step', (locale) => {
    for (const encoding of Object.keys(encodings) as Encoding[]) {
      const bad = damage(words[locale], encoding, 2);
      const [hit] = findMojibake(bad);
      expect(hit, `${encoding}: ${bad}`).toMatchObject({ replacement: locale === 'sv' ? 'å' : 'ï' });
      expect(hit!.how).toContain('2 times over');
      expect(repairText(bad, locale)).toBe(words[locale]);
    }
  });

  test('reports a stray Latin-1 letter between CJK characters, which cannot be recovered', () => {
    expect(findMojibake('模組Ã的說明')).toEqual([
      { index: 2, found: 'Ã', replacement: undefined, how: 'a stray Latin-1 character inside CJK text' },
    ]);
    expect(findMojibake('ログ¸ファイル')).toHaveLength(1);
  });

  test('recovers a character whose no-break-space byte was normalised to a space', () => {
    const bad = damage('場合', 'Latin-1').replace(/\u00A0/g, ' ');
    expect(bad).toContain('å ´');
    expect(findMojibake(bad).map((h) => h.replacement)).toEqual(['場合']);
  });

  test('reports a C1 control character on its own', () => {
    expect(findMojibake('syslogd\u0085 module')).toEqual([
      { index: 7, found: '\u0085', replacement: undefined, how: 'C1 control character U+0085' },
    ]);
  });

  test('leaves correct text of every locale alone, Swedish quotes and the CJK middle dot included', () => {
    for (const text of [
      ...Object.values(words),
      '”Återställ” är på svenska – Öppna portar',
      'Één module, geïnstalleerd; ‘xtk:session’ … €5',
      '約翰·史密斯 ×2 30°',
      '「ポート」（8080）、연결 포트 6666',
    ])
      expect(findMojibake(text), text).toEqual([]);
  });
});

describe('the mojibake rule', () => {
  test.each(cases)(
    'reports $locale text read as $encoding with the likely original and repairs it',
    ({ locale, encoding, word }) => {
      const bad = damage(word, encoding);
      const defects = findTextDefects(`x ${bad} y`, locale);
      expect(defects.length).toBeGreaterThan(0);
      for (const d of defects) {
        expect(d.rule).toBe('mojibake');
        expect(d.message).toMatch(/^mojibake ".+" \(UTF-8 read as .+\); it most likely read ".+"$/);
        expect(d.fix).toMatch(/^retype it as ".+"$/);
      }
      expect(repairText(`x ${bad} y`, locale)).toBe(`x ${word} y`);
    },
  );

  test('reports the soft hyphen of ä¸­ once, as part of the mojibake', () => {
    expect(findTextDefects('模組ä¸­', 'zh-TW').map((d) => d.rule)).toEqual(['mojibake']);
  });

  test('is silent on text that holds no character a damaged stretch can start with', () => {
    expect(mojibake.find('로그 파일이 비어 있음', { locale: 'ko', code: false })).toEqual([]);
  });
});
