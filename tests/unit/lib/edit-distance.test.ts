import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/lib/edit-distance.ts';

describe('editDistance()', () => {
  test('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('inmial', 'inmail', 2)).toBe(1);
    expect(editDistance('syslgd', 'syslogd', 2)).toBe(1);
    expect(editDistance('wfsrever', 'wfserver', 2)).toBe(1);
    expect(editDistance('export', 'import', 1)).toBe(2);
  });
});
