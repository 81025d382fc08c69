/** Refuses an import whose result the build would reject, so that `--write` never leaves a broken collection. */
import { parseDocument } from 'yaml';
import { fileFinding, FindingError, type Finding } from '../../src/content/finding.ts';
import { modulePageSchema } from '../../src/content/module-page-schema.ts';
import { moduleSchema } from '../../src/content/module-schema.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { parseSnapshot } from '../../src/content/upstream-snapshot.ts';
import { parseInline } from '../../src/lib/inline.ts';
import { ExlInputError } from './markdown.ts';
import type { Collection, ImportResult } from './types.ts';

/** Returns the findings the schema's issues carry (the rules' findings, as the build would print them). */
function findingsOf(
  issues: readonly { message: string; params?: Record<string, unknown> | undefined }[],
  file: string,
): Finding[] {
  const fix = 'edit the string by hand after the import';
  return issues.map(
    (i) => (i.params?.['finding'] as Finding | undefined) ?? fileFinding(file, 'schema', i.message, fix),
  );
}

/** Throws an ExlInputError listing every finding of the rules the updated files would have. */
export function checkResult(result: ImportResult, collection: Collection): void {
  const problems: Finding[] = [];
  try {
    for (const entry of parseModulesYaml(result.modulesYaml, collection.modulesFile)) {
      const parsed = moduleSchema(collection.modulesFile).safeParse(entry);
      if (!parsed.success) problems.push(...findingsOf(parsed.error.issues, collection.modulesFile));
    }
    const pages = parseDocument(result.pageYaml).toJS() as unknown[];
    const parsed = modulePageSchema(collection.pageFile).safeParse(pages[0]);
    if (!parsed.success) problems.push(...findingsOf(parsed.error.issues, collection.pageFile));
    parseSnapshot(result.snapshotYaml, collection.snapshotFile);
  } catch (error) {
    if (!(error instanceof FindingError)) throw error;
    problems.push(...error.findings);
  }
  for (const u of result.updates) {
    if (u.file !== collection.modulesFile) continue;
    try {
      parseInline(u.to);
    } catch (error) {
      const where = { entry: u.module, field: u.field, locale: u.locale };
      problems.push(fileFinding(u.file, 'inline-syntax', (error as Error).message, 'edit the string by hand', where));
    }
  }
  if (problems.length > 0) throw new ExlInputError(problems);
}
