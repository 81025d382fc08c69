// A locale is one declaration: add one to src/locales.ts in a copy of the project, and one run of
// lint:content names every piece the new locale still needs, all at once.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { locales } from '../../src/locales.ts';

const copy = mkdtempSync(join(tmpdir(), 'add-locale-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Copies what the content tools read, and declares French in the copy's src/locales.ts. */
function projectWithFrench(): string {
  for (const dir of ['src', 'tools', 'content']) cpSync(dir, join(copy, dir), { recursive: true });
  cpSync('package.json', join(copy, 'package.json'));
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  const file = join(copy, 'src/locales.ts');
  const french = `{ code: 'fr', path: 'fr', name: 'Français', inText: 'français', exl: 'fr', exlAliases: ['fr-FR'], script: 'latin' },`;
  writeFileSync(file, readFileSync(file, 'utf8').replace('] as const satisfies', `${french}\n] as const satisfies`));
  return copy;
}

describe('adding a locale', () => {
  test('is one declaration: lint:content then lists every missing piece of the locale at once', () => {
    const root = projectWithFrench();
    const run = spawnSync(process.execPath, ['tools/qa/cli.ts'], { cwd: root, encoding: 'utf8' });
    const out = `${run.stdout}${run.stderr}`;
    expect(run.status, out.slice(-400)).toBe(1);
    const missing = [
      /^src\/i18n\/fr\.json:1 .* error: the file is missing/m,
      /^content\/terms\/fr\.yaml:\d+ .* error: the termbase of fr is missing/m,
      ...['general-architecture', 'log-precision', 'tracking-logs-issues'].map(
        (page) =>
          new RegExp(`^content/pages/fr/${page}\\.mdx:\\d+ .*error: the page "${page}" exists in other locales`, 'm'),
      ),
      /^content\/modules\.yaml:\d+ {2}mta {2}scope {2}fr {2}error: the text is missing/m,
      /^content\/modules\.yaml:\d+ {2}mta {2}symptoms {2}fr {2}error: expected a list of at least 2 phrases/m,
      /^content\/modules-page\.yaml:\d+ .* fr {2}error: the locale is missing/m,
      /^content\/signs\/mta\.yaml:\d+ {2}mta › delivery-pending {2}meaning {2}fr {2}error: the text is missing/m,
      /^src\/search\/stop-words\/fr\.ts:1 .* fr {2}error: the file is missing/m,
      /^src\/search\/vocabulary\/fr\.ts:1 .* fr {2}error: the file is missing/m,
    ];
    for (const piece of missing) expect(out, String(piece)).toMatch(piece);
    // The shipped locales are complete: every finding is about the new one.
    for (const l of locales) expect(out).not.toMatch(new RegExp(` ${l.code} {2}error: the text is missing`));
  });
});

describe('adding a localized field', () => {
  // It copies the project and runs the lint twice and Node once: seconds on a busy machine.
  test('is the registry entry plus content: the lint requires it in every locale, and search indexes it', () => {
    const root = mkdtempSync(join(tmpdir(), 'add-field-'));
    try {
      for (const dir of ['src', 'tools', 'content']) cpSync(dir, join(root, dir), { recursive: true });
      cpSync('package.json', join(root, 'package.json'));
      symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
      const registry = join(root, 'src/content/localized.ts');
      writeFileSync(
        registry,
        readFileSync(registry, 'utf8').replace('  symptoms: {', "  cause: { kind: 'plain' },\n  symptoms: {"),
      );
      const lint = () => spawnSync(process.execPath, ['tools/qa/cli.ts'], { cwd: root, encoding: 'utf8' });
      const before = lint();
      expect(before.status).toBe(1);
      expect(before.stdout).toMatch(
        /^content\/modules\.yaml:\d+ {2}web {2}cause {2}- {2}error: expected one entry per locale/m,
      );
      // The content: the new field in every locale of every module.
      const modules = join(root, 'content/modules.yaml');
      const cause = (id: string) =>
        `  cause:\n${locales.map((l) => `    ${l.code}: Orsak ${id} ${l.code}`).join('\n')}\n`;
      writeFileSync(
        modules,
        readFileSync(modules, 'utf8').replace(/^- id: (\w+)\n/gm, (line, id: string) => `${line}${cause(id)}`),
      );
      expect(lint().stdout).toMatch(/0 error\(s\)/);
      const script = `import { loadModules } from './src/content/modules-file.ts';
        import { moduleRecord } from './src/search/records.ts';
        console.log(moduleRecord(loadModules().find((m) => m.id === 'web'), 'sv').content);`;
      const record = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(record.stdout + record.stderr).toContain('Orsak web sv');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
