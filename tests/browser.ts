/**
 * The Chromium every test and benchmark drives, found in one place. `node tests/browser.ts --install`
 * (run by `npm run test:e2e`) brings one when none is found, or says in one line what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Browsers installed from the system's packages, in the order they are preferred. */
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'];

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`), which Playwright itself runs for headless tests:
 * the full browser in headless mode keeps its GPU process and compositor, and took 2.4 times as long for the
 * end-to-end tests on two cores (237 s against 97 s).
 */
const headlessShells = ['/usr/bin/chromium-headless-shell'];

/** Playwright's own Chromium, when `playwright install chromium` has downloaded it. */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of a Chromium to launch: `CHROMIUM_PATH` (or `CHROME_PATH`, which Lighthouse reads) when
 * set, else a system headless shell (unless the full browser is asked for: Lighthouse), else a system
 * Chromium, else Playwright's own; undefined when there is none.
 */
export function chromiumPath({ full = false }: { full?: boolean } = {}): string | undefined {
  const chosen = process.env['CHROMIUM_PATH'] || process.env['CHROME_PATH'];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return [...(full ? [] : headlessShells), ...systemPaths].find((p) => existsSync(p)) ?? playwrightChromium();
}

/** The one line printed when no browser can be had, naming what to install and how to point at it. */
export const noChromiumHelp =
  'No Chromium found and Playwright could not download one: install the system packages `chromium` and ' +
  '`fonts-noto-cjk` (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk), then run again, or set ' +
  'CHROMIUM_PATH=/path/to/chromium.';

/** Finds a Chromium, or installs Playwright's; exits 1 with one line when neither works. */
function ensureChromium(): void {
  const chosen = process.env['CHROMIUM_PATH'] || process.env['CHROME_PATH'];
  if (chosen && !existsSync(chosen)) {
    console.error(`CHROMIUM_PATH is "${chosen}", which does not exist: point it at a Chromium, or unset it.`);
    process.exit(1);
  }
  if (chromiumPath()) return;
  console.log('No Chromium found: running `npx playwright install chromium`…');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'pipe', timeout: 300_000 });
  if (install.status === 0 && chromiumPath()) return;
  console.error(noChromiumHelp);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--install')) ensureChromium();
