import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { formatFinding } from '../../../../../src/content/finding.ts';
import { lintContent } from '../../../../../tools/qa/content-lint.ts';
import { all, validModule } from '../../../content/fixtures.ts';
import { termbases } from '../shipped.ts';

const modulesFile = 'content/modules.yaml';
const snapshotFile = 'content/upstream-snapshot.yaml';
const upstream = {
  scope: 'Writes the logs.',
  troubleshooting: 'Check port `6666`. See [open ports](general-architecture#list-of-open-ports).',
};
/** A snapshot where every locale's upstream row says what the fixture module says. */
const snapshot = (extra: Record<string, unknown> = {}) =>
  stringify({ ...all({ rows: { syslogd: upstream } }), ...extra }, { aliasDuplicateObjects: false });

/** Lints a one-module collection against a snapshot with every rule; returns the findings as printed. */
const lint = (module: Record<string, unknown>, snapshotYaml: string) =>
  lintContent(
    new Map([
      [modulesFile, stringify([module], { aliasDuplicateObjects: false })],
      [snapshotFile, snapshotYaml],
      ...termbases(),
    ]),
  ).map(formatFinding);

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
