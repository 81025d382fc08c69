/**
 * A Vite plugin that writes the site's origin (Astro's `site`) into the print stylesheet, where printed links
 * show their address: CSS cannot read the origin, and the pages may not carry inline styles (the CSP).
 */
import type { Plugin } from 'vite';

/** The stylesheet and the placeholder it holds for the origin. */
const stylesheet = /\/src\/styles\/print\.css(\?.*)?$/;
const placeholder = "'SITE_ORIGIN'";

/** Returns the plugin: `origin` replaces the placeholder, as a CSS string. */
export function printOrigin(origin: string): Plugin {
  return {
    name: 'print-origin',
    enforce: 'pre',
    transform(code, id) {
      if (!stylesheet.test(id)) return undefined;
      if (!code.includes(placeholder))
        throw new Error(
          `${id}: the placeholder ${placeholder} is missing, so printed links would lack the site's address`,
        );
      return { code: code.replace(placeholder, JSON.stringify(origin)), map: null };
    },
  };
}
