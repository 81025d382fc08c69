import { describe, expect, test } from 'vitest';
import { factsRelations } from '../../../../src/content/rules/facts-relations.ts';
import { validFacts } from '../fixtures.ts';

const check = (relations: unknown[]) =>
  factsRelations.check({ id: 'syslogd', facts: validFacts({ relations }) }, undefined).map((p) => p.message);

describe('the facts-relations rule', () => {
  test('reports a target serves may not have, a missing target, "*" outside startsMonitors and a relation to itself', () => {
    expect(
      check([
        { kind: 'serves', to: 'mta' },
        { kind: 'reportsTo' },
        { kind: 'logsTo', to: '*' },
        { kind: 'logsTo', to: 'syslogd' },
      ]),
    ).toEqual([
      '"serves" reaches outside clients, not "mta"',
      'the relation "reportsTo" has no target',
      'only "startsMonitors" may reach every module (got "logsTo")',
      'the module relates to itself ("syslogd")',
    ]);
  });

  test('accepts well-formed relations, whether their targets exist or not (that is references)', () => {
    expect(
      check([{ kind: 'serves' }, { kind: 'startsMonitors', to: '*' }, { kind: 'reportsTo', to: 'nobody' }]),
    ).toEqual([]);
  });
});
