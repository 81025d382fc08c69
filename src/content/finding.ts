/**
 * The one shape and the one printed form of everything a content check finds. The schema, the site
 * loader, `lint:content` and `import:exl` all report a file (and line), the entry, the field, the
 * locale, a severity, what is wrong (quoting the bad value) and the fix, so a reader learns one format.
 */
import type { LocaleCode } from '../locales.ts';

/** A value with one entry per locale. */
export type Localized<T> = Record<LocaleCode, T>;

/** Errors stop the build or fail `lint:content`; warnings are printed and do not. */
export type Severity = 'error' | 'warning';

/** One finding of one rule. */
export type Finding = {
  /** Path relative to the project root, or as typed on the command line for upstream files. */
  file: string;
  /** 1-based line; absent where the check sees parsed data and not the file (the schema in the build). */
  line?: number;
  /** Module id, page id, `ui` for the UI strings, or `-` for the file as a whole. */
  entry: string;
  /** The field, with its place in a list where it matters (`facts.commands[1]`), or `-`. */
  field: string;
  /** A locale code, or `-` when the finding holds for every locale. */
  locale: string;
  severity: Severity;
  /** What is wrong, quoting the bad value. */
  message: string;
  /** What to do about it. */
  fix: string;
  /**
   * The rule that found it: a file name under `src/content/rules/` or `tools/qa/rules/`, or, for a file that
   * cannot be read at all, the reader (`yaml`, `json`, `upstream-snapshot`, `import-input`, `collection`).
   */
  rule: string;
};

/** Formats a finding as `file:line  entry  field  locale  severity: message — fix`. */
export function formatFinding(f: Finding): string {
  const where = f.line === undefined ? f.file : `${f.file}:${f.line}`;
  return `${where}  ${f.entry}  ${f.field}  ${f.locale}  ${f.severity}: ${f.message} — ${f.fix}`;
}

/** Thrown where a check must stop (a file that cannot be read); its message is the formatted findings. */
export class FindingError extends Error {
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[], options?: ErrorOptions) {
    super(findings.map(formatFinding).join('\n'), options);
    this.findings = findings;
  }
}

/** Returns a finding about a whole file (no entry, field or locale), an error unless told otherwise. */
export function fileFinding(
  file: string,
  rule: string,
  message: string,
  fix: string,
  more: Partial<Finding> = {},
): Finding {
  return { file, entry: '-', field: '-', locale: '-', severity: 'error', message, fix, rule, ...more };
}

/** Quotes a value for a message, shortened and with its type when it is not a string. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s =
    typeof value === 'string'
      ? JSON.stringify(value)
      : `${JSON.stringify(value)} ` + `(${Array.isArray(value) ? 'a list' : typeof value})`;
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
