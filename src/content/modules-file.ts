/**
 * Reads the module collection file. Astro's `file()` loader keeps the last of two entries with the
 * same id without a word, so the parser checks ids first and names the file, the entry and the fix;
 * `loadModules` validates outside Astro (search index, contract, tools) with the build's schema.
 */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { fileFinding, FindingError, quote } from './finding.ts';
import { moduleSchema, type ModuleEntry } from './module-schema.ts';
import { modulesFile } from './paths.ts';
import { contentRules } from './rules/index.ts';
import { modulesProblems, toFinding } from './rules/run.ts';

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

/** Parses a content YAML file; a file that does not parse is a finding naming it and the line the parser names. */
export function readYaml(file: string, source: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    const why = (error as Error).message;
    const finding = fileFinding(
      file,
      'yaml',
      `not valid YAML (${why})`,
      'correct the indentation or quoting at that line',
    );
    throw new FindingError([finding], { cause: error });
  }
}

/**
 * Parses the modules file and rejects it when an id is missing or used twice (the `module-ids` rule):
 * throws a FindingError naming every one. Returns the entries in file order.
 */
export function parseModulesYaml(source: string, file: string): Record<string, unknown>[] {
  const data = readYaml(file, source);
  if (!Array.isArray(data)) {
    throw new FindingError([
      fileFinding(
        file,
        'yaml',
        `expected a list of modules ("- id: export" …), got ${quote(data)}`,
        'write one list item per module',
      ),
    ]);
  }
  const problems = modulesProblems(data, contentRules);
  if (problems.length > 0) throw new FindingError(problems.map((p) => toFinding(p, { file, entry: '-' })));
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
