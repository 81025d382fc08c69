/**
 * The site's origin, declared once for Astro's `site`, canonical and hreflang links, the sitemap and
 * copied links: `SITE_URL` when set, else the local server's address (local builds only).
 */
export const localOrigin = 'http://localhost:4321';

/** The origin set with `SITE_URL`, without a trailing slash; undefined for a local build. */
export const configuredOrigin: string | undefined = process.env['SITE_URL']?.replace(/\/+$/, '') || undefined;

/** The origin pages are published at, without a trailing slash. */
export const siteOrigin = configuredOrigin ?? localOrigin;

/**
 * Returns why a production build cannot start (no `SITE_URL`: canonical, hreflang and sitemap
 * URLs would name localhost), or undefined when it can. `local` is the flag `npm start` passes.
 */
export function originProblem(env: Record<string, string | undefined>, local: boolean): string | undefined {
  if (local || env['SITE_URL']?.trim()) return undefined;
  return 'SITE_URL is not set: run SITE_URL=https://docs.example.com npm run build (or npm start for a local site).';
}
