// The site origin: a production build needs SITE_URL; port anchors of the ports tables.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { originProblem } from '../../../src/lib/origin.ts';
import { portAnchor, portTokenAnchor } from '../../../src/lib/port-anchors.ts';

describe('originProblem()', () => {
  test('stops a production build without SITE_URL, saying how to set it', () => {
    expect(originProblem({}, false)).toMatch(/^SITE_URL is not set: run SITE_URL=https:\/\/\S+ npm run build/);
    expect(originProblem({ SITE_URL: ' ' }, false)).toBeDefined();
  });

  test('lets a build with SITE_URL, or a local build, go ahead', () => {
    expect(originProblem({ SITE_URL: 'https://docs.example.com' }, false)).toBeUndefined();
    expect(originProblem({}, true)).toBeUndefined();
  });
});

describe('portTokenAnchor()', () => {
  test('returns the anchor of a port as the tables write it', () => {
    expect(portTokenAnchor('25/tcp')).toBe('port-25-tcp');
    expect(portTokenAnchor('1521')).toBe(portAnchor({ number: 1521 }));
    expect(portTokenAnchor('config-default.xml')).toBeUndefined();
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
