import { describe, expect, test } from 'vitest';
import { portAnchor, portTokenAnchor } from '../../../src/lib/port-anchors.ts';

describe('portTokenAnchor()', () => {
  test('returns the anchor of a port as the tables write it', () => {
    expect(portTokenAnchor('25/tcp')).toBe('port-25-tcp');
    expect(portTokenAnchor('1521')).toBe(portAnchor({ number: 1521 }));
    expect(portTokenAnchor('config-default.xml')).toBeUndefined();
  });
});
