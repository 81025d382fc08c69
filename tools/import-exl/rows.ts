/**
 * Compares one upstream table row with its module entry: the name cell (translated, misspelled),
 * the row order, each cell's defects, and each cell's facts against ours. Also returns the row's
 * normalised text for the snapshot comparison.
 */
import type { Document, LineCounter } from 'yaml';
import {
  normaliseUpstream,
  snapshotFields,
  type SnapshotField,
  type SnapshotRow,
} from '../../src/content/upstream-snapshot.ts';
import { invariantsDiff, inlineInvariants, type Invariants } from '../qa/invariants.ts';
import type { NameMatch } from '../qa/module-names.ts';
import { textDefects } from '../qa/text.ts';
import { lineAtPath } from '../qa/yaml-file.ts';
import { cellToInline, markupDefects } from './cells.ts';
import { lineAt, type ExlCell, type ExlDocument, type ExlRow } from './markdown.ts';
import { lineOfText } from './page-facts.ts';
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

/** What comparing one row needs besides the row: the file, the collection, and how to make a finding. */
export type RowContext = {
  doc: ExlDocument;
  modules: readonly ModuleStrings[];
  yaml: { doc: Document; counter: LineCounter };
  collection: Collection;
  finding: MakeFinding;
};

/** Returns the finding of a name cell that is not the module's command name, if any. */
function nameFinding(row: ExlRow, i: number, match: NameMatch, finding: MakeFinding): Finding | undefined {
  const name = row.cells[0]!;
  const id = match.id;
  const nameProblem: Record<NameMatch['how'], string | undefined> = {
    exact: undefined,
    case: `module name "${name.text}" changes the letter case of the command name "${id}"`,
    translation: `module name translated as "${name.text}"; the command name is "${id}"`,
    misspelling: `misspelled module name "${name.text}"; the command name is "${id}"`,
    position: `unrecognized module name "${name.text}"; row ${i + 1} taken as "${id}" by its position`,
  };
  const problem = nameProblem[match.how];
  const fix = `module names are nlserver commands: write "${id}", never a translation`;
  return problem ? finding(name.line, id, 'module', 'module-name', problem, fix) : undefined;
}

/** Returns how the facts of two strings differ, in words (`code: source has "6667", lacks "6666"`). */
function describeDiff(ours: Invariants, theirs: Invariants): string {
  return invariantsDiff(ours, theirs)
    .map(
      (d) =>
        `${d.kind}: source has ${d.extra.length ? d.extra.map((x) => `"${x}"`).join(', ') : 'nothing more'}` +
        (d.missing.length ? `, lacks ${d.missing.map((x) => `"${x}"`).join(', ')}` : ''),
    )
    .join('; ');
}

/** Compares the facts of one converted cell with our string, planning its update when they differ. */
function compareFacts(c: RowContext, index: number, field: SnapshotField, cell: ExlCell, text: string, out: RowResult) {
  const { locale } = c.doc;
  const { modulesFile } = c.collection;
  const id = c.modules[index]!.id;
  let theirs: Invariants;
  try {
    theirs = inlineInvariants(text);
  } catch (error) {
    const why = `the converted text ${JSON.stringify(text)} is not valid inline syntax (${(error as Error).message})`;
    out.differences.push(c.finding(cell.line, id, field, 'difference', why, 'edit this string by hand', 'warning'));
    return;
  }
  const ours = c.modules[index]![field]?.[locale];
  const path = [index, field, locale];
  const update: Update = { file: modulesFile, path, locale, module: id, field, from: undefined, to: text };
  if (typeof ours !== 'string' || ours.trim() === '') {
    const fix = 'run with --write to take the converted source text, then reword it';
    out.differences.push(
      c.finding(cell.line, id, field, 'difference', `${modulesFile} has no ${locale} text`, fix, 'warning'),
    );
    out.planned.push(update);
    return;
  }
  let oursInvariants: Invariants = { code: [], links: [], numbers: [] };
  try {
    oursInvariants = inlineInvariants(ours);
  } catch {
    // Our string's markup is the schema's to report; its facts count as none.
  }
  if (invariantsDiff(oursInvariants, theirs).length === 0) {
    out.kept++;
    return;
  }
  const line = lineAtPath(c.yaml.counter, c.yaml.doc.contents, path);
  const why = `the facts differ from the source (${describeDiff(oursInvariants, theirs)})`;
  const fix = `run with --write to take ${JSON.stringify(text)}, then reword it`;
  out.differences.push({ ...c.finding(line, id, field, 'difference', why, fix, 'warning'), file: modulesFile });
  out.planned.push({ ...update, from: ours });
}

/** Reports one cell's defects, converts it, and compares its facts with ours. */
function compareCell(c: RowContext, index: number, field: SnapshotField, cell: ExlCell, out: RowResult): void {
  const { locale, source } = c.doc;
  const id = c.modules[index]!.id;
  const cellEnd = cell.offset + cell.html.length;
  for (const d of markupDefects(cell.html, c.collection.pageIds))
    out.defects.push(c.finding(lineAt(source, cell.offset + d.index), id, field, 'markup', d.message, d.fix));
  const at = { locale, module: id, field, terms: c.collection.terms };
  for (const d of textDefects(cell.text, { ...at, code: false })) {
    const offset = source.indexOf(d.found, cell.offset);
    const line = offset !== -1 && offset < cellEnd ? lineAt(source, offset) : cell.line;
    out.defects.push(c.finding(line, id, field, d.rule, d.message, d.fix));
  }
  const converted = cellToInline(cell.html, at, c.collection.pageIds);
  out.text[field] = normaliseUpstream(converted.text);
  for (const href of converted.unresolved) {
    const line = lineOfText(source, href, cell.offset, cell.line);
    const why = `the link "${href}" points to no page of this site`;
    out.defects.push(
      c.finding(line, id, field, 'link', why, 'keep the words without the link, or add the page to content/pages/'),
    );
  }
  compareFacts(c, index, field, cell, converted.text, out);
}

/** Compares row `i` of an upstream file, mapped to a module by `match`, with the collection. */
export function compareRow(c: RowContext, row: ExlRow, i: number, match: NameMatch): RowResult {
  const out: RowResult = { defects: [], differences: [], planned: [], kept: 0, text: {} };
  const ids = c.modules.map((m) => m.id);
  const name = nameFinding(row, i, match, c.finding);
  if (name) out.defects.push(name);
  if (match.id !== ids[i]) {
    const where = `row ${ids.indexOf(match.id) + 1} in ${c.collection.modulesFile}`;
    const why = `row ${i + 1} is "${match.id}", which is ${where}`;
    const fix = 'reorder content/modules.yaml if upstream reordered the table on purpose';
    out.differences.push(c.finding(row.line, match.id, 'order', 'difference', why, fix, 'warning'));
  }
  const index = ids.indexOf(match.id);
  snapshotFields.forEach((field, f) => compareCell(c, index, field, row.cells[f + 1]!, out));
  return out;
}
