/** The content lint run over the shipped content, and over a copy with one seeded defect. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { formatFinding, type Finding } from '../../../../src/content/finding.ts';
import { lintContent } from '../../../../tools/qa/content-lint.ts';
import { shipped } from './shipped.ts';

export { shipped } from './shipped.ts';

export const key = (f: Finding) => formatFinding(f);
export const baseline = lintContent(shipped());

/** Lints the shipped files with one replacement made; returns the findings the replacement added. */
export function seeded(file: string, find: string | RegExp, replace: string): Finding[] {
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
  expected: Partial<Omit<Finding, 'message'>> & { message: string | RegExp };
};
export const modules = 'content/modules.yaml';

/** Asserts that a seeded defect is reported, alone, with the expected place, rule and message. */
export function expectReported({ file, find, replace, expected }: Seed): void {
  // Errors only: a changed fact may also raise the unsupported-addition warning (tested in rules/snapshot.test.ts).
  const found = seeded(file, find, replace).filter((f) => f.severity === 'error');
  expect(found, found.map(key).join('\n')).toHaveLength(1);
  const { message, ...rest } = expected;
  expect(found[0]).toMatchObject({ file, severity: 'error', ...rest });
  if (typeof message === 'string') expect(found[0]!.message).toContain(message);
  else expect(found[0]!.message).toMatch(message);
}
