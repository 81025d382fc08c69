/** Content lint of one MDX page: front matter text, damaged tokens, and the facts compared across locales. */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { localeCodes, localeFromPath, type LocaleCode } from '../../src/locales.ts';
import { lintedFiles, type Sink } from './findings.ts';
import { numbersIn } from './invariants.ts';
import {
  checkParity,
  checkText,
  codeDefects,
  emptyInvariants,
  repairCode,
  type LocaleFacts,
  type LocatedInvariants,
} from './parity.ts';
import { findTextDefects, repairText } from './translation-defects.ts';
import { nodeLine } from './yaml-nodes.ts';

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

/** Lints every MDX page among `files` and compares each page's facts across its locales. */
export function lintPages(report: Sink, files: ReadonlyMap<string, string>, moduleIds: string[]): void {
  const pages = new Map<string, LocaleFacts>();
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
}
