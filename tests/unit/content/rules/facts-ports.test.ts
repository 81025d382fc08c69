import { describe, expect, test } from 'vitest';
import { factsPorts } from '../../../../src/content/rules/facts-ports.ts';
import { validFacts } from '../fixtures.ts';

describe('the facts-ports rule', () => {
  test('reports a port listed a second time in the same list, and only there', () => {
    const port = { number: 6666, protocol: 'udp' };
    const facts = validFacts({ ports: [port, { number: 6666, protocol: 'tcp' }, port], outbound: [port] });
    expect(factsPorts.check({ id: 'syslogd', facts }, undefined)).toEqual([
      {
        message: 'the port "6666/udp" is listed twice',
        fix: 'remove the duplicate',
        path: ['facts', 'ports', 2],
        field: 'facts.ports',
      },
    ]);
  });
});
