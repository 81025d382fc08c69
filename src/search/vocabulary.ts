/**
 * English product words support staff type in every language (`workflow` in a Japanese sentence): the
 * module that owns what they name, and each locale's word for them (loaded for the page's locale only).
 */

/** The module that owns what an English product word names. */
const owners: Record<string, string> = {
  workflow: 'wfserver',
  bounce: 'inMail',
  tracking: 'tracking',
  delivery: 'mta',
  console: 'web',
  log: 'syslogd',
  redirect: 'trackinglogd',
  login: 'web',
  statistics: 'stat',
  queue: 'mta',
  duplicate: 'import',
  export: 'export',
  import: 'import',
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
};

/** A locale's words for an English product word: the one the content uses first, then other words readers type. */
type Terms = string | string[];

let local: Record<string, Terms> = {};
let loadedFor = '';

/**
 * The vocabulary files, loaded on demand, found by the naming rule of a locale's search files:
 * `src/search/vocabulary/<locale code>.ts`; a unit test requires one for every declared locale.
 */
const files = import.meta.glob<{ default: Record<string, Terms> }>('./vocabulary/*.ts');

/** Loads the locale's words for the English product words, once per locale; a missing file is a build defect. */
export async function loadVocabulary(locale: string): Promise<void> {
  if (loadedFor === locale) return;
  const file = files[`./vocabulary/${locale}.ts`];
  if (!file) throw new Error(`src/search/vocabulary/${locale}.ts is missing. Fix: add the locale's product words.`);
  local = (await file()).default;
  loadedFor = locale;
}

const termsOf = (en: string): string[] => [local[en] ?? []].flat();

/** Returns the English product word a word stands for: its English form, or a word of the locale for it. */
function englishOf(word: string, locale?: string): string {
  const english = forms[word] ?? word;
  if (owners[english] || loadedFor !== locale || local[english]) return english;
  return Object.keys(local).find((k) => termsOf(k).includes(word)) ?? english;
}

/**
 * Returns the locale's word for an English product word, or for another word of the locale for the
 * same thing (`returmejl` → `studsmeddelanden`), or undefined.
 */
export function localTerm(word: string, locale: string): string | undefined {
  const term = loadedFor === locale ? termsOf(englishOf(word, locale))[0] : undefined;
  return term && term !== word ? term : undefined;
}

/**
 * Returns the id (lowercase) of the module that owns what a product word names, or undefined: the
 * English word in any locale (`workflow`), or the locale's own word for it (`로그` on the Korean site).
 */
export function ownerOf(word: string, locale?: string): string | undefined {
  return owners[englishOf(word, locale)]?.toLowerCase();
}
