// The build step that marks where Japanese and Chinese text may wrap: between phrases, in text only.
import { describe, expect, test } from 'vitest';
import { breakPhrases } from '../../../scripts/phrase-breaks.ts';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;

describe('breakPhrases()', () => {
  test('puts a <wbr> between the phrases of Japanese text, and between Chinese words at least three characters apart', () => {
    expect(breakPhrases(page('ja', '<p>問題が発生した場合は、このモジュールを再起動してください。</p>'))).toContain(
      '<p>問題が<wbr>発生した<wbr>場合は、この<wbr>モジュールを<wbr>再起動してください。</p>',
    );
    expect(breakPhrases(page('zh-TW', '<p>工作流程執行個體的執行控制。</p>'))).toContain(
      '<p>工作流程<wbr>執行個體<wbr>的執行<wbr>控制。</p>',
    );
  });

  test('adds no character: the text without the marks is the text it was given', () => {
    const html = page(
      'ja',
      '<h1>ログの精度</h1><p>ワークフローが止まったまま · <q>スケジュールどおりに実行されない</q></p>',
    );
    const marked = breakPhrases(html);
    expect(marked).not.toBe(html);
    expect(marked.replaceAll('<wbr>', '')).toBe(html);
  });

  test('reads a phrase across inline elements, and marks nothing next to spaces and punctuation', () => {
    expect(
      breakPhrases(page('ja', '<p>問題が発生したら、この<a href="#mta">モジュール</a>を再起動してください。</p>')),
    ).toContain('<p>問題が<wbr>発生したら、この<a href="#mta"><wbr>モジュール</a>を<wbr>再起動してください。</p>');
  });

  test('leaves code, attributes, the title and other languages alone', () => {
    const html = page(
      'ja',
      '<title>モジュールを再起動してください</title><p title="モジュールを再起動してください">' +
        '<code>モジュールを再起動</code><kbd>再起動してください</kbd><span lang="ko">모듈을 다시 시작하세요</span>' +
        '<span lang="sv">Starta om modulen</span></p><pre>モジュールを再起動してください</pre>',
    );
    expect(breakPhrases(html)).toBe(html);
    const korean = page('ko', '<p>모듈을 다시 시작하세요</p><ul><li lang="ja"><a href="/ja/">日本語</a></li></ul>');
    expect(breakPhrases(korean)).toBe(korean);
  });

  test('keeps Latin words and numbers whole', () => {
    const html = page('zh-TW', '<p>重新載入 web 模組，Adobe Campaign 與 LDAP 查詢的連接埠 6666</p>');
    const marked = breakPhrases(html);
    expect(marked).not.toBe(html);
    expect(marked).not.toMatch(/[A-Za-z0-9]<wbr>[A-Za-z0-9]/);
  });

  test('marks the Japanese text of a page in another language', () => {
    expect(breakPhrases(page('sv', '<p lang="ja">このモジュールを再起動</p>'))).toContain(
      '<p lang="ja">この<wbr>モジュールを<wbr>再起動</p>',
    );
  });

  test('never splits an entity', () => {
    const marked = breakPhrases(page('ja', '<p>設定&amp;ログの精度を上げてください</p>'));
    expect(marked.replaceAll('<wbr>', '')).toBe(page('ja', '<p>設定&amp;ログの精度を上げてください</p>'));
    expect(marked).not.toMatch(/&[a-z]*<wbr>/);
  });
});
