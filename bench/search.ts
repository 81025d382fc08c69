/**
 * `npm run bench:search`: measures search against the built site in Chromium and prints a table.
 * Quality: hit@1, hit@3 and MRR of the query set in bench/search-queries.json, per locale,
 * for cross-language queries, module names and each kind of ticket-style query, and overall. Speed:
 * the first query typed 500 ms after the box got focus, the first query typed without focus (cold),
 * and warm queries (median, p95), measured in the page from the input event to `aria-busy="false"`. Weight:
 * gzip bytes transferred by the first search and JS loaded before it. Baseline: the same queries
 * through Pagefind's plain page-level search over the same HTML (default indexing, raw query).
 * Serves on BENCH_PORT (default 4390) and the port after it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { locales } from '../src/locales.ts';
import { chromiumPath } from '../tests/browser.ts';
import { percentiles, serve } from './serve.ts';

type Query = { q: string; expect: string; site?: string; from?: string; kind?: string };
const set = JSON.parse(readFileSync('bench/search-queries.json', 'utf8')) as {
  sameLanguage: Record<string, Query[]>;
  crossLanguage: Query[];
  moduleNames: Query[];
  tickets: Record<string, Query[]>;
};
/** Report groups of the ticket-style queries, by kind. */
const ticketGroups: Record<string, string> = {
  long: 'tickets: long sentences',
  typo: 'tickets: typos',
  mixed: 'tickets: mixed script',
  token: 'tickets: token + words',
};
/**
 * The ticket-sign queries (issue 19), written from public questions and Adobe's troubleshooting pages
 * without reading the site's text, each set by its group name: a tuning set, a second set written later by
 * another hand (`dev`, tuned on too, to catch what tuning on the first one overfitted), a third tuned on (English
 * tickets above all: the kind both held-out sets found weakest), and three held-out sets scored only with
 * `--held-out`, whose queries and misses are never printed (read them only at the end of a round, and report
 * every figure). Each held-out set was written later than the one before, blind to the site and to the other
 * sets, when the one before had been scored at the end of a round or more.
 */
const readQueries = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Query[];
const heldOut = process.argv.includes('--held-out');
const signSets: [group: string, file: string, hidden: boolean][] = [
  ['signs', 'signs-tuning', false],
  ['dev signs', 'signs-dev', false],
  ['english signs', 'signs-english', false],
  ['held-out signs', 'signs-heldout', true],
  ['held-out 2 signs', 'signs-heldout-2', true],
  ['held-out 3 signs', 'signs-heldout-3', true],
];
const signQueries = signSets
  .filter(([, , hidden]) => heldOut || !hidden)
  .map(([group, file]) => ({ group, queries: readQueries(`bench/queries/${file}.json`) }));
const signKinds = ['english', 'mixed', 'native'] as const;
const dist = process.env['DIST_DIR'] ?? 'dist';
if (!existsSync(join(dist, 'pagefind'))) {
  console.error(`${dist}/pagefind is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** The plain baseline: a copy of the site indexed by the Pagefind CLI with default settings. */
function baselineSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  cpSync(dist, dir, { recursive: true });
  rmSync(join(dir, 'pagefind'), { recursive: true });
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html'))
        writeFileSync(p, readFileSync(p, 'utf8').replace(/ data-pagefind-(body|ignore)(="[^"]*")?/g, ''));
    }
  };
  walk(dir);
  const r = spawnSync('node_modules/.bin/pagefind', ['--site', dir, '--quiet']);
  if (r.status !== 0) throw new Error(`baseline pagefind failed: ${r.stderr.toString()}`);
  return dir;
}

const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-background-networking'],
});

/** Runs one query through the search box; returns the result URLs and the time the page took. */
async function runQuery(page: Page, q: string): Promise<{ urls: string[]; ms: number }> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('#site-search')!;
    const results = document.querySelector('#search-results')!;
    let busySeen = false;
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (results.getAttribute('aria-busy') === 'true') busySeen = true;
        else if (busySeen) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    const ms = performance.now() - t0;
    return { ms, urls: [...results.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '') };
  }, q);
}

/** Runs plain Pagefind page-level search in the baseline site; returns page URLs in rank order. */
async function runBaseline(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (query) => {
    const w = window as unknown as {
      pf?: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
    };
    w.pf ??= await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const r = await w.pf!.search(query);
    return Promise.all(r.results.slice(0, 5).map(async (x) => (await x.data()).url));
  }, q);
}

type Score = { n: number; hit1: number; hit3: number; rr: number };
const empty = (): Score => ({ n: 0, hit1: 0, hit3: 0, rr: 0 });
function add(s: Score, rank: number) {
  s.n++;
  if (rank === 1) s.hit1++;
  if (rank >= 1 && rank <= 3) s.hit3++;
  if (rank >= 1) s.rr += 1 / rank;
}
/** The module a result URL lands on: a module entry (`…/modules-and-frequent-issues/#mta`) or a sign (`#mta--…`). */
const moduleOf = (url: string) => {
  const m = /\/(?:modules-and-frequent-issues\/(?:\d+\/)?|modules\/[^/]+\/)#([^#]+)$/.exec(url);
  return m?.[1]?.split('--')[0]?.toLowerCase();
};
/** Rank (1-based) of the first result landing on the expected module's entry or one of its signs, 0 when none. */
const entryRank = (urls: string[], id: string) => urls.findIndex((u) => moduleOf(u) === id.toLowerCase()) + 1;
/** Rank of the module page among plain page-level results (it cannot land on the entry). */
const pageRank = (urls: string[], id: string) =>
  urls.findIndex((u) => u.includes('/modules-and-frequent-issues/') || u.includes(`/modules/${id.toLowerCase()}/`)) + 1;

const ours: Record<string, Score> = {};
const base: Record<string, Score> = {};
const misses: string[] = [];
const notFirst: string[] = [];
const cold: number[] = [];
const focused: number[] = [];
const warm: number[] = [];
const firstBytes: number[] = [];
const jsBefore: number[] = [];
const searchBefore: number[] = [];

const port = Number(process.env['BENCH_PORT'] ?? 4390);
const site = await serve(dist, port);
const baseDir = baselineSite();
const baseline = await serve(baseDir, port + 1);
try {
  for (const locale of locales) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers: { url: string; bytes: number; type: string }[] = [];
    page.on('response', async (res) => {
      try {
        const body = await res.body();
        transfers.push({
          url: res.url(),
          bytes: Math.min(body.length, gzipSync(body).length),
          type: res.request().resourceType(),
        });
      } catch {
        // Redirects have no body.
      }
    });
    await page.goto(`${site.url}/${locale.path}/modules-and-frequent-issues/`, { waitUntil: 'networkidle' });
    jsBefore.push(transfers.filter((t) => t.type === 'script').reduce((a, t) => a + t.bytes, 0));
    searchBefore.push(transfers.filter((t) => /pagefind|search-ui/.test(t.url)).reduce((a, t) => a + t.bytes, 0));
    const before = transfers.length;
    // The first search is cross-language on purpose: the budget must hold for it too. It is typed
    // 500 ms after the box got focus, as a reader does; focusing starts the downloads.
    const first = set.crossLanguage.find((q) => q.site === locale.code)!;
    await page.locator('#site-search').focus();
    await page.waitForTimeout(500);
    const r0 = await runQuery(page, first.q);
    await page.waitForLoadState('networkidle');
    focused.push(r0.ms);
    firstBytes.push(transfers.slice(before).reduce((a, t) => a + t.bytes, 0));
    // Cold: typed with no focus before (the input event alone), in a fresh page.
    const coldPage = await browser.newPage();
    await coldPage.goto(`${site.url}/${locale.path}/modules-and-frequent-issues/`, { waitUntil: 'networkidle' });
    cold.push((await runQuery(coldPage, first.q)).ms);
    await coldPage.close();

    const groups: [string, Query[]][] = [
      [locale.code, set.sameLanguage[locale.code] ?? []],
      ['cross-language', set.crossLanguage.filter((q) => q.site === locale.code)],
      ['module names', set.moduleNames],
      ...Object.entries(ticketGroups).map(([kind, group]): [string, Query[]] => [
        group,
        (set.tickets[locale.code] ?? []).filter((q) => q.kind === kind),
      ]),
      ...signQueries.flatMap(({ group, queries }) =>
        signKinds.map((kind): [string, Query[]] => [
          `${group}: ${kind}`,
          queries.filter((q) => q.site === locale.code && q.kind === kind),
        ]),
      ),
    ];
    const basePage = await context.newPage();
    await basePage.goto(`${baseline.url}/${locale.path}/`);
    for (const [group, queries] of groups) {
      ours[group] ??= empty();
      base[group] ??= empty();
      // The held-out queries are scored, never shown.
      const hidden = signSets.some(([name, , h]) => h && group.startsWith(`${name}: `));
      for (const q of queries) {
        const r = await runQuery(page, q.q);
        warm.push(r.ms);
        const rank = entryRank(r.urls, q.expect);
        add(ours[group], rank);
        if (hidden) {
          add(base[group], pageRank(await runBaseline(basePage, q.q), q.expect));
          continue;
        }
        if (rank !== 1) notFirst.push(`${locale.code} [${group}] "${q.q}" → ${q.expect} at ${rank || '-'}`);
        if (rank === 0 || rank > 3)
          misses.push(
            `${locale.code} [${group}] "${q.q}" → expected ${q.expect}, got ${
              r.urls
                .slice(0, 3)
                .map((u) => u.split('/').slice(-2).join('/'))
                .join(', ') || 'nothing'
            }`,
          );
        add(base[group], pageRank(await runBaseline(basePage, q.q), q.expect));
      }
    }
    await context.close();
  }
} finally {
  site.stop();
  baseline.stop();
  rmSync(baseDir, { recursive: true, force: true });
  await browser.close();
}

/** The sum of the groups whose name passes `pick`. */
const total = (scores: Record<string, Score>, pick: (group: string) => boolean = () => true) =>
  Object.entries(scores)
    .filter(([g]) => pick(g))
    .map(([, s]) => s)
    .reduce((a, s) => ({ n: a.n + s.n, hit1: a.hit1 + s.hit1, hit3: a.hit3 + s.hit3, rr: a.rr + s.rr }), empty());
const fmt = (s: Score) => [(s.hit1 / s.n).toFixed(2), (s.hit3 / s.n).toFixed(2), (s.rr / s.n).toFixed(2)];
/** Summary rows: every group, then the sign sets as a whole, then everything. */
const summaries: [string, (g: string) => boolean][] = [
  ...signQueries.map(({ group }): [string, (g: string) => boolean] => [
    `${group}: all`,
    (g) => g.startsWith(`${group}: `),
  ]),
  ['overall', () => true],
];
const named = [
  ...Object.keys(ours).map((g): [string, Score, Score] => [g, ours[g]!, base[g]!]),
  ...summaries.map(([g, pick]): [string, Score, Score] => [g, total(ours, pick), total(base, pick)]),
];
const rows = named
  .filter(([, o]) => o.n > 0)
  .map(([g, o, b]) => ({
    group: g,
    queries: o.n,
    'hit@1': fmt(o)[0],
    'hit@3': fmt(o)[1],
    MRR: fmt(o)[2],
    'baseline hit@1': fmt(b)[0],
    'baseline hit@3': fmt(b)[1],
    'baseline MRR': fmt(b)[2],
  }));
console.log(
  '\nSearch quality (ours: lands on the module entry; baseline: Pagefind plain page-level search, ' +
    'counted as a hit when it lands on the module page, since it cannot reach the entry)',
);
console.table(rows);
const c = percentiles(cold);
const f = percentiles(focused);
const w = percentiles(warm);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.table([
  {
    measure: 'first query, typed 500 ms after focus (ms), median / p95',
    value: `${f.median.toFixed(1)} / ${f.p95.toFixed(1)}`,
  },
  { measure: 'cold first query, no focus (ms), median / p95', value: `${c.median.toFixed(1)} / ${c.p95.toFixed(1)}` },
  { measure: `warm query (ms), median / p95, n=${warm.length}`, value: `${w.median.toFixed(1)} / ${w.p95.toFixed(1)}` },
  { measure: 'first search transferred (gzip), max over locales', value: kb(Math.max(...firstBytes)) },
  { measure: 'first search transferred (gzip), per locale', value: firstBytes.map(kb).join(', ') },
  { measure: 'search code loaded before the first search', value: kb(Math.max(...searchBefore)) },
  { measure: 'all JS loaded before the first search (gzip), max', value: kb(Math.max(...jsBefore)) },
]);
if (process.env['BENCH_VERBOSE'] && notFirst.length) console.log(`\nNot first:\n  ${notFirst.join('\n  ')}`);
if (misses.length) console.log(`\nMisses (not in the top 3):\n  ${misses.join('\n  ')}`);
