/**
 * Cuts a reader's query into the words ranking looks up, the same way the index was cut, and says
 * what each word is: an ordinary word, a token (port, command, file, id) or a word typos can hit.
 */
import { isStopWord } from './stop-words.ts';
import { normalizeQuery, spaceCjkWords } from './text.ts';

/** One word of a query, lowercase. */
export type QueryWord = {
  text: string;
  /** An ordinary word of the language: weighs little and is never highlighted. */
  stop: boolean;
  /** Language-neutral: a port, command, file name, trace filter, or a Latin word in a CJK or Korean sentence. */
  token: boolean;
  /** Latin letters only, long enough to be corrected when it matches nothing. */
  typo: boolean;
};

/** Longest query text looked at: a pasted log line or a ticket paragraph, with its prefixes. */
export const maxQueryLength = 2000;
const maxWords = 16;

/**
 * What a pasted log line carries that no record holds: dates, times, hex ids (PIDs, thread ids), long
 * numbers, UUIDs. Ports and SMTP codes (2 to 5 digits) stay: they are telling.
 */
const noise = new RegExp(
  [
    '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?Z?)?', // a date, with its time
    '\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?Z?', // a time
    '0x[0-9a-f]+', // a hex number
    '[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}', // a UUID
    '(?=[0-9a-f]*\\d)[0-9a-f]{6,}', // a hex id (PID, thread)
    '\\d{6,}', // a long number
  ]
    // An error code's number (`ODB-240000`, `JST-310027`) is no id: it is the message's.
    .map((p) => `(?<![\\p{L}\\p{N}])(?<![A-Za-z]{2,4}-)(?:${p})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/**
 * Returns the modules a pasted Campaign log line names as its writer (lowercase): the word after the level in
 * `<date> <time> <pid> <thread> 1 error watchdog Process 'wfserver@prod' … stopped`. A line that names another
 * module in its message is still about what its writer reports (the watchdog saw wfserver stop).
 */
export function logWriters(query: string): string[] {
  const line =
    /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}[^\n]*?\s(?:error|warning|warn|info|debug)\s+([A-Za-z][A-Za-z0-9]*)(?=[\s@:])/gi;
  return [...query.matchAll(line)].map((m) => m[1]!.toLowerCase());
}

/**
 * The columns of a Campaign log line after its timestamp: the process and thread ids (hex or decimal), the level
 * and, when it is the generic `log`, the writer (`… 1 error log Child process …`). Every line of a log has them:
 * they name no trouble (`log` would name the log server). A module as the writer stays (`logWriters`). A search box
 * is one line (a paste's line breaks become spaces): nothing here reads lines.
 */
const logColumns = new RegExp(
  String.raw`(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*)(?:\s+[0-9a-f]+){0,3}?\s+(?:\d\s+)?` +
    String.raw`(?:error|warning|warn|info|debug)\s+(?:log(?=\s))?`,
  'gi',
);

/**
 * What `nlserver` prints around its answer: the banner (`Application server for Adobe Campaign Classic (…) of
 * <date>`) and, in `nlserver pdump` output, the rows of the processes that run (`web@default (3120) - 212.4 MB`).
 * A ticket pastes a process list to show what is missing: the modules it lists run, and name no trouble. One row
 * alone stays (a process quoted for its memory).
 */
const banner = new RegExp(
  String.raw`(?:\d{1,2}:\d{2}:\d{2}\s*>\s*)?Application server for Adobe Campaign(?: Classic)?` +
    String.raw`(?:\s*\([^)]*\))?(?:\s+of\s+[\d/.-]+)?`,
  'gi',
);
const processRow = /(?<![\p{L}\p{N}])[A-Za-z]+(?:@[\w-]+)?\s+\(\d+\)\s+-\s+[\d.]+\s*[KMG]i?B/giu;

/**
 * Returns the modules (lowercase ids) a pasted `nlserver pdump` list shows running: the process of each of its
 * rows, when it has two rows or more. The ticket is about one it lacks.
 */
export function runningProcesses(query: string): string[] {
  const rows = [...unglue(query).matchAll(processRow)].map((m) => m[0].trim().split(/[@\s]/)[0]!.toLowerCase());
  return rows.length > 1 ? rows : [];
}

/**
 * Puts back the line breaks a search box removed (a value set by a script loses them; a paste turns them into
 * spaces): before a log line's timestamp glued to the line above (`…messages2024-09-02T10:15:44Z`), and before a
 * process row glued to the size ending the row above or to the banner's date (`45.0 MBinMail@prod (3140) …`,
 * `05/06/2023web@default (3120) …`).
 */
function unglue(query: string): string {
  return query
    .replace(
      /(?<=[\p{L}.,;:!?)\]'"])(?=\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})|(?<=\d)(?=\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/gu,
      ' ',
    )
    .replace(/(?<=\d|\d\s*[KMG]i?B)(?=[A-Za-z]+(?:@[\w-]+)?\s+\(\d+\)\s+-\s+[\d.]+\s*[KMG]i?B)/gi, ' ');
}

/** Removes the noise of a pasted log or command output (timestamps, PIDs, ids, levels, banners) from a query. */
export function dropNoise(query: string): string {
  const spaced = unglue(query);
  // A process list goes; one row alone stays.
  const listed = (spaced.match(processRow)?.length ?? 0) > 1 ? spaced.replace(processRow, ' ') : spaced;
  return listed.replace(logColumns, '$1 ').replace(banner, ' ').replace(noise, ' ');
}

const latin = /[\p{Script=Latin}\p{N}]/u;
const otherScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Puts a space where Latin letters or digits meet CJK or Hangul (`workflowが` → `workflow が`). */
export function spaceScripts(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && ((latin.test(prev) && otherScript.test(ch)) || (otherScript.test(prev) && latin.test(ch)))) out += ' ';
    out += ch;
    prev = ch;
  }
  return out;
}

/** Removes what no index holds: markup characters, symbols, emoji, punctuation around words. */
export function cleanQuery(query: string): string {
  return dropNoise(query.slice(0, maxQueryLength))
    .replace(/[^\p{L}\p{M}\p{N}_@:./\-*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Returns the distinct words of a query for an index of `locale`, at most sixteen. */
export function queryWords(query: string, locale: string): QueryWord[] {
  const normalized = normalizeQuery(spaceScripts(cleanQuery(query)));
  // A Latin word in a Japanese, Chinese or Korean sentence is a product word or a name quoted there (`workflow が`);
  // in a query written in English alone it is a word of that sentence, as it is on the Latin-script sites.
  const cjkSentence = /^(ja|zh|ko)/i.test(locale) && otherScript.test(normalized);
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  const all = spaceCjkWords(normalized).toLowerCase().split(' ');
  for (const raw of all) {
    // Token parts count too (`mta_debug@<instance>` → `mta`, `tracking-siffrorna` → `tracking`):
    // indexed text is split at `_`, `@` and `-`.
    const whole = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // A port after a protocol or host (`udp/6666`, `localhost:7777`) is a token of its own, and so is the file a
    // path ends with (`var/prod/log/wfserver.log` → `wfserver.log`).
    const port = /[/:](\d{2,5})$/.exec(whole)?.[1];
    const file = /\/([^/]+\.[a-z]+)$/.exec(whole)?.[1];
    const parts = [
      whole,
      ...(/[_@-]/.test(whole) ? whole.split(/[_@-]+/).filter((p) => p.length > 1) : []),
      ...[port, file].filter((p): p is string => !!p),
    ];
    for (const text of parts) {
      // One kana or Hangul syllable is a particle or an ending: it matches everything and says nothing.
      if (!text || seen.has(text) || /^[\p{Script=Hiragana}\p{Script=Hangul}ー]$/u.test(text)) continue;
      seen.add(text);
      const plainLatin = /^[\p{Script=Latin}]+$/u.test(text);
      out.push({
        text,
        // Hiragana alone is grammar (endings, particles, auxiliaries): Japanese content words are written in
        // kanji or katakana.
        stop: isStopWord(text, locale) || /^[\p{Script=Hiragana}ー]+$/u.test(text),
        token: /[\p{N}_@:./-]/u.test(text) || (cjkSentence && plainLatin),
        typo: plainLatin && text.length >= 4,
      });
    }
  }
  // A log paste repeats its line prefixes (a timestamp or a line break tells one); a ticket's sentence repeats what
  // it is about (`退信 … 硬退 … 軟退`).
  const pasted = /\n/.test(query) || dropNoise(query) !== query;
  return pickWords(out, pasted ? all : []);
}

/**
 * Keeps at most sixteen words, in query order: a long paste says what it is about in its tokens and
 * longer words, and in the words it does not repeat line after line (a log's line prefixes say nothing),
 * which are kept first, then the others while there is room. A word said twice is not a line prefix: a
 * ticket repeats what it is about (`工作流程 … 流程引擎`). `stream` is every word of a pasted log, in order (empty
 * for a sentence typed or pasted from a ticket: nothing in it is a line prefix).
 */
function pickWords(words: QueryWord[], stream: string[]): QueryWord[] {
  if (words.length <= maxWords) return words;
  const count = new Map<string, number>();
  for (const w of stream) count.set(w, (count.get(w) ?? 0) + 1);
  const kind = (w: QueryWord) => {
    if (w.token) return 0;
    if (w.stop) return 3;
    return w.text.length >= 6 ? 1 : 2;
  };
  const repeated = (w: QueryWord) => ((count.get(w.text) ?? 1) > 2 ? 1 : 0);
  const kept = new Set(
    words
      .map((w, i) => ({ w, i }))
      .sort((a, b) => repeated(a.w) - repeated(b.w) || kind(a.w) - kind(b.w) || a.i - b.i)
      .slice(0, maxWords)
      .map((x) => x.i),
  );
  return words.filter((_, i) => kept.has(i));
}

/** Removes spaces and punctuation, lowercases: two texts compare equal however they were spaced. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Returns true when `token` occurs in `text` as a whole word (not inside a longer word). */
export function hasWholeWord(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
