/**
 * Lints the content in every locale: the module collection, the module page metadata, the MDX
 * pages and the UI strings. The build's schema already refuses what cannot render; this catches
 * what renders but is wrong for a reader: damaged do-not-translate tokens, mojibake, invisible
 * characters, machine-translation artefacts, facts that differ between locales, and locales
 * translated from an older upstream revision. Works on file contents, so tests can seed defects.
 */
import { lintedFiles, type LintFinding, type Sink } from './findings.ts';
import { lintModulePage } from './lint-module-page.ts';
import { lintModules } from './lint-modules.ts';
import { lintPages } from './lint-pages.ts';
import { lintUi, readUiFiles } from './lint-ui.ts';

/**
 * Lints the content files given by path (relative to the project root). Returns every finding,
 * errors and warnings, in file and line order.
 */
export function lintContent(files: ReadonlyMap<string, string>): LintFinding[] {
  const findings: LintFinding[] = [];
  const report: Sink = (f) => findings.push({ severity: 'error', ...f });

  const ui = readUiFiles(report, files);

  const modulesText = files.get(lintedFiles.modules);
  const moduleIds = modulesText === undefined ? [] : lintModules(report, lintedFiles.modules, modulesText);
  const pageText = files.get(lintedFiles.modulePage);
  if (pageText !== undefined) lintModulePage(report, lintedFiles.modulePage, pageText, ui);

  lintPages(report, files, moduleIds);
  lintUi(report, ui);

  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
