/**
 * Rule `xtk-session`: the `xtk:session` token survives translation. Machine translation inserts a word
 * before the colon (`xtk activeren:session`), types a full-width colon (`xtk：session`) or translates the
 * word after it (`xtk:sessie`); readers search for and copy the token as it is.
 */
import type { Defect, TextRule } from '../../../src/content/rules/rule.ts';

// The word after the colon is Latin: CJK text often follows the token directly (xtk:session類型).
const xtkSessionPattern = /\bxtk(\s+[\p{L}]+)?\s*([:：﹕︰])\s*([A-Za-z\u00C0-\u024F]+)/gu;

/** Reports each damaged form of the token, repaired to `xtk:session`. */
export const xtkSession: TextRule = {
  name: 'xtk-session',
  target: 'text',
  find(text) {
    const out: Defect[] = [];
    for (const m of text.matchAll(xtkSessionPattern)) {
      const [found, inserted, colon, word = ''] = m;
      const translatedWord = word !== 'session' && /^sess/i.test(word);
      if (!inserted && colon === ':' && !translatedWord) continue;
      if (inserted && word !== 'session' && !translatedWord) continue;
      let what = `"session" translated as "${word}"`;
      if (inserted) what = `the word "${inserted.trim()}" inserted into it`;
      else if (colon !== ':') what = `a full-width colon "${colon}"`;
      out.push({
        index: m.index,
        found,
        message: `damaged code token "${found}" (${what})`,
        fix: 'write the token exactly as `xtk:session`',
        replacement: 'xtk:session',
      });
    }
    return out;
  },
};
