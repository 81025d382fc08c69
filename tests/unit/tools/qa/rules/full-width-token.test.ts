import { describe, expect, test } from 'vitest';
import { fullWidthToken } from '../../../../../tools/qa/rules/full-width-token.ts';

describe('the full-width-token rule', () => {
  test('reports any full-width punctuation in a code token, repaired to its ASCII form', () => {
    expect(fullWidthToken.find('6666／udp', { locale: 'ja', code: true })).toEqual([
      {
        index: 4,
        found: '／',
        message: 'full-width "／" inside the code token "6666／udp"',
        fix: 'type the ASCII "/" instead; code tokens are copied into terminals verbatim',
        replacement: '/',
      },
    ]);
  });

  test('reports in prose only the punctuation that joins an ASCII token', () => {
    expect(fullWidthToken.find('ポート 6666：udp を開く', { locale: 'ja', code: false }).map((d) => d.found)).toEqual([
      '：',
    ]);
    expect(
      fullWidthToken.find('HTTP/SOAP（8080）、var／log', { locale: 'ja', code: false }).map((d) => d.found),
    ).toEqual(['／']);
  });
});
