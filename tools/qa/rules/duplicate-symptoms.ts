/**
 * Rule `duplicate-symptoms`: a symptom phrase belongs to one module per locale. Search ranks modules by the
 * phrases a reader types; a phrase that also fits another module makes the first result a coin toss. Three
 * kinds of near-twins are errors, compared as a reader's search would (case, width, spacing and punctuation
 * aside): the same phrase under two modules (at its second place); a phrase contained in another module's
 * (`ログが書き込まれない` inside `リダイレクトログが書き込まれない`: whole words in Latin script), at the shorter one;
 * and two phrases that differ only in the module's name or label (`export stopt halverwege`, `import stopt
 * halverwege`), at the second: such a phrase says nothing that only its module explains.
 */
import { isScalar, isSeq } from 'yaml';
import type { Finding } from '../../../src/content/finding.ts';
import { localeByCode, localeCodes, type LocaleCode } from '../../../src/locales.ts';
import type { LintContent } from '../content-model.ts';
import { escape } from '../term-match.ts';
import { nodeLine } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

/** Compares symptoms the way a reader's search would: case, width, spacing and punctuation aside. */
export function symptomKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** One symptom phrase of a locale, where it is written. */
type Phrase = { id: string; text: string; key: string; line: number };

/** Stands for any module's name in a phrase compared without it. */
const nameMark = '\u0000';

/**
 * Returns a function that puts `nameMark` in place of every module id and every label of the locale in a key.
 * In Latin script a name is matched at a word's start (`exporten` names export); longer names go first
 * (`trackinglogd` before `tracking`).
 */
function nameMasker(names: readonly string[], latin: boolean): (key: string) => string {
  const keys = [...new Set(names.map(symptomKey).filter((n) => n !== ''))].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (key) => key;
  const pattern = new RegExp(`${latin ? '(?<![\\p{L}\\p{N}])' : ''}(?:${keys.map(escape).join('|')})`, 'gu');
  return (key) => key.replace(pattern, nameMark);
}

/** Returns whether `inner` is part of `outer`: as whole words in Latin script, anywhere elsewhere. */
const contains = (outer: string, inner: string, latin: boolean) =>
  latin ? ` ${outer} `.includes(` ${inner} `) : outer.includes(inner);

/** Returns the symptom phrases of one locale, in file order. */
function phrasesOf(modules: NonNullable<LintContent['modules']>, locale: LocaleCode): Phrase[] {
  return modules.entries.flatMap(({ node, id }) => {
    const list = node.getIn(['symptoms', locale], true);
    if (!isSeq(list)) return [];
    return list.items.flatMap((item) =>
      isScalar(item) && typeof item.value === 'string'
        ? [{ id, text: item.value, key: symptomKey(item.value), line: nodeLine(modules.counter, item) }]
        : [],
    );
  });
}

/** What is wrong with the later phrase `b` beside the earlier `a` of another module, and where; or nothing. */
function twinProblem(a: Phrase, b: Phrase, latin: boolean, mask: (k: string) => string) {
  const other = (p: Phrase) => `${p.id} (line ${p.line})`;
  if (a.key === b.key)
    return { at: b, message: `"${b.text}" is also a symptom of ${other(a)}, so search cannot tell the two apart` };
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (contains(long.key, short.key, latin))
    return {
      at: short,
      message:
        `"${short.text}" is part of "${long.text}", a symptom of ${other(long)}: a reader who types it finds ` +
        `both modules`,
    };
  const [ma, mb] = [mask(a.key), mask(b.key)];
  if (ma === mb && ma.includes(nameMark))
    return {
      at: b,
      message: `"${b.text}" differs from "${a.text}", a symptom of ${other(a)}, only in the module's name`,
    };
  return undefined;
}

/** Reports each symptom phrase that repeats, sits inside, or only renames another module's phrase of a locale. */
export const duplicateSymptoms: LintContentRule = {
  name: 'duplicate-symptoms',
  target: 'content',
  check({ modules, terms }) {
    if (!modules) return [];
    return localeCodes.flatMap((locale) => {
      const latin = localeByCode(locale).script === 'latin';
      const labels = [...terms.labels.values()].flatMap((l) => (l[locale] ? [l[locale]] : []));
      const mask = nameMasker([...terms.moduleIds, ...labels], latin);
      const phrases = phrasesOf(modules, locale);
      const found = new Map<Phrase, string>();
      phrases.forEach((b, j) => {
        for (const a of phrases.slice(0, j)) {
          if (a.id === b.id) continue;
          const problem = twinProblem(a, b, latin, mask);
          if (problem && !found.has(problem.at)) found.set(problem.at, problem.message);
        }
      });
      return [...found].map(([at, message]): Omit<Finding, 'rule'> => ({
        file: modules.file,
        line: at.line,
        entry: at.id,
        field: 'symptoms',
        locale,
        severity: 'error',
        message,
        fix:
          `name what only ${at.id} explains (its port, command, file, state or behaviour), or keep the phrase ` +
          `under one module`,
      }));
    });
  },
};
