// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, ''),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSP allows styles and scripts from 'self' only, so nothing may be inlined.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  outDir: process.env.ASTRO_OUT_DIR ?? process.env.DIST_DIR ?? './dist',
  // Separate caches let two builds (a benchmark and a test run) proceed side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  markdown: {
    // Code blocks are plain `<pre><code>`: Shiki's inline colour styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
