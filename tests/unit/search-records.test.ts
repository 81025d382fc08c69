import { describe, expect, test } from 'vitest';
import { moduleSchema } from '../../src/content/module-schema.ts';
import { localeCodes } from '../../src/locales.ts';
import { queryLanguages } from '../../src/search/bundles.ts';
import { moduleRecords, type RecordKind } from '../../src/search/records.ts';
import { validFacts, validModule } from './fixtures.ts';

const schema = moduleSchema('m.yaml');
const modules = ['syslogd', 'mta', 'web'].map((id) =>
  schema.parse(
    validModule({
      id,
      facts: validFacts({
        log: `<install dir>/var/default/log/${id}.log`,
        commands: [{ kind: 'check', command: 'nlserver pdump' }],
      }),
    }),
  ),
);
const kinds: RecordKind[] = ['full', 'short'];

describe('moduleRecords()', () => {
  test('returns one record per module, language and kind: 2 × locales per module, not locales²', () => {
    const all = localeCodes.flatMap((l) => kinds.flatMap((k) => moduleRecords(modules, l, k)));
    expect(all).toHaveLength(modules.length * localeCodes.length * 2);
    for (const m of modules) {
      expect(all.filter((r) => r.meta['module'] === m.id)).toHaveLength(localeCodes.length * 2);
    }
  });

  test('gives each record its own language and the table page of its entry', () => {
    const [record] = moduleRecords(modules, 'sv', 'full', () => 7);
    expect(record?.url).toBe('/sv/modules-and-frequent-issues/7/#syslogd');
    expect(record?.meta).toMatchObject({ module: 'syslogd', lang: 'sv', page: '7' });
    expect(record?.language).toBe('sv');
  });

  test('indexes short Swedish and Dutch records unstemmed, and Chinese and Japanese in their own language', () => {
    expect(moduleRecords(modules, 'nl', 'short')[0]?.language).toBe('und');
    expect(moduleRecords(modules, 'zh-TW', 'short')[0]?.language).toBe('zh-tw');
  });

  test('puts module ids, commands and ports in the full record only', () => {
    const full = moduleRecords(modules, 'ko', 'full', undefined, () => ['nlserver pdump'])[0]?.content ?? '';
    const short = moduleRecords(modules, 'ko', 'short')[0]?.content ?? '';
    expect(full).toContain('nlserver pdump');
    expect(full).toContain('syslogd');
    expect(short).not.toContain('syslogd');
  });
});

describe('queryLanguages()', () => {
  test('returns the other languages written in the scripts of the query', () => {
    expect(queryLanguages('メールが送信されない', 'sv')).toEqual(['zh-TW', 'ja']);
    expect(queryLanguages('메일이 안 가요', 'ja')).toEqual(['ko']);
    expect(queryLanguages('mail gaat niet weg', 'sv')).toEqual(['nl']);
    expect(queryLanguages('6666', 'nl')).toEqual([]);
  });
});
