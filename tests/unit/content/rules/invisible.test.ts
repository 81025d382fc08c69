import { describe, expect, test } from 'vitest';
import { invisible } from '../../../../src/content/rules/invisible.ts';

describe('the invisible rule', () => {
  test('reports each invisible character by its code point, to be deleted', () => {
    expect(invisible.find('mo\u200Bdule\u00AD', { locale: 'sv', code: false })).toEqual([
      { index: 2, found: '\u200B', message: 'invisible character U+200B', fix: 'delete it', replacement: '' },
      { index: 7, found: '\u00AD', message: 'invisible character U+00AD', fix: 'delete it', replacement: '' },
    ]);
  });

  test('is silent on visible text, no-break spaces included', () => {
    expect(invisible.find('port\u00A06666 – ポート', { locale: 'ja', code: false })).toEqual([]);
  });
});
