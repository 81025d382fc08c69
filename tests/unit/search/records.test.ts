// The search records: one per module and language in one shared index, so cost grows with modules × locales;
// the runbook words a module record is found by.
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../../src/locales.ts';
import { loadModules } from '../../../src/content/modules-file.ts';
import { modulePassages } from '../../../src/search/excerpt.ts';
import { moduleRecords, neutralWords } from '../../../src/search/records.ts';
import { indexLanguage } from '../../../src/search/text.ts';

const modules = loadModules();
const records = moduleRecords(modules);

describe('moduleRecords()', () => {
  test('writes one record per module and language: modules × locales, not modules × locales²', () => {
    expect(records).toHaveLength(modules.length * localeCodes.length);
    for (const m of modules) {
      const own = records.filter((r) => r.meta['module'] === m.id);
      expect(own.map((r) => r.meta['lang']).sort()).toEqual([...localeCodes].sort());
    }
  });

  test('puts every record in the one shared index, with a distinct URL (Pagefind keeps one record per URL)', () => {
    expect(new Set(records.map((r) => r.language))).toEqual(new Set([indexLanguage]));
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  test('holds the label and scope in the record’s language first, then its text and the neutral tokens', () => {
    const mta = modules.find((m) => m.id === 'mta')!;
    const ja = records.find((r) => r.meta['module'] === 'mta' && r.meta['lang'] === 'ja')!;
    const { label, scope, passages } = modulePassages(ja.content);
    expect(label).toBe(mta.label?.ja);
    expect(scope).toContain('メール');
    expect(passages).toEqual(expect.arrayContaining([...mta.symptoms.ja, 'mta']));
    // Meta names the module and language only: Pagefind indexes meta values as words.
    expect(Object.keys(ja.meta).sort()).toEqual(['lang', 'module']);
  });
});

describe('neutralWords()', () => {
  test('gives the commands, files and ports of a module, never internal key names', () => {
    const words = neutralWords(modules.find((m) => m.id === 'syslogd')!).join(' ');
    expect(words).toContain('nlserver restart syslogd -verbose');
    expect(words).toContain('6666/udp');
    for (const key of ['moreLogs', 'normalLogs', 'logsTo', 'multi-instance', 'related-commands'])
      expect(words).not.toContain(key);
  });

  test('does not name syslogd in the words of a module that only logs to it', () => {
    expect(neutralWords(modules.find((m) => m.id === 'mta')!).join(' ')).not.toMatch(/\bsyslogd\b/);
  });
});
