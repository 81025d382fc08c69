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

let local: Record<string, string> = {};
let loadedFor = '';

/** Loads the locale's words for the English product words, once per locale. */
export async function loadVocabulary(locale: string): Promise<void> {
  if (loadedFor === locale) return;
  try {
    local = ((await import(`./vocabulary/${locale}.ts`)) as { default: Record<string, string> }).default;
  } catch {
    local = {};
  }
  loadedFor = locale;
}

/** Returns the locale's word for an English product word (lowercase), or undefined. */
export function localTerm(word: string, locale: string): string | undefined {
  const term = loadedFor === locale ? local[forms[word] ?? word] : undefined;
  return term && term !== word ? term : undefined;
}

/**
 * Returns the id (lowercase) of the module that owns what a product word names, or undefined: the
 * English word in any locale (`workflow`), or the locale's own word for it (`로그` on the Korean site).
 */
export function ownerOf(word: string, locale?: string): string | undefined {
  const english = forms[word] ?? word;
  if (owners[english]) return owners[english].toLowerCase();
  if (loadedFor !== locale) return undefined;
  const en = Object.keys(local).find((k) => local[k] === word);
  return en ? owners[en]?.toLowerCase() : undefined;
}
