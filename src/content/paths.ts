/**
 * Where the content lives, declared once for the collections, the loaders, the tools and the tests.
 * `MODULES_FILE` swaps the module collection (benchmarks, safe-build tests, outside checks).
 */

/** The module collection: `MODULES_FILE` when set, else the shipped one. */
export const modulesFile = process.env['MODULES_FILE'] ?? 'content/modules.yaml';

/** The module page's per-locale metadata (title, intro, upstream translation facts). */
export const modulePageFile = 'content/modules-page.yaml';

/** The upstream module table each locale's strings were made from, per row (see upstream-snapshot.ts). */
export const shippedSnapshotFile = 'content/upstream-snapshot.yaml';

/** The snapshot the build reads: `UPSTREAM_SNAPSHOT_FILE` when set (tests of the notice), else the shipped one. */
export const upstreamSnapshotFile = process.env['UPSTREAM_SNAPSHOT_FILE'] ?? shippedSnapshotFile;

/** The folder of the MDX pages, one sub-folder per locale path. */
export const pagesDir = 'content/pages';

/** Returns the file of one page in one locale path (`zh-tw`): `content/pages/<locale path>/<page>.mdx`. */
export function pageFile(locale: string, page: string): string {
  return `${pagesDir}/${locale}/${page}.mdx`;
}

/** The module collection the repository ships (what the content lint and the importer edit). */
export const shippedModulesFile = 'content/modules.yaml';

/** The signs collection, one YAML file per module: `SIGNS_DIR` when set, else the shipped folder. */
export const signsDir = process.env['SIGNS_DIR'] ?? 'content/signs';

/** Adobe's English pages the signs cite: path under `help/` → title and the revision read. */
export const adobePagesFile = 'content/adobe-pages.yaml';

/** The nlserver command lines Adobe's pages give, by page, as the runbook writes them (read by the tools only). */
export const adobeCommandsFile = 'content/adobe-commands.yaml';

/** The termbases, one per locale, found by naming rule: `content/terms/<locale code>.yaml`. */
export const termsDir = 'content/terms';

/** Returns the termbase file of a locale code (`content/terms/zh-TW.yaml`). */
export function termbaseFile(code: string): string {
  return `${termsDir}/${code}.yaml`;
}
