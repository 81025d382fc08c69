import { describe, expect, test } from 'vitest';
import { factsClass } from '../../../../src/content/rules/facts-class.ts';
import { validFacts } from '../fixtures.ts';

const check = (facts: unknown, id = 'syslogd') => factsClass.check({ id, facts }, undefined);

describe('the facts-class rule', () => {
  test('reports a configuration file and a log folder that do not match the class', () => {
    expect(check(validFacts({ class: 'mono-instance' })).map((p) => [p.field, p.fix])).toEqual([
      ['facts.config', 'write "config: config-<instance>.xml" (every mono-instance module reads it)'],
      ['facts.log', 'write "log: <install dir>/var/<instance>/log/syslogd.log"'],
    ]);
  });

  test('reports a log path marked as listed that Adobe does not list', () => {
    const log = { path: '<install dir>/var/default/log/syslogd.log', source: 'listed' };
    expect(check(validFacts({ log })).map((p) => p.fix)).toEqual([
      'write "log: { path: <install dir>/var/default/log/syslogd.log, source: rule }", or remove the log',
    ]);
  });

  test('accepts facts that match the class, and leaves facts of the wrong shape to facts-shape', () => {
    expect(check(validFacts())).toEqual([]);
    expect(check({ class: 'multi' })).toEqual([]);
  });
});
