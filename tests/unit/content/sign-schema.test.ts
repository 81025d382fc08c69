// The signs collection: a file per module, every locale required, errors naming file › module › sign › field › locale.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { localeCodes } from '../../../src/locales.ts';
import { loadSigns, parseSignsFile } from '../../../src/content/signs-file.ts';

const all = (text: string) => Object.fromEntries(localeCodes.map((l) => [l, `${text} (${l})`]));
const sign = (over: Record<string, unknown> = {}) => ({
  id: 'start-pending',
  kind: 'state',
  seen: 'Start pending',
  meaning: all('waits for `mta`'),
  action: all('check that it runs'),
  check: { command: 'nlserver pdump' },
  from: 'delivery/using/about-delivery-monitoring.md',
  source: 'listed',
  ...over,
});
const ids = ['mta', 'stat', 'inMail'];
const parse = (list: unknown, file = 'content/signs/mta.yaml') => parseSignsFile(file, stringify(list), ids);
const error = (list: unknown, file?: string) => {
  try {
    parse(list, file);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('parseSignsFile()', () => {
  test('reads a valid file into typed signs of the module it is named after', () => {
    const [s] = parse([sign()]);
    expect(s).toMatchObject({
      module: 'mta',
      id: 'start-pending',
      check: { command: 'nlserver pdump', source: 'listed' },
    });
  });

  test('names the file, the module, the sign, the field and the locale of a missing string', () => {
    const meaning = all('x') as Record<string, string>;
    delete meaning['ko'];
    expect(error([sign({ meaning })])).toContain(
      'content/signs/mta.yaml  mta › start-pending  meaning  ko  error: the text is missing — write the ko text',
    );
  });

  test('reports every problem of a file at once: ids, kinds, sources, commands of other modules, duplicates', () => {
    const message = error([
      sign({ id: 'Start Pending', kind: 'status', from: 'https://example.com', source: 'maybe' }),
      sign({ id: 'restart', seen: 'Restart', check: { command: 'nlserver restart stat@<instance>' } }),
      sign({ id: 'restart', seen: 'start pending' }),
    ]);
    for (const part of [
      'mta › Start Pending  id  -  error: "Start Pending" is not a sign id',
      'kind  -  error: "status" is not a kind of sign',
      'from  -  error: "https://example.com" is not an Adobe page',
      'source  -  error: "maybe" is not a source',
      'does not name the module "mta"',
      'the sign id "restart" is used twice',
      'is quoted by two signs',
    ])
      expect(message).toContain(part);
  });

  test('rejects a file named after no module, suggesting the right letter case', () => {
    expect(error([sign()], 'content/signs/inmail.yaml')).toContain('rename the file to inMail.yaml');
  });
});

describe('loadSigns()', () => {
  test('reads every file of a folder, and a missing folder as no signs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signs-'));
    writeFileSync(join(dir, 'mta.yaml'), stringify([sign()]));
    writeFileSync(
      join(dir, 'stat.yaml'),
      stringify([sign({ id: 'quotas-met', seen: 'quotas met', check: undefined })]),
    );
    expect(loadSigns(ids, dir).map((s) => `${s.module}--${s.id}`)).toEqual(['mta--start-pending', 'stat--quotas-met']);
    expect(loadSigns(ids, join(dir, 'none'))).toEqual([]);
  });
});
