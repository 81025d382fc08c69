/**
 * Excerpts as parts of plain text and marked text (never HTML): for an entry, the passage of its
 * record that holds the most query words; for a page, Pagefind's excerpt, starting at a word.
 */
import type { EntryText } from './contract.ts';
import { isStopWord } from './stop-words.ts';
import { joinCjkWords } from './text.ts';

/** A run of excerpt text, marked when it is a query word. */
export type Part = { text: string; mark: boolean };

const maxLength = 140;
const latinWord = /^[\p{Script=Latin}\p{N}]+$/u;

/** Splits `text` into parts, marking each occurrence of a mark (a whole Latin word from its start). */
export function markText(text: string, marks: string[]): Part[] {
  const usable = marks.filter((m) => m.length >= 2 || !latinWord.test(m)).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return text ? [{ text, mark: false }] : [];
  const alternatives = usable.map((m) => {
    const escaped = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A Latin mark highlights the word it begins (`logg` marks `loggarna`), as Pagefind matched it.
    return latinWord.test(m) ? `(?<![\\p{L}\\p{N}])${escaped}[\\p{L}\\p{N}]*` : escaped;
  });
  const re = new RegExp(alternatives.join('|'), 'giu');
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** Cuts a passage to the excerpt length at a space or punctuation, with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const at = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('、'), cut.lastIndexOf('，'));
  return `${at > maxLength / 2 ? cut.slice(0, at) : cut}…`;
}

/**
 * Returns the excerpt of an entry record (its passages decoded by the contract): the passages of its body
 * (symptoms, sentences, commands) are the parts of its text; the one holding the most query words is
 * shown, followed by the next best while there is room.
 */
export function entryExcerpt(text: EntryText, marks: string[]): Part[] {
  const passages = text.body;
  const score = (p: string) =>
    markText(p, marks)
      .filter((x) => x.mark)
      .reduce((a, x) => a + x.text.length, 0);
  const ranked = passages
    .map((p, i) => ({ p, i, s: score(p) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i);
  const chosen: string[] = [];
  for (const { p } of ranked) {
    if (chosen.join(' · ').length + p.length > maxLength && chosen.length > 0) break;
    chosen.push(p);
  }
  return markText(shorten(chosen.length > 0 ? chosen.join(' · ') : (passages[0] ?? '')), marks);
}

/** Decodes the few entities Pagefind writes in excerpts. */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Drops a partial word at the start of an excerpt taken from the middle of a text. */
export function startAtWord(excerpt: string, content: string): string {
  const text = excerpt.trimStart();
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  if (!text || squeeze(content).startsWith(squeeze(text).slice(0, 20))) return text;
  const boundary = /[\s/、。，,.;:：（(「]/u;
  const first = [...text].findIndex((ch) => boundary.test(ch));
  if (first >= 0 && first <= 15) return `…${text.slice(first + 1).trimStart()}`;
  // CJK text without punctuation near the start: skip the kana ending a word cut in two.
  return `…${text.replace(/^[\p{Script=Hiragana}ー]+/u, '')}`;
}

/** Returns the parts of a Pagefind excerpt (HTML with `<mark>`), ordinary words unmarked. */
export function pageExcerpt(excerpt: string, content: string, locale: string): Part[] {
  const plain = decode(excerpt.replace(/<\/?mark>/g, ''));
  const start = joinCjkWords(startAtWord(plain, content));
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)]
    .map((m) => decode(m[1] ?? ''))
    .filter((w) => !isStopWord(w.toLowerCase(), locale) && (w.length >= 2 || !latinWord.test(w)));
  return markText(start, [...new Set(marked)]);
}
