// Playwright: the end-to-end tests against the built site, served locally.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/browser.ts';
import { distDir, missingBuild } from './tests/support/built-site.ts';

// One line instead of a stack or a web server timeout when there is no build to serve. Checked here,
// not in a global setup: Playwright starts the web server and loads the specs before global setup runs.
if (!existsSync(`${distDir}/index.html`)) {
  console.error(missingBuild);
  process.exit(1);
}

// A system Chromium where one exists (some machines cannot download Playwright's browsers);
// Playwright's own browser anywhere else (tests/browser.ts).
const chromium = chromiumPath();
const port = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  // Starts the build of the split-table site, which its spec waits for, while the other tests run.
  globalSetup: './tests/e2e/setup/global-setup.ts',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  // Three on two cores: the tests wait on their pages most of the time (measured: 12 s less than two).
  workers: 3,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The built site, served as a static host would (the nearest 404.html answers a missing
    // page); `npm test` builds it first. Not `astro preview`: it allows one server per project.
    command: `node scripts/serve.ts ${distDir} ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
