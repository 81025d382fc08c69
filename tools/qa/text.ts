/**
 * The text rules of the tools on one string, for `import:exl`: the same rules, in the same order, as
 * `lint:content` runs on our content, so both report a defect in the same words and repair it the same way.
 */
import { applyRepairs, findDefects, type RuleDefect } from '../../src/content/rules/run.ts';
import { lintRules } from './rules/index.ts';
import type { LintTextAt } from './rules/rule.ts';

/** Returns the defects of a string, in text order, each with the name of its rule. */
export function textDefects(text: string, at: LintTextAt): RuleDefect[] {
  return findDefects(text, at, lintRules);
}

/** Returns the string with every certain repair applied. */
export function repairText(text: string, at: LintTextAt): string {
  return applyRepairs(text, textDefects(text, at));
}
