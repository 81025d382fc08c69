import { describe, expect, test } from 'vitest';
import { factsCommands } from '../../../../src/content/rules/facts-commands.ts';
import { validFacts } from '../fixtures.ts';

const check = (commands: unknown[], more: Record<string, unknown> = {}) =>
  factsCommands.check({ id: 'syslogd', facts: validFacts({ commands, ...more }) }, undefined).map((p) => p.message);

describe('the facts-commands rule', () => {
  test('reports a kind listed twice, a command that is not one nlserver line, and one for another module', () => {
    expect(
      check([
        { kind: 'check', command: 'nlserver pdump' },
        { kind: 'check', command: 'pdump -who' },
        { kind: 'restart', command: 'nlserver restart mta@<instance>' },
      ]),
    ).toEqual([
      'the kind "check" is listed twice',
      'the command "pdump -who" does not run nlserver',
      'the restart command "nlserver restart mta@<instance>" does not name the module "syslogd"',
    ]);
  });

  test('reports a start or restart command of a utility module', () => {
    expect(
      check([{ kind: 'restart', command: 'nlserver restart syslogd' }], { class: 'utility', config: undefined }),
    ).toEqual(['a utility module has no restart command (got "nlserver restart syslogd")']);
  });

  test('takes a command of several lines, each running nlserver, and one per kind and system', () => {
    const lines = 'nlserver stop syslogd\nnlserver syslogd -verbose';
    expect(check([{ kind: 'moreLogs', command: lines, system: 'windows' }])).toEqual([]);
    expect(check([{ kind: 'moreLogs', command: 'nlserver stop syslogd\n\nnlserver syslogd' }])).toEqual([
      'the command "nlserver stop syslogd\\n\\nnlserver syslogd" is empty, holds an empty line, backticks or outer spaces',
    ]);
    expect(check([{ kind: 'moreLogs', command: 'nlserver stop syslogd\nsyslogd -verbose' }])).toEqual([
      'the command "nlserver stop syslogd\\nsyslogd -verbose" does not run nlserver on every line',
    ]);
    expect(
      check([
        { kind: 'moreLogs', command: 'nlserver restart syslogd -verbose', system: 'linux' },
        { kind: 'moreLogs', command: 'nlserver restart syslogd -verbose', system: 'linux' },
      ]),
    ).toEqual(['the kind "moreLogs" is listed twice for linux']);
  });

  test('accepts one command line per kind naming its module', () => {
    expect(check([{ kind: 'restart', command: 'nlserver restart syslogd@<instance>' }])).toEqual([]);
  });
});
