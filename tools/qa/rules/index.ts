/**
 * Every rule `lint:content` runs: the build's (`src/content/rules/index.ts`), then those only the tools run.
 * `import:exl` runs the text rules of this list on upstream cells. Adding a check is one rule file, one
 * entry here and one test; the runners in `../content-lint.ts` run every rule of every target.
 */
import { contentRules } from '../../../src/content/rules/index.ts';
import { colonInWord } from './colon-in-word.ts';
import { duplicateSymptoms } from './duplicate-symptoms.ts';
import { exportSlip } from './export-slip.ts';
import { factsSource } from './facts-source.ts';
import { fullWidthToken } from './full-width-token.ts';
import { moduleIdTypo } from './module-id-typo.ts';
import { parity } from './parity.ts';
import type { LintRule } from './rule.ts';
import { searchFiles } from './search-files.ts';
import { snapshotChanged } from './snapshot-changed.ts';
import { snapshotFacts } from './snapshot-facts.ts';
import { systemCommands } from './system-commands.ts';
import { termbase } from './termbase.ts';
import { xtkSession } from './xtk-session.ts';

/**
 * The rules of the tools, after the build's. Text rules run in list order, and a defect overlapping one an
 * earlier rule found is not reported again: a damaged token before a full-width character or a colon in it.
 */
export const lintRules: readonly LintRule[] = [
  ...contentRules,
  xtkSession,
  fullWidthToken,
  termbase,
  colonInWord,
  exportSlip,
  moduleIdTypo,
  duplicateSymptoms,
  parity,
  snapshotChanged,
  snapshotFacts,
  searchFiles,
  systemCommands,
  factsSource,
];
