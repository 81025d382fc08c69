/**
 * `npm run bench:scale`: how the build, the search index and the first search grow with the size
 * of the module collection. For 11, 110, 1,100 and 11,000 modules × 5 locales it generates a
 * collection in a temporary folder (never committed), builds the site from it with the real build
 * (`scripts/build.ts`, MODULES_FILE and DIST_DIR pointing there), and prints a table: build time,
 * index size, bytes of the first search, and the growth of each from one size to the next.
 *
 * Generated modules are clones of the real eleven with their own id, label and symptoms: words
 * drawn (seeded, so every run indexes the same text) from the real strings of the same locale, so
 * that the index grows with a realistic vocabulary. Their runbook facts are kept, with the id
 * substituted in commands and without map relations (the facts sheet states none for them).
 *
 * First search: Chromium opens `/<locale>/search/` (which loads no search code), types the first
 * symptom of `mta` in that locale into the search box and waits for `#search-results` to finish;
 * the bytes are everything fetched from the keystroke on (search UI, Pagefind, wasm, index chunks,
 * fragments), gzip for text files, as served for already-compressed Pagefind files.
 *
 * Each size's site stays on disk until the table is printed, then the temporary folder is removed by a
 * background `rm -rf`: on this bench's machines, files created just after a large delete cost ten to
 * twenty times more kernel time (19,000 pages: 1.2 s on a quiet disk, 21.6 s right after removing as
 * many), so deleting one size's 300,000 files would slow the next size's build.
 *
 * Options: `--sizes 11,110` (default 11,110,1100,11000), `--keep` keeps the temporary folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { locales } from '../src/locales.ts';
import { chromiumPath } from '../tests/browser.ts';
import { realModules, writeCollection } from './generate.ts';
import { kb, wireBytes } from './page-weight.ts';
import { serve } from './serve.ts';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const sizes = (process.argv.includes('--sizes') ? (arg('--sizes') ?? '') : '11,110,1100,11000').split(',').map(Number);
const port = Number(process.env['BENCH_PORT'] ?? 4393);
const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const real = realModules();

/** Runs a command without blocking this process (it may be serving a site); resolves with its status and output. */
function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Removes a folder in a detached process, after this one exits (see above: deletes slow the next writes). */
function removeLater(dir: string): void {
  spawn('rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
}

/** Total bytes and file count under a folder. */
function du(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Searches from the search page; returns the bytes fetched from the first keystroke on. */
async function firstSearch(page: Page, url: string, query: string): Promise<number> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const pending: Promise<number>[] = [];
  page.on('response', (res) => pending.push(res.body().then(wireBytes, () => 0)));
  const results = page.locator('#search-results');
  await page.getByRole('search').getByRole('searchbox').first().fill(query);
  await results.locator('a').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false');
  await page.waitForLoadState('networkidle');
  return (await Promise.all(pending)).reduce((a, b) => a + b, 0);
}

const benchStarted = performance.now();
const chrome = chromiumPath();
// Fail now, not after a long build, when the port is taken (BENCH_PORT chooses another).
(await serve(work, port)).stop();
const browser = await chromium.launch({
  ...(chrome ? { executablePath: chrome } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
type Row = {
  modules: number;
  records: number;
  pages: number;
  build: number;
  /** Seconds per step, as the build prints them (`Step times: astro build 9.1 s, …`). */
  steps: Record<string, number>;
  index: number;
  indexFiles: number;
  largest: { bytes: number; file: string };
  first: Record<string, number>;
  /** A first search typed in another language (the next locale's symptom): the reader's index and that language's. */
  cross: Record<string, number>;
};
const rows: Row[] = [];
try {
  for (const size of sizes) {
    const file = join(work, `modules-${size}.yaml`);
    const dist = join(work, `dist-${size}`);
    writeCollection(file, size);
    process.stdout.write(`${size} modules: building… `);
    const started = performance.now();
    const build = await run(process.execPath, ['scripts/build.ts', '--local'], {
      MODULES_FILE: file,
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: join(work, `cache-${size}`),
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) {
      const log = join(tmpdir(), `bench-scale-${size}.log`);
      writeFileSync(log, build.output);
      console.error(
        `\nThe build of ${size} modules failed (exit ${build.status}); its output is in ` +
          `${log}:\n${build.output.slice(-3000)}`,
      );
      process.exitCode = 1;
      break;
    }
    const index = du(join(dist, 'pagefind'));
    const htmlFiles = (readdirSync(dist, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
    );
    const pages = htmlFiles.length;
    // The largest page of the site at this size, gzip: every page must stay within the 10 KB budget.
    let largest = { bytes: 0, file: '' };
    for (const f of htmlFiles) {
      const bytes = wireBytes(readFileSync(join(dist, f)));
      if (bytes > largest.bytes) largest = { bytes, file: f };
    }
    process.stdout.write(`${seconds.toFixed(1)} s; searching… `);
    const site = await serve(dist, port);
    const first: Record<string, number> = {};
    const cross: Record<string, number> = {};
    const symptom = (code: string) => [real.find((m) => m.id === 'mta')!.symptoms?.[code] ?? []].flat()[0]!;
    try {
      for (const [i, locale] of locales.entries()) {
        const url = `${site.url}/${locale.path}/search/`;
        const other = locales[(i + 1) % locales.length]!;
        for (const [into, query] of [
          [first, symptom(locale.code)],
          [cross, symptom(other.code)],
        ] as const) {
          const context = await browser.newContext();
          into[locale.code] = await firstSearch(await context.newPage(), url, query);
          await context.close();
        }
      }
    } finally {
      site.stop();
    }
    console.log(
      `first search ${Object.values(first).map(kb).join(', ')}; in another language ` +
        Object.values(cross).map(kb).join(', '),
    );
    // The build reports how many search records it added (each module in each locale's index).
    const records = Number(/Search index: (\d+) module records/.exec(build.output)?.[1] ?? NaN);
    const stepLine = /Step times: (.*)/.exec(build.output)?.[1] ?? '';
    const steps = Object.fromEntries(
      [...stepLine.matchAll(/([a-z][a-z -]*?) ([\d.]+) s\b/g)].map((m) => [m[1]!, Number(m[2])]),
    );
    rows.push({
      modules: size,
      records,
      pages,
      build: seconds,
      steps,
      index: index.bytes,
      indexFiles: index.files,
      largest,
      first,
      cross,
    });
  }
} finally {
  await browser.close();
  if (process.argv.includes('--keep')) console.log(`Collections and sites kept in ${work}`);
  else removeLater(work);
}

const benchSeconds = (performance.now() - benchStarted) / 1000;
const growth = (values: number[], i: number) => (i === 0 ? '' : ` (×${(values[i]! / values[i - 1]!).toFixed(1)})`);
const max = rows.map((r) => Math.max(...Object.values(r.first)));
const crossMax = rows.map((r) => Math.max(...Object.values(r.cross)));
const perUnit = rows.map((r) => r.build / r.modules);
console.log(
  `\nScale: generated collections × ${locales.length} locales on ${availableParallelism()} cores (growth against ` +
    `the previous size in brackets)`,
);
console.table(
  rows.map((r, i) => ({
    modules: r.modules,
    'search records': r.records,
    'HTML pages': r.pages,
    'build + index (s)': `${r.build.toFixed(1)}${growth(
      rows.map((x) => x.build),
      i,
    )}`,
    'index size': `${(r.index / 1024 / 1024).toFixed(2)} MB${growth(
      rows.map((x) => x.index),
      i,
    )}`,
    'index files': r.indexFiles,
    'ms per module-locale': `${((r.build * 1000) / (r.modules * locales.length)).toFixed(2)}${growth(perUnit, i)}`,
    'largest HTML (gzip)': `${kb(r.largest.bytes)}${growth(
      rows.map((x) => x.largest.bytes),
      i,
    )}`,
    'first search, max (gzip)': `${kb(max[i]!)}${growth(max, i)}`,
    'in another language, max': `${kb(crossMax[i]!)}${growth(crossMax, i)}`,
  })),
);
console.log('Build steps (s), as scripts/build.ts times them:');
console.table(
  rows.map((r) => ({
    modules: r.modules,
    ...Object.fromEntries(Object.entries(r.steps).map(([step, sec]) => [step, sec.toFixed(1)])),
    'ms per module-locale (astro build)': (
      ((r.steps['astro build'] ?? NaN) * 1000) /
      (r.modules * locales.length)
    ).toFixed(2),
  })),
);
console.log('First search per locale (gzip), then typed in the next locale’s language:');
console.table(
  rows.flatMap((r) =>
    (['first', 'cross'] as const).map((k) => ({
      modules: r.modules,
      query: k === 'first' ? 'own language' : 'another language',
      ...Object.fromEntries(Object.entries(r[k]).map(([l, b]) => [l, kb(b)])),
    })),
  ),
);
console.log('Largest page per size:', rows.map((r) => `${r.modules}: ${r.largest.file}`).join('; '));
console.log(`Whole bench: ${(benchSeconds / 60).toFixed(1)} min (target: the four sizes in 10 min).`);
console.log(
  'Targets: 11,000 modules built and indexed in under 120 s on 2 cores (1,100 under 15 s, time per module-locale ' +
    'within 1.5× from 1,100 to 11,000);',
  'every HTML page ≤ 10 KB gzip; a first search ≤ 100 KB at 11 modules and ≤ 150 KB at 11,000; in another ' +
    'language ≤ 300 KB at 11,000.',
);
