// The one list of rules: every rule is a file of its own with a test of its own, and every caller runs all of them.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentRules } from '../../../../../src/content/rules/index.ts';
import { lintContent } from '../../../../../tools/qa/content-lint.ts';
import { lintRules } from '../../../../../tools/qa/rules/index.ts';
import type { LintRule } from '../../../../../tools/qa/rules/rule.ts';
import { shipped } from '../shipped.ts';

/** The rule files of a folder: every file but the types, the list and the runner. */
const ruleFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !['rule.ts', 'index.ts', 'run.ts'].includes(f))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
const buildFiles = ruleFiles('src/content/rules');
const toolFiles = ruleFiles('tools/qa/rules');

describe('the rule lists', () => {
  test('hold each rule file once, by its file name, the build list first', () => {
    expect(contentRules.map((r) => r.name).sort()).toEqual(buildFiles);
    expect(lintRules.map((r) => r.name).sort()).toEqual([...buildFiles, ...toolFiles].sort());
    expect(lintRules.slice(0, contentRules.length)).toEqual(contentRules);
  });

  test.each(lintRules.map((r) => r.name))('has a test for the rule %s', (name) => {
    const folder = buildFiles.includes(name) ? 'tests/unit/content/rules' : 'tests/unit/tools/qa/rules';
    expect(existsSync(`${folder}/${name}.test.ts`), `${folder}/${name}.test.ts`).toBe(true);
  });
});

describe('lintContent()', () => {
  test('runs a rule of every target added to the list, with no wiring of its own', () => {
    const ran = new Set<string>();
    // A rule of each target that finds nothing and notes that it ran.
    const spies = ['text', 'field', 'module', 'modules', 'modulePage', 'pages', 'ui', 'content'].map((target) => {
      const run = () => (ran.add(target), []);
      return { name: `spy-${target}`, target, find: run, check: run } as unknown as LintRule;
    });
    expect(lintContent(shipped(), [...lintRules, ...spies])).toEqual([]);
    expect([...ran].sort()).toEqual([...new Set(lintRules.map((r) => r.target))].sort());
  });
});
