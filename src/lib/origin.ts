/**
 * The site's origin, declared once for Astro's `site`, canonical and hreflang links, the sitemap and
 * copied links: `SITE_URL` when set, else the local server's address.
 */
const localOrigin = 'http://localhost:4321';

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

/** The origin pages are published at, without a trailing slash; throws with the fix on a bad SITE_URL. */
export const siteOrigin = (() => {
  const value = process.env['SITE_URL'] ?? localOrigin;
  const problem = siteUrlProblem(value);
  if (problem) throw new Error(problem);
  return value.replace(/\/+$/, '');
})();
