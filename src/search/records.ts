/**
 * The search records of the module table. Each locale's index holds one record per module and per
 * language, all linking to the entry in that locale: a reader on the Swedish site who types a
 * Japanese symptom finds the Japanese record of the module and lands on the Swedish entry.
 */
import { localeCodes, type LocaleCode } from '../locales.ts';
import { plainText } from '../lib/inline.ts';
import { moduleLabel } from '../lib/module-label.ts';
import type { ModuleEntry } from '../content/module-schema.ts';
import { prepareIndexText } from './text.ts';
import { moduleUrl } from '../lib/urls.ts';

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

/**
 * Returns the records of every module for the index of `locale`. The record in the locale's own
 * language also carries the language-neutral tokens: module id, former ids and any `extra` text
 * (commands, ports, file names).
 */
export function moduleRecords(
  modules: ModuleEntry[],
  locale: LocaleCode,
  extra: (m: ModuleEntry) => string[] = () => [],
): SearchRecord[] {
  return modules.flatMap((m) =>
    localeCodes.map((lang) => {
      const own = lang === locale;
      // In other languages, only the label and the symptoms: they are what a reader types, and
      // the full text in five languages would make the first search load too much index.
      const words = own
        ? [moduleText(m, lang), m.id, ...m.aliases, ...extra(m)].join(' / ')
        : [...m.symptoms[lang], m.label?.[lang]].filter(Boolean).join(' / ');
      return {
        // Pagefind keeps one record per URL, so each language's record gets its own; the search
        // box links to the entry itself (`meta.module`), never to this URL.
        url: `${moduleUrl(locale, m.id).replace('#', `?lang=${lang}#`)}`,
        content: prepareIndexText(words, locale),
        // Pagefind names indexes by the lowercased `<html lang>` (zh-TW → zh-tw).
        language: locale.toLowerCase(),
        meta: {
          title: m.id,
          module: m.id,
          lang,
          label: moduleLabel(m, locale) ?? '',
          scope: plainText(m.scope[locale]),
        },
      };
    }),
  );
}
