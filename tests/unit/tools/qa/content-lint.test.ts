// The content lint on the shipped content, its finding format and its command line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatLintFinding, type LintFinding } from '../../../../tools/qa/findings.ts';
import { baseline, key, lineOf, modules } from './content-lint-seeds.ts';

describe('lintContent() on the shipped content', () => {
  test('finds no error', () => {
    expect(baseline.filter((f) => f.severity === 'error').map(key)).toEqual([]);
  });

  test('gives no warning: no upstream row changed wording since the snapshot, no string adds a fact', () => {
    expect(baseline.filter((f) => f.severity === 'warning').map(key)).toEqual([]);
  });
});

describe('formatLintFinding()', () => {
  test('returns file:line, entry, field, locale, then the problem and the fix', () => {
    const f: LintFinding = {
      file: 'content/modules.yaml',
      line: 12,
      entry: 'web',
      field: 'troubleshooting',
      locale: 'nl',
      severity: 'error',
      problem: 'damaged code token "xtk:sessie"',
      fix: 'write `xtk:session`',
    };
    expect(formatLintFinding(f)).toBe(
      'content/modules.yaml:12  web  troubleshooting  nl  error: damaged code token "xtk:sessie" — write `xtk:session`',
    );
  });
});

describe('npm run lint:content', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['tools/qa/cli.ts', ...args], { encoding: 'utf8' });

  test('exits 0 on the shipped content and says how many files it read', () => {
    const out = run();
    expect(out.status, out.stdout).toBe(0);
    expect(out.stdout).toMatch(/lint:content: \d+ files, 0 error\(s\), \d+ warning\(s\)/);
  });

  test('exits 1 and prints the finding when a copy of the content has a defect', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-content-'));
    try {
      cpSync('content', join(dir, 'content'), { recursive: true });
      cpSync('src/i18n', join(dir, 'src/i18n'), { recursive: true });
      const file = join(dir, modules);
      writeFileSync(file, readFileSync(file, 'utf8').replace('`xtk:session` 유형의', '`xtk：session` 유형의'));
      const out = run('--root', dir);
      expect(out.status).toBe(1);
      expect(out.stdout).toContain(
        `content/modules.yaml:${lineOf(modules, '`xtk:session` 유형의')}  web  troubleshooting  ko  error: damaged code token "xtk：session"`,
      );
      expect(out.stdout).toMatch(/lint:content: \d+ files, 1 error\(s\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
