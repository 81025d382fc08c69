/** The importer's vocabulary: the collection it reads, its findings, planned updates and reports. */
import type { LocaleCode } from '../../src/locales.ts';
import type { NameMatch } from '../qa/module-names.ts';
import type { DefectKind } from '../qa/translation-defects.ts';

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
};

/** One line of a report: where, what is wrong or different, and what to do. */
export type Finding = {
  file: string;
  line: number;
  module: string;
  field: string;
  locale: LocaleCode;
  /** `wording`: the upstream text of a row changed since the snapshot our strings were made from. */
  kind: DefectKind | 'difference' | 'wording';
  problem: string;
  fix: string;
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

/** Builds a finding of one upstream file. */
export type MakeFinding = (
  line: number,
  module: string,
  field: string,
  kind: Finding['kind'],
  problem: string,
  fix: string,
) => Finding;
