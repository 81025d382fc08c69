/** Compares the rows of an upstream table with the module collection: names, order, and each cell's facts. */
import type { LocalizedFieldName } from '../../src/content/localized.ts';
import { inlineInvariants, invariantsDiff, type Invariants } from '../qa/invariants.ts';
import { matchModuleNames, type NameMatch } from '../qa/module-names.ts';
import { findTextDefects } from '../qa/translation-defects.ts';
import { nodeLine } from '../qa/yaml-nodes.ts';
import { cellToInline, markupDefects } from './cells.ts';
import { ExlInputError, lineAt, lineOfFound, type ExlCell, type ExlDocument } from './markdown.ts';
import type { ImportContext, LocaleFindings, ModuleTexts } from './types.ts';

/** Our fields for the upstream table's columns after the module name, in column order. */
const rowFields = ['scope', 'troubleshooting'] as const satisfies readonly LocalizedFieldName[];

/**
 * Maps each row to a module by its name cell; throws when a row names no module or the module of
 * another row, since the comparison would then be of the wrong rows.
 */
function matchRows(doc: ExlDocument, ctx: ImportContext): NameMatch[] {
  const { file } = doc;
  const { collection, ids } = ctx;
  const labels = Object.fromEntries(ctx.modules.map((m) => [m.id, Object.values(m.label ?? {})]));
  const matches = matchModuleNames(
    doc.rows.map((r) => r.cells[0]!.text),
    ids,
    labels,
  );
  const claimed = new Map<string, number>();
  matches.forEach((m, i) => {
    const before = claimed.get(m.id);
    if (!m.id || before !== undefined) {
      throw new ExlInputError(
        `${file}:${doc.rows[i]!.line}: row ${i + 1} ("${doc.rows[i]!.cells[0]!.text}") ` +
          `${m.id ? `maps to module "${m.id}", like row ${before! + 1}` : 'names no module'}. Fix: check the ` +
          `name cells of the table against ${collection.modulesFile} (${ids.join(', ')}).`,
      );
    }
    claimed.set(m.id, i);
  });
  return matches;
}

/** Compares one cell with our string of its field; returns true when the facts match (our wording is kept). */
function compareCell(
  doc: ExlDocument,
  ctx: ImportContext,
  out: LocaleFindings,
  cell: ExlCell,
  owner: { id: string; field: (typeof rowFields)[number]; entry: ModuleTexts; index: number },
): boolean {
  const { locale, source } = doc;
  const { collection, modulesDoc, modulesCounter } = ctx;
  const { finding, defects, differences, planned } = out;
  const { id, field, entry, index } = owner;
  const cellEnd = cell.offset + cell.html.length;
  for (const d of markupDefects(cell.html, collection.pageIds)) {
    defects.push(finding(lineAt(source, cell.offset + d.index), id, field, 'markup', d.problem, d.fix));
  }
  for (const d of findTextDefects(cell.text, locale, { module: id, field })) {
    const at = source.indexOf(d.found, cell.offset);
    defects.push(
      finding(at !== -1 && at < cellEnd ? lineAt(source, at) : cell.line, id, field, d.kind, d.problem, d.fix),
    );
  }
  const converted = cellToInline(cell.html, locale, { module: id, field }, collection.pageIds);
  for (const href of converted.unresolved) {
    defects.push(
      finding(
        lineOfFound(source, href, cell.offset, cell.line),
        id,
        field,
        'link',
        `the link "${href}" points to no page of this site`,
        `keep the words without the link, or add the page to content/pages/`,
      ),
    );
  }
  const differ = (problem: string, fix: string) =>
    differences.push(finding(cell.line, id, field, 'difference', problem, fix));
  let theirs: Invariants;
  try {
    theirs = inlineInvariants(converted.text);
  } catch (error) {
    const why = (error as Error).message;
    differ(
      `the converted text ${JSON.stringify(converted.text)} is not valid inline syntax (${why})`,
      'edit this string by hand',
    );
    return false;
  }
  const ours = entry[field]?.[locale];
  const path = [index, field, locale];
  if (typeof ours !== 'string' || ours.trim() === '') {
    planned.push({
      file: collection.modulesFile,
      path,
      locale,
      module: id,
      field,
      from: undefined,
      to: converted.text,
    });
    differ(
      `${collection.modulesFile} has no ${locale} text`,
      'run with --write to take the converted source text, then reword it',
    );
    return false;
  }
  let oursInvariants: Invariants;
  try {
    oursInvariants = inlineInvariants(ours);
  } catch {
    oursInvariants = { code: [], links: [], numbers: [] };
  }
  const diff = invariantsDiff(oursInvariants, theirs);
  if (diff.length === 0) {
    return true;
  }
  const list = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  const what = diff
    .map(
      (d) =>
        `${d.kind}: source has ${d.extra.length ? list(d.extra) : 'nothing more'}` +
        (d.missing.length ? `, lacks ${list(d.missing)}` : ''),
    )
    .join('; ');
  differences.push({
    ...finding(
      nodeLine(modulesCounter, modulesDoc.getIn(path, true)),
      id,
      field,
      'difference',
      `the facts differ from the source (${what})`,
      `run with --write to take ${JSON.stringify(converted.text)}, then reword it`,
    ),
    file: collection.modulesFile,
  });
  planned.push({ file: collection.modulesFile, path, locale, module: id, field, from: ours, to: converted.text });
  return false;
}

/** Compares the rows of one upstream file with the collection; returns how each row was matched. */
export function compareRows(
  doc: ExlDocument,
  ctx: ImportContext,
  out: LocaleFindings,
): { matches: NameMatch[]; kept: number } {
  const { collection, modules, ids } = ctx;
  const { finding, defects, differences } = out;
  const matches = matchRows(doc, ctx);
  let kept = 0;
  doc.rows.forEach((row, i) => {
    const match = matches[i]!;
    const id = match.id;
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
      defects.push(
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
      differences.push(
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
    const entry = modules.find((m) => m.id === id)!;
    const index = modules.indexOf(entry);
    rowFields.forEach((field, f) => {
      if (compareCell(doc, ctx, out, row.cells[f + 1]!, { id, field, entry, index })) kept++;
    });
  });
  return { matches, kept };
}
