import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { changedRows, normaliseUpstream, parseSnapshot } from '../../../src/content/upstream-snapshot.ts';

const snapshotFile = 'content/upstream-snapshot.yaml';

describe('normaliseUpstream()', () => {
  test('returns the same text for a re-wrapped, re-encoded copy', () => {
    expect(normaliseUpstream(' Kontrollera\n  modulen\u00A0nu ')).toBe('Kontrollera modulen nu');
    expect(normaliseUpstream('be\u0069\u0308nvloed')).toBe('beïnvloed');
  });
});

describe('parseSnapshot() and changedRows()', () => {
  test('names the rows whose changed text differs from the text they were made from, in table order', () => {
    const parsed = parseSnapshot(
      stringify({
        sv: {
          rows: { mta: { scope: 'a' }, stat: { scope: 'b' }, web: { scope: 'c' } },
          changed: { web: { scope: 'c2' }, stat: { scope: 'b' }, mta: { scope: 'a2' } },
        },
      }),
      snapshotFile,
    );
    expect(changedRows(parsed, 'sv', ['mta', 'stat', 'web'])).toEqual(['mta', 'web']);
    expect(changedRows(parsed, 'ja', ['mta'])).toEqual([]);
  });

  test('refuses an unknown locale and an empty text, naming file, entry, field and locale', () => {
    expect(() => parseSnapshot('fr:\n  rows: {}\n', snapshotFile)).toThrow(
      'content/upstream-snapshot.yaml  -  -  fr  error: "fr" is not a published locale — use one of zh-TW, ja, sv, ko, nl',
    );
    expect(() => parseSnapshot('ja:\n  rows:\n    mta:\n      scope: ""\n', snapshotFile)).toThrow(
      'content/upstream-snapshot.yaml  mta  rows  ja  error: the scope text is "" — copy the upstream cell text, or run npm run import:exl -- --write',
    );
  });
});
