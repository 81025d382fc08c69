// The npm run import:exl command on copies of the project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../../../src/locales.ts';
import { fixture, fixtureFile } from './fixtures.ts';

describe('npm run import:exl', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A copy of the project's content in a temporary folder, for the command to write into. */
  function tempProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'import-exl-'));
    dirs.push(dir);
    cpSync('content', join(dir, 'content'), { recursive: true });
    return dir;
  }
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['tools/import-exl/cli.ts', ...args], { encoding: 'utf8' });
  const snapshot = (dir: string) => ({
    modules: readFileSync(join(dir, 'content/modules.yaml'), 'utf8'),
    page: readFileSync(join(dir, 'content/modules-page.yaml'), 'utf8'),
  });

  test('prints a report per locale with the file, the mapping and the defects', () => {
    const out = run(...localeCodes.map(fixtureFile));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`${fixtureFile('ko')} (ko; source 972885c; tm+mt; 255 words; no exl-id)`);
    expect(out.stdout).toContain(
      'rows: 11 mapped — 5 by exact name, 6 despite their names: "내보내기" → export, "sylogd" → syslogd',
    );
    expect(out.stdout).toMatch(
      new RegExp(
        `${fixtureFile('nl')}:\\d+ {2}web {2}troubleshooting {2}nl {2}error: damaged code token "xtk activeren:session"`,
      ),
    );
    expect(out.stdout).toContain('Nothing to write: the collection already holds these translations.');
  });

  test('writes nothing and exits 1 when one of the files is bad', () => {
    const dir = tempProject();
    const before = snapshot(dir);
    const files = readdirSync(join(dir, 'content')).sort();
    const bad = join(dir, 'modules-and-frequent-issues.fr-FR.md');
    writeFileSync(bad, fixture('nl'));
    const changed = join(dir, 'modules-and-frequent-issues.ko.md');
    writeFileSync(changed, fixture('ko').replace('972885c3a38bcd3a260574bacbb3f507e11ae05b', 'a'.repeat(40)));
    const out = run('--root', dir, '--write', changed, bad);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      'modules-and-frequent-issues.fr-FR.md  -  -  -  error: the language "fr-FR" is not one we publish',
    );
    expect(out.stderr).toContain('Nothing was written.');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'content')).sort()).toEqual(files);
  });

  test('refuses to run, naming the file, when a published locale has no termbase', () => {
    const dir = tempProject();
    rmSync(join(dir, 'content/terms/nl.yaml'));
    const out = run('--root', dir, fixtureFile('nl'));
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('content/terms/nl.yaml:1  -  -  nl  error: the termbase of nl is missing');
    expect(out.stderr).toContain('Nothing was written.');
  });

  test('--write updates the changed string and the source revision, and keeps symptoms, labels, comments and our fixes', () => {
    const dir = tempProject();
    const before = snapshot(dir);
    const ko = join(dir, 'modules-and-frequent-issues.ko.md');
    const newCommit = 'c0ffee'.padEnd(40, '0');
    writeFileSync(
      ko,
      fixture('ko')
        .replace('972885c3a38bcd3a260574bacbb3f507e11ae05b', newCommit)
        .replace('포트 6666을', '포트 6667을'),
    );
    const out = run('--root', dir, '--write', ko, fixtureFile('nl'));
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      'Wrote 4 change(s) to content/modules.yaml, content/modules-page.yaml and content/upstream-snapshot.yaml.',
    );
    expect(readFileSync(join(dir, 'content/upstream-snapshot.yaml'), 'utf8')).toMatch(
      /ko:\n {2}rows:[\s\S]*\n {2}changed:\n {4}syslogd:\n {6}troubleshooting: .*포트 `6667`을/,
    );
    const after = snapshot(dir);

    // A reviewable diff: the ko syslogd line in the module file, two lines in the page file.
    const changedLines = (a: string, b: string) => b.split('\n').filter((line, i) => line !== a.split('\n')[i]);
    expect(after.modules.split('\n')).toHaveLength(before.modules.split('\n').length);
    expect(changedLines(before.modules, after.modules)).toEqual([
      '    ko: 로그 파일에 일부 로그가 없는 경우 모듈이 포트 `6667`을 사용하고 있는지 확인하십시오. [열려 있는 포트 목록](general-architecture#list-of-open-ports)을 참조하십시오.',
    ]);
    expect(after.page).toContain(`  revisions:\n    - ${newCommit}\n    - 20509f44c5b8e0827a09f44dffdf2ec9d11652a1`);
    expect(after.page).toContain(`sourceCommit: ${newCommit}`);
    expect(after.page.split('\n').slice(0, 3)).toEqual(before.page.split('\n').slice(0, 3));

    const was = parse(before.modules) as Record<string, unknown>[];
    const now = parse(after.modules) as Record<string, unknown>[];
    now.forEach((m, i) => {
      expect(m['symptoms']).toEqual(was[i]!['symptoms']);
      expect(m['label']).toEqual(was[i]!['label']);
    });
    // Our fixes of the upstream defects stay: the nl web row keeps `xtk:session`, ko keeps 운영자 and the link.
    const byId = (id: string) => now.find((m) => m['id'] === id)!;
    expect(byId('web')['troubleshooting']).toEqual(was.find((m) => m['id'] === 'web')!['troubleshooting']);
    expect(JSON.stringify(now)).not.toMatch(/activeren|연산자|運算子|sylogd|door:sturen|√/);
    expect((byId('trackinglogd')['troubleshooting'] as Record<string, string>)['ko']).toContain(
      '[추적 로그 문제](tracking-logs-issues)',
    );
  });
});
