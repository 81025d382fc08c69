/**
 * `npm run build`: builds the site into a temporary folder, indexes it with Pagefind, checks it,
 * and only then replaces `dist/`. A failing step leaves the previous `dist/` untouched and says
 * which step failed and why. Without `SITE_URL` it stops at once unless `--local` is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { originProblem } from '../src/lib/origin.ts';
import { postBuild } from './post-build.ts';
import { precompress } from './precompress.ts';
import { buildSearchIndex, takeRecords } from './search-index.ts';

// `--local` (what `npm start` and the tests pass) builds for this machine, links on localhost.
const local = process.argv.includes('--local');
const problem = originProblem(process.env, local);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env['DIST_DIR'] ?? join(root, 'dist'));
const staging = mkdtempSync(join(root, '.dist-staging-'));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Runs a command; returns its exit status. */
function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return result.status ?? 1;
}

function fail(step: string, why: string): never {
  console.error(`\nBuild failed at step "${step}": ${why}`);
  // A step running beside the failed one (the pages' compression) may still be writing into the staging folder.
  try {
    rmSync(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    console.error(`The unfinished build in ${staging} could not be removed: delete it by hand.`);
  }
  const kept = existsSync(target)
    ? `The previous site in ${target} is unchanged.`
    : `No site was written to ${target}.`;
  console.error(kept);
  process.exit(1);
}

const started = Date.now();
/** Per-step times, printed at the end: where a slow build spends its time. */
const times: [step: string, seconds: number][] = [];
/** Runs one step, records its time, and fails the build with the step's name when it throws. */
async function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const begun = Date.now();
  try {
    return await work();
  } catch (error) {
    fail(name, (error as Error).message);
  } finally {
    times.push([name, (Date.now() - begun) / 1000]);
    console.log(`Step "${name}" took ${times.at(-1)![1].toFixed(1)} s`);
  }
}

// A larger young generation: rendering thousands of pages allocates short-lived strings, and with
// the default 16 MB semi-space the collector ran a fifth of the build (measured at 1,100 modules).
const nodeOptions = [process.env['NODE_OPTIONS'], '--max-semi-space-size=64'].filter(Boolean).join(' ');
await step('astro build', () => {
  if (run(bin('astro'), ['build'], { ASTRO_OUT_DIR: staging, NODE_OPTIONS: nodeOptions }) !== 0)
    throw new Error('see the error above (file, entry, field and locale are named there)');
});
await step('post-build', () => postBuild(staging));
// The module records leave the site first: they are read by the index step, never published.
const moduleRecords = await step('search records', () => takeRecords(staging));
// The pages are final once checked: they are compressed while Pagefind indexes them (its own process,
// the other core), and Pagefind's files once it has written them.
const index = `pagefind${sep}`;
const compressing = step('precompress pages', () => precompress(staging, (f) => !f.startsWith(index)));
const { sections, records } = await step('search index', () => buildSearchIndex(staging, moduleRecords));
console.log(`Search index: ${records} module records and ${sections} page sections`);
const files = await compressing;
const indexFiles = await step('precompress index', () => precompress(join(staging, 'pagefind')));
console.log(`Precompressed: ${files + indexFiles} .gz and .br files`);
console.log(
  `Step times: ${times.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')} ` +
    `(precompress pages runs beside the search index)`,
);

// Swap: move the old site aside first, so that a failed rename can be undone.
const old = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, old);
try {
  renameSync(staging, target);
} catch (error) {
  if (existsSync(old)) renameSync(old, target);
  fail('replace dist', (error as Error).message);
}
rmSync(old, { recursive: true, force: true });
console.log(`Site built, indexed and checked in ${((Date.now() - started) / 1000).toFixed(1)} s → ${target}`);
