/**
 * The reading gates: what a reader does first, run in the system Firefox and WebKit (`firefox.test.ts`,
 * `webkit.test.ts`), where Playwright's Chromium runs are not enough: landing on an entry from a link, a
 * search, a copy button, the language menu and a short link. Each gate also fails on any script error or
 * resource that fails to load in the page. On failure the viewport is saved to `test-results/engines/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { homeUrl, moduleUrl, shortUrl, signUrl } from '../../src/lib/urls.ts';
import { distDir, signs } from '../support/built-site.ts';
import { label } from '../support/strings.ts';
import { missingPackages, openEngine } from './engines.ts';
import type { EngineName, Tab } from './tab.ts';

/**
 * Where the element `id` sits against the sticky header, in the page, once it has landed right below it (at
 * most 20 px lower: the margin kept above a target); null before.
 */
function landed(id: string) {
  const element = document.getElementById(id);
  const header = document.querySelector('.site-header');
  if (!element || !header) return null;
  const h = header.getBoundingClientRect();
  const top = element.getBoundingClientRect().top;
  if (top < h.bottom - 0.5 || top > h.bottom + 20) return null;
  return { top, headerTop: h.top, viewport: innerHeight };
}

/**
 * Colours of the viewport's first two pixel rows that are not the header's background, decoded from a
 * screenshot in the page itself: the page showing through above the sticky header. (WebKitGTK paints a sticky
 * element black in an element screenshot: the whole viewport is taken.)
 */
async function stripAboveHeader(png: string): Promise<string[]> {
  const header = document.querySelector('.site-header')!;
  const background = getComputedStyle(header).backgroundColor.replace(/\s/g, '');
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  // Only where the header is: a classic scrollbar may sit beside it.
  const width = Math.floor(header.getBoundingClientRect().right * (image.width / innerWidth));
  const data = context.getImageData(0, 0, width, 2).data;
  const other = new Set<string>();
  for (let i = 0; i < data.length; i += 4) {
    const colour = `rgb(${data[i]},${data[i + 1]},${data[i + 2]})`;
    if (colour !== background) other.add(colour);
  }
  return [...other];
}

/** Registers the gates of one engine; skipped (with the packages to install) when it is missing. */
export function readingGates(engine: EngineName): void {
  const missing = missingPackages(engine);
  describe.skipIf(missing.length > 0)(`reading in ${engine}`, () => {
    let server: Server;
    let tab: Tab;

    beforeAll(async () => {
      server = await startServer(distDir, 0);
      const { port } = server.address() as { port: number };
      tab = await openEngine(engine, `http://localhost:${port}`);
      await tab.resize(1280, 800);
    }, 60_000);

    afterAll(async () => {
      await tab?.close();
      server?.close();
    });

    /** Runs a gate; saves the viewport when it fails and expects no page errors when it passes. */
    const gate = (name: string, body: () => Promise<void>) =>
      test(name, async ({ onTestFailed }) => {
        onTestFailed(async () => {
          mkdirSync('test-results/engines', { recursive: true });
          const file = `test-results/engines/${engine}-${name.slice(0, 40).replace(/\W+/g, '-')}.png`;
          writeFileSync(file, await tab.screenshot());
          console.error(`${engine}: the viewport when "${name}" failed is in ${file}`);
        });
        await body();
        expect(await tab.errors(), 'script errors and resources that failed to load').toEqual([]);
      });

    /** Opens `path` and expects the element `id` to land right below the sticky header, nothing above it. */
    const expectLanding = async (path: string, id: string, pixels: boolean) => {
      await tab.goto(path);
      const at = (await tab.waitFor(`#${id} to land right below the header`, landed, [id]))!;
      expect(at.top, `${path}: the entry starts inside the viewport`).toBeLessThan(at.viewport);
      expect(at.headerTop, `${path}: the header sits at the top`).toBe(0);
      if (!pixels) return;
      // A screenshot is the slowest step of the gate: the header is the same on every page, read once per width.
      const png = (await tab.screenshot()).toString('base64');
      expect(await tab.run(stripAboveHeader, png), `${path}: content showing above the header`).toEqual([]);
    };

    gate('a module fragment and a sign fragment land below the sticky header, on a desktop and a phone', async () => {
      const sign = signs.find((s) => s.module === 'mta')!;
      for (const width of [1280, 360]) {
        await tab.resize(width, 760);
        await expectLanding(moduleUrl('ja', 'wfserver'), 'wfserver', true);
        await expectLanding(signUrl('sv', sign), `${sign.module}--${sign.id}`, false);
      }
      await tab.resize(1280, 800);
    });

    gate('a symptom typed in the header search puts its module first', async () => {
      // Japanese: the engine's own Intl.Segmenter cuts the query into words.
      await tab.goto(homeUrl('ja'));
      await tab.defined('site-search');
      await tab.click('.site-header site-search input');
      await tab.type('メールが送れなくなった');
      const first = await tab.waitFor(
        'the results',
        () =>
          document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
          document.querySelector('#search-results a')?.getAttribute('href'),
        [],
      );
      expect(first).toBe(moduleUrl('ja', 'mta'));
    });

    gate('a copy button copies the entry’s link and says so, its labels on one line', async () => {
      await tab.goto(moduleUrl('nl', 'trackinglogd').replace(/#.*/, ''));
      await tab.defined('copy-button');
      // What the page hands to the clipboard, recorded on its way there (reading the clipboard back needs a
      // permission that these engines do not let a test grant).
      await tab.run(() => {
        const clipboard = navigator.clipboard;
        const write = clipboard.writeText.bind(clipboard);
        clipboard.writeText = (text: string) => {
          (window as unknown as { copied: string }).copied = text;
          return write(text);
        };
      });
      await tab.click('tr[id="trackinglogd"] copy-button[data-kind="link"] button');
      const confirmation = label('nl', 'module.copied');
      const shown = await tab.waitFor(
        'the confirmation',
        (text: string) =>
          document.querySelector('tr[id="trackinglogd"] copy-button[data-kind="link"] .copy-done')?.textContent ===
            text && document.querySelector('copy-strings [role="status"]')?.textContent,
        [confirmation],
      );
      expect(shown).toBe(confirmation);
      expect(await tab.run(() => (window as unknown as { copied?: string }).copied)).toBe(
        tab.origin + moduleUrl('nl', 'trackinglogd'),
      );
      // The entry's buttons show their labels on one line (WebKit once wrapped them in a narrow column): the
      // label's text makes one line box.
      const lines = await tab.run(() =>
        [...document.querySelectorAll('tr[id="trackinglogd"] th button')].map((button) => {
          const range = document.createRange();
          range.selectNodeContents(button.firstChild!);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((n) => n !== 1)).toEqual([]);
    });

    gate('the language menu opens the same entry in another language', async () => {
      await tab.goto(moduleUrl('ja', 'wfserver'));
      await tab.defined('lang-switch');
      await tab.click('lang-switch summary');
      await tab.click('lang-switch a[data-locale="nl"]');
      await tab.waitForPath(moduleUrl('nl', 'wfserver'));
      await tab.waitFor(
        'the entry in view',
        (id: string) => {
          const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
          return top > 0 && top < innerHeight;
        },
        ['wfserver'],
      );
    });

    gate('a short link opens the entry in the language the reader last read', async () => {
      await tab.goto(homeUrl('ko'));
      await tab.defined('lang-switch');
      // The page read remembers its language (src/client/locale-memory.ts, tested in Chromium end to end).
      await tab.waitFor('the language remembered', () => localStorage.getItem('campaign-docs:locale'), []);
      await tab.goto(shortUrl('syslogd'));
      await tab.waitForPath(moduleUrl('ko', 'syslogd'));
    });
  });
}
