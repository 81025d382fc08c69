/**
 * Page weight as a reader's browser pays it: the HTML, CSS and JavaScript a page loads before
 * any search, in gzip bytes. Measured in Chromium, so that scripts imported by other scripts
 * count too. Shared by `npm run bench:pages` and the budget test.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response, Route } from '@playwright/test';

/** The budgets the build enforces (`scripts/budgets.ts`), re-exported for the benches and tests. */
export { budgets } from '../scripts/budgets.ts';

export type Weight = { html: number; css: number; js: number; files: { url: string; type: string; bytes: number }[] };

/** Bytes on the wire for a body served with gzip: files that are compressed already stay as they are. */
export function wireBytes(body: Buffer): number {
  return Math.min(body.length, gzipSync(body).length);
}

const kinds: Record<string, 'html' | 'css' | 'js'> = { document: 'html', stylesheet: 'css', script: 'js' };

/** Opens a URL in a fresh page state and returns what it loaded before any interaction. */
export async function measurePage(page: Page, url: string): Promise<Weight> {
  const pending: Promise<void>[] = [];
  const weight: Weight = { html: 0, css: 0, js: 0, files: [] };
  const onResponse = (res: Response) => {
    const kind = kinds[res.request().resourceType()];
    if (!kind || res.status() >= 300) return;
    pending.push(
      res.body().then(
        (body) => {
          const bytes = wireBytes(body);
          weight[kind] += bytes;
          weight.files.push({ url: res.url(), type: kind, bytes });
        },
        () => undefined,
      ),
    );
  };
  // A page that sends the reader on (a short link) is measured as itself, not plus its target.
  let navigations = 0;
  const hold = (route: Route) =>
    route.request().isNavigationRequest() && route.request().frame() === page.mainFrame() && navigations++ > 0
      ? route.abort('aborted')
      : route.continue();
  page.on('response', onResponse);
  const pageUrl = (u: URL) => u.pathname.endsWith('/') || u.pathname.endsWith('.html');
  await page.route(pageUrl, hold);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
  } finally {
    page.off('response', onResponse);
    await page.unroute(pageUrl, hold);
  }
  return weight;
}

/** Formats bytes as KB with one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
