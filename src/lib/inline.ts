/**
 * The small inline syntax allowed inside collection strings. Upstream strings carried raw HTML
 * (`<strong>`, `<a href="../../x.md">`, stray `<br />`) that machine translation broke, so ours
 * allow exactly two constructs, parsed by the project instead of rendered as HTML:
 *
 * - `` `xtk:session` `` — a code token, shown verbatim and never translated;
 * - `[link text](page-id#anchor)` — a link to a site page by page id, optionally to an anchor
 *   (`#anchor` alone means the module table). Link text may contain code tokens.
 */

import { modulePageId } from './urls.ts';

/** Plain text. */
export type TextNode = { type: 'text'; value: string };
/** A verbatim code token. */
export type CodeNode = { type: 'code'; value: string };
/** A link to a site page (and anchor) by id. */
export type LinkNode = {
  type: 'link';
  page: string;
  anchor: string | undefined;
  children: (TextNode | CodeNode)[];
};
export type InlineNode = TextNode | CodeNode | LinkNode;

/** Thrown for malformed inline markup; `message` says what is wrong and how to fix it. */
export class InlineSyntaxError extends Error {}

const pageIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const anchorPattern = /^[A-Za-z][\w-]*$/;

/** Parses a link target such as `general-architecture#list-of-open-ports` or `#syslogd`. */
function parseTarget(target: string): { page: string; anchor: string | undefined } {
  if (/\.md\b|^[a-z]+:|^\.{0,2}\//i.test(target)) {
    throw new InlineSyntaxError(
      `link target "${target}" is a path or URL; write a page id instead, such as "log-precision" or ` +
        `"general-architecture#list-of-open-ports"`,
    );
  }
  const hash = target.indexOf('#');
  const page = hash === -1 ? target : target.slice(0, hash) || modulePageId;
  const anchor = hash === -1 ? undefined : target.slice(hash + 1);
  if (!pageIdPattern.test(page)) {
    throw new InlineSyntaxError(
      `link target "${target}" has no valid page id; use lowercase words joined by hyphens, such as "log-precision"`,
    );
  }
  if (anchor !== undefined && !anchorPattern.test(anchor)) {
    throw new InlineSyntaxError(
      `link target "${target}" has an invalid anchor "${anchor}"; anchors are ids such as ` +
        `"list-of-open-ports" or "syslogd"`,
    );
  }
  return { page, anchor };
}

/** Splits text with code tokens into text and code nodes. */
function parseCode(source: string): (TextNode | CodeNode)[] {
  const nodes: (TextNode | CodeNode)[] = [];
  const parts = source.split('`');
  if (parts.length % 2 === 0) {
    throw new InlineSyntaxError(
      `unmatched backtick in "${source}"; wrap each code token in a pair of backticks, such as \`xtk:session\``,
    );
  }
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      if (part.trim() === '') {
        throw new InlineSyntaxError(`empty code token in "${source}"; remove the pair of backticks`);
      }
      nodes.push({ type: 'code', value: part });
    } else if (part !== '') {
      nodes.push({ type: 'text', value: part });
    }
  });
  return nodes;
}

/** Parses a collection string into inline nodes, or throws an InlineSyntaxError. */
export function parseInline(source: string): InlineNode[] {
  // A placeholder inside a code token (`var/<instance>/log/`) is text, not HTML.
  const html = /<\/?[A-Za-z][^>]*>|&[a-z]+;|&#\d+;/.exec(source.replace(/`[^`]*`/g, ''));
  if (html) {
    throw new InlineSyntaxError(
      `raw HTML "${html[0]}" is not allowed; write code as \`token\` and links as [text](page-id#anchor)`,
    );
  }
  const nodes: InlineNode[] = [];
  const link = /\[([^\]]*)\]\(([^)\s]*)\)/g;
  let last = 0;
  for (let m = link.exec(source); m; m = link.exec(source)) {
    const [whole, text = '', target = ''] = m;
    nodes.push(...parseCode(source.slice(last, m.index)));
    if (text.trim() === '') {
      throw new InlineSyntaxError(`link "${whole}" has no text; write the words to show inside the brackets`);
    }
    const { page, anchor } = parseTarget(target);
    nodes.push({ type: 'link', page, anchor, children: parseCode(text) });
    last = m.index + whole.length;
  }
  const rest = source.slice(last);
  if (/\[[^\]]*\]\(|\]\(/.test(rest)) {
    throw new InlineSyntaxError(`malformed link in "${source}"; write links as [text](page-id#anchor)`);
  }
  nodes.push(...parseCode(rest));
  return nodes;
}

/** Returns the plain text of a string, without markup (for search records and meta tags). */
export function plainText(source: string): string {
  return parseInline(source)
    .map((n) => (n.type === 'link' ? n.children.map((c) => c.value).join('') : n.value))
    .join('');
}

/** Returns the code tokens of a string, in order. */
export function codeTokens(source: string): string[] {
  return parseInline(source).flatMap((n) => {
    if (n.type === 'code') return [n.value];
    if (n.type === 'link') return n.children.filter((c) => c.type === 'code').map((c) => c.value);
    return [];
  });
}

/** Returns the link targets of a string, in order. */
export function linkTargets(source: string): { page: string; anchor: string | undefined }[] {
  return parseInline(source).flatMap((n) => (n.type === 'link' ? [{ page: n.page, anchor: n.anchor }] : []));
}
