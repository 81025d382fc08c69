/**
 * Reads `content/modules.yaml`. Astro's `file()` loader keeps the last of two entries with the
 * same id without a word, so the parser checks ids first and names the file, the entry and the fix.
 */
import { parse } from 'yaml';
import { contentError, quote } from './schema.ts';

/** The module collection's file: `MODULES_FILE` when set (benchmarks, safe-build tests), else the shipped one. */
export const modulesFile = process.env['MODULES_FILE'] ?? 'content/modules.yaml';

/** Parses the modules file and rejects a missing or duplicated id; returns the entries in file order. */
export function parseModulesYaml(source: string, file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${(error as Error).message}). Fix: correct the indentation or quoting at that line.`);
  }
  if (!Array.isArray(data)) {
    throw new Error(`${file}: expected a list of modules ("- id: export" …), got ${quote(data)}. Fix: write one list item per module.`);
  }
  const firstIndex = new Map<string, number>();
  data.forEach((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    const entry = `module #${i + 1}`;
    if (typeof id !== 'string' || id === '') {
      throw new Error(contentError({ file, entry, field: 'id' }, `the id is missing (got ${quote(id)})`, 'add "id:" with the literal nlserver module name'));
    }
    const before = firstIndex.get(id.toLowerCase());
    if (before !== undefined) {
      throw new Error(
        contentError({ file, entry: `module "${id}"`, field: 'id' }, `${quote(id)} is used by modules #${before + 1} and #${i + 1} (ids are compared ignoring letter case, as fragments like #inmail reach them)`, 'merge the two entries or give one its correct module name'),
      );
    }
    firstIndex.set(id.toLowerCase(), i);
  });
  return data as Record<string, unknown>[];
}
