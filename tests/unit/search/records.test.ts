// The search records: one per entry (module or sign) and language in one shared index, so cost grows with entries ×
// locales; the runbook words a module record is found by.
import { describe, expect, test } from 'vitest';
import { localeCodes, type LocaleCode } from '../../../src/locales.ts';
import { loadModules } from '../../../src/content/modules-file.ts';
import type { SignEntry } from '../../../src/content/sign-schema.ts';
import { decodeEntryText, entryMeta, readerUrl } from '../../../src/search/contract.ts';
import { entryRecords, neutralWords } from '../../../src/search/records.ts';
import { indexLanguage } from '../../../src/search/text.ts';

const modules = loadModules();
const text = (s: string) =>
  Object.fromEntries(localeCodes.map((l) => [l, `${s} (${l})`])) as Record<LocaleCode, string>;
const pending: SignEntry = {
  module: 'mta',
  id: 'delivery-pending',
  kind: 'state',
  seen: 'Pending',
  label: text('väntar'),
  meaning: text('the delivery waits for `mta`'),
  action: text('check that mta runs'),
  check: { command: 'nlserver pdump', source: 'listed' },
  from: 'delivery/using/troubleshooting.md',
  source: 'listed',
};
const records = entryRecords(modules, new Map([['mta', [pending]]]));

describe('entryRecords()', () => {
  test('writes one record per entry and language (two for a sign): entries × locales, not entries × locales²', () => {
    expect(records).toHaveLength((modules.length + 2) * localeCodes.length);
    for (const m of modules) {
      const own = records.filter((r) => r.meta['module'] === m.id && !r.meta['sign']);
      expect(own.map((r) => r.meta['lang']).sort()).toEqual([...localeCodes].sort());
    }
  });

  test('puts every record in the one shared index, with a distinct URL (Pagefind keeps one record per URL)', () => {
    expect(new Set(records.map((r) => r.language))).toEqual(new Set([indexLanguage]));
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  test('holds the label and scope in the record’s language first, then its text and the neutral tokens', () => {
    const mta = modules.find((m) => m.id === 'mta')!;
    const ja = records.find((r) => r.meta['module'] === 'mta' && r.meta['lang'] === 'ja' && !r.meta['sign'])!;
    const { label, head, body } = decodeEntryText(ja.content);
    expect(label).toBe(mta.label?.ja);
    expect(head).toContain('メール');
    expect(body).toEqual(expect.arrayContaining([...mta.symptoms.ja, 'mta']));
    // Meta names the module and language only: Pagefind indexes meta values as words.
    expect(Object.keys(ja.meta).sort()).toEqual(['lang', 'module']);
    expect(ja.filters).toEqual({ kind: ['module'], lang: ['ja'] });
  });

  test('writes a sign’s English text in every language’s record, with its label and command, not its explanation', () => {
    const signs = records.filter((r) => r.meta['sign'] === 'delivery-pending' && r.filters.kind[0] === 'sign');
    expect(signs.map((r) => r.meta['lang']).sort()).toEqual([...localeCodes].sort());
    const sv = signs.find((r) => r.meta['lang'] === 'sv')!;
    expect(sv.url).toBe('/sv/modules/mta/#mta--delivery-pending');
    expect(entryMeta(sv.meta)).toEqual({ module: 'mta', lang: 'sv', sign: 'delivery-pending' });
    expect(decodeEntryText(sv.content)).toMatchObject({ head: 'Pending', note: 'väntar (sv)' });
    expect(decodeEntryText(sv.content).body).toEqual(['nlserver pdump', 'mta']);
    expect(sv.filters).toEqual({ kind: ['sign'], lang: ['sv'] });
  });

  test('writes what a sign means as a second record of its entry, linking to the same anchor', () => {
    const sv = records.find((r) => r.meta['lang'] === 'sv' && r.filters.kind[0] === 'meaning')!;
    expect(sv.filters).toEqual({ kind: ['meaning'], lang: ['sv'] });
    expect(entryMeta(sv.meta)).toEqual({ module: 'mta', lang: 'sv', sign: 'delivery-pending' });
    // Its telling words, each once: no ordinary word (`the`, `for`), no punctuation.
    expect(decodeEntryText(sv.content).body).toEqual(['delivery waits mta sv']);
    expect(readerUrl(sv.url, { path: 'ja' })).toBe('/ja/modules/mta/#mta--delivery-pending');
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
