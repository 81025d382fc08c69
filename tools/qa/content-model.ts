/**
 * The linted content, read once: every file parsed with its lines, the termbases and the references (module
 * ids and page anchors) built once, so that every rule resolves against the same ones. What cannot be read
 * is a finding here; the rules then see what could be.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import { fileFinding, FindingError, type Finding } from '../../src/content/finding.ts';
import {
  adobeCommandsFile,
  modulePageFile,
  pagesDir,
  shippedModulesFile,
  shippedSnapshotFile,
  termsDir,
} from '../../src/content/paths.ts';
import { buildReferences, type References } from '../../src/content/references.ts';
import type { PageSource, UiFile } from '../../src/content/rules/rule.ts';
import { applyRepairs, findDefects, type RuleList } from '../../src/content/rules/run.ts';
import { parseSnapshot, type UpstreamSnapshot } from '../../src/content/upstream-snapshot.ts';
import { localeCodes, localeFromPath, locales, type LocaleCode } from '../../src/locales.ts';
import type { Repair } from './located-facts.ts';
import { readTerms, type Terms } from './terms.ts';
import { nodeLine, parseYamlFile, scalarText } from './yaml-file.ts';

/** The files the linter reads, by path relative to the project root. */
export const lintedFiles = {
  modules: shippedModulesFile,
  modulePage: modulePageFile,
  snapshot: shippedSnapshotFile,
  /** The commands Adobe's pages give (rule facts-source). */
  adobeCommands: adobeCommandsFile,
  /** `content/pages/<locale path>/<page>.mdx` */
  pages: new RegExp(`^${pagesDir}/([^/]+)/([^/]+)\\.mdx$`),
  /** `src/i18n/<locale>.json` */
  ui: /^src\/i18n\/([^/]+)\.json$/,
  /** `content/terms/<locale>.yaml` */
  terms: new RegExp(`^${termsDir}/([^/]+)\\.yaml$`),
  /** `content/signs/<module id>.yaml` */
  signs: /^content\/signs\/([^/]+)\.yaml$/,
  /** `src/search/stop-words/<locale code>.ts`, `src/search/vocabulary/<locale code>.ts`: a locale's search files */
  searchFiles: /^src\/search\/(stop-words|vocabulary)\/([^/]+)\.ts$/,
} as const;

/** A YAML file, parsed with its lines. */
export type YamlFile = { file: string; text: string; doc: Document; counter: LineCounter };
/** One entry of a YAML list: its node (for lines), its value as the rules read it, and its id. */
export type YamlEntry = { node: YAMLMap; value: Record<string, unknown>; id: string };
/** An MDX page: its source, its locale when its folder is one, and its front matter with lines. */
export type LintPage = PageSource & {
  text: string;
  locale: LocaleCode | undefined;
  frontMatter: { doc: Document; counter: LineCounter } | undefined;
  /** The 1-based line where the body starts, after the front matter. */
  bodyStart: number;
};

/** Everything the lint read. */
export type LintContent = {
  /** content/modules.yaml: every item of the list (for the rules on all entries), and its entries. */
  modules: (YamlFile & { items: unknown[]; entries: YamlEntry[] }) | undefined;
  modulePage: (YamlFile & YamlEntry) | undefined;
  snapshot: (YamlFile & { data: UpstreamSnapshot }) | undefined;
  /** content/adobe-commands.yaml: each command Adobe's pages give, with the first page and line that give it. */
  adobeCommands: { file: string; commands: Map<string, { page: string; line: number }> } | undefined;
  pages: LintPage[];
  ui: Map<LocaleCode, UiFile & { text: string }>;
  /** The search files present, as `<kind>/<locale code>` (`stop-words/ja`): presence only. */
  searchFiles: Set<string>;
  /** content/signs/<module>.yaml: each module's signs, with their lines. */
  signs: (YamlFile & { module: string; entries: YamlEntry[] })[];
  terms: Terms;
  /** What links may point to; undefined when the linted files hold no page (a partial tree, in tests). */
  refs: References | undefined;
  /** Returns a text with the certain repairs of every text rule applied: facts are compared repaired. */
  repair: Repair;
};

/** Reads a YAML list file: its items and map entries with ids; reports what cannot be read. */
function readList(report: (f: Finding) => void, file: string, text: string, failsafe = false) {
  const parsed = parseYamlFile(report, file, text, failsafe);
  if (!parsed) return undefined;
  if (!isSeq(parsed.doc.contents)) {
    report(
      fileFinding(file, 'yaml', 'expected a list of entries ("- id: …")', 'write one list item per entry', { line: 1 }),
    );
    return undefined;
  }
  const items = parsed.doc.contents.items;
  const entries = items.filter(isMap).map((node) => {
    const value = node.toJS(parsed.doc) as Record<string, unknown>;
    return { node, value, id: scalarText(value['id']) };
  });
  return { file, text, ...parsed, items: parsed.doc.toJS() as unknown[], entries };
}

/** Reads one MDX page: its folder's locale and its front matter. */
function readPage(file: string, dir: string, slug: string, text: string): LintPage {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const counter = new LineCounter();
  const doc = fm ? parseDocument(fm[1] ?? '', { lineCounter: counter }) : undefined;
  const data = (isMap(doc?.contents) ? doc.contents.toJS(doc) : {}) as Record<string, unknown>;
  const frontMatter = doc ? { doc, counter } : undefined;
  const bodyStart = fm ? fm[0].split('\n').length : 1;
  return { file, dir, slug, data, text, locale: localeFromPath(dir)?.code, frontMatter, bodyStart };
}

/** Reads a UI string file; reports a file named after no locale, and JSON that does not parse. */
function readUi(report: (f: Finding) => void, content: LintContent, file: string, name: string, text: string): void {
  const locale = localeCodes.find((l) => l === name);
  if (!locale) {
    const fix = `name UI string files after ${localeCodes.join(', ')}`;
    report(
      fileFinding(file, 'ui-keys', `"${name}" is not a published locale`, fix, { line: 1, entry: 'ui', locale: name }),
    );
    return;
  }
  try {
    content.ui.set(locale, { file, text, strings: JSON.parse(text) as Record<string, unknown> });
  } catch (error) {
    const why = `not valid JSON (${(error as Error).message})`;
    report(fileFinding(file, 'json', why, 'correct the syntax', { line: 1, entry: 'ui', locale }));
  }
}

/** Reads the snapshot; a file the site could not read is reported with the loader's own finding. */
function readSnapshot(report: (f: Finding) => void, file: string, text: string): LintContent['snapshot'] {
  try {
    const data = parseSnapshot(text, file);
    const counter = new LineCounter();
    return { file, text, doc: parseDocument(text, { lineCounter: counter }), counter, data };
  } catch (error) {
    if (!(error instanceof FindingError)) throw error;
    for (const f of error.findings) report({ ...f, line: f.line ?? 1 });
    return undefined;
  }
}

/** Reads the commands Adobe's pages give; reports a file that is not pages of command lists. */
function readAdobeCommands(report: (f: Finding) => void, file: string, text: string): LintContent['adobeCommands'] {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed) return undefined;
  const pages = parsed.doc.get('pages', true);
  const commands = new Map<string, { page: string; line: number }>();
  const fail = (message: string, node: unknown) =>
    report(
      fileFinding(file, 'facts-source', message, 'write "pages:" with a list of command lines under each page path', {
        line: nodeLine(parsed.counter, node),
      }),
    );
  if (!isMap(pages)) {
    fail('expected "pages:" with the pages and their commands', parsed.doc.contents);
    return undefined;
  }
  for (const pair of pages.items) {
    const page = scalarText((pair.key as { value?: unknown } | null)?.value);
    if (!isSeq(pair.value)) fail(`the commands of ${page} are not a list`, pair.value ?? pair.key);
    for (const item of isSeq(pair.value) ? pair.value.items : []) {
      const command = scalarText((item as { value?: unknown } | null)?.value);
      if (command === '') fail(`a command of ${page} is not a command line`, item);
      else if (!commands.has(command)) commands.set(command, { page, line: nodeLine(parsed.counter, item) });
    }
  }
  return { file, commands };
}

/**
 * Reads every linted file once; returns the content and the findings of what could not be read. `rules`
 * are the rules whose repairs `repair` applies.
 */
export function readContent(
  files: ReadonlyMap<string, string>,
  rules: RuleList,
): { content: LintContent; findings: Finding[] } {
  const findings: Finding[] = [];
  const report = (f: Finding) => findings.push(f);
  const modulesText = files.get(lintedFiles.modules);
  const modules = modulesText === undefined ? undefined : readList(report, lintedFiles.modules, modulesText);
  const pageText = files.get(lintedFiles.modulePage);
  // The page's values are read as written: YAML would turn an all-digit commit hash into a number.
  const page = pageText === undefined ? undefined : readList(report, lintedFiles.modulePage, pageText, true);
  const snapshotText = files.get(lintedFiles.snapshot);
  const commandsText = files.get(lintedFiles.adobeCommands);
  const { terms, findings: termFindings } = readTerms((p) => files.get(p), modules?.entries.map((e) => e.value) ?? []);
  findings.push(...termFindings);
  const content: LintContent = {
    modules,
    modulePage: page?.entries[0] ? { ...page, ...page.entries[0] } : undefined,
    snapshot: snapshotText === undefined ? undefined : readSnapshot(report, lintedFiles.snapshot, snapshotText),
    adobeCommands:
      commandsText === undefined ? undefined : readAdobeCommands(report, lintedFiles.adobeCommands, commandsText),
    pages: [],
    ui: new Map(),
    searchFiles: new Set(),
    signs: [],
    terms,
    refs: undefined,
    repair: (text, at) => applyRepairs(text, findDefects(text, { ...at, terms }, rules)),
  };
  for (const [file, text] of files) {
    const page = lintedFiles.pages.exec(file);
    if (page) content.pages.push(readPage(file, page[1]!, page[2]!, text));
    const ui = lintedFiles.ui.exec(file);
    if (ui) readUi(report, content, file, ui[1]!, text);
    const search = lintedFiles.searchFiles.exec(file);
    if (search) content.searchFiles.add(`${search[1]}/${search[2]}`);
    const signs = lintedFiles.signs.exec(file);
    const list = signs ? readList(report, file, text) : undefined;
    if (signs && list) content.signs.push({ ...list, module: signs[1]! });
    const base = lintedFiles.terms.exec(file);
    if (base && !localeCodes.some((l) => l === base[1])) {
      const fix = `rename it after one of ${localeCodes.join(', ')}, or add the locale to src/locales.ts first`;
      report(
        fileFinding(file, 'termbase', `"${base[1]}" is not a published locale`, fix, { line: 1, locale: base[1]! }),
      );
    }
  }
  if (content.pages.length > 0) {
    const byLocale = locales.map(
      (l) => new Map(content.pages.filter((p) => p.locale === l.code).map((p) => [p.slug, p.text])),
    );
    content.refs = buildReferences(modules?.entries.map((e) => e.id) ?? [], byLocale);
  }
  return { content, findings };
}
