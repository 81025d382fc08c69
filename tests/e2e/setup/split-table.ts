/**
 * The site of a generated collection large enough to split the module table over several pages, for
 * tests/e2e/table-split.spec.ts. Its build takes a quarter of a minute on two cores, so Playwright's global setup starts
 * it in the background (`startSplitBuild`) and the spec waits for it (`splitSite`): the other tests run
 * meanwhile, instead of one worker building at the end of the run while the other waits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCollection } from '../../../bench/generate.ts';

/**
 * How many generated modules the split table has: 8 pages of 8 rows in 3 sections, enough for every behaviour of
 * the split (a page beyond the first section, previous and next links, a late entry reached through a section)
 * at a third of the build time of 200; the budgets at scale are measured by `npm run bench:scale`.
 */
export const splitSize = 60;

const dirVariable = 'SPLIT_TABLE_DIR';

/** Starts the build in a temporary folder, passed to the workers in the environment; returns the teardown. */
export function startSplitBuild(): () => void {
  const work = mkdtempSync(join(tmpdir(), 'table-split-'));
  const file = join(work, 'modules.yaml');
  writeCollection(file, splitSize);
  const log = openSync(join(work, 'build.log'), 'w');
  const child = spawn(process.execPath, ['scripts/build.ts', '--local'], {
    env: { ...process.env, MODULES_FILE: file, DIST_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') },
    stdio: ['ignore', log, log],
  });
  child.on('exit', (status) => writeFileSync(join(work, 'status'), String(status)));
  process.env[dirVariable] = work;
  return () => {
    child.kill();
    rmSync(work, { recursive: true, force: true });
  };
}

/** Waits for the build started by the global setup; resolves with its dist folder, or throws with its output. */
export async function splitSite(): Promise<string> {
  const work = process.env[dirVariable];
  if (!work) throw new Error(`${dirVariable} is not set: run the spec through Playwright's global setup.`);
  const status = join(work, 'status');
  while (!existsSync(status)) await new Promise((done) => setTimeout(done, 200));
  if (readFileSync(status, 'utf8') !== '0') {
    throw new Error(
      `The build of ${splitSize} generated modules failed:\n${readFileSync(join(work, 'build.log'), 'utf8')}`,
    );
  }
  return join(work, 'dist');
}
