// Looking one word up: a word typed in another inflection is searched as the indexed form without calling it a typo.
import { describe, expect, test } from 'vitest';
import { lookUp, otherForm } from '../../../src/search/lookup.ts';
import { fakeIndex } from './fake-index.ts';

const word = (text: string) => ({ text, stop: false, token: false, typo: true });

describe('otherForm()', () => {
  test('returns true for two inflections of one Swedish or Dutch word', () => {
    expect(otherForm('hanterade', 'hanterar')).toBe(true);
    expect(otherForm('skickades', 'skickas')).toBe(true);
    expect(otherForm('verwerkten', 'verwerkt')).toBe(true);
  });

  test('returns false for a misspelt module id or a word one letter off', () => {
    expect(otherForm('syslgd', 'syslogd')).toBe(false);
    expect(otherForm('wfservr', 'wfserver')).toBe(false);
    expect(otherForm('trackinglogs', 'trackinglogd')).toBe(false);
  });
});

describe('lookUp()', () => {
  const { search } = fakeIndex([
    { module: 'web', lang: 'sv', content: 'modulen web hanterar anslutningarna' },
    { module: 'syslogd', lang: 'sv', content: 'loggar saknas / nlserver restart syslogd' },
  ]);

  test('searches a word typed in another inflection as the indexed one, without a correction', async () => {
    const hits = await lookUp(search, word('hanterade'), 'sv', false);
    expect(hits.results.length).toBeGreaterThan(0);
    expect(hits.corrected).toBeUndefined();
  });

  test('still corrects a misspelt word, and says so', async () => {
    expect((await lookUp(search, word('syslgd'), 'sv', false)).corrected).toBe('syslogd');
  });
});
