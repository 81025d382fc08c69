/**
 * Reads the signs collection: one YAML file per module (`content/signs/<module id>.yaml`), each a list
 * of signs. The Astro loader, the search records, the tools and the tests all read it through here, so
 * every reader of the signs sees the same checked data and the same error messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { contentError, quote } from './errors.ts';
import { signsDir } from './paths.ts';
import { checkSignList, signSchema, type SignEntry } from './sign-schema.ts';

/** The signs files of a folder, in name order (missing folder: none). */
export function signFiles(dir = signsDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Parses and checks one module's signs file; throws one error listing every problem (file › module ›
 * sign › field › locale, the bad value, the fix). `moduleIds` are the modules the file may be named after.
 */
export function parseSignsFile(file: string, source: string, moduleIds: readonly string[]): SignEntry[] {
  const module = basename(file, '.yaml');
  const place = { file, entry: `module "${module}"`, field: 'file name' };
  if (!moduleIds.includes(module)) {
    const near = moduleIds.find((id) => id.toLowerCase() === module.toLowerCase());
    const fix = near ? `rename the file to ${near}.yaml` : `name it after a module id (${moduleIds.join(', ')})`;
    throw new Error(contentError(place, `${quote(module)} is not a module id`, fix));
  }
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const why = (error as Error).message;
    throw new Error(`${file}: not valid YAML (${why}). Fix: correct the indentation or quoting at that line.`, {
      cause: error,
    });
  }
  const problems = checkSignList(file, module, data);
  const schema = signSchema(file, module);
  const signs: SignEntry[] = [];
  for (const item of Array.isArray(data) ? data : []) {
    const result = schema.safeParse(item);
    if (result.success) signs.push(result.data);
    else problems.push(...result.error.issues.map((i) => i.message));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return signs;
}

/** Reads every signs file of a folder, checked against the module ids; all files' problems in one error. */
export function loadSigns(moduleIds: readonly string[], dir = signsDir): SignEntry[] {
  const problems: string[] = [];
  const signs = signFiles(dir).flatMap((file) => {
    try {
      return parseSignsFile(file, readFileSync(file, 'utf8'), moduleIds);
    } catch (error) {
      problems.push((error as Error).message);
      return [];
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return signs;
}
