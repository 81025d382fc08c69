/**
 * What a rule is. Every check of the content is one named rule in one file, in one list
 * (`rules/index.ts`, extended by `tools/qa/rules/index.ts`). A rule says which target it inspects; each
 * caller (the schema, the site loader, `lint:content`, `import:exl`) runs every rule of the targets it
 * has. Rules return problems and defects; callers place them in a file as findings.
 */
import type { LocaleCode } from '../../locales.ts';
import type { Severity } from '../finding.ts';
import type { FieldKind } from '../localized.ts';
import type { References } from '../references.ts';

/** What a rule found, before the caller places it in a file. */
export type Problem = {
  message: string;
  fix: string;
  /** Error unless told otherwise. */
  severity?: Severity;
  /** Where under the checked value (`['facts', 'ports', 1]`): the schema marks it, the lint finds its line. */
  path?: (string | number)[];
  /** The entry to name, for rules that see several (`modules`, `pages`, `ui`). */
  entry?: string;
  /** The field to name, when it is not the first step of `path` (`facts.commands[1]`). */
  field?: string;
  locale?: string;
  /** The file to name, for rules that see several files (`pages`, `ui`). */
  file?: string;
};

/** Where a string sits, as text rules need it. */
export type TextAt = {
  locale: LocaleCode;
  /** A code token or code block: copied into terminals verbatim, so any full-width punctuation is damage. */
  code: boolean;
  /** The module of a module-table string (ours, or an upstream row), for rules about one row. */
  module?: string | undefined;
  field?: string | undefined;
};

/** A defect inside one string: where it starts, the bad text, what is wrong, and the repair when it is certain. */
export type Defect = { index: number; found: string; message: string; fix: string; replacement?: string };

/** A rule on one string of one locale, prose or code: mojibake, a damaged token, a wrong term. */
export type TextRule<At extends TextAt = TextAt> = {
  name: string;
  target: 'text';
  find: (text: string, at: At) => Defect[];
};

/** Where a localized value sits, as field rules need it. `text`: any text (UI strings, page front matter). */
export type FieldAt = { locale: LocaleCode; entry: string; field: string; kind: FieldKind | 'text'; minItems?: number };

/** A rule on one value of one field in one locale: a string, or a list of phrases. */
export type FieldRule = { name: string; target: 'field'; check: (value: unknown, at: FieldAt) => Problem[] };

/** A rule on one entry of the module collection as written (before the schema types it). */
export type ModuleRule = {
  name: string;
  target: 'module';
  /** `refs`: the module ids and page anchors the entry may point to; undefined where they are not known. */
  check: (entry: Record<string, unknown>, refs: References | undefined) => Problem[];
};

/** A rule on every entry of the module collection at once (`path` starts with the entry's index). */
export type ModulesRule = { name: string; target: 'modules'; check: (entries: readonly unknown[]) => Problem[] };

/** A rule on the module page's metadata (`content/modules-page.yaml`) as written. */
export type ModulePageRule = {
  name: string;
  target: 'modulePage';
  check: (page: Record<string, unknown>) => Problem[];
};

/** One MDX page as the site loader and the lint see it: its file, locale folder, name and front matter. */
export type PageSource = { file: string; dir: string; slug: string; data: Record<string, unknown> };

/** A rule on the MDX pages together: folders, ids, the pages every locale has, the modules they name. */
export type PagesRule = {
  name: string;
  target: 'pages';
  check: (pages: readonly PageSource[], refs: References | undefined) => Problem[];
};

/** The UI strings of one locale as read from `src/i18n/<locale>.json`; undefined when the file is missing. */
export type UiFile = { file: string; strings: Record<string, unknown> | undefined };

/** A rule on the UI string files of every locale. */
export type UiRule = { name: string; target: 'ui'; check: (files: ReadonlyMap<LocaleCode, UiFile>) => Problem[] };

/** Any rule of the list the build shares with the tools. */
export type ContentRule = TextRule | FieldRule | ModuleRule | ModulesRule | ModulePageRule | PagesRule | UiRule;
