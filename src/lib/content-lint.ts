/**
 * Lints the content in every locale: the module collection, the module page metadata, the MDX
 * pages and the UI strings. The build's schema already refuses what cannot render; this catches
 * what renders but is wrong for a reader: damaged do-not-translate tokens, mojibake, invisible
 * characters, machine-translation artefacts, facts that differ between locales, and locales
 * translated from an older upstream revision. Works on file contents, so tests can seed defects.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { localeCodes, localeFromPath, type LocaleCode } from '../locales.ts';
import { multisetMinus, numbersIn, type Facts } from './inline-facts.ts';
import { parseInline } from './inline.ts';
import { misspelledModuleId } from './module-names.ts';
import { findTextDefects, repairText, type TextContext } from './translation-defects.ts';

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
  modules: 'content/modules.yaml',
  modulePage: 'content/modules-page.yaml',
  /** `content/pages/<locale path>/<page>.mdx` */
  pages: /^content\/pages\/([^/]+)\/([^/]+)\.mdx$/,
  /** `src/i18n/<locale>.json` */
  ui: /^src\/i18n\/([^/]+)\.json$/,
} as const;

/** Formats a finding as `file:line  entry  field  locale  severity: problem — fix`. */
export function formatLintFinding(f: LintFinding): string {
  return `${f.file}:${f.line}  ${f.entry}  ${f.field}  ${f.locale}  ${f.severity}: ${f.problem} — ${f.fix}`;
}

type Sink = (f: Omit<LintFinding, 'severity'> & { severity?: LintFinding['severity'] }) => void;
/** A located fact: its value and the line it is on. */
type Located = { value: string; line: number };
type LocatedFacts = Record<keyof Facts | 'anchors', Located[]>;

const emptyFacts = (): LocatedFacts => ({ code: [], links: [], numbers: [], anchors: [] });

/** Returns the first line of `needle` in `text` at or after line `from`, or `from`. */
function lineOfText(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return from;
}

/** Returns the module id a code token misspells (`sylogd`), if it is a bare word near one. */
function misspelledId(token: string, ids: readonly string[]): string | undefined {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(token) ? misspelledModuleId(token, ids)?.id : undefined;
}

/** Returns the defects of a code token: the text defects in code mode, and a misspelled module id. */
function codeDefects(token: string, locale: LocaleCode, ids: readonly string[]): { problem: string; fix: string }[] {
  const near = misspelledId(token, ids);
  return [...findTextDefects(token, locale, {}, true), ...(near ? [{ problem: `code token "${token}" looks like a misspelled module id`, fix: `write "${near}"` }] : [])];
}

/** Returns a code token as it should be, so that a defect already reported is not reported again as a difference. */
function repairCode(token: string, locale: LocaleCode, ids: readonly string[]): string {
  return misspelledId(token, ids) ?? repairText(token, locale, {}, true);
}

/**
 * Checks one string: not empty, no mojibake, invisible characters, damaged tokens or
 * machine-translation artefacts. `inline` strings are split so code tokens get the code rules.
 */
function checkText(report: Sink, at: Omit<LintFinding, 'severity' | 'problem' | 'fix'>, value: unknown, locale: LocaleCode, inline: boolean, context: TextContext = {}, ids: readonly string[] = []): void {
  if (typeof value !== 'string' || value.trim() === '') {
    const problem = value === undefined || value === null ? 'the text is missing' : typeof value === 'string' ? `the text is empty (got ${JSON.stringify(value)})` : `not text (got ${JSON.stringify(value)})`;
    report({ ...at, problem, fix: `write the ${locale} text${typeof value === 'string' || value == null ? '' : ' (quote it if YAML reads it as a number or a list)'}` });
    return;
  }
  let parts: { text: string; code: boolean }[] = [{ text: value, code: false }];
  if (inline) {
    try {
      parts = parseInline(value).flatMap((n) => (n.type === 'text' ? [{ text: n.value, code: false }] : n.type === 'code' ? [{ text: n.value, code: true }] : n.children.map((c) => ({ text: c.value, code: c.type === 'code' }))));
    } catch (error) {
      report({ ...at, problem: `invalid inline markup: ${(error as Error).message}`, fix: 'correct the markup as described' });
      return;
    }
  }
  for (const part of parts) {
    for (const d of part.code ? codeDefects(part.text, locale, ids) : findTextDefects(part.text, locale, context)) report({ ...at, problem: d.problem, fix: d.fix });
  }
}

/** Returns the facts of a string with its known defects repaired, so that one defect gives one finding. */
function repairedFacts(value: string, locale: LocaleCode, line: number, context: TextContext, ids: readonly string[]): LocatedFacts {
  const facts = emptyFacts();
  const add = (kind: keyof LocatedFacts, v: string) => facts[kind].push({ value: v, line });
  for (const n of parseInline(value)) {
    if (n.type === 'text') numbersIn(repairText(n.value, locale, context)).forEach((x) => add('numbers', x));
    else if (n.type === 'code') {
      add('code', repairCode(n.value, locale, ids));
    } else {
      add('links', n.anchor ? `${n.page}#${n.anchor}` : n.page);
      for (const c of n.children) {
        if (c.type === 'code') add('code', repairCode(c.value, locale, ids));
        else numbersIn(repairText(c.value, locale, context)).forEach((x) => add('numbers', x));
      }
    }
  }
  return facts;
}

/**
 * Reports the locales whose facts differ from what most locales have (ties go to the locale
 * listed first). Facts are compared as multisets: word order legitimately differs.
 */
function checkParity(report: Sink, byLocale: Map<LocaleCode, { file: string; line: number; facts: LocatedFacts }>, entry: string, field: string): void {
  if (byLocale.size < 2) return;
  const kinds = ['code', 'links', 'numbers', 'anchors'] as const;
  const plain = (f: LocatedFacts) => Object.fromEntries(kinds.map((k) => [k, f[k].map((x) => x.value).sort()])) as Facts & { anchors: string[] };
  const key = (f: LocatedFacts) => JSON.stringify(plain(f));
  const counts = new Map<string, number>();
  for (const { facts } of byLocale.values()) counts.set(key(facts), (counts.get(key(facts)) ?? 0) + 1);
  const ordered = localeCodes.filter((l) => byLocale.has(l)).map((l) => [l, byLocale.get(l)!] as const);
  const [referenceLocale, reference] = ordered.reduce((best, cur) => (counts.get(key(cur[1].facts))! > counts.get(key(best[1].facts))! ? cur : best));
  const ref = plain(reference.facts);
  const names = { code: 'code tokens', links: 'links', numbers: 'numbers', anchors: 'anchors' } as const;
  for (const [locale, { file, line, facts }] of ordered) {
    if (locale === referenceLocale) continue;
    const mine = plain(facts);
    for (const kind of kinds) {
      const diff = { extra: multisetMinus(mine[kind], ref[kind]), missing: multisetMinus(ref[kind], mine[kind]) };
      if (diff.extra.length === 0 && diff.missing.length === 0) continue;
      const others = ordered.filter(([l, v]) => l !== locale && JSON.stringify(plain(v.facts)[kind]) === JSON.stringify(ref[kind])).map(([l]) => l);
      const at = diff.extra.length ? (facts[kind].find((x) => x.value === diff.extra[0])?.line ?? line) : line;
      const refLine = diff.missing.length ? reference.facts[kind].find((x) => x.value === diff.missing[0])?.line : undefined;
      const list = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
      report({
        file,
        line: at,
        entry,
        field,
        locale,
        problem: `${names[kind]} differ from ${others.join(', ')}: ${[diff.extra.length ? `has ${list(diff.extra)}` : '', diff.missing.length ? `lacks ${list(diff.missing)}${refLine ? ` (${referenceLocale} line ${refLine})` : ''}` : ''].filter(Boolean).join(', ')}`,
        fix: `make the ${names[kind]} of every locale the same; only the words around them are translated`,
      });
    }
  }
}

/** Returns the line of a YAML node. */
function nodeLine(counter: LineCounter, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? counter.linePos(range[0]).line : 1;
}

/** Parses a YAML file, reporting syntax errors; returns undefined when unusable. */
function parseYamlFile(report: Sink, file: string, text: string): { doc: Document; counter: LineCounter } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    report({ file, line: e.linePos?.[0].line ?? 1, entry: '-', field: '-', locale: '-', problem: `not valid YAML: ${e.message.split('\n')[0]}`, fix: 'correct the indentation or quoting at that line' });
    return undefined;
  }
  return { doc, counter };
}

/** Lints content/modules.yaml; returns the module ids. */
function lintModules(report: Sink, file: string, text: string): string[] {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed || !isSeq(parsed.doc.contents)) return [];
  const { doc, counter } = parsed;
  const entries = (doc.contents as { items: unknown[] }).items.filter(isMap);
  const ids = entries.map((e) => String(e.get('id') ?? ''));
  entries.forEach((entryNode, i) => {
    const id = ids[i]!;
    for (const field of ['label', 'scope', 'troubleshooting', 'symptoms'] as const) {
      const node = entryNode.get(field, true) as YamlNode | undefined;
      if (node === undefined && field === 'label') continue;
      const parity = new Map<LocaleCode, { file: string; line: number; facts: LocatedFacts }>();
      for (const locale of localeCodes) {
        const valueNode = isMap(node) ? (node.get(locale, true) as YamlNode | undefined) : undefined;
        const line = nodeLine(counter, valueNode ?? node ?? entryNode);
        const at = { file, line, entry: id, field, locale };
        const context = { module: id, field };
        if (field === 'symptoms') {
          if (!isSeq(valueNode) || valueNode.items.length === 0) {
            report({ ...at, problem: 'no symptoms', fix: `list two or more ${locale} phrases a reader would search for` });
            continue;
          }
          for (const item of valueNode.items) checkText(report, { ...at, line: nodeLine(counter, item) }, isScalar(item) ? item.value : item, locale, false, context);
          continue;
        }
        const value = isScalar(valueNode) ? valueNode.value : undefined;
        checkText(report, at, value, locale, field !== 'label', context, ids);
        if (field === 'label' || typeof value !== 'string') continue;
        try {
          parity.set(locale, { file, line, facts: repairedFacts(value, locale, line, context, ids) });
        } catch {
          // Invalid markup is reported by checkText; the string takes no part in the comparison.
        }
      }
      checkParity(report, parity, id, field);
    }
  });
  return ids;
}

/** Lints content/modules-page.yaml: page text, intro parity and translation freshness. */
function lintModulePage(report: Sink, file: string, text: string, ui: Map<LocaleCode, { file: string; text: string; data: Record<string, unknown> }>): void {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed || !isSeq(parsed.doc.contents)) return;
  const { doc, counter } = parsed;
  const page = (doc.contents as { items: unknown[] }).items.find(isMap);
  if (!page) return;
  const id = String(page.get('id') ?? 'modules-and-frequent-issues');
  const revisionsNode = page.get('revisions', true);
  // Hashes are read as written: YAML would turn an all-digit hash into a number.
  const asWritten = (n: unknown) => (isScalar(n) ? String(n.source ?? n.value) : undefined);
  const revisions = isSeq(revisionsNode) ? revisionsNode.items.map((r) => asWritten(r) ?? '') : [];
  const localesNode = page.get('locales', true);
  const parity = new Map<LocaleCode, { file: string; line: number; facts: LocatedFacts }>();
  for (const locale of localeCodes) {
    const l = isMap(localesNode) ? localesNode.get(locale, true) : undefined;
    if (!isMap(l)) {
      report({ file, line: nodeLine(counter, localesNode ?? page), entry: id, field: 'locales', locale, problem: 'the locale is missing', fix: `add "${locale}:" with title, description, intro, sourceCommit and workflow` });
      continue;
    }
    for (const field of ['title', 'description', 'intro'] as const) {
      const node = l.get(field, true);
      const line = nodeLine(counter, node ?? l);
      const value = isScalar(node) ? node.value : undefined;
      checkText(report, { file, line, entry: id, field, locale }, value, locale, field === 'intro', { field });
      if (field === 'intro' && typeof value === 'string') {
        try {
          parity.set(locale, { file, line, facts: repairedFacts(value, locale, line, { field }, []) });
        } catch {
          // Reported by checkText.
        }
      }
    }
    const commitNode = l.get('sourceCommit', true);
    const commit = asWritten(commitNode);
    const line = nodeLine(counter, commitNode ?? l);
    const age = commit ? revisions.indexOf(commit) : -1;
    if (age === -1) {
      report({ file, line, entry: id, field: 'sourceCommit', locale, problem: `${JSON.stringify(commit ?? null)} is not one of the listed revisions`, fix: 'copy source-git-commit from the upstream front matter and list it under "revisions" (newest first)' });
    } else if (age > 0) {
      report({
        file,
        line,
        entry: id,
        field: 'sourceCommit',
        locale,
        severity: 'warning',
        problem: `Adobe's ${locale} translation is of the English revision ${commit!.slice(0, 7)}, ${age} behind the newest (${revisions[0]!.slice(0, 7)}); the page shows the stale-translation notice`,
        fix: 'import a newer upstream translation with npm run import:exl when Adobe publishes one',
      });
      // The notice is the reader's only sign of staleness. A missing or empty string, or one locale
      // dropping a placeholder, is reported by the UI string checks; this catches the case they
      // cannot see, every locale losing the commits alike.
      const notice = ui.get(locale)?.data['notice.stale'];
      const reference = ui.get(localeCodes[0])?.data['notice.stale'];
      const usable = (s: unknown) => typeof s !== 'string' || s.trim() === '' || (s.includes('{{commit}}') && s.includes('{{newest}}'));
      if (!usable(notice) && !usable(reference)) {
        report({ file: ui.get(locale)!.file, line: lineOfText(ui.get(locale)!.text, '"notice.stale"'), entry: 'ui', field: 'notice.stale', locale, problem: `the stale-translation notice ${JSON.stringify(notice)} does not name the commits, so the ${locale} page cannot say how stale it is`, fix: 'put the {{commit}} and {{newest}} placeholders back into "notice.stale" of every locale' });
      }
    }
  }
  checkParity(report, parity, id, 'intro');
}

/** Facts and checks of one MDX page. */
function lintPage(report: Sink, file: string, text: string, locale: LocaleCode, pageId: string, moduleIds: string[]): LocatedFacts {
  const facts = emptyFacts();
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    const counter = new LineCounter();
    const doc = parseDocument(fm[1] ?? '', { lineCounter: counter });
    for (const field of ['title', 'description'] as const) {
      const node = isMap(doc.contents) ? doc.contents.get(field, true) : undefined;
      checkText(report, { file, line: nodeLine(counter, node) + 1, entry: pageId, field, locale }, isScalar(node) ? node.value : undefined, locale, false, { field });
    }
  }
  const lines = text.split('\n');
  const bodyStart = fm ? fm[0].split('\n').length : 1;
  let fence: { line: number; lines: string[] } | undefined;
  for (let i = bodyStart - 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    const at = { file, line, entry: pageId, field: 'body', locale };
    if (/^\s*```/.test(raw)) {
      if (fence) {
        const block = fence.lines.join('\n').trim();
        facts.code.push({ value: `\`\`\`${block}`, line: fence.line });
        fence = undefined;
      } else fence = { line, lines: [] };
      continue;
    }
    if (fence) {
      fence.lines.push(raw);
      for (const d of findTextDefects(raw, locale, {}, true)) report({ ...at, problem: d.problem, fix: d.fix });
      continue;
    }
    const segments = raw.split('`');
    segments.forEach((segment, k) => {
      const code = k % 2 === 1 && k < segments.length - 1;
      if (code) {
        for (const d of codeDefects(segment, locale, moduleIds)) report({ ...at, problem: d.problem, fix: d.fix });
        facts.code.push({ value: repairCode(segment, locale, moduleIds), line });
        return;
      }
      for (const d of findTextDefects(segment, locale, {})) report({ ...at, problem: d.problem, fix: d.fix });
      for (const m of segment.matchAll(/<ModuleLink\s+id="([^"]*)"/g)) facts.links.push({ value: `module:${m[1]}`, line });
      for (const m of segment.replace(/<ModuleLink\b[^>]*>/g, '').matchAll(/\bid="([^"]+)"/g)) facts.anchors.push({ value: m[1]!, line });
      for (const m of segment.matchAll(/<PageLink\b([^>]*)>/g)) {
        const page = /page="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '';
        const anchor = /anchor="([^"]*)"/.exec(m[1] ?? '')?.[1];
        facts.links.push({ value: anchor ? `${page}#${anchor}` : page, line });
      }
      for (const m of segment.matchAll(/\]\(([^)\s]+)\)/g)) facts.links.push({ value: m[1]!, line });
      for (const m of segment.matchAll(/\bhref="([^"]+)"/g)) facts.links.push({ value: m[1]!, line });
      const prose = repairText(segment.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']'), locale);
      numbersIn(prose).forEach((n) => facts.numbers.push({ value: n, line }));
    });
  }
  return facts;
}

/** Lints the UI strings: no empty, damaged or invisible text; same placeholders and numbers in every locale. */
function lintUi(report: Sink, files: Map<LocaleCode, { file: string; text: string; data: Record<string, unknown> }>): void {
  const base = files.get(localeCodes[0]);
  if (!base) return;
  const keys = Object.keys(base.data);
  const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
  for (const key of keys) {
    const parity = new Map<LocaleCode, { file: string; line: number; facts: LocatedFacts }>();
    for (const [locale, { file, text, data }] of files) {
      const line = lineOfText(text, `"${key}"`);
      const at = { file, line, entry: 'ui', field: key, locale };
      const value = data[key];
      if (!(key in data)) {
        report({ ...at, line: 1, problem: `the key "${key}" is missing`, fix: `add it, translated, as in ${base.file}` });
        continue;
      }
      checkText(report, at, value, locale, false);
      if (typeof value !== 'string') continue;
      const facts = emptyFacts();
      placeholders(value).forEach((p) => facts.code.push({ value: `{{${p}}}`, line }));
      numbersIn(value).forEach((n) => facts.numbers.push({ value: n, line }));
      parity.set(locale, { file, line, facts });
    }
    checkParity(report, parity, 'ui', key);
  }
  for (const [locale, { file, text, data }] of files) {
    for (const key of Object.keys(data)) {
      if (!keys.includes(key)) report({ file, line: lineOfText(text, `"${key}"`), entry: 'ui', field: key, locale, problem: `the key "${key}" is not in ${base.file}`, fix: `add it to every locale, starting with ${base.file}, or remove it` });
    }
  }
}

/**
 * Lints the content files given by path (relative to the project root). Returns every finding,
 * errors and warnings, in file and line order.
 */
export function lintContent(files: ReadonlyMap<string, string>): LintFinding[] {
  const findings: LintFinding[] = [];
  const report: Sink = (f) => findings.push({ severity: 'error', ...f });

  const ui = new Map<LocaleCode, { file: string; text: string; data: Record<string, unknown> }>();
  for (const [file, text] of files) {
    const m = lintedFiles.ui.exec(file);
    if (!m) continue;
    const locale = localeCodes.find((l) => l === m[1]);
    if (!locale) {
      report({ file, line: 1, entry: 'ui', field: '-', locale: m[1]!, problem: `"${m[1]}" is not a published locale`, fix: `name UI string files after ${localeCodes.join(', ')}` });
      continue;
    }
    try {
      ui.set(locale, { file, text, data: JSON.parse(text) as Record<string, unknown> });
    } catch (error) {
      report({ file, line: 1, entry: 'ui', field: '-', locale, problem: `not valid JSON (${(error as Error).message})`, fix: 'correct the syntax' });
    }
  }

  const modulesText = files.get(lintedFiles.modules);
  const moduleIds = modulesText === undefined ? [] : lintModules(report, lintedFiles.modules, modulesText);
  const pageText = files.get(lintedFiles.modulePage);
  if (pageText !== undefined) lintModulePage(report, lintedFiles.modulePage, pageText, ui);

  const pages = new Map<string, Map<LocaleCode, { file: string; line: number; facts: LocatedFacts }>>();
  for (const [file, text] of files) {
    const m = lintedFiles.pages.exec(file);
    if (!m) continue;
    const locale = localeFromPath(m[1]);
    if (!locale) {
      report({ file, line: 1, entry: m[2]!, field: '-', locale: m[1]!, problem: `"${m[1]}" is not a published locale folder`, fix: `move the file under content/pages/<locale>/ (${localeCodes.join(', ')})` });
      continue;
    }
    const facts = lintPage(report, file, text, locale.code, m[2]!, moduleIds);
    if (!pages.has(m[2]!)) pages.set(m[2]!, new Map());
    pages.get(m[2]!)!.set(locale.code, { file, line: 1, facts });
  }
  for (const [pageId, byLocale] of pages) checkParity(report, byLocale, pageId, 'body');
  lintUi(report, ui);

  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
