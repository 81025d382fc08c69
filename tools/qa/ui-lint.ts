/**
 * Lints the UI strings (src/i18n/<locale>.json): no empty, damaged or invisible text; same keys,
 * placeholders and numbers in every locale.
 */
import { localeCodes, type LocaleCode } from '../../src/locales.ts';
import { lineOfText, type Sink } from './findings.ts';
import { numbersIn } from './invariants.ts';
import { checkParity, checkText, emptyInvariants, type LocatedInvariants } from './parity.ts';

/** The UI string files by locale, parsed. */
export type UiFiles = Map<LocaleCode, { file: string; text: string; data: Record<string, unknown> }>;

/** Lints the UI strings: no empty, damaged or invisible text; same placeholders and numbers in every locale. */
export function lintUi(report: Sink, files: UiFiles): void {
  const base = files.get(localeCodes[0]);
  if (!base) return;
  const keys = Object.keys(base.data);
  const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
  for (const key of keys) {
    const parity = new Map<LocaleCode, { file: string; line: number; facts: LocatedInvariants }>();
    for (const [locale, { file, text, data }] of files) {
      const line = lineOfText(text, `"${key}"`);
      const at = { file, line, entry: 'ui', field: key, locale };
      const value = data[key];
      if (!(key in data)) {
        report({
          ...at,
          line: 1,
          problem: `the key "${key}" is missing`,
          fix: `add it, translated, as in ${base.file}`,
        });
        continue;
      }
      checkText(report, at, value, locale, false);
      if (typeof value !== 'string') continue;
      const facts = emptyInvariants();
      placeholders(value).forEach((p) => facts.code.push({ value: `{{${p}}}`, line }));
      numbersIn(value).forEach((n) => facts.numbers.push({ value: n, line }));
      parity.set(locale, { file, line, facts });
    }
    checkParity(report, parity, 'ui', key);
  }
  for (const [locale, { file, text, data }] of files) {
    for (const key of Object.keys(data)) {
      if (!keys.includes(key))
        report({
          file,
          line: lineOfText(text, `"${key}"`),
          entry: 'ui',
          field: key,
          locale,
          problem: `the key "${key}" is not in ${base.file}`,
          fix: `add it to every locale, starting with ${base.file}, or remove it`,
        });
    }
  }
}
