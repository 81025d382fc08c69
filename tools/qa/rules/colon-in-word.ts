/**
 * Rule `colon-in-word`: no colon inside a word of Latin-script prose (`door:sturen`, the source's "forward"
 * split by the engine). Code tokens and prefixes such as `xtk:` and `https:` are left alone; CJK scripts
 * write no such words, so the rule reads the locale's script from src/locales.ts.
 */
import { localeByCode } from '../../../src/locales.ts';
import type { TextRule } from '../../../src/content/rules/rule.ts';

const colonInWordPattern =
  /(?<![\p{L}\d/.`:-])(?!(?:xtk|nms|ncm|nl|crm|https?|mailto):)\p{Ll}{2,}:\p{Ll}{2,}(?![\p{L}\d/:])/gu;

/** Reports a lowercase word split by a colon, repaired by removing the colon. */
export const colonInWord: TextRule = {
  name: 'colon-in-word',
  target: 'text',
  find: (text, at) =>
    at.code || localeByCode(at.locale).script !== 'latin'
      ? []
      : [...text.matchAll(colonInWordPattern)].map((m) => ({
          index: m.index,
          found: m[0],
          message: `"${m[0]}" has a colon inside a word`,
          fix: 'remove the colon (door:sturen → doorsturen)',
          replacement: m[0].replace(':', ''),
        })),
};
