/**
 * The search records of the module table, two per module and per language: the full record in
 * that locale's own bundle (what its readers search), and a short one (symptoms and label: what a
 * reader types) in the language's module bundle, which readers of other locales merge. A record
 * names its module and table page, so a reader on any locale's site who types a symptom in
 * another language is sent to the entry in their locale.
 */
import type { LocaleCode } from '../locales.ts';
import { plainText } from '../lib/inline.ts';
import { moduleLabel } from '../lib/module-label.ts';
import type { ModuleEntry } from '../content/module-schema.ts';
import { prepareIndexText } from './text.ts';
import { moduleUrl } from '../lib/urls.ts';
import { indexLanguage, modulesLanguage } from './bundles.ts';

/** A Pagefind custom record (the shape of `index.addCustomRecord`). */
export type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
};

/** Returns the words a module entry is found by, in one language. */
export function moduleText(m: ModuleEntry, lang: LocaleCode): string {
  // Troubleshooting and symptoms first: Pagefind's excerpt shows the matched words in context,
  // and the label and scope are shown beside it anyway.
  return [plainText(m.troubleshooting[lang]), ...m.symptoms[lang], plainText(m.scope[lang]), m.label?.[lang]]
    .filter(Boolean)
    .join(' / ');
}

/** `full`: for the locale's own readers; `short`: for readers of other locales. */
export type RecordKind = 'full' | 'short';

/**
 * Returns the record of one module in one language. The full record holds the whole entry plus
 * the language-neutral tokens (module id, former ids and any `extra` text: commands, ports, file
 * names); the short one only the symptoms and the label, as the full text in every language
 * would make a cross-language first search load too much index and rank worse.
 */
export function moduleRecord(
  m: ModuleEntry,
  lang: LocaleCode,
  kind: RecordKind,
  page = 1,
  extra: (m: ModuleEntry) => string[] = () => [],
): SearchRecord {
  const words =
    kind === 'full'
      ? [moduleText(m, lang), m.id, ...m.aliases, ...extra(m)]
      : [...m.symptoms[lang], m.label?.[lang]].filter(Boolean);
  return {
    url: moduleUrl(lang, m.id, page),
    content: prepareIndexText(words.join(' / '), lang),
    language: kind === 'full' ? indexLanguage(lang) : modulesLanguage(lang),
    meta: {
      title: m.id,
      module: m.id,
      lang,
      // The search box links to this page of the table in the reader's locale.
      page: String(page),
      label: moduleLabel(m, lang) ?? '',
      scope: plainText(m.scope[lang]),
    },
  };
}

/** Returns the records of one kind of every module in one language (one per module). */
export function moduleRecords(
  modules: readonly ModuleEntry[],
  lang: LocaleCode,
  kind: RecordKind,
  pageOf: (id: string) => number = () => 1,
  extra?: (m: ModuleEntry) => string[],
): SearchRecord[] {
  return modules.map((m) => moduleRecord(m, lang, kind, pageOf(m.id), extra));
}
