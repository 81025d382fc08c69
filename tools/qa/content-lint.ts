/**
 * Lints the content in every locale: the module collection, the module page metadata, the MDX
 * pages and the UI strings. The build's schema already refuses what cannot render; this catches
 * what renders but is wrong for a reader: damaged do-not-translate tokens, mojibake, invisible
 * characters, machine-translation artefacts, facts that differ between locales, rows whose upstream
 * wording changed and facts no upstream locale states. Works on file contents, so tests can seed defects.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { localeCodes, localeFromPath, type LocaleCode } from '../../src/locales.ts';
import { localizedFields, type LocalizedField, type LocalizedFieldName } from '../../src/content/localized.ts';
import { lintedFiles, type LintFinding, type Sink } from './findings.ts';
import { numbersIn } from './invariants.ts';
import {
  checkParity,
  checkText,
  codeDefects,
  emptyInvariants,
  repairCode,
  repairedInvariants,
  type LocatedInvariants,
} from './parity.ts';
import { lintDuplicateSymptoms } from './symptoms.ts';
import { findTextDefects, repairText } from './translation-defects.ts';
import { lintModulePage } from './module-page-lint.ts';
import { lintSnapshot } from './snapshot-lint.ts';
import { lintUi, type UiFiles } from './ui-lint.ts';
import { nodeLine, parseYamlFile, scalarText } from './yaml-file.ts';

/** Lints content/modules.yaml; returns the module ids. */
function lintModules(report: Sink, file: string, text: string): string[] {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed || !isSeq(parsed.doc.contents)) return [];
  const { doc, counter } = parsed;
  const entries = (doc.contents as { items: unknown[] }).items.filter(isMap);
  const ids = entries.map((e) => scalarText(e.get('id')));
  entries.forEach((entryNode, i) => {
    const id = ids[i]!;
    for (const field of Object.keys(localizedFields) as LocalizedFieldName[]) {
      const spec: LocalizedField = localizedFields[field];
      const node = entryNode.get(field, true) as YamlNode | undefined;
      if (node === undefined && spec.optional) continue;
      const parity = new Map<LocaleCode, { file: string; line: number; facts: LocatedInvariants }>();
      for (const locale of localeCodes) {
        const valueNode = isMap(node) ? (node.get(locale, true) as YamlNode | undefined) : undefined;
        const line = nodeLine(counter, valueNode ?? node ?? entryNode);
        const at = { file, line, entry: id, field, locale };
        const context = { module: id, field };
        if (spec.kind === 'list') {
          if (!isSeq(valueNode) || valueNode.items.length === 0) {
            report({
              ...at,
              problem: 'no symptoms',
              fix: `list two or more ${locale} phrases a reader would search for`,
            });
            continue;
          }
          for (const item of valueNode.items)
            checkText(
              report,
              { ...at, line: nodeLine(counter, item) },
              isScalar(item) ? item.value : item,
              locale,
              false,
              context,
            );
          continue;
        }
        const value = isScalar(valueNode) ? valueNode.value : undefined;
        checkText(report, at, value, locale, spec.kind === 'inline', context, ids);
        if (field === 'label' || typeof value !== 'string') continue;
        try {
          parity.set(locale, { file, line, facts: repairedInvariants(value, locale, line, context, ids) });
        } catch {
          // Invalid markup is reported by checkText; the string takes no part in the comparison.
        }
      }
      checkParity(report, parity, id, field);
    }
  });
  return ids;
}

/** Invariants and checks of one MDX page. */
function lintPage(
  report: Sink,
  file: string,
  text: string,
  locale: LocaleCode,
  pageId: string,
  moduleIds: string[],
): LocatedInvariants {
  const facts = emptyInvariants();
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (fm) {
    const counter = new LineCounter();
    const doc = parseDocument(fm[1] ?? '', { lineCounter: counter });
    for (const field of ['title', 'description'] as const) {
      const node = isMap(doc.contents) ? doc.contents.get(field, true) : undefined;
      checkText(
        report,
        { file, line: nodeLine(counter, node) + 1, entry: pageId, field, locale },
        isScalar(node) ? node.value : undefined,
        locale,
        false,
        { field },
      );
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
      for (const m of segment.matchAll(/<ModuleLink\s+id="([^"]*)"/g))
        facts.links.push({ value: `module:${m[1]}`, line });
      for (const m of segment.replace(/<ModuleLink\b[^>]*>/g, '').matchAll(/\bid="([^"]+)"/g))
        facts.anchors.push({ value: m[1]!, line });
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

/**
 * Lints the content files given by path (relative to the project root). Returns every finding,
 * errors and warnings, in file and line order.
 */
export function lintContent(files: ReadonlyMap<string, string>): LintFinding[] {
  const findings: LintFinding[] = [];
  const report: Sink = (f) => findings.push({ severity: 'error', ...f });

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

  const modulesText = files.get(lintedFiles.modules);
  const moduleIds = modulesText === undefined ? [] : lintModules(report, lintedFiles.modules, modulesText);
  if (modulesText !== undefined) lintDuplicateSymptoms(report, lintedFiles.modules, modulesText);
  if (modulesText !== undefined) lintDuplicateSymptoms(report, lintedFiles.modules, modulesText);
  const pageText = files.get(lintedFiles.modulePage);
  if (pageText !== undefined) lintModulePage(report, lintedFiles.modulePage, pageText);
  const snapshotText = files.get(lintedFiles.snapshot);
  if (snapshotText !== undefined)
    lintSnapshot(report, lintedFiles.snapshot, snapshotText, lintedFiles.modules, modulesText);

  const pages = new Map<string, Map<LocaleCode, { file: string; line: number; facts: LocatedInvariants }>>();
  for (const [file, text] of files) {
    const m = lintedFiles.pages.exec(file);
    if (!m) continue;
    const locale = localeFromPath(m[1]);
    if (!locale) {
      report({
        file,
        line: 1,
        entry: m[2]!,
        field: '-',
        locale: m[1]!,
        problem: `"${m[1]}" is not a published locale folder`,
        fix: `move the file under content/pages/<locale>/ (${localeCodes.join(', ')})`,
      });
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
