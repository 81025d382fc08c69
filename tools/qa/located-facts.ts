/**
 * The facts of a text that must survive translation (code tokens, links, numbers, anchors), each with its
 * line, read with the text's known defects repaired: a damaged token is reported once, by its rule, and not
 * again as a difference between locales. The `parity` and `snapshot-facts` rules compare them.
 */
import type { TextAt } from '../../src/content/rules/rule.ts';
import { parseInline } from '../../src/lib/inline.ts';
import type { LocaleCode } from '../../src/locales.ts';
import { numbersIn, type Invariants } from './invariants.ts';
import type { LintPage } from './content-model.ts';
import { mdxBody } from './mdx.ts';

/** A located fact: its value and the line it is on. */
export type Located = { value: string; line: number };
/** The located facts of one text, by kind. */
export type LocatedFacts = Record<keyof Invariants | 'anchors', Located[]>;
/** Returns a text with every certain repair of the text rules applied. */
export type Repair = (text: string, at: TextAt) => string;

/** Returns an empty set of facts. */
export const emptyFacts = (): LocatedFacts => ({ code: [], links: [], numbers: [], anchors: [] });

/** Returns the facts of an inline string (throws on invalid markup, which `inline-syntax` reports). */
export function inlineFacts(
  value: string,
  line: number,
  at: { locale: LocaleCode; module?: string; field?: string },
  repair: Repair,
): LocatedFacts {
  const facts = emptyFacts();
  const add = (kind: keyof LocatedFacts, v: string) => facts[kind].push({ value: v, line });
  const words = (text: string) => numbersIn(repair(text, { ...at, code: false })).forEach((n) => add('numbers', n));
  for (const n of parseInline(value)) {
    if (n.type === 'text') words(n.value);
    else if (n.type === 'code') add('code', repair(n.value, { ...at, code: true }));
    else {
      add('links', n.anchor ? `${n.page}#${n.anchor}` : n.page);
      for (const c of n.children) {
        if (c.type === 'code') add('code', repair(c.value, { ...at, code: true }));
        else words(c.value);
      }
    }
  }
  return facts;
}

/** Returns the links and anchors of a line of MDX prose: components, Markdown links and HTML attributes. */
function proseLinks(text: string, line: number, facts: LocatedFacts): void {
  for (const m of text.matchAll(/<ModuleLink\s+id="([^"]*)"/g)) facts.links.push({ value: `module:${m[1]}`, line });
  for (const m of text.replace(/<ModuleLink\b[^>]*>/g, '').matchAll(/\bid="([^"]+)"/g))
    facts.anchors.push({ value: m[1]!, line });
  for (const m of text.matchAll(/<PageLink\b([^>]*)>/g)) {
    const page = /page="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '';
    const anchor = /anchor="([^"]*)"/.exec(m[1] ?? '')?.[1];
    facts.links.push({ value: anchor ? `${page}#${anchor}` : page, line });
  }
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) facts.links.push({ value: m[1]!, line });
  for (const m of text.matchAll(/\bhref="([^"]+)"/g)) facts.links.push({ value: m[1]!, line });
}

/** Returns the facts of an MDX page's body: code blocks whole, code tokens, links, anchors and numbers. */
export function pageFacts(page: LintPage, locale: LocaleCode, repair: Repair): LocatedFacts {
  const facts = emptyFacts();
  const { pieces, blocks } = mdxBody(page);
  // A block's system label is part of it: a locale that drops it hands its readers the wrong command.
  for (const b of blocks) facts.code.push({ value: `${b.system ? `[${b.system}]` : ''}\`\`\`${b.text}`, line: b.line });
  for (const { text, line, code, fence } of pieces) {
    if (fence) continue;
    if (code) {
      facts.code.push({ value: repair(text, { locale, code: true }), line });
      continue;
    }
    proseLinks(text, line, facts);
    const prose = repair(text.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']'), { locale, code: false });
    numbersIn(prose).forEach((n) => facts.numbers.push({ value: n, line }));
  }
  return facts;
}

/** Returns the facts of a UI string: its `{{placeholders}}` (as code) and its numbers. */
export function uiFacts(value: string, line: number): LocatedFacts {
  const facts = emptyFacts();
  for (const m of value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) facts.code.push({ value: `{{${m[1]}}}`, line });
  numbersIn(value).forEach((n) => facts.numbers.push({ value: n, line }));
  return facts;
}
