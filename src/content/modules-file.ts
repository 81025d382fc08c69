/**
 * Reads the module collection file. Astro's `file()` loader keeps the last of two entries with the
 * same id without a word, so the parser checks ids first and names the file, the entry and the fix;
 * `loadModules` validates outside Astro (search index, contract, tools) with the build's schema.
 */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { contentError, quote } from './errors.ts';
import { moduleSchema, type ModuleEntry } from './module-schema.ts';
import { modulesFile } from './paths.ts';

/** An alias (`*name`) where YAML allows one: after a space, a line start, `[`, `{`, `,` or `:`. */
const yamlAlias = /(?:^|[\s[{,:])\*[^\s,\]}]/m;

/**
 * Parses YAML text. js-yaml reads a large collection about five times faster than the `yaml` package
 * (1.9 s against 0.35 s at 1,100 modules) and returns the same data for YAML 1.2's core schema (a
 * unit test compares both on the shipped collection); the `yaml` package still reads a file with
 * aliases, which it limits (a few lines of aliases can expand to gigabytes), and words every error.
 */
function parseYaml(source: string): unknown {
  if (!yamlAlias.test(source)) {
    try {
      return load(source, { schema: CORE_SCHEMA });
    } catch {
      // Reported below in the `yaml` package's words, which name the line and column.
    }
  }
  return parse(source);
}

/** Parses the modules file and rejects a missing or duplicated id; returns the entries in file order. */
export function parseModulesYaml(source: string, file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const why = (error as Error).message;
    throw new Error(`${file}: not valid YAML (${why}). Fix: correct the indentation or quoting at that line.`, {
      cause: error,
    });
  }
  if (!Array.isArray(data)) {
    const got = quote(data);
    throw new Error(
      `${file}: expected a list of modules ("- id: export" …), got ${got}. Fix: write one list ` + `item per module.`,
    );
  }
  // Ids are compared ignoring case (and against former ids), since fragments like #inmail reach them.
  const owner = new Map<string, { index: number; id: string; field: string }>();
  data.forEach((item: unknown, i) => {
    const entry = item as { id?: unknown; aliases?: unknown } | null;
    const id = entry?.id;
    if (typeof id !== 'string' || id === '') {
      const place = { file, entry: `module #${i + 1}`, field: 'id' };
      throw new Error(
        contentError(place, `the id is missing (got ${quote(id)})`, 'add "id:" with the literal nlserver module name'),
      );
    }
    const aliases = Array.isArray(entry?.aliases)
      ? entry.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    for (const [name, field] of [[id, 'id'], ...aliases.map((a) => [a, 'aliases'] as const)] as const) {
      const before = owner.get(name.toLowerCase());
      if (before !== undefined && before.index !== i) {
        const role = (f: string, n: number) => `${f === 'id' ? 'the id' : 'a former id'} of #${n}`;
        const problem =
          `${quote(name)} is used by modules #${before.index + 1} and #${i + 1} ` +
          `(${role(before.field, before.index + 1)}, ` +
          `${role(field, i + 1)}; ids and former ids are compared ignoring letter case, as fragments like ` +
          `#inmail reach them)`;
        const place = { file, entry: `module "${id}"`, field };
        throw new Error(contentError(place, problem, 'merge the two entries or give one its correct module name'));
      }
      owner.set(name.toLowerCase(), { index: i, id, field });
    }
  });
  lastIds = { file, source, ids: data.map((m: { id: string }) => m.id) };
  return data as Record<string, unknown>[];
}

/** The ids of the last file parsed: the reference check asks for them while the loader parses the same text. */
let lastIds: { file: string; source: string; ids: string[] } | undefined;

/**
 * Returns the module ids of a modules file's text, in file order; checked as `parseModulesYaml`
 * checks them. Parses the YAML only when it is not the text parsed last (a 30 MB collection takes
 * seconds to parse, and the loader and the reference check both need it).
 */
export function moduleIdsOf(source: string, file: string): string[] {
  if (lastIds?.file !== file || lastIds.source !== source) parseModulesYaml(source, file);
  return lastIds!.ids;
}

/** Reads and validates the module collection, as the Astro build does. */
export function loadModules(file = modulesFile): ModuleEntry[] {
  const schema = moduleSchema(file);
  return parseModulesYaml(readFileSync(file, 'utf8'), file).map((entry) => schema.parse(entry));
}
