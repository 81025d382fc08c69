import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'safe-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

describe('scripts/build.ts', () => {
  test('stops on a broken collection, names the file, module, field and locale, and leaves the previous site byte for byte', { timeout: 120_000 }, () => {
    // The previous site: pages, an asset and a binary file, as a deployed dist/ holds.
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'ja', 'log-precision'), { recursive: true });
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous</title>');
    writeFileSync(join(dist, 'ja', 'log-precision', 'index.html'), '<!doctype html><title>ログ</title>');
    writeFileSync(join(dist, '_astro', 'Base.abc123.css'), 'body{margin:0}');
    writeFileSync(join(dist, 'favicon.ico'), Buffer.from([0, 1, 2, 255, 254]));
    const before = snapshot(dist);
    const inode = statSync(dist).ino;

    // The module collection with one locale string removed: mta has no Korean scope.
    const modules = parse(readFileSync(join(root, 'content', 'modules.yaml'), 'utf8')) as { id: string; scope: Record<string, string> }[];
    delete modules.find((m) => m.id === 'mta')!.scope['ko'];
    const broken = join(work, 'modules.yaml');
    writeFileSync(broken, stringify(modules));

    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MODULES_FILE: broken, DIST_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${run.stdout}\n${run.stderr}`;

    expect(run.status, output).toBe(1);
    expect(output).toContain(`${broken} › module "mta" › field "scope" › locale "ko": the text is missing`);
    expect(output).toContain('Fix: write the ko text');
    expect(output).toContain(`Build failed at step "astro build"`);
    expect(output).toContain(`The previous site in ${dist} is unchanged.`);
    expect(snapshot(dist)).toEqual(before);
    expect(statSync(dist).ino, 'the folder itself was not replaced').toBe(inode);
    expect(readdirSync(work).filter((f) => f.startsWith('dist')), 'no staging or old copy left beside it').toEqual(['dist']);
  });
});
