/**
 * The rules the build runs, in one list, in the order they run (`tools/qa/rules/index.ts` adds the rules only
 * the tools run). Adding a check is one rule file, one entry here and one test: the schema, the site loader,
 * `lint:content` and `import:exl` each run every rule of the targets they have, with no wiring of their own.
 */
import { factsClass } from './facts-class.ts';
import { factsCommands } from './facts-commands.ts';
import { factsPorts } from './facts-ports.ts';
import { factsRelations } from './facts-relations.ts';
import { factsShape } from './facts-shape.ts';
import { factsStarts } from './facts-starts.ts';
import { factsSystem } from './facts-system.ts';
import { inlineSyntax } from './inline-syntax.ts';
import { invisible } from './invisible.ts';
import { localeKeys } from './locale-keys.ts';
import { modulePage } from './module-page.ts';
import { moduleFields } from './module-fields.ts';
import { moduleIdFormat } from './module-id-format.ts';
import { moduleIds } from './module-ids.ts';
import { mojibake } from './mojibake.ts';
import { pageFiles } from './page-files.ts';
import { pageModules } from './page-modules.ts';
import { phraseList } from './phrase-list.ts';
import { plainText } from './plain-text.ts';
import { references } from './references.ts';
import { requiredText } from './required-text.ts';
import type { ContentRule } from './rule.ts';
import { uiKeys } from './ui-keys.ts';

/**
 * The rules of the build. Text rules come first and in priority order: a defect overlapping one an earlier
 * rule found is the same damage, reported once (an invisible character inside mojibake is part of it).
 */
export const contentRules: readonly ContentRule[] = [
  mojibake,
  invisible,
  requiredText,
  inlineSyntax,
  plainText,
  phraseList,
  moduleIds,
  moduleIdFormat,
  moduleFields,
  localeKeys,
  factsShape,
  factsClass,
  factsPorts,
  factsCommands,
  factsSystem,
  factsRelations,
  factsStarts,
  references,
  modulePage,
  pageFiles,
  pageModules,
  uiKeys,
];
