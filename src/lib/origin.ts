/**
 * The site's origin, declared once for Astro's `site`, canonical and hreflang links, the sitemap and
 * copied links: `SITE_URL` when set, else the local server's address (local builds only).
 */
export const localOrigin = 'http://localhost:4321';

/** What is wrong with a `SITE_URL` value, in one line with the fix; undefined when it is usable. */
export function siteUrlProblem(value: string): string | undefined {
  const example = `https://${value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '') || 'docs.example.com'}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is "${value}", which is not a URL: set it with its scheme, e.g. SITE_URL=${example}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL is "${value}", which has no http:// or https:// scheme: set it as e.g. SITE_URL=${example}`;
  if (url.search || url.hash)
    return (
      `SITE_URL is "${value}", which has a query or fragment: set it to the origin only, e.g. ` +
      `SITE_URL=${url.origin}`
    );
  return undefined;
}

/** The origin set with `SITE_URL`, without a trailing slash; undefined for a local build. Throws on a bad value. */
export const configuredOrigin: string | undefined = (() => {
  const value = process.env['SITE_URL']?.trim();
  if (!value) return undefined;
  const problem = siteUrlProblem(value);
  if (problem) throw new Error(problem);
  return value.replace(/\/+$/, '');
})();

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
