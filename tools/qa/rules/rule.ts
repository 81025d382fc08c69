/**
 * The rules only the tools run, next to the build's (`src/content/rules/rule.ts`): text rules that read the
 * termbases, and rules on the whole linted content (across entries, locales and files, with lines).
 */
import type { Finding } from '../../../src/content/finding.ts';
import type { ContentRule, TextAt, TextRule } from '../../../src/content/rules/rule.ts';
import type { LintContent } from '../content-model.ts';
import type { Terms } from '../terms.ts';

/** Where a string sits, for the text rules of the tools: with the termbases and the collection's labels. */
export type LintTextAt = TextAt & { terms: Terms };

/** A text rule that reads the termbases or the collection. */
export type LintTextRule = TextRule<LintTextAt>;

/** A rule on the whole linted content: what no single value shows (parity across locales, duplicates, snapshot). */
export type LintContentRule = {
  name: string;
  target: 'content';
  check: (content: LintContent) => Omit<Finding, 'rule'>[];
};

/** Any rule `lint:content` runs. */
export type LintRule = ContentRule | LintTextRule | LintContentRule;
