/**
 * `npm run screenshots`: captures pages of the built site in every locale at desktop and 360 px
 * widths, light and dark, into `screenshots/` for a visual check. Needs `npm run preview` running.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { locales } from '../src/locales.ts';
import { chromiumPath } from '../tests/browser.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const pages = (process.argv[2] ?? 'modules-and-frequent-issues').split(',');
const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
mkdirSync('screenshots', { recursive: true });
for (const page of pages) {
  for (const l of locales) {
    for (const [width, scheme] of [
      [1280, 'light'],
      [360, 'dark'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const tab = await context.newPage();
      await tab.goto(`${base}/${l.path}/${page === 'home' ? '' : `${page}/`}`);
      await tab.screenshot({
        path: `screenshots/${page}-${l.path}-${width}-${scheme}.png`,
        fullPage: process.env['FULL'] === '1',
      });
      await context.close();
    }
  }
}
await browser.close();
console.log(`Screenshots written to screenshots/ (${pages.join(', ')})`);
