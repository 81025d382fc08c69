/**
 * Marks where Japanese and Chinese text may wrap: a `<wbr>` between two phrases (BudouX, `scripts/budoux/`),
 * in the text of every element whose language is `ja` or `zh-TW`, so that every engine wraps between phrases
 * (「このモジュール」 stays whole) under `word-break: keep-all` (src/styles/global.css). Chromium's
 * `word-break: auto-phrase` does this for Japanese only, and in Chromium only. A `<wbr>` adds no character:
 * copied text, the search index (built from the text of the pages) and what a screen reader reads are the
 * same. Code, attributes and elements whose text is not HTML (`title`, `script`, `svg` …) are left alone.
 */
import { readFileSync } from 'node:fs';
import { Parser as HtmlParser } from 'htmlparser2';
import { Parser, type Model } from './budoux/parser.ts';

const model = (name: string) =>
  new Parser(JSON.parse(readFileSync(new URL(`./budoux/${name}.json`, import.meta.url), 'utf8')) as Model);

/**
 * The phrase parser of each language the pass handles, by lowercase `lang` (Korean wraps at its spaces), and the
 * fewest characters between two marks. Japanese phrases (文節) are words with their particles; BudouX's Chinese
 * "phrases" are single words, often of one or two characters (的, 是, 模組): marks only every third character or
 * more keep words whole for a third of the bytes (a Chinese line may end on any character in any case).
 */
const parsers = new Map<string, { parser: Parser; shortest: number }>([
  ['ja', { parser: model('ja'), shortest: 1 }],
  ['zh-tw', { parser: model('zh-hant'), shortest: 3 }],
]);

/**
 * Elements whose text is never marked: code keeps its own wrapping rules, a button's label stays on one line
 * and a `small` note is left to the engine (the module table holds some eighty buttons and thirty notes: marks
 * in them would push the page over its weight budget), the rest are not HTML text.
 */
const skipped = new Set([
  'button',
  'small',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'title',
  'textarea',
  'option',
  'svg',
  'math',
  'template',
]);

/** Inline elements a phrase may run across (`ログの<a>精度</a>を`): their text is read as one run. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small']);
for (const name of ['span', 'strong', 'sub', 'sup', 'time', 'u']) inline.add(name);

/** Characters next to which a line may already wrap under keep-all: spaces and punctuation (、。「」・（）). */
const breaksAlready = /[\p{Z}\s\p{P}]/u;

/**
 * A Japanese or Chinese character (kana, ー and Han). A break is marked only next to one: BudouX also finds
 * "phrases" inside Latin words and numbers (`we|b`, `A|dobe`, `6|6|6`), which must stay whole.
 */
const cjk = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Bopo}]/u;

/** A text node of a run: its raw HTML text and where it starts in the page. */
type Segment = { raw: string; start: number };

/**
 * The text of a run as the parser reads it (an entity such as `&amp;` counting as one character) and, for each
 * of its UTF-16 code units, where it starts in the page's HTML (-1 inside an entity or a surrogate pair).
 */
function decode(run: readonly Segment[]): { text: string; at: Int32Array } {
  const chars: string[] = [];
  const at: number[] = [];
  for (const { raw, start } of run) {
    if (!raw.includes('&')) {
      chars.push(raw);
      for (let i = 0; i < raw.length; i++) at.push(start + i);
      continue;
    }
    for (const m of raw.matchAll(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|[\s\S]/giu)) {
      const char = m[0].length > 1 && m[0].startsWith('&') ? '\uFFFD' : m[0];
      chars.push(char);
      for (let i = 0; i < char.length; i++) at.push(i === 0 ? start + m.index : -1);
    }
  }
  return { text: chars.join(''), at: Int32Array.from(at) };
}

/**
 * Boundaries of the short runs already parsed (labels, headings, the header and menus repeat on every page of
 * a language); long runs are rarely repeated and are not kept.
 */
const known = new Map<string, number[]>();

/** The phrase boundaries of one run of text (indices where a new phrase starts). */
function boundaries(parser: Parser, lang: string, text: string): number[] {
  if (text.length > 80) return parser.parseBoundaries(text);
  const key = `${lang}\u0000${text}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = parser.parseBoundaries(text)));
  return found;
}

/** The offsets in `html` where a `<wbr>` goes: between phrases of the `ja` and `zh-TW` text. */
export function phraseBreakOffsets(html: string): number[] {
  const offsets: number[] = [];
  type Open = { name: string; lang: string; skip: boolean };
  const stack: Open[] = [{ name: '', lang: '', skip: false }];
  let run: Segment[] = [];
  let runLang = '';
  const flush = () => {
    const language = parsers.get(runLang);
    // Most runs of a page are short or hold no Japanese or Chinese at all (commands, English names).
    if (language && run.some((r) => cjk.test(r.raw))) {
      const { text, at } = decode(run);
      // Where the line could last wrap: the run's start, a mark, a space or punctuation.
      let last = 0;
      for (const i of boundaries(language.parser, runLang, text)) {
        const [before, after] = [text[i - 1]!, text[i]!];
        if (breaksAlready.test(before) || breaksAlready.test(after)) {
          last = i;
          continue;
        }
        if ((cjk.test(before) || cjk.test(after)) && at[i]! >= 0 && i - last >= language.shortest) {
          offsets.push(at[i]!);
          last = i;
        }
      }
    }
    run = [];
  };
  const parser = new HtmlParser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1)!;
        const lang = attributes['lang']?.toLowerCase() ?? parent.lang;
        if (!inline.has(name) || lang !== parent.lang) flush();
        stack.push({ name, lang, skip: parent.skip || skipped.has(name) });
      },
      onclosetag(name) {
        if (!inline.has(name)) flush();
        const at = stack.findLastIndex((o) => o.name === name);
        if (at > 0) stack.length = at;
        if (inline.has(name) && stack.at(-1)!.lang !== runLang) flush();
      },
      ontext(text) {
        const current = stack.at(-1)!;
        if (current.skip || !parsers.has(current.lang) || current.lang !== runLang) flush();
        if (current.skip || !parsers.has(current.lang)) return;
        runLang = current.lang;
        run.push({ raw: text, start: parser.startIndex });
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  flush();
  return offsets;
}

/** Returns the page with a `<wbr>` between the phrases of its Japanese and Chinese text. */
export function breakPhrases(html: string): string {
  // Most pages of other languages hold no such text at all (a language list has `lang="ja"` in a link).
  if (!/\slang="(?:ja|zh-TW)"/i.test(html)) return html;
  const offsets = phraseBreakOffsets(html);
  if (offsets.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const at of offsets) {
    parts.push(html.slice(from, at), '<wbr>');
    from = at;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
