/**
 * The built site as the tests see it: its pages, their HTML and their templates, read from `DIST_DIR`
 * and the content, shared by the checks over `dist/` (Vitest) and the browser tests (Playwright).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadModules } from '../../src/content/modules-file.ts';
import { loadSigns } from '../../src/content/signs-file.ts';
import { pagesDir } from '../../src/content/paths.ts';
import { modulePageId, modulesFolder } from '../../src/lib/urls.ts';
import { defaultLocale, locales, type Locale } from '../../src/locales.ts';

/** The built site folder. */
export const distDir = process.env['DIST_DIR'] ?? 'dist';

/** The one line every test runner prints when there is nothing built to test. */
export const missingBuild = `No built site in ${distDir}/: run npm run build first (npm run build:local without SITE_URL; the same DIST_DIR).`;

/** Throws {@link missingBuild}, without a stack, when the site has not been built. */
export function assertBuilt(): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  const error = new Error(missingBuild);
  error.stack = missingBuild;
  throw error;
}

let pages: string[] | undefined;

/** Every HTML file of the built site as a URL path (`/`, `/ja/log-precision/`, `/404.html`), sorted. */
export function builtPages(): string[] {
  if (pages) return pages;
  assertBuilt();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        out.push(
          `/${relative(distDir, path)
            .replaceAll('\\', '/')
            .replace(/index\.html$/, '')}`,
        );
      }
    }
  };
  walk(distDir);
  pages = out.sort();
  return pages;
}

/** Returns the built HTML of a URL path. */
export function builtHtml(path: string): string {
  assertBuilt();
  return readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

const docs = new Map<string, HTMLElement>();

/**
 * Returns the parsed document of a URL path, parsed once. `<pre>` and `<noscript>` are parsed as
 * elements, as a reader without JavaScript sees them (node-html-parser keeps them as raw text by default).
 */
export function builtDoc(path: string): HTMLElement {
  let doc = docs.get(path);
  if (!doc) docs.set(path, (doc = parse(builtHtml(path), { blockTextElements: { script: true, style: true } })));
  return doc;
}

/** Returns true when a URL path is a file of the built site, as the static server would find it. */
export function servedFile(path: string): boolean {
  const file = join(distDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile();
}

/** The modules of the shipped collection, in upstream order (the order of the module table). */
export const modules = loadModules();

/** Module ids in upstream order. */
export const moduleIds = modules.map((m) => m.id);

/** The signs of the shipped collection, every module's, in file order. */
export const signs = loadSigns(moduleIds);

/** Ids of the MDX pages, read from the first locale's content folder. */
export const mdxPageIds = readdirSync(join(pagesDir, defaultLocale.path))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

/** Ids of every content page a locale serves: the module table and the MDX pages. */
export const pageIds = [modulePageId, ...mdxPageIds];

/** The page templates of the site; each browser gate runs once per template and locale. */
export const templates = [
  'root picker',
  'root 404',
  'short link',
  'locale home',
  'module table',
  'module page',
  'MDX page',
  'search page',
  'localized 404',
] as const;
export type Template = (typeof templates)[number];

/** Returns the template a built page was rendered from, and its locale when it has one. */
export function templateOf(path: string): { template: Template; locale?: Locale } {
  if (path === '/') return { template: 'root picker' };
  if (path === '/404.html') return { template: 'root 404' };
  if (path.startsWith('/m/')) return { template: 'short link' };
  const [, segment, rest = ''] = path.split('/');
  const locale = locales.find((l) => l.path === segment);
  if (!locale) throw new Error(`${path}: a built page of no known template. Fix: add its template to templateOf().`);
  const named: Record<string, Template> = { '': 'locale home', '404.html': 'localized 404', search: 'search page' };
  named[modulePageId] = 'module table';
  named[modulesFolder] = 'module page';
  const template = named[rest] ?? 'MDX page';
  return { template, locale };
}

/** A page chosen to stand for its template in one locale (or in none). */
export type Sample = { template: Template; locale?: Locale; path: string };

/**
 * One built page per template and locale, the MDX page rotating through the pages so that every
 * locale tests a different one. Fails when a template has no page: the build is incomplete.
 */
export function templateSamples(): Sample[] {
  const samples: Sample[] = [];
  const all = builtPages().map((path) => ({ path, ...templateOf(path) }));
  for (const template of templates) {
    const ofTemplate = all.filter((p) => p.template === template);
    if (ofTemplate.length === 0) throw new Error(`The build has no page of the "${template}" template.`);
    const byLocale = [...new Set(ofTemplate.map((p) => p.locale))];
    for (const [i, locale] of byLocale.entries()) {
      const candidates = ofTemplate.filter((p) => p.locale === locale);
      samples.push(candidates[i % candidates.length]!);
    }
  }
  return samples;
}
