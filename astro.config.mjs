// @ts-check
// Astro configuration: site origin (also written into the print stylesheet), MDX with the port-anchor and
// scrolling-table plugins, sitemap.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { printOrigin } from './scripts/print-origin.ts';
import { siteOrigin } from './src/lib/origin.ts';
import { portAnchorsPlugin } from './src/lib/port-anchors.ts';
import { scrollTablesPlugin } from './src/lib/scroll-tables.ts';
import { defaultLocale, locales } from './src/locales.ts';

/**
 * No `modulepreload` links for the chunks a dynamic import needs (the search UI's): the page has loaded them
 * already (the locales chunk), and Firefox fires `error` on a `crossorigin` modulepreload of a module the page
 * loaded without that attribute. Vite's preload helper also weighed about 1 KB in every page's first script.
 * Astro sets `build.modulePreload` itself, over the user's value, so this plugin sets it for the browser build.
 * @type {import('vite').Plugin}
 */
const noModulePreload = {
  name: 'no-module-preload',
  configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
};

export default defineConfig({
  site: siteOrigin,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSP allows styles and scripts from 'self' only, so nothing may be inlined.
    inlineStylesheets: 'never',
    // Pages in flight at once: rendering one while the previous ones are written to disk. Output
    // identical; at 1,100 modules page generation took 3.2-3.5 s with 2 to 8, 6.1-8.4 s with 1.
    concurrency: 8,
  },
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    // No modulepreload helper (see above); printed links show their address on the site (src/styles/print.css).
    plugins: [noModulePreload, printOrigin(siteOrigin)],
  },
  outDir: process.env.ASTRO_OUT_DIR ?? process.env.DIST_DIR ?? './dist',
  // Separate caches let two builds (a benchmark and a test run) proceed side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    sitemap({
      // Each page lists its five language versions as alternates (xhtml:link hreflang).
      i18n: { defaultLocale: defaultLocale.path, locales: Object.fromEntries(locales.map((l) => [l.path, l.code])) },
      // Short links, 404 pages and the search page are not content.
      filter: (page) => !/\/(m\/[^/]+|404|[a-z-]+\/search)\/$/.test(new URL(page).pathname),
      // Every locale has a path prefix, so the root (the language picker) is no locale's version:
      // the integration would otherwise list it as a second zh-TW home page.
      serialize: (item) => {
        if (item.links)
          item.links =
            new URL(item.url).pathname === '/' ? [] : item.links.filter((l) => new URL(l.url).pathname !== '/');
        return item;
      },
    }),
  ],
  markdown: {
    // Code blocks are plain `<pre><code>`: Shiki's inline colour styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    // Each port of the ports tables gets its own anchor, for the runbook's port links; tables scroll
    // sideways on a phone rather than split their commands.
    processor: satteri({ hastPlugins: [portAnchorsPlugin, scrollTablesPlugin] }),
  },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
