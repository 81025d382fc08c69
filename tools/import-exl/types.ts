/** The importer's data: the collection it reads, what it finds per upstream file, the updates it plans. */
import type { Document, LineCounter } from 'yaml';
import type { LocaleCode } from '../../src/locales.ts';
import type { NameMatch } from '../qa/module-names.ts';
import type { DefectKind } from '../qa/translation-defects.ts';

/** The collection files the importer reads and may rewrite, as text. */
export type Collection = {
  modulesFile: string;
  modulesYaml: string;
  pageFile: string;
  pageYaml: string;
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
  kind: DefectKind | 'difference';
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
  /** Strings whose facts match the source; our wording of them is kept. */
  kept: number;
  updates: Update[];
};

/** The result of an import: one report per file, and the collection files as `--write` would leave them. */
export type ImportResult = { reports: LocaleReport[]; modulesYaml: string; pageYaml: string; updates: Update[] };

/** The localized texts of one module the importer compares, as the collection file has them. */
export type ModuleTexts = {
  id: string;
  label?: Record<string, string>;
  scope?: Record<string, string>;
  troubleshooting?: Record<string, string>;
};

/** The module page metadata the importer compares and updates. */
export type PageFacts = {
  id: string;
  exlId: string;
  revisions: string[];
  locales: Record<string, { title?: string; sourceCommit?: string; workflow?: string }>;
};

/** What every step of one import reads: the collection, parsed, and the revisions newest first. */
export type ImportContext = {
  collection: Collection;
  modulesDoc: Document;
  modulesCounter: LineCounter;
  modules: ModuleTexts[];
  ids: string[];
  page: PageFacts;
  /** Revisions of this batch not listed yet, taken as newer than all listed ones. */
  newRevisions: string[];
  revisions: string[];
};

/** What the steps find in one upstream file, and `finding()` to make a finding about that file. */
export type LocaleFindings = {
  finding: (
    line: number,
    module: string,
    field: string,
    kind: Finding['kind'],
    problem: string,
    fix: string,
  ) => Finding;
  defects: Finding[];
  differences: Finding[];
  planned: Update[];
};
