/**
 * The site's origin, declared once for Astro's `site`, canonical and hreflang links, the sitemap and
 * copied links: `SITE_URL` when set, else the local server's address.
 */
const localOrigin = 'http://localhost:4321';

/** The origin pages are published at, without a trailing slash. */
export const siteOrigin = (process.env['SITE_URL'] ?? localOrigin).replace(/\/+$/, '');
