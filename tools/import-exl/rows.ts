/**
 * Compares one upstream table row with its module entry: the name cell (translated, misspelled),
 * the row order, each cell's defects, and each cell's facts against ours. Also returns the row's
 * normalised text for the snapshot comparison.
 */
import type { Document, LineCounter } from 'yaml';
import { cellToInline, markupDefects } from './cells.ts';
import { lineAt, type ExlDocument, type ExlRow } from './markdown.ts';
import { lineOfText } from './page-facts.ts';
import { invariantsDiff, inlineInvariants, type Invariants } from '../qa/invariants.ts';
import type { NameMatch } from '../qa/module-names.ts';
import { findTextDefects } from '../qa/translation-defects.ts';
import { normaliseUpstream, snapshotFields, type SnapshotRow } from '../../src/content/upstream-snapshot.ts';
import type { Collection, Finding, MakeFinding, Update } from './types.ts';

/** A module entry as the importer reads it. */
export type ModuleStrings = { id: string; scope?: Record<string, string>; troubleshooting?: Record<string, string> };

/** What one row contributes to a locale's report. */
export type RowResult = {
  defects: Finding[];
  differences: Finding[];
  planned: Update[];
  kept: number;
  text: SnapshotRow;
};

/** Returns the 1-based line of a node path in a YAML document, or 1. */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? counter.linePos(node.range[0]).line : 1;
}

/** Compares row `i` of an upstream file, mapped to a module by `match`, with the collection. */
export function compareRow(
  doc: ExlDocument,
  row: ExlRow,
  i: number,
  match: NameMatch,
  modules: readonly ModuleStrings[],
  yaml: { doc: Document; counter: LineCounter },
  collection: Collection,
  finding: MakeFinding,
): RowResult {
  const { locale, source } = doc;
  const out: RowResult = { defects: [], differences: [], planned: [], kept: 0, text: {} };
  const id = match.id;
  const ids = modules.map((m) => m.id);
  const name = row.cells[0]!;
  const nameProblem: Record<NameMatch['how'], string | undefined> = {
    exact: undefined,
    case: `module name "${name.text}" changes the letter case of the command name "${id}"`,
    translation: `module name translated as "${name.text}"; the command name is "${id}"`,
    misspelling: `misspelled module name "${name.text}"; the command name is "${id}"`,
    position: `unrecognized module name "${name.text}"; row ${i + 1} taken as "${id}" by its position`,
  };
  const problem = nameProblem[match.how];
  if (problem)
    out.defects.push(
      finding(
        name.line,
        id,
        'module',
        'module-name',
        problem,
        `module names are nlserver commands: write "${id}", never a translation`,
      ),
    );
  if (id !== ids[i]) {
    out.differences.push(
      finding(
        row.line,
        id,
        'order',
        'difference',
        `row ${i + 1} is "${id}", which is row ${ids.indexOf(id) + 1} in ${collection.modulesFile}`,
        'reorder content/modules.yaml if upstream reordered the table on purpose',
      ),
    );
  }
  const index = ids.indexOf(id);
  const entry = modules[index]!;

  snapshotFields.forEach((field, f) => {
    const cell = row.cells[f + 1]!;
    const cellEnd = cell.offset + cell.html.length;
    for (const d of markupDefects(cell.html, collection.pageIds))
      out.defects.push(finding(lineAt(source, cell.offset + d.index), id, field, 'markup', d.problem, d.fix));
    for (const d of findTextDefects(cell.text, locale, { module: id, field })) {
      const at = source.indexOf(d.found, cell.offset);
      const line = at !== -1 && at < cellEnd ? lineAt(source, at) : cell.line;
      out.defects.push(finding(line, id, field, d.kind, d.problem, d.fix));
    }
    const converted = cellToInline(cell.html, locale, { module: id, field }, collection.pageIds);
    out.text[field] = normaliseUpstream(converted.text);
    for (const href of converted.unresolved) {
      out.defects.push(
        finding(
          lineOfText(source, href, cell.offset, cell.line),
          id,
          field,
          'link',
          `the link "${href}" points to no page of this site`,
          `keep the words without the link, or add the page to content/pages/`,
        ),
      );
    }
    let theirs: Invariants;
    try {
      theirs = inlineInvariants(converted.text);
    } catch (error) {
      const why =
        `the converted text ${JSON.stringify(converted.text)} is not valid inline syntax ` +
        `(${(error as Error).message})`;
      out.differences.push(finding(cell.line, id, field, 'difference', why, 'edit this string by hand'));
      return;
    }
    const ours = entry[field]?.[locale];
    const path = [index, field, locale];
    if (typeof ours !== 'string' || ours.trim() === '') {
      out.planned.push({
        file: collection.modulesFile,
        path,
        locale,
        module: id,
        field,
        from: undefined,
        to: converted.text,
      });
      out.differences.push(
        finding(
          cell.line,
          id,
          field,
          'difference',
          `${collection.modulesFile} has no ${locale} text`,
          'run with --write to take the converted source text, then reword it',
        ),
      );
      return;
    }
    let oursInvariants: Invariants;
    try {
      oursInvariants = inlineInvariants(ours);
    } catch {
      oursInvariants = { code: [], links: [], numbers: [] };
    }
    const diff = invariantsDiff(oursInvariants, theirs);
    if (diff.length === 0) {
      out.kept++;
      return;
    }
    const what = diff
      .map(
        (d) =>
          `${d.kind}: source has ${d.extra.length ? d.extra.map((x) => `"${x}"`).join(', ') : 'nothing more'}` +
          (d.missing.length ? `, lacks ${d.missing.map((x) => `"${x}"`).join(', ')}` : ''),
      )
      .join('; ');
    out.differences.push({
      ...finding(
        lineOf(yaml.doc, yaml.counter, path),
        id,
        field,
        'difference',
        `the facts differ from the source (${what})`,
        `run with --write to take ${JSON.stringify(converted.text)}, then reword it`,
      ),
      file: collection.modulesFile,
    });
    out.planned.push({ file: collection.modulesFile, path, locale, module: id, field, from: ours, to: converted.text });
  });
  return out;
}
