// Placeholders in commands and paths, as copied: quoted, so that a shell cannot read them as redirects.
import { describe, expect, test } from 'vitest';
import { quotePlaceholders } from '../../../src/lib/placeholders.ts';

describe('quotePlaceholders()', () => {
  test('quotes every placeholder, so that a shell reads it as a word and not as a redirect', () => {
    expect(quotePlaceholders('nlserver stop mta@<instance>; nlserver mta -instance:<instance>')).toBe(
      'nlserver stop mta@"<instance>"; nlserver mta -instance:"<instance>"',
    );
    expect(quotePlaceholders('<install dir>/var/<INSTANCE_NAME>/log/mta.log')).toBe(
      '"<install dir>"/var/"<INSTANCE_NAME>"/log/mta.log',
    );
  });

  test('leaves a command without placeholders, and one already quoted, as it is', () => {
    expect(quotePlaceholders('nlserver pdump -who')).toBe('nlserver pdump -who');
    expect(quotePlaceholders('nlserver restart mta@"<instance>"')).toBe('nlserver restart mta@"<instance>"');
  });
});
