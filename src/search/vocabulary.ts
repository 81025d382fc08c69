/**
 * English product words support staff type in every language (`workflow` in a Japanese sentence): the
 * module that owns what they name, and each locale's word for them (loaded for the page's locale, and for the
 * languages whose letters a query has).
 */
import { isLocaleCode } from '../locales.ts';
import { foreignWriters } from './languages.ts';

/** The module that owns what an English product word names. */
const owners: Record<string, string> = {
  workflow: 'wfserver',
  bounce: 'inMail',
  tracking: 'tracking',
  delivery: 'mta',
  console: 'web',
  log: 'syslogd',
  redirect: 'trackinglogd',
  // The tracking log daemon's own name, typed as words (`tracking logs`): what writes and forwards tracking logs.
  'tracking log': 'trackinglogd',
  login: 'web',
  statistics: 'stat',
  queue: 'mta',
  duplicate: 'import',
  export: 'export',
  import: 'import',
  // The MTA's child processes, named in its logs and in `nlserver pdump`.
  mtachild: 'mta',
};

// Plural and short forms readers type for the same word.
const forms: Record<string, string> = {
  workflows: 'workflow',
  bounces: 'bounce',
  deliveries: 'delivery',
  logs: 'log',
  mails: 'mail',
  emails: 'email',
  'e-mail': 'email',
  clicks: 'click',
  redirection: 'redirect',
  redirections: 'redirect',
  logon: 'login',
  ports: 'port',
  processes: 'process',
  stats: 'statistics',
  duplicates: 'duplicate',
  // Two words are also read as one (`tracking` + `logs`), as a compound is typed (`trackinglogs`).
  trackinglog: 'tracking log',
  trackinglogs: 'tracking log',
};

/** A locale's words for an English product word: the one the content uses first, then other words readers type. */
type Terms = string | string[];

/** The vocabularies loaded, by locale code. */
const loaded = new Map<string, Record<string, Terms>>();

/**
 * The vocabulary files, loaded on demand, found by the naming rule of a locale's search files:
 * `src/search/vocabulary/<locale code>.ts`; a unit test requires one for every declared locale.
 */
const files = import.meta.glob<{ default: Record<string, Terms> }>('./vocabulary/*.ts');

/**
 * Loads the words for the English product words of the locale and, when `query` holds letters of a script the
 * locale does not write, of the languages that write it (a Korean loanword typed on the Swedish site, `익스포트`,
 * is read with the Korean vocabulary: it finds the Korean record of `export`); once per locale. A missing file
 * is a build defect.
 */
export async function loadVocabulary(locale: string, query = ''): Promise<void> {
  const codes = [locale, ...(isLocaleCode(locale) ? foreignWriters(query, locale) : [])];
  await Promise.all(
    codes
      .filter((code) => !loaded.has(code))
      .map(async (code) => {
        const file = files[`./vocabulary/${code}.ts`];
        if (!file) throw new Error(`src/search/vocabulary/${code}.ts is missing. Fix: add the locale's product words.`);
        loaded.set(code, (await file()).default);
      }),
  );
}

const termsOf = (en: string, code: string): string[] => [loaded.get(code)?.[en] ?? []].flat();

/** The vocabularies a word is read with: the reader's, or those of the languages whose letters it has. */
function readWith(word: string, locale?: string): string[] {
  if (!locale || !isLocaleCode(locale)) return [];
  const foreign = foreignWriters(word, locale);
  return (foreign.length > 0 ? foreign : [locale]).filter((code) => loaded.has(code));
}

/** English forms no ending rule reads: `logged` (in) is about a login, not a log. */
const irregular: Record<string, string> = {
  ...{ sent: 'send', lost: 'lose', ran: 'run', hung: 'hang', written: 'write', wrote: 'write', kept: 'keep' },
  ...{ froze: 'freeze', frozen: 'freeze', began: 'start', begun: 'start', logged: 'logged' },
};

/**
 * The English words an English word form may stand for, itself first: its plural or short form (`forms`), then
 * the stems its English ending leaves (`sent` → `send`, `stopped` → `stop`, `retries` → `retry`, `failing` →
 * `fail`, `queued` → `queue`). A vocabulary lists the base form; the first stem it lists is the word.
 */
function englishForms(word: string): string[] {
  const out = [forms[word] ?? word];
  if (irregular[word]) return [...out, irregular[word]];
  if (!/^[a-z]{4,}$/.test(word)) return out;
  for (const [ending, instead] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['d', ''],
    ['ing', ''],
    ['ing', 'e'],
  ] as const) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    out.push(stem + instead);
    // A doubled last consonant (`stopped`, `running`) is one in the base form.
    if (!instead && /([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

/**
 * Returns the English product word a word stands for, and the language whose word it is: its English form, or
 * a word of the reader's locale (or of the language whose letters it has) for it.
 */
function englishOf(word: string, locale?: string): { english: string; code?: string } {
  const codes = readWith(word, locale);
  const english =
    englishForms(word).find((w) => owners[w] || codes.some((code) => loaded.get(code)?.[w])) ?? forms[word] ?? word;
  if (owners[english]) return { english };
  for (const code of codes) {
    if (loaded.get(code)?.[english]) return { english, code };
    const found = Object.keys(loaded.get(code) ?? {}).find((k) => termsOf(k, code).includes(word));
    if (found) return { english: found, code };
  }
  return { english };
}

/**
 * Returns the word for an English product word in the reader's locale, or for another word of the same
 * language for the same thing (`returmejl` → `studsmeddelanden`; on the Swedish site, `익스포트` → `내보내기`),
 * or undefined.
 */
export function localTerm(word: string, locale: string): string | undefined {
  const { english, code = readWith(word, locale)[0] } = englishOf(word, locale);
  const term = code ? termsOf(english, code)[0] : undefined;
  return term && term !== word ? term : undefined;
}

/**
 * Returns the id (lowercase) of the module that owns what a product word names, or undefined: the
 * English word in any locale (`workflow`), or the locale's own word for it (`로그` on the Korean site).
 */
export function ownerOf(word: string, locale?: string): string | undefined {
  return owners[englishOf(word, locale).english]?.toLowerCase();
}
