/** A one-module collection linted against an upstream snapshot: the setup of the snapshot rules' tests. */
import { stringify } from 'yaml';
import { formatFinding } from '../../../../src/content/finding.ts';
import { lintContent } from '../../../../tools/qa/content-lint.ts';
import { all } from '../../content/fixtures.ts';
import { termbases } from './shipped.ts';

export const modulesFile = 'content/modules.yaml';
export const snapshotFile = 'content/upstream-snapshot.yaml';
export const upstream = {
  scope: 'Writes the logs.',
  troubleshooting: 'Check port `6666`. See [open ports](general-architecture#list-of-open-ports).',
};
/** A snapshot where every locale's upstream row says what the fixture module says. */
export const snapshot = (extra: Record<string, unknown> = {}) =>
  stringify({ ...all({ rows: { syslogd: upstream } }), ...extra }, { aliasDuplicateObjects: false });

/** Lints a one-module collection against a snapshot with every rule; returns the findings as printed. */
export const lint = (module: Record<string, unknown>, snapshotYaml: string) =>
  lintContent(
    new Map([
      [modulesFile, stringify([module], { aliasDuplicateObjects: false })],
      [snapshotFile, snapshotYaml],
      ...termbases(),
    ]),
  ).map(formatFinding);
