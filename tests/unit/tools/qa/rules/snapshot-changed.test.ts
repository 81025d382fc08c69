import { describe, expect, test } from 'vitest';
import { validModule } from '../../../content/fixtures.ts';
import { lint, snapshot, snapshotFile, upstream } from '../snapshot-fixture.ts';

describe('the snapshot-changed rule', () => {
  test('says nothing when no row changed and every fact is in the upstream text', () => {
    expect(lint(validModule(), snapshot())).toEqual([]);
  });

  test('warns about a row whose upstream wording changed, on the line of the new text', () => {
    const yaml = snapshot({ ko: { rows: { syslogd: upstream }, changed: { syslogd: { scope: 'Writes all logs.' } } } });
    const line = yaml.split('\n').findIndex((l) => l.includes('Writes all logs.')) + 1;
    expect(lint(validModule(), yaml)).toEqual([
      `${snapshotFile}:${line}  syslogd  scope  ko  warning: Adobe's ko wording of this row changed since our strings were made from it; the module page names the row in its notice — review content/modules.yaml › syslogd › scope › ko against the new text, then move it from "changed:" to "rows:"`,
    ]);
  });

  test('says nothing of a row recorded as changed to the text it already had', () => {
    expect(
      lint(validModule(), snapshot({ ja: { rows: { syslogd: upstream }, changed: { syslogd: upstream } } })),
    ).toEqual([]);
  });

  test('reports a snapshot that cannot be read as an error with its fix', () => {
    expect(lint(validModule(), 'xx:\n  rows: {}\n')).toEqual([
      `${snapshotFile}:1  -  -  xx  error: "xx" is not a published locale — use one of zh-TW, ja, sv, ko, nl`,
    ]);
  });
});
