import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { all, validModule } from '../../../content/fixtures.ts';
import { lint, snapshot, upstream } from '../snapshot-fixture.ts';

describe('the snapshot-facts rule', () => {
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
});
