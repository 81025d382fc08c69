import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseSnapshot } from '../../../../src/content/upstream-snapshot.ts';
import { importExl } from '../../../../tools/import-exl/import.ts';
import { parseExlMarkdown } from '../../../../tools/import-exl/markdown.ts';
import { compareSnapshot, type UpstreamRow } from '../../../../tools/import-exl/snapshot.ts';
import type { Collection, MakeFinding } from '../../../../tools/import-exl/types.ts';
import { shippedTerms } from '../qa/shipped.ts';

const snapshotFile = 'content/upstream-snapshot.yaml';
const finding: MakeFinding = (line, entry, field, rule, message, fix, severity = 'error') => ({
  file: 'up.sv.md',
  line,
  entry,
  field,
  locale: 'sv',
  severity,
  message,
  fix,
  rule,
});
const row = (id: string, scope: string, troubleshooting: string, line = 30): UpstreamRow => ({
  id,
  line,
  text: { scope, troubleshooting },
});
const made = parseSnapshot(
  'sv:\n  rows:\n    mta:\n      scope: Levererar e-post.\n      troubleshooting: Kontrollera modulen.\n',
  snapshotFile,
);

describe('compareSnapshot()', () => {
  test('finds nothing when the upstream text is the one our strings were made from', () => {
    expect(
      compareSnapshot('sv', [row('mta', 'Levererar e-post.', 'Kontrollera modulen.')], made, snapshotFile, finding),
    ).toEqual({ wording: [], planned: [] });
  });

  test('reads the snapshot with the repairs of today: a term added to a termbase is no wording change', () => {
    const old = parseSnapshot('sv:\n  rows:\n    mta:\n      scope: Levererar mejl.\n', snapshotFile);
    const repair = (text: string) => text.replace('mejl', 'e-post');
    const rows = [row('mta', 'Levererar e-post.', 'Kontrollera modulen.')];
    expect(compareSnapshot('sv', rows, old, snapshotFile, finding, repair).wording).toEqual([
      expect.objectContaining({
        field: 'troubleshooting',
        message: 'the sv snapshot has no troubleshooting text for this row',
      }),
    ]);
    expect(compareSnapshot('sv', rows, old, snapshotFile, finding).wording.map((w) => w.field)).toEqual([
      'scope',
      'troubleshooting',
    ]);
  });

  test('reports a wording change with both texts and plans it under "changed:", not "rows:"', () => {
    const { wording, planned } = compareSnapshot(
      'sv',
      [row('mta', 'Levererar e-post.', 'Kontrollera modulen och kön.')],
      made,
      snapshotFile,
      finding,
    );
    expect(wording).toEqual([
      expect.objectContaining({
        line: 30,
        entry: 'mta',
        field: 'troubleshooting',
        rule: 'snapshot-wording',
        severity: 'warning',
        message:
          'the upstream wording changed since our strings were made from it: was "Kontrollera modulen.", now "Kontrollera modulen och kön."',
      }),
    ]);
    expect(planned).toEqual([
      expect.objectContaining({
        path: ['sv', 'changed', 'mta', 'troubleshooting'],
        to: 'Kontrollera modulen och kön.',
      }),
    ]);
  });

  test('reports a change already recorded again, but plans no second write', () => {
    const recorded = parseSnapshot(
      'sv:\n  rows:\n    mta:\n      troubleshooting: Kontrollera modulen.\n  changed:\n    mta:\n      troubleshooting: Ny text.\n',
      snapshotFile,
    );
    const { wording, planned } = compareSnapshot(
      'sv',
      [row('mta', '', 'Ny text.')].map((r) => ({ ...r, text: { troubleshooting: 'Ny text.' } })),
      recorded,
      snapshotFile,
      finding,
    );
    expect(wording[0]!.message).toContain('(already recorded under "changed:")');
    expect(planned).toEqual([]);
  });

  test('records the whole table for a locale the snapshot does not hold yet', () => {
    const { wording, planned } = compareSnapshot('sv', [row('mta', 'A.', 'B.')], {}, snapshotFile, finding);
    expect(wording[0]!.message).toBe(
      'content/upstream-snapshot.yaml holds no sv snapshot, so wording changes cannot be detected for this locale',
    );
    expect(planned.map((u) => u.path)).toEqual([
      ['sv', 'rows', 'mta', 'scope'],
      ['sv', 'rows', 'mta', 'troubleshooting'],
    ]);
  });
});

describe('importExl() with a row reworded upstream', () => {
  const fixtureFile = 'tests/fixtures/experience-league/modules-and-frequent-issues.ko.md';
  const collection: Collection = {
    modulesFile: 'content/modules.yaml',
    modulesYaml: readFileSync('content/modules.yaml', 'utf8'),
    pageFile: 'content/modules-page.yaml',
    pageYaml: readFileSync('content/modules-page.yaml', 'utf8'),
    snapshotFile,
    snapshotYaml: readFileSync(snapshotFile, 'utf8'),
    pageIds: ['general-architecture', 'log-precision', 'tracking-logs-issues'],
    terms: shippedTerms,
  };
  // Same facts (no token, number or link changed), other words: invisible to the facts comparison.
  const reworded = readFileSync(fixtureFile, 'utf8').replace(
    '메일이 더 이상 전송되지 않으면 이 모듈을 확인하십시오.<br /> </td> \n  </tr> \n  <tr> \n   <td> stat',
    '메일 발송이 중단되면 이 모듈을 먼저 확인하십시오.<br /> </td> \n  </tr> \n  <tr> \n   <td> stat',
  );

  test('reports the wording change of that row only, keeps our string, and records the new text', () => {
    expect(reworded).not.toBe(readFileSync(fixtureFile, 'utf8'));
    const result = importExl([parseExlMarkdown(reworded, fixtureFile)], collection);
    const [report] = result.reports;
    expect(report!.differences).toEqual([]);
    expect(report!.wording.map((w) => [w.entry, w.field, w.rule])).toEqual([
      ['mta', 'troubleshooting', 'snapshot-wording'],
    ]);
    expect(result.modulesYaml).toBe(collection.modulesYaml);
    const written = parse(result.snapshotYaml) as Record<string, { changed?: Record<string, Record<string, string>> }>;
    expect(written['ko']!.changed).toEqual({
      mta: { troubleshooting: '메일 발송이 중단되면 이 모듈을 먼저 확인하십시오.' },
    });
    expect(result.snapshotYaml.split('\n').slice(0, 8)).toEqual(collection.snapshotYaml.split('\n').slice(0, 8));
  });
});
