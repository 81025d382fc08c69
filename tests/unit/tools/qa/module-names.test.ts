import { describe, expect, test } from 'vitest';
import { editDistance, matchModuleNames, misspelledModuleId } from '../../../../tools/qa/module-names.ts';
import { shippedModuleIds } from '../../content/fixtures.ts';

const ids = shippedModuleIds;

describe('editDistance()', () => {
  test('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('sylogd', 'syslogd')).toBe(1);
    expect(editDistance('trackinglogs', 'trackinglogd')).toBe(1);
    expect(editDistance('trakcing', 'tracking')).toBe(1);
    expect(editDistance('stop', 'stat')).toBe(2);
    expect(editDistance('web', 'web')).toBe(0);
  });
});

describe('misspelledModuleId()', () => {
  test('returns the id a misspelled name stands for', () => {
    expect(misspelledModuleId('sylogd', ids)).toEqual({ id: 'syslogd', distance: 1 });
  });

  test('returns nothing for short words that merely resemble short ids', () => {
    expect(misspelledModuleId('stop', ids)).toBeUndefined();
    expect(misspelledModuleId('wdbc', ids)).toBeUndefined();
  });

  test('returns nothing for an id in another letter case', () => {
    expect(misspelledModuleId('inmail', ids)).toBeUndefined();
  });
});

describe('matchModuleNames()', () => {
  test('matches exact names, letter-case changes, known translations and misspellings', () => {
    const names = [
      '내보내기',
      'import',
      'inMail',
      'MTA',
      'stat',
      'sylogd',
      '追蹤',
      'trackinglogs',
      'waakhond',
      'webb',
      'wfserver',
    ];
    expect(matchModuleNames(names, ids).map((m) => `${m.id}:${m.how}`)).toEqual([
      'export:translation',
      'import:exact',
      'inMail:exact',
      'mta:case',
      'stat:exact',
      'syslogd:misspelling',
      'tracking:translation',
      'trackinglogd:misspelling',
      'watchdog:translation',
      'web:translation',
      'wfserver:exact',
    ]);
  });

  test('takes an unknown name as the module at its position', () => {
    const names = [...ids];
    names[8] = 'bewakingsdienst';
    expect(matchModuleNames(names, ids)[8]).toEqual({ id: 'watchdog', how: 'position' });
  });

  test('recognizes a name recorded as one of our labels', () => {
    const names = [...ids];
    names[3] = 'mailtransferagent';
    expect(matchModuleNames(names, ids, { mta: ['mailtransferagent'] })[3]).toEqual({ id: 'mta', how: 'translation' });
  });

  test('follows the names, not the positions, when rows are reordered', () => {
    expect(matchModuleNames(['web', 'watchdog'], ['watchdog', 'web']).map((m) => m.id)).toEqual(['web', 'watchdog']);
  });
});
