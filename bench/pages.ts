/**
 * `npm run bench:pages`: the weight of every built page and the Lighthouse scores of the module
 * page in each locale, printed as tables.
 *
 * Weight: gzip bytes of the HTML, CSS and JavaScript a page loads in Chromium before any search
 * (budgets: HTML ≤ 10 KB, CSS ≤ 8 KB, JS ≤ 5 KB). Lighthouse 13 (npm `lighthouse`, default mobile
 * emulation and throttling) drives the same Chromium through CHROME_PATH.
 *
 * Reads the site in DIST_DIR (default dist/; run `npm run build` first) and serves it on
 * BENCH_PORT (default 4392). `--no-lighthouse` prints the weights only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { locales } from '../src/locales.ts';
import { chromiumPath } from '../tests/browser.ts';
import { modulePageId } from '../src/lib/urls.ts';
import { budgets, kb, measurePage } from './page-weight.ts';
import { serve } from './serve.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const port = Number(process.env['BENCH_PORT'] ?? 4392);
// The full browser: Lighthouse measures what a reader's Chromium does.
const chrome = chromiumPath({ full: true });
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run \`npm run build\` first (or set DIST_DIR to a built site).`);
  process.exit(1);
}

/** Every built page as a site path, the way a reader reaches it. */
const pages = (readdirSync(dist, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .map((f) => `/${f.replaceAll('\\', '/').replace(/index\.html$/, '')}`)
  .sort();

const site = await serve(dist, port);
const browser = await chromium.launch({
  ...(chrome ? { executablePath: chrome } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const rows: Record<string, string | number>[] = [];
const worst = { html: 0, css: 0, js: 0 };
let over = 0;
try {
  const page = await browser.newPage();
  for (const path of pages) {
    const w = await measurePage(page, `${site.url}${path}`);
    const fails = (['html', 'css', 'js'] as const).filter((k) => w[k] > budgets[k]);
    over += fails.length > 0 ? 1 : 0;
    for (const k of ['html', 'css', 'js'] as const) worst[k] = Math.max(worst[k], w[k]);
    rows.push({
      page: path,
      'HTML gzip': w.html,
      'CSS gzip': w.css,
      'JS gzip': w.js,
      files: w.files.length,
      budget: fails.length ? `over: ${fails.join(', ')}` : 'ok',
    });
  }
} finally {
  await browser.close();
}
console.log(
  `\nPage weight before any search, gzip bytes (budgets: HTML ${kb(budgets.html)}, CSS ` +
    `${kb(budgets.css)}, JS ${kb(budgets.js)})`,
);
console.table(rows);
console.log(
  `Largest: HTML ${kb(worst.html)}, CSS ${kb(worst.css)}, JS ${kb(worst.js)}; ${pages.length} pages, ` +
    `${over} over budget.`,
);

/** Runs the Lighthouse CLI on a URL; resolves with its exit status and output. */
function lighthouse(
  url: string,
  categories: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      join('node_modules', '.bin', 'lighthouse'),
      [
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${chromeFlags}`,
      ],
      { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

if (!process.argv.includes('--no-lighthouse')) {
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const scores: Record<string, string | number>[] = [];
  const lost: string[] = [];
  try {
    for (const locale of locales) {
      const url = `${site.url}/${locale.path}/${modulePageId}/`;
      // Asynchronous: the site is served from this very process, so a blocking spawn would starve it.
      const run = await lighthouse(url, categories);
      if (run.status !== 0) {
        scores.push({
          locale: locale.code,
          error: (run.stderr || `exit ${run.status}`).trim().split('\n').slice(-1)[0] ?? '',
        });
        continue;
      }
      const report = JSON.parse(run.stdout) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
      };
      scores.push({
        locale: locale.code,
        ...Object.fromEntries(categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
      });
      for (const c of categories) {
        for (const ref of report.categories[c]?.auditRefs ?? []) {
          const audit = report.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            lost.push(`${locale.code} ${c}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
    }
  } finally {
    site.stop();
  }
  console.log(`\nLighthouse (mobile emulation) of /<locale>/${modulePageId}/`);
  console.table(scores);
  if (lost.length) console.log(`Audits below full marks:\n  ${lost.join('\n  ')}`);
} else {
  site.stop();
}
