// scripts/build.ts: without SITE_URL it stops at once; a broken collection stops it and leaves the previous site
// untouched (the safe build).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { originProblem } from '../../../src/lib/origin.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'safe-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Module = { id: string; scope: Record<string, string> };
const realModules = () => parse(readFileSync(join(root, 'content', 'modules.yaml'), 'utf8')) as Module[];

/** Every file under a folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  return Object.fromEntries(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/**
 * Runs `scripts/build.ts` with a module collection against a previous site (pages, an asset and a
 * binary file, as a deployed dist/ holds); returns the exit status, the output and the site's state.
 */
function buildOver(name: string, modulesYaml: string) {
  const dir = join(work, name);
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'ja', 'log-precision'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(join(dist, 'ja', 'log-precision', 'index.html'), '<!doctype html><title>ログ</title>');
  writeFileSync(join(dist, '_astro', 'Base.abc123.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'favicon.ico'), Buffer.from([0, 1, 2, 255, 254]));
  const before = snapshot(dist);
  const inode = statSync(dist).ino;
  const file = join(dir, 'modules.yaml');
  writeFileSync(file, modulesYaml);
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--local'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      MODULES_FILE: file,
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return {
    file,
    dist,
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    before,
    after: snapshot(dist),
    inodeKept: statSync(dist).ino === inode,
    beside: readdirSync(dir).filter((f) => f.startsWith('dist')),
  };
}

describe('scripts/build.ts', () => {
  test(
    'stops on a missing locale string, names the file, module, field and locale, and leaves the previous site byte for byte',
    { timeout: 120_000 },
    () => {
      const modules = realModules();
      delete modules.find((m) => m.id === 'mta')!.scope['ko'];
      const r = buildOver('missing-locale', stringify(modules));
      expect(r.status, r.output).toBe(1);
      expect(r.output).toContain(`${r.file}  mta  scope  ko  error: the text is missing — write the ko text`);
      expect(r.output).toContain(`Build failed at step "astro build"`);
      expect(r.output).toContain(`The previous site in ${r.dist} is unchanged.`);
      expect(r.after).toEqual(r.before);
      expect(r.inodeKept, 'the folder itself was not replaced').toBe(true);
      expect(r.beside, 'no staging or old copy left beside it').toEqual(['dist']);
    },
  );

  test('says which id is duplicated, although Astro’s file loader hides parser errors', { timeout: 120_000 }, () => {
    const modules = realModules();
    modules.push({ ...modules.find((m) => m.id === 'web')!, id: 'WEB' });
    const r = buildOver('duplicate-id', stringify(modules));
    expect(r.status, r.output).toBe(1);
    expect(r.output).toContain(`${r.file}  WEB  id  -  error: "WEB" is used by modules #10 and #${modules.length}`);
    expect(r.after).toEqual(r.before);
  });
});

describe('scripts/build.ts without SITE_URL', () => {
  test('stops at once with one line saying how to set it, and builds nothing', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DIST_DIR: '/nonexistent/never-written' };
    delete env['SITE_URL'];
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([originProblem({}, false)]);
    expect(run.stdout).toBe('');
  });
});
