/** The importer's vocabulary: the collection it reads, its findings, planned updates and reports. */
import type { Finding, Severity } from '../../src/content/finding.ts';
import type { LocaleCode } from '../../src/locales.ts';
import type { NameMatch } from '../qa/module-names.ts';
import type { Terms } from '../qa/terms.ts';

export type { Finding } from '../../src/content/finding.ts';

/** The collection files the importer reads and may rewrite, as text. */
export type Collection = {
  modulesFile: string;
  modulesYaml: string;
  pageFile: string;
  pageYaml: string;
  /** The upstream text our strings were made from (empty text when the file does not exist yet). */
  snapshotFile: string;
  snapshotYaml: string;
  /** Ids of the site's pages, the targets a converted link may point to. */
  pageIds: string[];
  /** The termbases and module labels the text rules read (`readTerms`). */
  terms: Terms;
};

/** A change `--write` makes to a collection file. */
export type Update = {
  file: string;
  path: (string | number)[];
  locale: LocaleCode;
  module: string;
  field: string;
  from: string | undefined;
  to: string;
};

/** What the importer found in one upstream file. */
export type LocaleReport = {
  file: string;
  locale: LocaleCode;
  sourceCommit: string;
  workflow: string | undefined;
  wordCount: number | undefined;
  exlId: string | undefined;
  /** How each row's name cell was matched, in row order. */
  rows: { line: number; name: string; match: NameMatch }[];
  /** Defects of the upstream text itself. */
  defects: Finding[];
  /** Where the source's facts differ from the collection. */
  differences: Finding[];
  /** Rows whose upstream wording changed since the snapshot. */
  wording: Finding[];
  /** Strings whose facts match the source; our wording of them is kept. */
  kept: number;
  updates: Update[];
};

/** The result of an import: one report per file, and the collection files as `--write` would leave them. */
export type ImportResult = {
  reports: LocaleReport[];
  modulesYaml: string;
  pageYaml: string;
  snapshotYaml: string;
  updates: Update[];
};

/** The metadata of the module page as the importer reads it. */
export type PageMeta = {
  id: string;
  exlId: string;
  revisions: string[];
  locales: Record<string, { title?: string; sourceCommit?: string; workflow?: string }>;
};

/**
 * Builds a finding of one upstream file: its line, the module (or page) and field, the rule that found it, what
 * is wrong and the fix. Defects of the source are errors of the source; differences from the collection and
 * wording changes are warnings (something to act on with `--write`).
 */
export type MakeFinding = (
  line: number,
  entry: string,
  field: string,
  rule: string,
  message: string,
  fix: string,
  severity?: Severity,
) => Finding;
