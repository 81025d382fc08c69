import { describe, expect, test } from 'vitest';
import { factsSystem } from '../../../../src/content/rules/facts-system.ts';
import { lineOf, modules, seeded } from '../../tools/qa/content-lint-seeds.ts';
import { validFacts } from '../fixtures.ts';

const linux = 'nlserver stop syslogd; LD_PRELOAD=libjsig.so nlserver syslogd -verbose';
const windows = 'nlserver stop syslogd\nnlserver syslogd -verbose';
const check = (commands: unknown[]) =>
  factsSystem.check({ id: 'syslogd', facts: validFacts({ commands }) }, undefined).map((p) => p.message);

describe('the facts-system rule', () => {
  test('reports a Linux-only command written for any system, and a kind without its other system', () => {
    expect(check([{ kind: 'moreLogs', command: linux }])).toEqual([
      `the moreLogs command "${linux}" holds LD_PRELOAD (a Linux loader variable) and runs on linux only, but is ` +
        'written for any: a reader on windows would be handed it',
    ]);
    expect(check([{ kind: 'moreLogs', command: linux, system: 'linux' }])).toEqual([
      'the kind "moreLogs" has a linux command but none for windows',
    ]);
    expect(
      check([
        { kind: 'moreLogs', command: linux, system: 'linux' },
        { kind: 'moreLogs', command: 'nlserver restart syslogd -verbose' },
      ]),
    ).toEqual(['the kind "moreLogs" has a command for any system and one for linux']);
  });

  test('reports a Windows-only command labelled for Linux', () => {
    expect(check([{ kind: 'start', command: 'net start nlserver6', system: 'linux' }])[0]).toMatch(
      /holds net start\/stop \(Windows services\) and runs on windows only, but is written for linux/,
    );
  });

  test('accepts a command for any system, and a kind with one command for each system', () => {
    expect(
      check([
        { kind: 'check', command: 'nlserver pdump' },
        { kind: 'moreLogs', command: linux, system: 'linux' },
        { kind: 'moreLogs', command: windows, system: 'windows' },
      ]),
    ).toEqual([]);
  });
});

describe('the facts-system rule over a damaged copy of the shipped content', () => {
  test("reports the web module's LD_PRELOAD command once it is handed to every system", () => {
    const found = seeded(modules, '{ kind: moreLogs, system: linux, command:', '{ kind: moreLogs, command:');
    expect(found.map((f) => [f.rule, f.line, f.entry, f.field])).toEqual([
      ['facts-system', lineOf(modules, 'kind: moreLogs, system: linux'), 'web', 'facts.commands[4]'],
      ['facts-system', lineOf(modules, '        system: windows'), 'web', 'facts.commands[5]'],
    ]);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('holds LD_PRELOAD (a Linux loader variable) and runs on linux only'),
      'the kind "moreLogs" has a command for any system and one for windows',
    ]);
  });
});
