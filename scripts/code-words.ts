/**
 * Marks where commands and paths may wrap in the built pages: each piece of a `<code>` that must
 * stay on one line becomes a `<span>` (styled `white-space: nowrap`), joined by the spaces between
 * arguments or by `<wbr>` after a `/` of a long path. One pass over every page catches code from
 * MDX, from collection strings and from the runbook facts alike.
 */
import { codePieces } from '../src/lib/code-words.ts';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Characters after which browsers may wrap a line (UAX #14), besides spaces: a hyphen (Chromium
 * also wraps after the one that starts an option, `-verbose`), a slash, `?`, `!`, `|`, `}`.
 */
const breakable = /[-\u2010-\u2014/?!|}…]/;

/** Returns the HTML with every text-only `<code>` of more than one piece split into nowrap pieces. */
export function wrapCode(html: string): string {
  return html.replace(/<code(\s[^>]*)?>([^<]*)<\/code>/g, (whole, attrs: string | undefined, text: string) => {
    const pieces = codePieces(decode(text));
    if (pieces.length < 2) return whole;
    const classed = /\bclass="/.test(attrs ?? '')
      ? (attrs ?? '').replace(/\bclass="/, 'class="words ')
      : `${attrs ?? ''} class="words"`;
    // Only a piece a browser could break (at a hyphen, a slash…) needs its span: the page has a weight budget.
    const inner = pieces
      .map((p, i) => {
        const text = breakable.test(p.text) ? `<span>${encode(p.text)}</span>` : encode(p.text);
        return `${text}${p.after || (i < pieces.length - 1 ? '<wbr>' : '')}`;
      })
      .join('');
    return `<code${classed}>${inner}</code>`;
  });
}
