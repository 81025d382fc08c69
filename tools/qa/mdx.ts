/**
 * The body of an MDX page as the lint reads it: prose, inline code tokens and fenced code blocks, each with
 * its line, and the system a block is written for when an `<OnSystem system="…">` holds it. The text rules read
 * every piece, the `parity` rule the facts in them, the `system-commands` rule the blocks' systems.
 */
import type { LintPage } from './content-model.ts';

/** A piece of a body line: prose, or code (an inline token, or one line of a fenced block). */
export type MdxPiece = { line: number; text: string; code: boolean; fence: boolean };
/**
 * A fenced code block: its first line, its text, trimmed (compared whole across locales), and the system of the
 * `<OnSystem>` around it (`linux`, `windows`), if any.
 */
export type MdxBlock = { line: number; text: string; system?: string };

/** The opening tag of the component that labels a block with its system, and its closing tag. */
const systemOpen = /^\s*<OnSystem\s+system="([^"]*)"\s*>/;
const systemClose = /^\s*<\/OnSystem>/;

/** Returns the pieces and the fenced blocks of a page's body. */
export function mdxBody(page: Pick<LintPage, 'text' | 'bodyStart'>): { pieces: MdxPiece[]; blocks: MdxBlock[] } {
  const pieces: MdxPiece[] = [];
  const blocks: MdxBlock[] = [];
  const lines = page.text.split('\n');
  let fence: { line: number; lines: string[] } | undefined;
  let system: string | undefined;
  for (let i = page.bodyStart - 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (!fence && systemOpen.test(raw)) system = systemOpen.exec(raw)![1];
    else if (!fence && systemClose.test(raw)) system = undefined;
    else if (/^\s*```/.test(raw)) {
      const text = fence?.lines.join('\n').trim();
      if (fence) blocks.push({ line: fence.line, text: text!, ...(system === undefined ? {} : { system }) });
      fence = fence ? undefined : { line, lines: [] };
    } else if (fence) {
      fence.lines.push(raw);
      pieces.push({ line, text: raw, code: true, fence: true });
    } else {
      // Backticks pair up on a line; an unpaired last one is text.
      const segments = raw.split('`');
      segments.forEach((text, k) =>
        pieces.push({ line, text, code: k % 2 === 1 && k < segments.length - 1, fence: false }),
      );
    }
  }
  return { pieces, blocks };
}
