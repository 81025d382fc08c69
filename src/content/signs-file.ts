/**
 * Reads the signs collection: one YAML file per module (`content/signs/<module id>.yaml`), each a list
 * of signs. The Astro loader, the search records, the tools and the tests all read it through here, so
 * every reader of the signs sees the same checked data and the same error messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FindingError, fileFinding, type Finding } from './finding.ts';
import { readYaml } from './modules-file.ts';
import { signsDir } from './paths.ts';
import { toFinding } from './rules/run.ts';
import { signEntryName, signListProblems, signSchema, type SignEntry } from './sign-schema.ts';

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
  if (!moduleIds.includes(module)) {
    const near = moduleIds.find((id) => id.toLowerCase() === module.toLowerCase());
    const fix = near ? `rename the file to ${near}.yaml` : `name it after a module id (${moduleIds.join(', ')})`;
    throw new FindingError([fileFinding(file, 'sign-fields', `"${module}" is not a module id`, fix)]);
  }
  const data = readYaml(file, source);
  const findings: Finding[] = signListProblems(module, data).map((p) => toFinding(p, { file, entry: module }));
  const schema = signSchema(file, module);
  const signs: SignEntry[] = [];
  for (const item of Array.isArray(data) ? (data as unknown[]) : []) {
    const result = schema.safeParse(item);
    if (result.success) signs.push(result.data);
    else
      for (const issue of result.error.issues) {
        const finding = (issue as { params?: { finding?: Finding } }).params?.finding;
        findings.push(
          finding ??
            fileFinding(file, 'sign-fields', issue.message, 'correct the sign', {
              entry: signEntryName(module, (item as Record<string, unknown>)?.['id']),
            }),
        );
      }
  }
  if (findings.length > 0) throw new FindingError(findings);
  return signs;
}

/** Reads every signs file of a folder, checked against the module ids; all files' problems in one error. */
export function loadSigns(moduleIds: readonly string[], dir = signsDir): SignEntry[] {
  const findings: Finding[] = [];
  const signs = signFiles(dir).flatMap((file) => {
    try {
      return parseSignsFile(file, readFileSync(file, 'utf8'), moduleIds);
    } catch (error) {
      if (!(error instanceof FindingError)) throw error;
      findings.push(...error.findings);
      return [];
    }
  });
  if (findings.length > 0) throw new FindingError(findings);
  return signs;
}
