/**
 * The search records of the entries: one per module and language, and one per sign and language, in
 * one index shared by every locale. A reader on the Swedish site who types a Japanese symptom finds the
 * Japanese record and lands on the Swedish entry (`readerUrl`). Adding a locale adds one record per
 * entry, never one per existing locale. The record's shape is the contract of `contract.ts`.
 */
import { localeCodes, type LocaleCode } from '../locales.ts';
import { plainText } from '../lib/inline.ts';
import { moduleLabel } from '../lib/module-label.ts';
import type { ModuleEntry } from '../content/module-schema.ts';
import {
  localizedFields,
  type LocalizedField,
  type LocalizedFieldName,
  type SearchRole,
} from '../content/localized.ts';
import type { SignEntry } from '../content/sign-schema.ts';
import { moduleUrl, signUrl } from '../lib/urls.ts';
import {
  encodeEntryText,
  secondRecordUrl,
  type EntryMeta,
  type EntryText,
  type RecordKind,
  type SearchRecord,
} from './contract.ts';
import { indexLanguage, prepareIndexText } from './text.ts';

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

/** Returns an entry record: its text as passages, prepared for the shared index, and its meta and filters. */
function entryRecord(url: string, meta: EntryMeta, text: EntryText, kind?: RecordKind): SearchRecord {
  const prepared = (p: string) => prepareIndexText(p);
  return {
    // Pagefind keeps one record per URL: each language's record is its own entry's URL.
    url,
    content: encodeEntryText({
      label: prepared(text.label),
      head: prepared(text.head),
      note: prepared(text.note),
      body: text.body.map(prepared),
    }),
    language: indexLanguage,
    meta,
    filters: { kind: [kind ?? (meta.sign ? 'sign' : 'module')], lang: [meta.lang] },
  };
}

/**
 * Returns the record of a module in one language: its label and scope (shown with the result), the
 * troubleshooting text and symptoms in that language, and the language-neutral tokens a reader of any
 * language types (module id, former ids, and the files, ports and commands of `neutralWords`).
 */
export function moduleRecord(m: ModuleEntry, lang: LocaleCode): SearchRecord {
  const text = (role: SearchRole) => fieldText(m, lang, role);
  return entryRecord(
    moduleUrl(lang, m.id),
    { module: m.id, lang },
    {
      label: moduleLabel(m, lang) ?? '',
      head: text('head').join(' '),
      note: '',
      body: [...text('body'), m.id, ...m.aliases, ...neutralWords(m)],
    },
  );
}

/**
 * Returns the plain text of a module's localized fields of one search role, in registry order
 * (`src/content/localized.ts`): a new localized field is searched as soon as it is declared there.
 */
function fieldText(m: ModuleEntry, lang: LocaleCode, role: SearchRole): string[] {
  return (Object.keys(localizedFields) as LocalizedFieldName[])
    .filter((name) => ((localizedFields[name] as LocalizedField).search ?? 'body') === role)
    .flatMap((name) => {
      const value: string | string[] | undefined = m[name]?.[lang];
      return value === undefined ? [] : [value].flat().map(plainText);
    });
}

/**
 * Returns the record of a sign in one language: the English text as seen (the same in every language,
 * so a pasted English message finds it from any locale), Adobe's localized label, what it means and the
 * command that checks it, and its module's label and id (a sign says which module it belongs to, and a
 * query naming the module finds its signs).
 */
export function signRecord(s: SignEntry, m: ModuleEntry, lang: LocaleCode): SearchRecord {
  return entryRecord(
    signUrl(lang, s),
    { module: s.module, lang, sign: s.id },
    {
      label: moduleLabel(m, lang) ?? '',
      head: s.seen,
      note: s.label?.[lang] ?? '',
      body: [...(s.check ? [s.check.command] : []), m.id],
    },
  );
}

let ordinary: Record<string, string> | undefined;

/**
 * The ordinary words of English and a language, as the search box reads them (`stop-words.ts`), read on first
 * use: a plain Node script that imports this file for module records (a test) never needs them.
 */
function ordinaryWords(lang: LocaleCode): Set<string> {
  ordinary ??= import.meta.glob<string>('./stop-words/*.ts', { eager: true, import: 'default' });
  let words = ordinarySets.get(lang);
  if (!words) {
    words = new Set([ordinary['./stop-words/en.ts'], ordinary[`./stop-words/${lang}.ts`]].join(' ').split(' '));
    ordinarySets.set(lang, words);
  }
  return words;
}
/** Each language's set, made once: every sign's meaning in that language reads it. */
const ordinarySets = new Map<LocaleCode, Set<string>>();

/** The first sentence of a text: what a sign's meaning says first is what a ticket describes. */
export function firstSentence(text: string): string {
  return /^.*?(?:[。！？]|[.!?](?=\s|$)|$)/su.exec(text)?.[0] ?? text;
}

/**
 * Returns the telling words of a text, each once, in order: what the index needs to find it, in a third of
 * the bytes of the whole text (no ordinary word, no repeated word, no punctuation).
 */
export function tellingWords(text: string, lang: LocaleCode): string {
  const skip = ordinaryWords(lang);
  const words = prepareIndexText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}_@:./-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w && !skip.has(w));
  return [...new Set(words)].join(' ');
}

/**
 * Returns the second record of a sign in one language: what it means, in the reader's words (a ticket
 * describes the trouble more often than it quotes it), as the telling words of its first sentence
 * (`tellingWords`: the search box shows the sign's text, never this record's). It is a record of its own so
 * that ranking weighs it less than what is seen (`weights.meaningText`), and more the more of the query's
 * words it shares (`weights.meaningCoverage`): one shared word is weak evidence, several are a description
 * of the same trouble. Measured (`npm run bench:search`): the whole meaning raised the dev set to 0.86 hit@1
 * but lost two long-sentence tickets and a token query (its extra words shift every word's rarity); with the
 * meaning and the action, zh-TW fell to 0.80. The first sentence with coverage: dev 0.84, every group kept.
 * What to do is read on the sign's page, not searched (readers type what they see, not the remedy).
 */
export function meaningRecord(s: SignEntry, lang: LocaleCode): SearchRecord {
  return entryRecord(
    secondRecordUrl(signUrl(lang, s)),
    { module: s.module, lang, sign: s.id },
    // The sign's text is its title when this record is the one opened; the module's label and Adobe's label
    // are in the sign's own record already.
    { label: '', head: s.seen, note: '', body: [tellingWords(firstSentence(plainText(s.meaning[lang])), lang)] },
    'meaning',
  );
}

/** Returns the records of every module and sign: one per entry and language. */
export function entryRecords(modules: ModuleEntry[], signs: Map<string, SignEntry[]>): SearchRecord[] {
  return modules.flatMap((m) =>
    localeCodes.flatMap((lang) => [
      moduleRecord(m, lang),
      ...(signs.get(m.id) ?? []).flatMap((s) => [signRecord(s, m, lang), meaningRecord(s, lang)]),
    ]),
  );
}
