import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintContent } from '../../tools/qa/content-lint.ts';
import { formatLintFinding, type LintFinding } from '../../tools/qa/findings.ts';

/** The shipped files the linter reads, by path. */
function shipped(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string) => files.set(path, readFileSync(path, 'utf8'));
  add('content/modules.yaml');
  add('content/modules-page.yaml');
  add('content/upstream-snapshot.yaml');
  for (const dir of readdirSync('content/pages'))
    for (const name of readdirSync(`content/pages/${dir}`)) add(`content/pages/${dir}/${name}`);
  for (const name of readdirSync('src/i18n')) if (name.endsWith('.json')) add(`src/i18n/${name}`);
  return files;
}

const key = (f: LintFinding) => formatLintFinding(f);
const baseline = lintContent(shipped());

/** Lints the shipped files with one replacement made; returns the findings the replacement added. */
function seeded(file: string, find: string | RegExp, replace: string): LintFinding[] {
  const files = shipped();
  const text = files.get(file)!;
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`seed not found in ${file}: ${String(find)}`);
  files.set(file, changed);
  const before = new Set(baseline.map(key));
  return lintContent(files).filter((f) => !before.has(key(f)));
}

/** The line of the first occurrence of `needle` in a shipped file. */
const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('lintContent() on the shipped content', () => {
  test('finds no error', () => {
    expect(baseline.filter((f) => f.severity === 'error').map(key)).toEqual([]);
  });

  test('gives no warning: no upstream row changed wording since the snapshot, no string adds a fact', () => {
    expect(baseline.filter((f) => f.severity === 'warning').map(key)).toEqual([]);
  });
});

type Seed = {
  name: string;
  file: string;
  find: string | RegExp;
  replace: string;
  expected: Partial<Omit<LintFinding, 'problem'>> & { problem: string | RegExp };
};
const modules = 'content/modules.yaml';
const seeds: Seed[] = [
  {
    name: 'a full-width colon inside xtk:session',
    file: modules,
    find: '콘솔 연결과 웹 연결이 실패하고 `xtk:session`',
    replace: '콘솔 연결과 웹 연결이 실패하고 `xtk：session`',
    expected: {
      entry: 'web',
      field: 'troubleshooting',
      locale: 'ko',
      problem: 'damaged code token "xtk：session" (a full-width colon "：")',
    },
  },
  {
    name: 'a translated xtk:session',
    file: modules,
    find: 'met een fout van het type `xtk:session`',
    replace: 'met een fout van het type `xtk:sessie`',
    expected: {
      entry: 'web',
      field: 'troubleshooting',
      locale: 'nl',
      problem: 'damaged code token "xtk:sessie" ("session" translated as "sessie")',
    },
  },
  {
    name: 'a word inserted into xtk:session in plain text',
    file: modules,
    find: '      - foutmelding xtk:session',
    replace: '      - foutmelding xtk activeren:session',
    expected: { entry: 'web', field: 'symptoms', locale: 'nl', problem: 'damaged code token "xtk activeren:session"' },
  },
  {
    name: 'a port number that differs from the other locales',
    file: modules,
    find: '請確認此模組使用的是 `6666` 連接埠',
    replace: '請確認此模組使用的是 `666` 連接埠',
    expected: {
      entry: 'syslogd',
      field: 'troubleshooting',
      locale: 'zh-TW',
      problem: 'code tokens differ from ja, sv, ko, nl: has "666", lacks "6666"',
    },
  },
  {
    name: 'a link to another page than in the other locales',
    file: modules,
    find: 'Se [Problem med spårningsloggar](tracking-logs-issues)',
    replace: 'Se [Problem med spårningsloggar](log-precision)',
    expected: {
      entry: 'trackinglogd',
      field: 'troubleshooting',
      locale: 'sv',
      problem: 'links differ from zh-TW, ja, ko, nl: has "log-precision", lacks "tracking-logs-issues"',
    },
  },
  {
    name: 'mojibake',
    file: modules,
    find: 'nl: Leest de mailbox met bouncemails.',
    replace: 'nl: Leest de mailbox met be√Ønvloede bouncemails.',
    expected: {
      entry: 'inMail',
      field: 'scope',
      locale: 'nl',
      problem: 'mojibake "√Ø" (UTF-8 read as Mac Roman); it most likely read "ï"',
    },
  },
  {
    name: 'a zero-width space',
    file: modules,
    find: 'ja: メールを配信します。',
    replace: 'ja: メールを\u200B配信します。',
    expected: { entry: 'mta', field: 'scope', locale: 'ja', problem: 'invisible character U+200B' },
  },
  {
    name: 'an empty string',
    file: modules,
    find: 'sv: Underhåller statistiken för MTA-anslutningarna.',
    replace: 'sv: ""',
    expected: { entry: 'stat', field: 'scope', locale: 'sv', problem: 'the text is empty (got "")' },
  },
  {
    name: 'the nl "door:sturen" artefact',
    file: modules,
    find: 'nl: Controleer deze module als bouncemails niet meer worden doorgestuurd.',
    replace: 'nl: Controleer deze module als bouncemails niet meer door:sturen.',
    expected: {
      entry: 'inMail',
      field: 'troubleshooting',
      locale: 'nl',
      problem: '"door:sturen" has a colon inside a word',
    },
  },
  {
    name: 'the sv "Markera" artefact',
    file: modules,
    find: 'sv: Kontrollera den här modulen om ingen process startar.',
    replace: 'sv: Markera den här modulen om ingen process startar.',
    expected: { entry: 'watchdog', field: 'troubleshooting', locale: 'sv', problem: '"Markera" means select or mark' },
  },
  {
    name: 'the ko 연산자 for the human operator',
    file: modules,
    find: '내보내기를 예약한 운영자가',
    replace: '내보내기를 예약한 연산자가',
    expected: {
      entry: 'export',
      field: 'troubleshooting',
      locale: 'ko',
      problem: '"연산자" is a mathematical operator',
    },
  },
  {
    name: 'the "this export" slip in the import row',
    file: modules,
    find: 'ja: インポートをスケジュールしたオペレーター',
    replace: 'ja: エクスポートをスケジュールしたオペレーター',
    expected: {
      entry: 'import',
      field: 'troubleshooting',
      locale: 'ja',
      problem: 'the import row says "エクスポート" (export) where it means import',
    },
  },
  {
    name: 'a source revision that is not listed',
    file: 'content/modules-page.yaml',
    find: 'sourceCommit: 20509f44c5b8e0827a09f44dffdf2ec9d11652a1',
    replace: 'sourceCommit: 0000000000000000000000000000000000000000',
    expected: {
      entry: 'modules-and-frequent-issues',
      field: 'sourceCommit',
      locale: 'zh-TW',
      problem: '"0000000000000000000000000000000000000000" is not one of the listed revisions',
    },
  },
  {
    name: 'a changed command in a code block of a page',
    file: 'content/pages/ko/log-precision.mdx',
    find: 'nlserver pdump -who',
    replace: 'nlserver pdump',
    expected: {
      file: 'content/pages/ko/log-precision.mdx',
      entry: 'log-precision',
      field: 'body',
      locale: 'ko',
      problem:
        /^code tokens differ from zh-TW, ja, sv, nl: has "```nlserver pdump", lacks "```nlserver pdump -who" \(zh-TW line \d+\)$/,
    },
  },
  {
    name: 'a translated anchor on a page',
    file: 'content/pages/sv/log-precision.mdx',
    find: 'id="verbose"',
    replace: 'id="utforlig"',
    expected: {
      file: 'content/pages/sv/log-precision.mdx',
      line: lineOf('content/pages/sv/log-precision.mdx', 'id="verbose"'),
      locale: 'sv',
      problem: /^anchors differ from zh-TW, ja, ko, nl: has "utforlig", lacks "verbose"/,
    },
  },
  {
    name: 'a number in page prose that differs',
    file: 'content/pages/nl/general-architecture.mdx',
    find: 'staat per vergissing 666',
    replace: 'staat per vergissing 667',
    expected: {
      file: 'content/pages/nl/general-architecture.mdx',
      locale: 'nl',
      problem: 'numbers differ from zh-TW, ja, sv, ko: has "667", lacks "666"',
    },
  },
  {
    name: 'a misspelled module id in a code token of a page',
    file: 'content/pages/ja/tracking-logs-issues.mdx',
    find: '（内部名 `tracking`）',
    replace: '（内部名 `trakcing`）',
    expected: {
      file: 'content/pages/ja/tracking-logs-issues.mdx',
      locale: 'ja',
      problem: 'code token "trakcing" looks like a misspelled module id',
      fix: 'write "tracking"',
    },
  },
  {
    name: 'a full-width period inside an inline code token of a page',
    file: 'content/pages/zh-tw/tracking-logs-issues.mdx',
    find: '`config-default.xml`',
    replace: '`config-default．xml`',
    expected: {
      file: 'content/pages/zh-tw/tracking-logs-issues.mdx',
      locale: 'zh-TW',
      problem: 'full-width "．" inside the code token "config-default．xml"',
    },
  },
  {
    name: 'an empty page title',
    file: 'content/pages/nl/general-architecture.mdx',
    find: 'title: Algemene architectuur',
    replace: 'title: ""',
    expected: {
      file: 'content/pages/nl/general-architecture.mdx',
      line: 3,
      entry: 'general-architecture',
      field: 'title',
      locale: 'nl',
      problem: 'the text is empty (got "")',
    },
  },
  {
    name: 'a UI string that lost a placeholder',
    file: 'src/i18n/nl.json',
    find: '({{workflow}})',
    replace: '(machinevertaling)',
    expected: {
      file: 'src/i18n/nl.json',
      entry: 'ui',
      field: 'notice.machineTranslated',
      locale: 'nl',
      problem: /^code tokens differ from zh-TW, ja, sv, ko: lacks "\{\{workflow\}\}"/,
    },
  },
  {
    name: 'an empty UI string',
    file: 'src/i18n/ja.json',
    find: /"notice\.source": "[^"]*"/,
    replace: '"notice.source": " "',
    expected: {
      file: 'src/i18n/ja.json',
      entry: 'ui',
      field: 'notice.source',
      locale: 'ja',
      problem: 'the text is empty (got " ")',
    },
  },
];

describe('lintContent() with one seeded defect', () => {
  // Errors only: a changed fact may also raise the unsupported-addition warning (tested in snapshot-lint.test.ts).
  test.each(seeds)('reports $name, and no other error', ({ file, find, replace, expected }) => {
    const found = seeded(file, find, replace).filter((f) => f.severity === 'error');
    expect(found, found.map(key).join('\n')).toHaveLength(1);
    const { problem, ...rest } = expected;
    expect(found[0]).toMatchObject({ file, severity: 'error', ...rest });
    if (typeof problem === 'string') expect(found[0]!.problem).toContain(problem);
    else expect(found[0]!.problem).toMatch(problem);
  });

  test('reports the line of the seeded string in the YAML file', () => {
    const [finding] = seeded(modules, 'ja: メールを配信します。', 'ja: メールを\u200B配信します。');
    expect(finding!.line).toBe(lineOf(modules, 'ja: メールを配信します。'));
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
