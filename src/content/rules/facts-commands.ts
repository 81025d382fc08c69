/**
 * Rule `facts-commands`: runbook commands are copied into terminals, so each is one `nlserver` command line (or
 * a few, each running nlserver, run in turn), one per kind and system, and a start or restart names its own
 * module (a copied command of another module would act on the wrong process). Utility modules have no start or
 * restart: the operator who scheduled them relaunches them. Which system a command needs is `facts-system`'s.
 */
import { quote } from '../finding.ts';
import { readFacts, type ModuleFacts } from '../facts-schema.ts';
import type { ModuleRule, Problem } from './rule.ts';

/** Command kinds that act on, or read the logs of, one module: they must name it. */
const namesItsModule = new Set(['restart', 'start', 'moreLogs', 'normalLogs']);

/** Returns the problems of command `i` of a module's facts. */
function commandProblems(id: string, facts: ModuleFacts, i: number, kinds: Set<string>): Problem[] {
  const c = facts.commands[i]!;
  const out: Problem[] = [];
  const at = (leaf: 'kind' | 'command') => ({ path: ['facts', 'commands', i, leaf], field: `facts.commands[${i}]` });
  if (kinds.has(`${c.kind} ${c.system}`))
    out.push({
      message: `the kind ${quote(c.kind)} is listed twice${c.system === 'any' ? '' : ` for ${c.system}`}`,
      fix: 'keep one command per kind (and system)',
      ...at('kind'),
    });
  const lines = c.command.split('\n');
  if (lines.some((l) => l.trim() === '' || l !== l.trim() || /[\r`]/.test(l))) {
    out.push({
      message: `the command ${quote(c.command)} is empty, holds an empty line, backticks or outer spaces`,
      fix: 'write each command line exactly as it is typed, one per line',
      ...at('command'),
    });
  } else if (lines.some((l) => !/(^|[;&|]\s*|\s)nlserver\s/.test(`${l} `))) {
    out.push({
      message: `the command ${quote(c.command)} does not run nlserver${lines.length > 1 ? ' on every line' : ''}`,
      fix: 'write the nlserver command line from the facts sheet',
      ...at('command'),
    });
  }
  if (namesItsModule.has(c.kind) && !c.command.split(/[^A-Za-z0-9_]+/).includes(id)) {
    out.push({
      message: `the ${c.kind} command ${quote(c.command)} does not name the module ${quote(id)}`,
      fix: `write the command for ${id}, such as "nlserver ${c.kind === 'start' ? 'start' : 'restart'} ${id}"`,
      ...at('command'),
    });
  }
  if (facts.class === 'utility' && (c.kind === 'restart' || c.kind === 'start')) {
    out.push({
      message: `a utility module has no ${c.kind} command (got ${quote(c.command)})`,
      fix: 'remove it: the operator who scheduled the run relaunches it',
      ...at('kind'),
    });
  }
  return out;
}

/** Reports each command that is not one nlserver line, repeats a kind or acts on another module. */
export const factsCommands: ModuleRule = {
  name: 'facts-commands',
  target: 'module',
  check(entry) {
    const facts = readFacts(entry['facts']);
    if (!facts) return [];
    const id = String(entry['id']);
    const kinds = new Set<string>();
    return facts.commands.flatMap((c, i) => {
      const problems = commandProblems(id, facts, i, kinds);
      kinds.add(`${c.kind} ${c.system}`);
      return problems;
    });
  },
};
