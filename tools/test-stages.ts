/**
 * `npm test`: every check in stages, cheapest first, each printing its time; stops at the first failing
 * stage and names it. `node tools/test-stages.ts unit dist` runs only the named stages, in this order.
 * A stage may run others `alongside` when they are asked for too, their output printed once they end: ESLint
 * (one core) beside Prettier and the content rules; the unit tests beside `astro check`; the checks over dist/
 * beside the reading gates in Firefox and WebKit, which wait on their browsers most of the time.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Stage = { name: string; title: string; steps: string[]; alongside?: string[] };

// The site ships no report address (src/lib/report.ts): the tests build it with one, a tracker that does not
// exist, so that the report links are built and checked; a publisher sets its own with REPORT_URL.
process.env['REPORT_URL'] ??= 'https://tracker.invalid/docs/issues/new?title={title}&body={body}';

const stages: Stage[] = [
  { name: 'lint', title: 'lint (ESLint, typed)', steps: ['npm run lint:code'], alongside: ['format'] },
  { name: 'format', title: 'formatting and content rules', steps: ['npm run lint:format', 'npm run lint:content'] },
  { name: 'unit', title: 'unit tests (Vitest)', steps: ['npm run test:unit'], alongside: ['types'] },
  // After ESLint: `astro check` rewrites the content types (.astro/) that ESLint's type information reads.
  { name: 'types', title: 'types of components and pages (astro check)', steps: ['npm run check'] },
  { name: 'build', title: 'build (local: links on localhost)', steps: ['npm run build:local'] },
  {
    name: 'dist',
    title: 'checks over the built site (Vitest over dist/)',
    steps: ['npm run test:dist'],
    alongside: ['engines'],
  },
  { name: 'engines', title: 'reading gates in Firefox and WebKit', steps: ['npm run test:engines'] },
  // Alone: beside the checks over dist/ (both on two cores) it took longer than the two one after the other.
  { name: 'e2e', title: 'end-to-end (Playwright)', steps: ['npm run test:e2e'] },
];

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !stages.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`Unknown stage(s) ${unknown.join(', ')}. Stages: ${stages.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}
const chosen = stages.filter((s) => wanted.length === 0 || wanted.includes(s.name));

/** Stops the run naming the stage and step that failed. */
function fail(stage: Stage, step: string, status: number | null, began: number): never {
  console.error(`\n✘ Stage "${stage.title}" failed at \`${step}\` (exit ${status}) after ${seconds(began)}.`);
  process.exit(1);
}

/** Runs a command with the terminal as its output; resolves with its exit status. */
function run(command: string, stdio: 'inherit' | ['ignore', number, number] = 'inherit'): Promise<number | null> {
  const child = spawn(command, { shell: true, stdio });
  return new Promise((done) => child.once('exit', (status) => done(status)));
}

/**
 * Starts a one-step stage in the background, its output going to a file (read once it ends, so that two
 * stages never interleave their lines); resolves with its exit status, output and time.
 */
async function startAlongside(stage: Stage): Promise<{ status: number | null; output: string; time: string }> {
  const began = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'test-stage-'));
  const file = join(dir, 'output.txt');
  const fd = openSync(file, 'w');
  const status = await run(stage.steps.join(' && '), ['ignore', fd, fd]);
  closeSync(fd);
  const time = seconds(began);
  const output = readFileSync(file, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { status, output, time };
}

const start = performance.now();
const times: string[] = [];
const done = new Set<string>();
// A stage that runs alongside another one asked for starts with it, wherever it stands in the list.
const hosted = new Set(chosen.flatMap((s) => s.alongside ?? []));
for (const stage of chosen) {
  if (done.has(stage.name) || hosted.has(stage.name)) continue;
  const beside = chosen.filter((s) => stage.alongside?.includes(s.name) && !done.has(s.name));
  const running = beside.map((s) => ({ stage: s, result: startAlongside(s) }));
  const besides = beside.length > 0 ? ` (with ${beside.map((s) => s.title).join(' and ')} alongside)` : '';
  console.log(`\n▶ ${stage.title}${besides}`);
  const began = performance.now();
  for (const step of stage.steps) {
    const stepBegan = performance.now();
    const status = await run(step);
    console.log(`  ${step}: ${seconds(stepBegan)}`);
    if (status !== 0) fail(stage, step, status, began);
  }
  for (const { stage: other, result } of running) {
    const { status, output, time } = await result;
    console.log(`\n▶ ${other.title} (ran alongside)\n${output.trimEnd()}\n  ${other.steps.join(' && ')}: ${time}`);
    if (status !== 0) fail(other, other.steps.join(' && '), status, began);
    times.push(`  ${other.title}: ${time} (alongside)`);
    done.add(other.name);
  }
  times.push(`  ${stage.title}: ${seconds(began)}`);
  console.log(`✔ ${stage.title}: ${seconds(began)}`);
}
console.log(`\nAll stages passed in ${seconds(start)}:\n${times.join('\n')}`);
