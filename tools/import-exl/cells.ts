/**
 * Converts the HTML of an upstream table cell to the collection's inline syntax, undoing the markup
 * damage machine translation did (link text outside its `<a>`, `<br />` inside sentences).
 */
import { parse as parseHtml, HTMLElement, TextNode, type Node } from 'node-html-parser';
import { parseInline } from '../../src/lib/inline.ts';
import type { Defect } from '../../src/content/rules/rule.ts';
import { isUnspaced } from '../../src/locales.ts';
import type { LintTextAt } from '../qa/rules/rule.ts';
import { repairText } from '../qa/text.ts';

/** Where a cell sits, for the text rules: its locale, module and column, and the termbases. */
export type CellAt = Omit<LintTextAt, 'code'>;

/** Collapses runs of whitespace and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// --- markup defects and their repair -------------------------------------------------------------

const tagPattern = /<(\/?)([A-Za-z][\w-]*)\b[^>]*?(\/?)>/g;
const voidTags = new Set(['br', 'img', 'hr', 'wbr']);
const sentenceEnd = /[.!?。！？]\s*/g;

/** A link whose text machine translation moved out of its `<a>`: `text</a>…<a href> </a>`. */
type DisplacedLink = {
  textStart: number;
  strayClose: number;
  anchorStart: number;
  anchorEnd: number;
  href: string;
  text: string;
};

/** Finds a stray `</a>` whose link text stands before it and whose `<a>` is empty elsewhere in the cell. */
function findDisplacedLink(html: string): DisplacedLink | undefined {
  const stack: string[] = [];
  let stray: number | undefined;
  for (const m of html.matchAll(tagPattern)) {
    const [, close, name = ''] = m;
    const tag = name.toLowerCase();
    if (voidTags.has(tag) || m[3] === '/') continue;
    if (!close) stack.push(tag);
    else if (stack.at(-1) === tag) stack.pop();
    else if (tag === 'a' && stray === undefined) stray = m.index;
  }
  const empty = /<a\b([^>]*)>(?:\s|&nbsp;)*<\/a>/i.exec(html);
  if (stray === undefined || !empty) return undefined;
  const before = html.slice(0, stray);
  let textStart = 0;
  for (const m of before.matchAll(sentenceEnd)) textStart = m.index + m[0].length;
  // Skip tags between the sentence end and the text.
  while (html[textStart] === '<') textStart = html.indexOf('>', textStart) + 1;
  const href = /href="([^"]*)"/i.exec(empty[1] ?? '')?.[1] ?? '';
  return {
    textStart,
    strayClose: stray,
    anchorStart: empty.index,
    anchorEnd: empty.index + empty[0].length,
    href,
    text: collapse(before.slice(textStart).replace(/<[^>]*>/g, '')),
  };
}

/** Returns the markup defects of a cell's inner HTML; `index` is an offset in that HTML. */
export function markupDefects(html: string, pageIds: readonly string[]): Defect[] {
  const out: Defect[] = [];
  const displaced = findDisplacedLink(html);
  if (displaced) {
    const target = linkTarget(displaced.href, pageIds);
    out.push({
      index: displaced.textStart,
      found: html.slice(displaced.textStart, displaced.strayClose + 4),
      message:
        `the link text "${displaced.text}" stands outside its <a>, which holds only a space (<a ` +
        `href="${displaced.href}"> </a>)`,
      fix: `make the text the link: [${displaced.text}](${target ?? displaced.href})`,
    });
  } else {
    const stack: { tag: string; index: number }[] = [];
    for (const m of html.matchAll(tagPattern)) {
      const [whole, close, name = ''] = m;
      const tag = name.toLowerCase();
      if (voidTags.has(tag) || m[3] === '/') continue;
      if (!close) stack.push({ tag, index: m.index });
      else if (stack.at(-1)?.tag === tag) stack.pop();
      else
        out.push({
          index: m.index,
          found: whole,
          message: `stray closing tag ${whole} with no matching <${tag}>`,
          fix: `remove it or add the opening <${tag}>`,
        });
    }
    for (const open of stack)
      out.push({
        index: open.index,
        found: `<${open.tag}>`,
        message: `<${open.tag}> is never closed`,
        fix: `close it with </${open.tag}>`,
      });
    for (const m of html.matchAll(/<a\b[^>]*>(?:\s|&nbsp;)*<\/a>/gi)) {
      out.push({
        index: m.index,
        found: m[0],
        message: `the link ${m[0]} has no text`,
        fix: 'put the link text between <a> and </a>',
      });
    }
  }
  for (const m of html.matchAll(/<br\s*\/?>/gi)) {
    const after = html.slice(m.index + m[0].length);
    const rest = collapse(after.replace(/<a\b[^>]*>(?:\s|&nbsp;)*<\/a>/gi, '').replace(/<[^>]*>/g, ''));
    if (rest === '') continue;
    const before = collapse(html.slice(0, m.index).replace(/<[^>]*>/g, ''));
    out.push({
      index: m.index,
      found: m[0],
      message: `${m[0]} in the middle of a sentence: "…${before.slice(-12)}${m[0]}${rest.slice(0, 12)}…"`,
      fix: 'remove the line break; the sentence continues after it',
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Puts displaced link text back inside its `<a>` and drops the empty one. */
function repairMarkup(html: string): string {
  const d = findDisplacedLink(html);
  if (!d) return html;
  const open = `<a href="${d.href}">`;
  const head = html.slice(0, d.textStart) + open + html.slice(d.textStart, d.strayClose) + '</a>';
  const tail = html.slice(d.strayClose + 4);
  const anchorInTail = d.anchorStart - (d.strayClose + 4);
  return anchorInTail >= 0
    ? head + tail.slice(0, anchorInTail) + tail.slice(anchorInTail + (d.anchorEnd - d.anchorStart))
    : head + tail;
}

// --- conversion to the inline syntax --------------------------------------------------------------

/**
 * Returns the site page a link points to: `../../production/using/log-precision.md#x` becomes
 * `log-precision#x` when `log-precision` is one of our pages; undefined otherwise.
 */
function linkTarget(href: string, pageIds: readonly string[]): string | undefined {
  const m = /([\w-]+)(?:\.md|\.html|\/)?(?:#([\w-]+))?$/.exec(href.trim());
  const page = m?.[1];
  if (!page || !pageIds.includes(page)) return undefined;
  return m[2] ? `${page}#${m[2]}` : page;
}

/** A token to show as code: no spaces, no CJK, and something beyond letters (`xtk:session`, `-verbose`, `6666`). */
function looksLikeCode(text: string): boolean {
  return /^[\x21-\x7E]+$/.test(text) && /[:_./@=<>\d-]/.test(text) && !/^\p{P}+$/u.test(text);
}

const isLatinEdge = /[A-Za-z0-9.,;:!?)%]/;

/**
 * Converts a cell's inner HTML to the inline syntax with every certain repair applied: markup
 * repaired, `<br />` dropped, `<strong>token</strong>` and multi-digit numbers as code, links to
 * our pages as `[text](page#anchor)`, then the repairs of the text rules (tokens, mojibake, terms,
 * the export slip). Returns the text and the hrefs that name no page.
 */
export function cellToInline(
  html: string,
  at: CellAt,
  pageIds: readonly string[],
): { text: string; unresolved: string[] } {
  const { locale, terms } = at;
  const unresolved: string[] = [];
  const root = parseHtml(repairMarkup(html));
  const BR = '\u0000';
  const walk = (node: Node, inLink: boolean): string => {
    if (node instanceof TextNode) return node.text.replace(/\s+/g, ' ').replace(/[`[\]]/g, '');
    if (!(node instanceof HTMLElement)) return '';
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (tag === 'br') return BR;
    if (['strong', 'b', 'code', 'em', 'i', 'kbd'].includes(tag)) {
      const token = repairText(collapse(node.text), { locale, code: true, terms });
      if (looksLikeCode(token)) return `\`${token}\``;
    }
    if (tag === 'a' && !inLink) {
      const inner = node.childNodes
        .map((c) => walk(c, true))
        .join('')
        .replaceAll(BR, ' ');
      const href = node.getAttribute('href') ?? '';
      const target = linkTarget(href, pageIds);
      if (!target) {
        unresolved.push(href);
        return inner;
      }
      return collapse(inner) === '' ? '' : `[${collapse(inner)}](${target})`;
    }
    return node.childNodes.map((c) => walk(c, inLink)).join('');
  };
  let text = collapse(walk(root, false));
  // A dropped <br /> leaves a space only between two Latin words; CJK sentences simply continue.
  text = text.replace(new RegExp(`\\s*${BR}\\s*`, 'g'), (_m, offset: number, all: string) => {
    const before = all.slice(0, offset).trimEnd().slice(-1);
    const after = all
      .slice(offset + _m.length)
      .trimStart()
      .charAt(0);
    return before && after && isLatinEdge.test(before) && /[A-Za-z0-9([]/.test(after) ? ' ' : '';
  });
  text = collapse(text);
  // Upstream separates CJK sentences with a space after the full stop; the language does not.
  if (isUnspaced(locale)) {
    // …and a full stop displaced with a <br /> (`リスト.<br />を参照`) is left inside the sentence.
    text = text
      .replace(/([。！？、：；）])\s+/g, '$1')
      .replace(/(?<=\))\.(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])/gu, '');
  }
  return {
    text: mapPlain(text, (plain) =>
      repairText(plain, { ...at, code: false }).replace(/(?<![\w.`/:-])(\d{2,})(?![\w`/:-]|\.\d)/g, '`$1`'),
    ),
    unresolved,
  };
}

/** Applies `fn` to the plain-text parts of an inline string, leaving code tokens and link targets alone. */
function mapPlain(source: string, fn: (plain: string) => string): string {
  return parseInline(source)
    .map((n) => {
      if (n.type === 'text') return fn(n.value);
      if (n.type === 'code') return `\`${n.value}\``;
      const text = n.children.map((c) => (c.type === 'code' ? `\`${c.value}\`` : fn(c.value))).join('');
      return `[${text}](${n.anchor ? `${n.page}#${n.anchor}` : n.page})`;
    })
    .join('');
}
