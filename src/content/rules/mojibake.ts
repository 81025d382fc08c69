/**
 * Rule `mojibake`: text damaged by a wrong decoding. Finds UTF-8 bytes read as Windows-1252, Latin-1 or
 * Mac Roman (`中` as `ä¸­`, `한` as `í•œ`, `ï` as `Ã¯` or `√Ø`), also twice over, and recovers the likely
 * original by re-encoding; also a stray Latin-1 character between CJK characters, a lost character (U+FFFD)
 * and C1 control characters. The one mojibake check: the build, the lint and the importer all run it.
 */
import type { TextRule } from './rule.ts';

/** One damaged stretch of a string, with the text it most likely was when that can be recovered. */
export type MojibakeHit = {
  index: number;
  found: string;
  /** The recovered text, or undefined when only the damage is certain. */
  replacement: string | undefined;
  /** How the text was damaged, for the report. */
  how: string;
};

/** A legacy decoding: its name and the byte each character came from. */
type Table = { name: string; bytes: Map<string, number>; anyScript: boolean };

const byteTable = (decode: (byte: number) => string): Map<string, number> => {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(decode(byte), byte);
  return table;
};
const windows1252 = new TextDecoder('windows-1252');
const macRoman = new TextDecoder('macintosh');

/**
 * Windows-1252 and Latin-1 (whose 0x80–0x9F are C1 controls, which WHATWG's "latin1" label does not
 * give) may recover any script. Mac Roman puts accented letters on UTF-8 continuation bytes, so
 * legitimate Swedish (`”Återställ”`) would decode as Cyrillic: it may only recover Latin text.
 */
const tables: Table[] = [
  { name: 'Windows-1252', bytes: byteTable((b) => windows1252.decode(new Uint8Array([b]))), anyScript: true },
  { name: 'Latin-1', bytes: byteTable((b) => String.fromCharCode(b)), anyScript: true },
  { name: 'Mac Roman', bytes: byteTable((b) => macRoman.decode(new Uint8Array([b]))), anyScript: false },
];
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** CJK ideographs, kana, Hangul and CJK punctuation, as a character class body. */
const cjk = '\\u3000-\\u30FF\\u3130-\\u318F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
/** Text our five languages can hold: Latin letters, CJK, kana, Hangul, and their punctuation. */
const plausibleAny = new RegExp(`^[\\u00A0-\\u024F\\u1E00-\\u1EFF\\u2010-\\u206F\\u20AC\\u2190-\\u21FF${cjk}]+$`, 'u');
/** What a Mac Roman repair may produce: accented Latin letters and typographic punctuation. */
const plausibleLatin = /^[\u00A0-\u024F\u2010-\u203A\u20AC]+$/u;

/** Returns the length in bytes of the UTF-8 character a lead byte starts, or 0 for no lead byte. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Decodes consecutive UTF-8 characters from `chars[start]` on; returns how many chars it used and the text. */
function decodeRun(chars: readonly string[], start: number, table: Table): { end: number; text: string } {
  let at = start;
  let text = '';
  while (at < chars.length) {
    const len = sequenceLength(table.bytes.get(chars[at]!) ?? 0);
    if (len === 0 || at + len > chars.length) break;
    // A continuation byte 0xA0 was a no-break space, which white-space normalising turns into a space.
    const bytes = chars.slice(at, at + len).map((c, k) => (k > 0 && c === ' ' ? 0xa0 : table.bytes.get(c)));
    if (bytes.some((b) => b === undefined)) break;
    try {
      text += strictUtf8.decode(new Uint8Array(bytes as number[]));
    } catch {
      break;
    }
    at += len;
  }
  return { end: at, text };
}

/** Undoes one more round of the same damage when the whole text is itself mojibake (double encoding). */
function undoAgain(text: string, table: Table): { text: string; rounds: number } {
  let current = text;
  let rounds = 0;
  for (; rounds < 3; rounds++) {
    const chars = [...current];
    const run = decodeRun(chars, 0, table);
    if (run.end !== chars.length || run.text === current) break;
    current = run.text;
  }
  return { text: current, rounds };
}

/**
 * Returns the longest damaged stretch starting at `chars[i]` that some table explains plausibly, naming
 * every table that does.
 */
function longestRun(chars: readonly string[], i: number): { end: number; text: string; how: string } | undefined {
  let best: { end: number; text: string; names: string[]; rounds: number } | undefined;
  for (const table of tables) {
    const run = decodeRun(chars, i, table);
    if (run.end === i || (best && run.end < best.end)) continue;
    const again = undoAgain(run.text, table);
    if (!(table.anyScript ? plausibleAny : plausibleLatin).test(again.text)) continue;
    if (best && run.end === best.end) best.names.push(table.name);
    else best = { end: run.end, text: again.text, names: [table.name], rounds: again.rounds };
  }
  if (!best) return undefined;
  const times = best.rounds > 0 ? `, ${best.rounds + 1} times over` : '';
  return { end: best.end, text: best.text, how: `UTF-8 read as ${best.names.join(' or ')}${times}` };
}

/** A Latin-1 character (not the middle dot, multiplication or degree sign CJK text uses) between two CJK characters. */
const strayInCjk = new RegExp(
  `(?<=[${cjk}])[\\u00A1-\\u00AF\\u00B1-\\u00B6\\u00B8-\\u00D6\\u00D8-\\u00FF](?=[${cjk}])`,
  'gu',
);

/** The characters some table reads bytes `lo`–`hi` as (all in the Basic Multilingual Plane). */
const readAs = (lo: number, hi: number) =>
  new Set(tables.flatMap((t) => [...t.bytes].filter(([, byte]) => byte >= lo && byte <= hi).map(([c]) => c)));
const leads = readAs(0xc2, 0xf4);
const continuations = readAs(0x80, 0xbf);

/**
 * Any character a finding may start with: a Latin-1 character (a lead byte as Windows-1252 or Latin-1 read
 * it, a C1 control, a stray letter), a lost character, or a lead byte as Mac Roman reads it. Most strings
 * (CJK, Korean, plain English) hold none.
 */
const suspect = new RegExp(`[\\u0080-\\u00FF\\uFFFD${[...leads].filter((c) => c > '\u00FF').join('')}]`, 'u');

/**
 * Returns true when a lead byte is followed by a continuation byte (or by a space, a normalised no-break
 * space, and one), as some table reads them: only such text can hold a damaged stretch. The build checks
 * hundreds of thousands of strings, and this scan spares nearly all of them, Swedish too (å, ä and ö are
 * lead bytes), the decoding of every character.
 */
function hasSequence(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    if (!leads.has(text[i]!)) continue;
    const next = text[i + 1]!;
    if (continuations.has(next) || (next === ' ' && continuations.has(text[i + 2] ?? ''))) return true;
  }
  return false;
}

/** Returns the damaged stretches a table explains, marking the offsets they take. */
function damagedRuns(text: string, taken: Set<number>): MojibakeHit[] {
  const chars = [...text];
  const hits: MojibakeHit[] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const run = longestRun(chars, i);
    if (run) {
      const found = chars.slice(i, run.end).join('');
      hits.push({ index: offset, found, replacement: run.text, how: run.how });
      for (let k = 0; k < found.length; k++) taken.add(offset + k);
      offset += found.length;
      i = run.end - 1;
    } else offset += chars[i]!.length;
  }
  return hits;
}

/** Returns every damaged stretch of a string, recovered where re-encoding gives a plausible text. */
export function findMojibake(text: string): MojibakeHit[] {
  if (!suspect.test(text)) return [];
  const taken = new Set<number>();
  const hits = hasSequence(text) ? damagedRuns(text, taken) : [];
  for (const m of text.matchAll(/\uFFFD/g))
    hits.push({ index: m.index, found: m[0], replacement: undefined, how: 'a character lost in decoding' });
  for (const m of text.matchAll(/[\u0080-\u009F]/gu)) {
    if (taken.has(m.index)) continue;
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    hits.push({ index: m.index, found: m[0], replacement: undefined, how: `C1 control character U+${code}` });
  }
  // A lone Latin-1 character between CJK characters is what is left of a damaged one.
  for (const m of text.matchAll(strayInCjk)) {
    if (taken.has(m.index)) continue;
    hits.push({
      index: m.index,
      found: m[0],
      replacement: undefined,
      how: 'a stray Latin-1 character inside CJK text',
    });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Reports each damaged stretch, with the text it most likely was. */
export const mojibake: TextRule = {
  name: 'mojibake',
  target: 'text',
  find: (text) =>
    findMojibake(text).map((m) => ({
      index: m.index,
      found: m.found,
      message: `mojibake "${m.found}" (${m.how})${m.replacement ? `; it most likely read "${m.replacement}"` : ''}`,
      fix: m.replacement ? `retype it as "${m.replacement}"` : 'retype the damaged characters from the source',
      ...(m.replacement ? { replacement: m.replacement } : {}),
    })),
};
