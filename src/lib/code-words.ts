/**
 * Where a command or path may wrap: between its arguments, and inside a long path only after a
 * `/`; never at a hyphen or inside a placeholder such as `<install dir>`.
 */

/** One piece that never wraps, and what follows it: a space or newline (a wrap point) or nothing. */
export type CodePiece = { text: string; after: string };

/** Paths longer than this may wrap after a `/`: at 360 px a line of code holds about 34 characters. */
export const longToken = 24;

/**
 * Splits code text into pieces that must each stay on one line. Whitespace separates arguments,
 * except inside a short placeholder (`<install dir>`, `<redirection server>`); an XML tag with
 * attributes (`<web controlPort="8005" httpPort="8080">`) wraps between its attributes.
 */
export function codePieces(text: string): CodePiece[] {
  const pieces: CodePiece[] = [];
  const tokens = text.match(/(?:<[^<>=\s"']{1,20}(?: [^<>=\s"']{1,20})*>|[^\s<]+|<)+|\s+/g) ?? [];
  for (const token of tokens) {
    const last = pieces.at(-1);
    if (/^\s+$/.test(token)) {
      if (last) last.after += token;
      else pieces.push({ text: '', after: token });
      continue;
    }
    const parts = token.length > longToken && token.includes('/') ? token.split(/(?<=\/)(?=.)/) : [token];
    parts.forEach((part) => pieces.push({ text: part, after: '' }));
  }
  return pieces;
}
