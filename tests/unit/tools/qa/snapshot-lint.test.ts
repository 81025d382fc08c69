import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { changedRows, normaliseUpstream, parseSnapshot } from '../../../../src/content/upstream-snapshot.ts';
import { lintContent } from '../../../../tools/qa/content-lint.ts';
import { formatLintFinding } from '../../../../tools/qa/findings.ts';
import { all, validModule } from '../../content/fixtures.ts';

const modulesFile = 'content/modules.yaml';
const snapshotFile = 'content/upstream-snapshot.yaml';
const upstream = {
  scope: 'Writes the logs.',
  troubleshooting: 'Check port `6666`. See [open ports](general-architecture#list-of-open-ports).',
};
/** A snapshot where every locale's upstream row says what the fixture module says. */
const snapshot = (extra: Record<string, unknown> = {}) =>
  stringify({ ...all({ rows: { syslogd: upstream } }), ...extra }, { aliasDuplicateObjects: false });

/** Lints a one-module collection against a snapshot; returns the findings as printed. */
const lint = (module: Record<string, unknown>, snapshotYaml: string) =>
  lintContent(
    new Map([
      [modulesFile, stringify([module], { aliasDuplicateObjects: false })],
      [snapshotFile, snapshotYaml],
    ]),
  ).map(formatLintFinding);

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
      'content/upstream-snapshot.yaml › fr › field "-": "fr" is not a published locale. Fix: use one of zh-TW, ja, sv, ko, nl.',
    );
    expect(() => parseSnapshot('ja:\n  rows:\n    mta:\n      scope: ""\n', snapshotFile)).toThrow(
      'content/upstream-snapshot.yaml › module "mta" › field "rows" › locale "ja": the scope text is "". Fix: copy the upstream cell text, or run npm run import:exl -- --write.',
    );
  });
});

describe('lintContent() against the upstream snapshot', () => {
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

  test('warns, per locale, about a number, code token or link that no upstream locale has', () => {
    const added = 'Check port `6666` (or `7777`) within 10 s. See [log precision](log-precision).';
    const found = lint(validModule({ troubleshooting: { ...all(upstream.troubleshooting), sv: added } }), snapshot());
    expect(found.filter((f) => f.includes('warning'))).toEqual([
      expect.stringMatching(
        /^content\/modules\.yaml:\d+ {2}syslogd {2}troubleshooting {2}sv {2}warning: adds the code token "7777", which no upstream locale has in this row — check it against the facts sheet/,
      ),
      expect.stringContaining('sv  warning: adds the link "log-precision", which no upstream locale has in this row'),
      expect.stringContaining('sv  warning: adds the number "10", which no upstream locale has in this row'),
    ]);
  });

  test('accepts a fact that only one upstream locale has', () => {
    const yaml = stringify({
      ...all({ rows: { syslogd: { ...upstream, troubleshooting: 'Check the port.' } } }),
      nl: { rows: { syslogd: upstream } },
    });
    expect(lint(validModule(), yaml).filter((f) => f.includes('adds the'))).toEqual([]);
  });

  test('reports a snapshot that cannot be read as an error with its fix', () => {
    expect(lint(validModule(), 'xx:\n  rows: {}\n')).toEqual([
      `${snapshotFile}:1  -  -  -  error: ${snapshotFile} › xx › field "-": "xx" is not a published locale — use one of zh-TW, ja, sv, ko, nl`,
    ]);
  });
});
