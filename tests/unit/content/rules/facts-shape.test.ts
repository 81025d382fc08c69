import { describe, expect, test } from 'vitest';
import { factsShape } from '../../../../src/content/rules/facts-shape.ts';
import { validFacts } from '../fixtures.ts';

const check = (facts: unknown) => factsShape.check({ id: 'syslogd', facts }, undefined);

describe('the facts-shape rule', () => {
  test('reports a structural problem with the field, the bad value and the fix of its last field name', () => {
    expect(check(validFacts({ ports: [{ number: 66666, protocol: 'udp' }] }))).toEqual([
      {
        message: '66666 (number) is not valid (Too big: expected number to be <=65535)',
        fix: 'write the port as a whole number between 1 and 65535',
        path: ['facts', 'ports', 0, 'number'],
        field: 'facts.ports.0.number',
      },
    ]);
  });

  test('names unknown fields and lists the known ones', () => {
    expect(check(validFacts({ logs: 'x' })).map((p) => p.message)).toEqual(['unknown field(s) logs']);
  });

  test('accepts valid facts', () => {
    expect(check(validFacts())).toEqual([]);
  });
});
