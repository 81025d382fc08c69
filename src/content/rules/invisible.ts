/**
 * Rule `invisible`: characters a reader cannot see (zero-width space, joiners, word joiner, byte-order
 * mark, soft hyphen). They break search, copied commands and line wrapping, and machine translation
 * leaves them behind. The one check of them: the build, the lint and the importer all run it.
 */
import type { TextRule } from './rule.ts';

/** Reports each invisible character; deleting it is always right. */
export const invisible: TextRule = {
  name: 'invisible',
  target: 'text',
  // Most strings hold none: one test spares them the list of matches.
  find: (text) =>
    !/[\u200B-\u200D\u2060\uFEFF\u00AD]/u.test(text)
      ? []
      : [...text.matchAll(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu)].map((m) => ({
          index: m.index,
          found: m[0],
          message: `invisible character U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
          fix: 'delete it',
          replacement: '',
        })),
};
