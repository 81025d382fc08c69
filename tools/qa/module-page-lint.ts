/** Lints the module page metadata (content/modules-page.yaml): its text in every locale and its revisions. */
import { isMap, isScalar, isSeq } from 'yaml';
import { localeCodes, type LocaleCode } from '../../src/locales.ts';
import type { Sink } from './findings.ts';
import { checkParity, checkText, repairedInvariants, type LocatedInvariants } from './parity.ts';
import { nodeLine, parseYamlFile, scalarText } from './yaml-file.ts';

/** Lints content/modules-page.yaml: page text, intro parity and known source revisions. */
export function lintModulePage(report: Sink, file: string, text: string): void {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed || !isSeq(parsed.doc.contents)) return;
  const { doc, counter } = parsed;
  const page = (doc.contents as { items: unknown[] }).items.find(isMap);
  if (!page) return;
  const id = scalarText(page.get('id')) || 'modules-and-frequent-issues';
  const revisionsNode = page.get('revisions', true);
  // Hashes are read as written: YAML would turn an all-digit hash into a number.
  const asWritten = (n: unknown) => (isScalar(n) ? String(n.source ?? n.value) : undefined);
  const revisions = isSeq(revisionsNode) ? revisionsNode.items.map((r) => asWritten(r) ?? '') : [];
  const localesNode = page.get('locales', true);
  const parity = new Map<LocaleCode, { file: string; line: number; facts: LocatedInvariants }>();
  for (const locale of localeCodes) {
    const l = isMap(localesNode) ? localesNode.get(locale, true) : undefined;
    if (!isMap(l)) {
      report({
        file,
        line: nodeLine(counter, localesNode ?? page),
        entry: id,
        field: 'locales',
        locale,
        problem: 'the locale is missing',
        fix: `add "${locale}:" with title, description, intro, sourceCommit and workflow`,
      });
      continue;
    }
    for (const field of ['title', 'description', 'intro'] as const) {
      const node = l.get(field, true);
      const line = nodeLine(counter, node ?? l);
      const value = isScalar(node) ? node.value : undefined;
      checkText(report, { file, line, entry: id, field, locale }, value, locale, field === 'intro', { field });
      if (field === 'intro' && typeof value === 'string') {
        try {
          parity.set(locale, { file, line, facts: repairedInvariants(value, locale, line, { field }, []) });
        } catch {
          // Reported by checkText.
        }
      }
    }
    const commitNode = l.get('sourceCommit', true);
    const commit = asWritten(commitNode);
    // Only an unknown revision is wrong: an older one says nothing about the text, which is
    // compared row by row against the upstream snapshot (see snapshot-lint.ts).
    if (!commit || !revisions.includes(commit)) {
      report({
        file,
        line: nodeLine(counter, commitNode ?? l),
        entry: id,
        field: 'sourceCommit',
        locale,
        problem: `${JSON.stringify(commit ?? null)} is not one of the listed revisions`,
        fix: 'copy source-git-commit from the upstream front matter and list it under "revisions" (newest first)',
      });
    }
  }
  checkParity(report, parity, id, 'intro');
}
