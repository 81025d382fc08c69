/** The findings of the content lint: their shape, their one-line format, and the files they are about. */
import { modulePageFile, pagesDir, shippedModulesFile, shippedSnapshotFile } from '../../src/content/paths.ts';

/** One finding: where, which entry, field and locale, what is wrong, how to fix it. */
export type LintFinding = {
  file: string;
  line: number;
  /** Module id, page id, or `ui` for UI strings. */
  entry: string;
  field: string;
  locale: string;
  severity: 'error' | 'warning';
  problem: string;
  fix: string;
};

/** The files the linter reads, by path relative to the project root. */
export const lintedFiles = {
  modules: shippedModulesFile,
  modulePage: modulePageFile,
  snapshot: shippedSnapshotFile,
  /** `content/pages/<locale path>/<page>.mdx` */
  pages: new RegExp(`^${pagesDir}/([^/]+)/([^/]+)\\.mdx$`),
  /** `src/i18n/<locale>.json` */
  ui: /^src\/i18n\/([^/]+)\.json$/,
} as const;

/** Formats a finding as `file:line  entry  field  locale  severity: problem — fix`. */
export function formatLintFinding(f: LintFinding): string {
  return `${f.file}:${f.line}  ${f.entry}  ${f.field}  ${f.locale}  ${f.severity}: ${f.problem} — ${f.fix}`;
}

/** Receives findings; severity defaults to error. */
export type Sink = (f: Omit<LintFinding, 'severity'> & { severity?: LintFinding['severity'] }) => void;

/** Returns the first line of `needle` in `text` at or after line `from`, or `from`. */
export function lineOfText(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return from;
}
