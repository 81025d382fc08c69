/**
 * Rule `facts-system`: a runbook command that only runs on one system says so, and comes with the other
 * system's form. Pasted into PowerShell, `nlserver stop web; LD_PRELOAD=… nlserver web …` stops the web module
 * and fails to start it again, leaving the console down: a command holding a Linux-only construct must be
 * `system: linux`, one holding a Windows-only construct `system: windows`, and a kind with a command for one
 * system has exactly one for each (and none for `any`), so both readers are given a command that runs.
 */
import { quote } from '../finding.ts';
import { readFacts, type ModuleFacts } from '../facts-schema.ts';
import { systemOnly } from '../systems.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** The problems of a kind's commands taken together: both systems, or one for any. */
function kindProblems(facts: ModuleFacts, kind: string): Problem[] {
  const of = facts.commands.flatMap((c, i) => (c.kind === kind ? [{ ...c, i }] : []));
  const specific = of.filter((c) => c.system !== 'any');
  if (specific.length === 0) return [];
  const first = specific[0]!;
  const at = { path: ['facts', 'commands', first.i, 'system'], field: `facts.commands[${first.i}]` };
  const missing = (['linux', 'windows'] as const).filter((s) => !of.some((c) => c.system === s));
  if (of.some((c) => c.system === 'any'))
    return [
      {
        message: `the kind ${quote(kind)} has a command for any system and one for ${first.system}`,
        fix: 'write one command for each of linux and windows, or one for any',
        ...at,
      },
    ];
  return missing.map((system) => ({
    message: `the kind ${quote(kind)} has a ${first.system} command but none for ${system}`,
    fix: `add the ${system} form with "system: ${system}", as Adobe gives it (both variants)`,
    ...at,
  }));
}

/** Reports a command for one system that is not labelled so, and a kind without both systems' commands. */
export const factsSystem: ModuleRule = {
  name: 'facts-system',
  target: 'module',
  check(entry) {
    const facts = readFacts(entry['facts']);
    if (!facts) return [];
    const own = facts.commands.flatMap((c, i): Problem[] => {
      const only = systemOnly(c.command);
      if (!only || only.system === c.system) return [];
      const other = only.system === 'linux' ? 'windows' : 'linux';
      return [
        {
          message:
            `the ${c.kind} command ${quote(c.command)} holds ${only.what} and runs on ${only.system} only, ` +
            `but is written for ${c.system}: a reader on ${other} would be handed it`,
          fix: `add "system: ${only.system}" and a "system: ${other}" command of the same kind`,
          path: ['facts', 'commands', i, 'system'],
          field: `facts.commands[${i}]`,
        },
      ];
    });
    const kinds = [...new Set(facts.commands.map((c) => c.kind))];
    return [...own, ...kinds.flatMap((k) => kindProblems(facts, k))];
  },
};
