/** Content lint of the UI strings (src/i18n/<locale>.json): reading the files, text checks, key parity. */
import { localeCodes, type LocaleCode } from '../../src/locales.ts';
import { lineOfText, lintedFiles, type Sink } from './findings.ts';
import { numbersIn } from './invariants.ts';
import { checkParity, checkText, emptyInvariants, type LocaleFacts } from './parity.ts';

/** The UI string files by locale: path, text, and the parsed strings. */
export type UiFiles = Map<LocaleCode, { file: string; text: string; data: Record<string, unknown> }>;

/** Reads the UI string files among `files`, reporting a file of an unknown locale or invalid JSON. */
export function readUiFiles(report: Sink, files: ReadonlyMap<string, string>): UiFiles {
  const ui: UiFiles = new Map();
  for (const [file, text] of files) {
    const m = lintedFiles.ui.exec(file);
    if (!m) continue;
    const locale = localeCodes.find((l) => l === m[1]);
    if (!locale) {
      report({
        file,
        line: 1,
        entry: 'ui',
        field: '-',
        locale: m[1]!,
        problem: `"${m[1]}" is not a published locale`,
        fix: `name UI string files after ${localeCodes.join(', ')}`,
      });
      continue;
    }
    try {
      ui.set(locale, { file, text, data: JSON.parse(text) as Record<string, unknown> });
    } catch (error) {
      report({
        file,
        line: 1,
        entry: 'ui',
        field: '-',
        locale,
        problem: `not valid JSON (${(error as Error).message})`,
        fix: 'correct the syntax',
      });
    }
  }
  return ui;
}

/** Lints the UI strings: no empty, damaged or invisible text; same placeholders and numbers in every locale. */
export function lintUi(report: Sink, files: UiFiles): void {
  const base = files.get(localeCodes[0]);
  if (!base) return;
  const keys = Object.keys(base.data);
  const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
  for (const key of keys) {
    const parity: LocaleFacts = new Map();
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
