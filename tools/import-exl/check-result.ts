/** Refuses an import whose result the build would reject, so that `--write` never leaves a broken collection. */
import { parseDocument } from 'yaml';
import { parseInline } from '../../src/lib/inline.ts';
import { parseModulesYaml } from '../../src/content/modules-file.ts';
import { modulePageSchema } from '../../src/content/module-page-schema.ts';
import { moduleSchema } from '../../src/content/module-schema.ts';
import { parseSnapshot } from '../../src/content/upstream-snapshot.ts';
import { ExlInputError } from './markdown.ts';
import type { Collection, ImportResult } from './types.ts';

/** Throws an ExlInputError listing every problem the updated files would have. */
export function checkResult(result: ImportResult, collection: Collection): void {
  const problems: string[] = [];
  try {
    for (const entry of parseModulesYaml(result.modulesYaml, collection.modulesFile)) {
      const parsed = moduleSchema(collection.modulesFile).safeParse(entry);
      if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
    }
    const pages = parseDocument(result.pageYaml).toJS() as unknown[];
    const parsed = modulePageSchema(collection.pageFile).safeParse(pages[0]);
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
    parseSnapshot(result.snapshotYaml, collection.snapshotFile);
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const u of result.updates) {
    if (u.file !== collection.modulesFile) continue;
    try {
      parseInline(u.to);
    } catch (error) {
      problems.push(`${u.file} › ${u.module} › ${u.field} › ${u.locale}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0)
    throw new ExlInputError(
      `The update would break the collection, so nothing was written:\n- ${problems.join('\n- ')}`,
    );
}
