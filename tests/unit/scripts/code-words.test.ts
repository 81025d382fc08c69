// The build step that marks where commands and paths may wrap.
import { describe, expect, test } from 'vitest';
import { wrapCode } from '../../../scripts/code-words.ts';

describe('wrapCode()', () => {
  test('puts each breakable piece in a span and leaves single tokens alone', () => {
    expect(wrapCode('<p><code>xtk:session</code> <code>nlserver restart web -verbose</code></p>')).toBe(
      '<p><code>xtk:session</code> <code class="words">nlserver restart web <span>-verbose</span></code></p>',
    );
  });

  test('keeps the existing class and escapes the text again', () => {
    expect(wrapCode('<code class="language-sh">nlserver start &lt;module&gt;@&lt;instance&gt;</code>')).toBe(
      '<code class="words language-sh">nlserver start &lt;module&gt;@&lt;instance&gt;</code>',
    );
  });
});
