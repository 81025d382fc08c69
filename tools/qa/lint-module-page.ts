/** Content lint of the module page metadata (content/modules-page.yaml): text, intro parity, freshness. */
import { isMap, isScalar, isSeq } from 'yaml';
import { localeCodes } from '../../src/locales.ts';
import { lineOfText, type Sink } from './findings.ts';
import type { UiFiles } from './lint-ui.ts';
import { checkParity, checkText, repairedInvariants, type LocaleFacts } from './parity.ts';
import { nodeLine, parseYamlFile, scalarText } from './yaml-nodes.ts';

/** Lints content/modules-page.yaml: page text, intro parity and translation freshness. */
export function lintModulePage(report: Sink, file: string, text: string, ui: UiFiles): void {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed || !isSeq(parsed.doc.contents)) return;
  const { doc, counter } = parsed;
  const page = (doc.contents as { items: unknown[] }).items.find(isMap);
  if (!page) return;
  const id = scalarText(page.get('id'), 'modules-and-frequent-issues');
  const revisionsNode = page.get('revisions', true);
  // Hashes are read as written: YAML would turn an all-digit hash into a number.
  const asWritten = (n: unknown) => (isScalar(n) ? String(n.source ?? n.value) : undefined);
  const revisions = isSeq(revisionsNode) ? revisionsNode.items.map((r) => asWritten(r) ?? '') : [];
  const localesNode = page.get('locales', true);
  const parity: LocaleFacts = new Map();
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
    const line = nodeLine(counter, commitNode ?? l);
    const age = commit ? revisions.indexOf(commit) : -1;
    const at = { file, line, entry: id, field: 'sourceCommit', locale };
    if (age === -1) {
      report({
        ...at,
        problem: `${JSON.stringify(commit ?? null)} is not one of the listed revisions`,
        fix: 'copy source-git-commit from the upstream front matter and list it under "revisions" (newest first)',
      });
    } else if (age > 0) {
      report({
        ...at,
        severity: 'warning',
        problem:
          `Adobe's ${locale} translation is of the English revision ${commit!.slice(0, 7)}, ${age} behind the ` +
          `newest (${revisions[0]!.slice(0, 7)}); the page shows the stale-translation notice`,
        fix: 'import a newer upstream translation with npm run import:exl when Adobe publishes one',
      });
      // The notice is the reader's only sign of staleness. A missing or empty string, or one locale
      // dropping a placeholder, is reported by the UI string checks; this catches the case they
      // cannot see, every locale losing the commits alike.
      const notice = ui.get(locale)?.data['notice.stale'];
      const reference = ui.get(localeCodes[0])?.data['notice.stale'];
      const usable = (s: unknown) =>
        typeof s !== 'string' || s.trim() === '' || (s.includes('{{commit}}') && s.includes('{{newest}}'));
      if (!usable(notice) && !usable(reference)) {
        report({
          file: ui.get(locale)!.file,
          line: lineOfText(ui.get(locale)!.text, '"notice.stale"'),
          entry: 'ui',
          field: 'notice.stale',
          locale,
          problem:
            `the stale-translation notice ${JSON.stringify(notice)} does not name the commits, so the ${locale} ` +
            `page cannot say how stale it is`,
          fix: 'put the {{commit}} and {{newest}} placeholders back into "notice.stale" of every locale',
        });
      }
    }
  }
  checkParity(report, parity, id, 'intro');
}
