import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { LocaleCode } from '../../../../src/locales.ts';
import { damage, type Encoding } from '../../support/damage.ts';

// One end-to-end run of both tools over damaged copies of the five upstream files in tests/fixtures:
// the mta troubleshooting cell of each file read in a legacy encoding (sv twice over; the nl table is
// all ASCII, so its intro, twice over), and a stray Latin-1 letter left in the zh-TW stat cell,
// which no re-encoding can undo.
const work = mkdtempSync(join(tmpdir(), 'damaged-upstream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const project = join(work, 'project');
cpSync('content', join(project, 'content'), { recursive: true });
cpSync('src/i18n', join(project, 'src/i18n'), { recursive: true });

type Damage = { locale: LocaleCode; text: string; encoding: Encoding; times: number; where?: string };
const damaged: Damage[] = [
  { locale: 'zh-TW', text: '如果不再發送郵件', encoding: 'Windows-1252', times: 1 },
  { locale: 'ja', text: 'メールの送信が終了した場合', encoding: 'Latin-1', times: 1 },
  { locale: 'sv', text: 'e-postmeddelanden inte längre', encoding: 'Windows-1252', times: 2 },
  { locale: 'ko', text: '메일이 더 이상 전송되지', encoding: 'Windows-1252', times: 1 },
  { locale: 'nl', text: 'beïnvloed', encoding: 'Latin-1', times: 2, where: 'modules-and-frequent-issues  intro' },
];
const file = (locale: LocaleCode) => join(work, `modules-and-frequent-issues.${locale}.md`);
for (const d of damaged) {
  const source = readFileSync(`tests/fixtures/experience-league/modules-and-frequent-issues.${d.locale}.md`, 'utf8');
  let bad = source.replace('be√Ønvloed', 'beïnvloed').replace(d.text, damage(d.text, d.encoding, d.times));
  if (d.locale === 'zh-TW') bad = bad.replace('維護MTA連接統計資訊', '維護MTA連接統Ã計資訊');
  if (bad === source) throw new Error(`the ${d.locale} fixture no longer holds "${d.text}"`);
  writeFileSync(file(d.locale), bad);
}
const run = (tool: string, ...args: string[]) =>
  spawnSync(process.execPath, [tool, ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: work } });

describe('npm run import:exl over damaged upstream files', () => {
  const out = run('tools/import-exl/cli.ts', '--root', project, '--write', ...damaged.map((d) => file(d.locale)));

  test('reports each damaged cell on its line, how it was damaged and the text it most likely was', () => {
    expect(out.status, out.stderr).toBe(0);
    for (const d of damaged) {
      const line =
        readFileSync(file(d.locale), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(damage(d.text, d.encoding, d.times))) + 1;
      expect(out.stdout).toMatch(
        new RegExp(
          `modules-and-frequent-issues\\.${d.locale}\\.md:${line} {2}${d.where ?? 'mta  troubleshooting'} {2}${d.locale} {2}error: mojibake ".+" \\(UTF-8 read as [^)]*${d.encoding}[^)]*\\); it most likely read ".+" — retype it as ".+"`,
        ),
      );
    }
    expect(out.stdout).toContain('it most likely read "如果不再發送郵件"');
    expect(out.stdout).toContain('it most likely read "ä"');
    expect(out.stdout).toContain('it most likely read "ï"');
    expect(out.stdout).toContain('stat  scope  zh-TW  error: mojibake "Ã" (a stray Latin-1 character inside CJK text)');
  });

  test('takes a recovered cell for the same wording, and an unrecoverable one for a wording change it records', () => {
    // Finding lines of the wording report: a changed row, a row or a locale the snapshot lacks.
    const wording = out.stdout.split('\n').filter((l) => l.startsWith('    ') && /wording|snapshot/.test(l));
    expect(wording).toEqual([
      expect.stringMatching(/ {2}stat {2}scope {2}zh-TW {2}warning: the upstream wording changed/),
    ]);
    expect(out.stdout).toContain('Wrote 1 change(s) to content/upstream-snapshot.yaml.');
  });

  test('npm run lint:content then warns about the recorded row and still exits 0', { timeout: 60_000 }, () => {
    const lint = run('tools/qa/cli.ts', '--root', project);
    expect(lint.status, lint.stdout).toBe(0);
    expect(lint.stdout).toMatch(
      /content\/upstream-snapshot\.yaml:\d+ {2}stat {2}scope {2}zh-TW {2}warning: Adobe's zh-TW wording of this row changed/,
    );
  });
});

describe('npm run lint:content over content damaged the same ways', () => {
  test(
    'reports the damaged string of every locale with the text it most likely was, and exits 1',
    { timeout: 60_000 },
    () => {
      const ours: { locale: LocaleCode; file: string; text: string; at: string }[] = [
        { locale: 'zh-TW', file: 'content/modules.yaml', text: '郵件不再傳送時', at: 'mta {2}troubleshooting' },
        {
          locale: 'ja',
          file: 'content/modules.yaml',
          text: 'メールが送信されなくなった',
          at: 'mta {2}troubleshooting',
        },
        {
          locale: 'sv',
          file: 'content/modules.yaml',
          text: 'e-postmeddelanden inte längre',
          at: 'mta {2}troubleshooting',
        },
        { locale: 'ko', file: 'content/modules.yaml', text: '메일이 더 이상 발송되지', at: 'mta {2}troubleshooting' },
        { locale: 'nl', file: 'src/i18n/nl.json', text: 'Kopiëren', at: 'ui {2}module\\.copyFailed' },
      ];
      ours.forEach((o, i) => {
        const d = damaged[i]!;
        const path = join(project, o.file);
        const before = readFileSync(path, 'utf8');
        const after = before.replace(o.text, damage(o.text, d.encoding, d.times));
        if (after === before) throw new Error(`${o.file} no longer holds "${o.text}"`);
        writeFileSync(path, after);
      });
      const lint = run('tools/qa/cli.ts', '--root', project);
      expect(lint.status).toBe(1);
      ours.forEach((o, i) => {
        const d = damaged[i]!;
        expect(lint.stdout).toMatch(
          new RegExp(
            `${o.file.replace(/\./g, '\\.')}:\\d+ {2}${o.at} {2}${o.locale} {2}error: mojibake ".+" \\(UTF-8 read as [^)]*${d.encoding}`,
          ),
        );
      });
      expect(lint.stdout).toContain('it most likely read "郵件不再傳送時"');
      expect(lint.stdout).toContain('it most likely read "メールが送信されなくなった"');
      expect(lint.stdout).toContain('it most likely read "ë"');
    },
  );
});
