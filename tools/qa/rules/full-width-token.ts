/**
 * Rule `full-width-token`: no full-width punctuation inside an ASCII token. Code tokens are copied into
 * terminals verbatim, and CJK machine translation turns `6666:udp` into `6666：udp`.
 */
import type { TextRule } from '../../../src/content/rules/rule.ts';

/** Full-width or ideographic punctuation that machine translation puts inside ASCII tokens. */
export const fullWidthPunctuation =
  /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u3000-\u3003\u3008-\u3011\uFE30-\uFE4F]/u;

// In prose only the punctuation that joins a token (xtk：session, var／log) counts: CJK text rightly puts
// full-width brackets and semicolons next to ASCII words (HTTP/SOAP（8080）).
const inProse = /(?<=[A-Za-z0-9_])[：／．＿－＠＝](?=[A-Za-z0-9_])/gu;
const inCode = new RegExp(fullWidthPunctuation.source, 'gu');

/** Reports full-width punctuation between ASCII letters or digits, or anywhere in a code token. */
export const fullWidthToken: TextRule = {
  name: 'full-width-token',
  target: 'text',
  find: (text, at) =>
    [...text.matchAll(at.code ? inCode : inProse)].map((m) => {
      const ascii = m[0].normalize('NFKC');
      const token = at.code ? text : text.slice(Math.max(0, m.index - 12), m.index + 12).trim();
      return {
        index: m.index,
        found: m[0],
        message: `full-width "${m[0]}" inside the code token "${token}"`,
        fix: `type the ASCII "${ascii === m[0] ? '' : ascii}" instead; code tokens are copied into terminals verbatim`,
        ...(ascii !== m[0] && ascii.length === 1 ? { replacement: ascii } : {}),
      };
    }),
};
