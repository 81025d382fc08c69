/**
 * Compares the page-level facts of one upstream file with content/modules-page.yaml: title and
 * intro defects, front matter notes, the source revision and the translation workflow.
 */
import type { ExlDocument } from './markdown.ts';
import { lineAt } from './markdown.ts';
import { workflows } from '../../src/content/module-page-schema.ts';
import { findTextDefects } from '../qa/translation-defects.ts';
import type { Finding, MakeFinding, PageMeta, Update } from './types.ts';

/** Returns the line of `found` in a file, searching from `from`; `fallback` when it is not there. */
export function lineOfText(source: string, found: string, from: number, fallback: number): number {
  const at = found === '' ? -1 : source.indexOf(found, from);
  return at === -1 ? fallback : lineAt(source, at);
}

/**
 * Returns the page-level defects and differences of one file and the updates `--write` would
 * make. A revision older than the recorded one is reported and never written (`older`). A revision alone
 * says nothing about staleness (the table text can be the same across revisions): wording
 * changes are found against the snapshot instead.
 */
export function comparePageFacts(
  doc: ExlDocument,
  page: PageMeta,
  revisions: readonly string[],
  newRevisions: readonly string[],
  pageFile: string,
  finding: MakeFinding,
): { defects: Finding[]; differences: Finding[]; planned: Update[]; older: boolean } {
  const { locale, source } = doc;
  const defects: Finding[] = [];
  const differences: Finding[] = [];
  const planned: Update[] = [];
  for (const [field, text, line] of [
    ['title', doc.frontMatter.title, doc.heading.line],
    ['intro', doc.intro?.text, doc.intro?.line ?? 1],
  ] as const) {
    if (text === undefined) continue;
    for (const d of findTextDefects(text, locale, { field }))
      defects.push(finding(lineOfText(source, d.found, 0, line), page.id, field, d.kind, d.problem, d.fix));
  }
  for (const note of doc.frontMatter.notes)
    defects.push(
      finding(
        1,
        page.id,
        'front matter',
        'front-matter',
        note,
        'nothing to do; reported so that the disagreement is known',
      ),
    );

  const ours = page.locales[locale] ?? {};
  const commit = doc.frontMatter.sourceCommit;
  const commitLine = lineOfText(source, commit, 0, 1);
  const age = revisions.indexOf(commit);
  const oursAge = ours.sourceCommit ? revisions.indexOf(ours.sourceCommit) : -1;
  const older = oursAge !== -1 && oursAge < age;
  if (ours.sourceCommit !== commit) {
    const [message, fix] = older
      ? [
          `this file (${commit.slice(0, 7)}) is older than the translation recorded in ${pageFile} ` +
            `(${ours.sourceCommit!.slice(0, 7)})`,
          'nothing is written for it; import the newer file',
        ]
      : [
          `source revision ${commit.slice(0, 7)} replaces ` +
            `${ours.sourceCommit?.slice(0, 7) ?? 'nothing'}` +
            (newRevisions.includes(commit) ? ' (a revision not listed yet: it is added as the newest)' : ''),
          'run with --write to record it; the wording report below says which rows changed',
        ];
    differences.push(finding(commitLine, page.id, 'sourceCommit', 'difference', message, fix));
    if (!older) {
      const path = [0, 'locales', locale, 'sourceCommit'];
      planned.push({
        file: pageFile,
        path,
        locale,
        module: page.id,
        field: 'sourceCommit',
        from: ours.sourceCommit,
        to: commit,
      });
    }
  }
  const workflow = doc.frontMatter.workflow;
  if (workflow && !(workflows as readonly string[]).includes(workflow)) {
    defects.push(
      finding(
        lineOfText(source, workflow, 0, 1),
        page.id,
        'workflow-type',
        'front-matter',
        `unknown workflow-type "${workflow}"`,
        `expected one of ${workflows.join(', ')}; ${pageFile} keeps "${ours.workflow}"`,
      ),
    );
  } else if (workflow && workflow !== ours.workflow && !older) {
    differences.push(
      finding(
        lineOfText(source, workflow, 0, 1),
        page.id,
        'workflow',
        'difference',
        `workflow "${workflow}" replaces "${ours.workflow}"`,
        'run with --write to record it',
      ),
    );
    const path = [0, 'locales', locale, 'workflow'];
    planned.push({
      file: pageFile,
      path,
      locale,
      module: page.id,
      field: 'workflow',
      from: ours.workflow,
      to: workflow,
    });
  }
  if (ours.title && ours.title !== doc.frontMatter.title) {
    differences.push(
      finding(
        doc.heading.line,
        page.id,
        'title',
        'difference',
        `upstream title "${doc.frontMatter.title}", ours "${ours.title}"`,
        `keep ours, or copy the upstream title into ${pageFile} by hand`,
      ),
    );
  }
  return { defects, differences, planned, older };
}
