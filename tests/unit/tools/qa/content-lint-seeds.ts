/** The content lint run over the shipped content, and over a copy with one seeded defect. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { lintContent } from '../../../../tools/qa/content-lint.ts';
import { formatLintFinding, type LintFinding } from '../../../../tools/qa/findings.ts';

/** The shipped files the linter reads, by path. */
export function shipped(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string) => files.set(path, readFileSync(path, 'utf8'));
  add('content/modules.yaml');
  add('content/modules-page.yaml');
  add('content/upstream-snapshot.yaml');
  for (const dir of readdirSync('content/pages'))
    for (const name of readdirSync(`content/pages/${dir}`)) add(`content/pages/${dir}/${name}`);
  for (const name of readdirSync('src/i18n')) if (name.endsWith('.json')) add(`src/i18n/${name}`);
  return files;
}

export const key = (f: LintFinding) => formatLintFinding(f);
export const baseline = lintContent(shipped());

/** Lints the shipped files with one replacement made; returns the findings the replacement added. */
export function seeded(file: string, find: string | RegExp, replace: string): LintFinding[] {
  const files = shipped();
  const text = files.get(file)!;
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`seed not found in ${file}: ${String(find)}`);
  files.set(file, changed);
  const before = new Set(baseline.map(key));
  return lintContent(files).filter((f) => !before.has(key(f)));
}

/** The line of the first occurrence of `needle` in a shipped file. */
export const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

export type Seed = {
  name: string;
  file: string;
  find: string | RegExp;
  replace: string;
  expected: Partial<Omit<LintFinding, 'problem'>> & { problem: string | RegExp };
};
export const modules = 'content/modules.yaml';

/** Asserts that a seeded defect is reported, alone, with the expected place and problem. */
export function expectReported({ file, find, replace, expected }: Seed): void {
  // Errors only: a changed fact may also raise the unsupported-addition warning (tested in snapshot-lint.test.ts).
  const found = seeded(file, find, replace).filter((f) => f.severity === 'error');
  expect(found, found.map(key).join('\n')).toHaveLength(1);
  const { problem, ...rest } = expected;
  expect(found[0]).toMatchObject({ file, severity: 'error', ...rest });
  if (typeof problem === 'string') expect(found[0]!.problem).toContain(problem);
  else expect(found[0]!.problem).toMatch(problem);
}
