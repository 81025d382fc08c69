import { describe, expect, test } from 'vitest';
import { headingText, portLabel } from '../../../src/lib/runbook.ts';

describe('headingText()', () => {
  test('returns the text of the heading with the id, without inline markup', () => {
    expect(headingText('x\n<h2 id="web-example">The `web` <em>module</em></h2>\n', 'web-example')).toBe(
      'The web module',
    );
    expect(headingText('<h2 id="verbose">Verbose</h2>', 'missing')).toBeUndefined();
  });
});

describe('portLabel()', () => {
  test('writes a port as the ports tables do', () => {
    expect(portLabel({ number: 6666, protocol: 'udp' })).toBe('6666/udp');
  });
});
