// The search records of the pages: one per section, without copy buttons, CJK text spaced for the index.
import { describe, expect, test } from 'vitest';
import { pageSectionRecords } from '../../../src/search/page-records.ts';
import { spaceCjkWords } from '../../../src/search/text.ts';

const html = `<html><body><header>Site</header><article class="prose" data-pagefind-body>
<h1 id="log-precision">ログの精度</h1><p>ログが少ない場合。</p>
<div class="code-block"><pre>nlserver restart web -verbose</pre><copy-button data-pagefind-ignore><button>コピー</button></copy-button></div>
<h2 id="tracefilter">トレースフィルター</h2><table><tr><td>wdbc</td><td>SQL</td></tr></table>
<h2 id="empty">空</h2>
</article><nav>related</nav></body></html>`;

describe('pageSectionRecords()', () => {
  const records = pageSectionRecords(html, '/ja/log-precision/');

  test('writes one record per section with text, linking to its heading', () => {
    expect(records.map((r) => r.url)).toEqual(['/ja/log-precision/#log-precision', '/ja/log-precision/#tracefilter']);
    expect(records.map((r) => r.meta['title'])).toEqual([
      spaceCjkWords('ログの精度'),
      spaceCjkWords('トレースフィルター'),
    ]);
    expect(new Set(records.map((r) => r.meta['page']))).toEqual(new Set([spaceCjkWords('ログの精度')]));
  });

  test('indexes the section text with CJK words spaced, cells apart, and without copy buttons or what surrounds the body', () => {
    expect(records[0]!.content).toContain('nlserver restart web -verbose');
    expect(records[0]!.content).toContain(spaceCjkWords('ログが少ない場合。'));
    expect(records[0]!.content).not.toContain('コピー');
    expect(records[1]!.content).toBe('wdbc SQL');
    expect(records.every((r) => !/Site|related/.test(r.content))).toBe(true);
    expect(records.every((r) => r.filters?.['kind']?.[0] === 'page')).toBe(true);
  });

  test('returns nothing for a page without a search body', () => {
    expect(pageSectionRecords('<html><body><h1 id="x">x</h1></body></html>', '/x/')).toEqual([]);
  });
});
