// The content lint on the shipped content, its finding format and its command line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatFinding, type Finding } from '../../../../src/content/finding.ts';
import { lintContent } from '../../../../tools/qa/content-lint.ts';
import { baseline, key, lineOf, modules, shipped } from './content-lint-seeds.ts';

describe('lintContent() on the shipped content', () => {
  test('finds no error', () => {
    expect(baseline.filter((f) => f.severity === 'error').map(key)).toEqual([]);
  });

  test('gives no warning: no upstream row changed wording since the snapshot, no string adds a fact', () => {
    expect(baseline.filter((f) => f.severity === 'warning').map(key)).toEqual([]);
  });
});

describe('formatFinding()', () => {
  const f: Finding = {
    file: 'content/modules.yaml',
    line: 12,
    entry: 'web',
    field: 'troubleshooting',
    locale: 'nl',
    severity: 'error',
    message: 'damaged code token "xtk:sessie"',
    fix: 'write `xtk:session`',
    rule: 'xtk-session',
  };

  test('returns file:line, entry, field, locale, then the problem and the fix', () => {
    expect(formatFinding(f)).toBe(
      'content/modules.yaml:12  web  troubleshooting  nl  error: damaged code token "xtk:sessie" — write `xtk:session`',
    );
  });

  test('leaves the line out where the check saw data, not the file (the schema in the build)', () => {
    const { line: _line, ...noLine } = f;
    expect(formatFinding(noLine)).toMatch(/^content\/modules\.yaml {2}web {2}troubleshooting/);
  });
});

describe('lintContent() without the termbase of a published locale', () => {
  test('reports the missing file as an error naming it', () => {
    const files = shipped();
    files.delete('content/terms/ko.yaml');
    expect(lintContent(files).map(key)).toEqual([
      'content/terms/ko.yaml:1  -  -  ko  error: the termbase of ko is missing — create content/terms/ko.yaml: the concepts of ko with their terms and forbidden variants, as in content/terms/zh-TW.yaml',
    ]);
  });

  test('reports a termbase of a locale that is not published, and a variant without its fix', () => {
    const files = shipped();
    files.set('content/terms/fr.yaml', '[]\n');
    files.set(
      'content/terms/nl.yaml',
      '- concept: port\n  term: poort\n  forbidden:\n    - variant: haven\n      reason: x\n',
    );
    expect(lintContent(files).map(key)).toEqual([
      'content/terms/fr.yaml:1  -  -  fr  error: "fr" is not a published locale — rename it after one of zh-TW, ja, sv, ko, nl, or add the locale to src/locales.ts first',
      'content/terms/nl.yaml:4  port  forbidden  nl  error: a forbidden variant without "variant", "reason" or "fix" text — write all three',
    ]);
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

  test('exits 1 naming the file when a published locale has no termbase', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-content-'));
    try {
      cpSync('content', join(dir, 'content'), { recursive: true });
      cpSync('src/i18n', join(dir, 'src/i18n'), { recursive: true });
      rmSync(join(dir, 'content/terms/sv.yaml'));
      const out = run('--root', dir);
      expect(out.status).toBe(1);
      expect(out.stdout).toContain('content/terms/sv.yaml:1  -  -  sv  error: the termbase of sv is missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
