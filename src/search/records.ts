/**
 * The search records of the module table: one per module and language, in one index shared by
 * every locale. A reader on the Swedish site who types a Japanese symptom finds the Japanese record
 * of the module and lands on the Swedish entry (the search box links to `meta.module` in the
 * reader's locale). Adding a locale adds one record per module, never one per existing locale.
 */
import { localeCodes, type LocaleCode } from '../locales.ts';
import { plainText } from '../lib/inline.ts';
import { moduleLabel } from '../lib/module-label.ts';
import type { ModuleEntry } from '../content/module-schema.ts';
import { passageSeparator } from './excerpt.ts';
import { indexLanguage, prepareIndexText } from './text.ts';
import { moduleUrl } from '../lib/urls.ts';

/** A Pagefind custom record (the shape of `index.addCustomRecord`). */
export type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
};

/**
 * Returns the language-neutral words of a module's runbook facts that a reader can type or read:
 * config and log files, ports and the commands themselves. Not the internal key names (`kind`,
 * `class`) nor the ids of related pages and modules: they would show in excerpts and make every
 * module that logs to `syslogd` match `syslogd`.
 */
export function neutralWords(m: ModuleEntry): string[] {
  // Where a fact comes from (`source: rule`) is about the fact, not a word a reader searches for.
  const f = m.facts;
  return [
    f.config?.path,
    f.log?.path,
    ...[...(f.ports ?? []), ...(f.outbound ?? [])].map((p) => `${p.number}/${p.protocol}`),
    ...(f.commands ?? []).map((c) => c.command),
  ].filter((w): w is string => !!w);
}

/**
 * Returns the record of a module in one language. Its content is passages (`modulePassages`): the
 * label and scope, shown with the result; the troubleshooting text and symptoms in that language;
 * the language-neutral tokens a reader of any language types (module id, former ids, and the files,
 * ports and commands of `neutralWords`). Its meta names the module and the language only.
 */
export function moduleRecord(m: ModuleEntry, lang: LocaleCode): SearchRecord {
  const passages = [
    moduleLabel(m, lang) ?? '',
    plainText(m.scope[lang]),
    plainText(m.troubleshooting[lang]),
    ...m.symptoms[lang],
    m.id,
    ...m.aliases,
    ...neutralWords(m),
  ];
  return {
    // Pagefind keeps one record per URL: each language's record is its own entry's URL.
    url: moduleUrl(lang, m.id),
    content: prepareIndexText(passages.join(passageSeparator)),
    language: indexLanguage,
    meta: { module: m.id, lang },
  };
}

/** Returns the records of every module: one per module and language (modules × locales). */
export function moduleRecords(modules: ModuleEntry[]): SearchRecord[] {
  return modules.flatMap((m) => localeCodes.map((lang) => moduleRecord(m, lang)));
}
