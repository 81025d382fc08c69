/**
 * Rule `facts-commands`: runbook commands are copied into terminals, so each is one `nlserver` command line,
 * one per kind, and a start or restart names its own module (a copied command of another module would act on
 * the wrong process). Utility modules have no start or restart: the operator who scheduled them relaunches them.
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
  if (kinds.has(c.kind))
    out.push({ message: `the kind ${quote(c.kind)} is listed twice`, fix: 'keep one command per kind', ...at('kind') });
  if (c.command.trim() === '' || /[\n\r`]/.test(c.command) || c.command !== c.command.trim()) {
    out.push({
      message: `the command ${quote(c.command)} is empty, spans several lines or holds backticks or outer spaces`,
      fix: 'write one command line exactly as it is typed',
      ...at('command'),
    });
  } else if (!/(^|[;&|]\s*|\s)nlserver\s/.test(`${c.command} `)) {
    out.push({
      message: `the command ${quote(c.command)} does not run nlserver`,
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
      kinds.add(c.kind);
      return problems;
    });
  },
};
