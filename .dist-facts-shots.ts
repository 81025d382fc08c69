import { chromium } from '@playwright/test';
const base = process.env['BASE_URL'] ?? 'http://localhost:4403';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const l of ['ja', 'nl']) {
  for (const [width, scheme] of [[1280, 'light'], [360, 'dark']] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const tab = await context.newPage();
    await tab.goto(`${base}/${l}/modules-and-frequent-issues/`);
    await tab.screenshot({ path: `/tmp/facts-shots/${l}-${width}-${scheme}-top.png` });
    await tab.locator('#web details.facts summary').click();
    await tab.locator('#web').screenshot({ path: `/tmp/facts-shots/${l}-${width}-${scheme}-web-row.png` });
    await tab.locator('section.module-map').screenshot({ path: `/tmp/facts-shots/${l}-${width}-${scheme}-map.png` });
    await context.close();
  }
}
await browser.close();
