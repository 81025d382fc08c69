/**
 * The contract between the build that writes search records and the browser code that ranks and shows
 * them, defined once: what a record holds (kind, meta, filters), how an entry's text is cut into
 * passages, and which URL a result links to for a reader of a given locale.
 */
import { localeFromPath, type LocaleCode } from '../locales.ts';
import { joinCjkWords } from './text.ts';

/**
 * What a record is: a module entry, a sign under a module (what is seen), what a sign means (a second
 * record of the same entry, weighing less: a ticket's description of the trouble), or a section of a page.
 */
export type RecordKind = 'module' | 'sign' | 'meaning' | 'page';

/** The letter of each kind of record in a record's id. */
const kindLetters = { module: 'm', sign: 's', meaning: 'n', page: 'p' } as const satisfies Record<RecordKind, string>;

/**
 * A record's id in a written bundle, which also names its fragment file (`fragment/<id>.pf_fragment`): the
 * locale's folder and a stamp of the bundle's records (a changed record gets a new address, never a cached
 * old one), then the record's kind and number in base 36 (`sv.3fa9c1d2/m1k`). Pagefind loads every record's id
 * before a first search: short ids that share their start compress to a few bytes each. The browser tells a
 * record's language and kind from its id alone, before opening it, with no filter file to load.
 */
export function recordId(localePath: string, stamp: string, kind: RecordKind, n: number): string {
  return `${localePath}.${stamp}/${kindLetters[kind]}${n.toString(36)}`;
}

/** The language and kind of a record, read from its id (`recordId`); undefined for an id of another form. */
export function recordOfId(id: string): { locale: LocaleCode; kind: RecordKind } | undefined {
  const [, path, letter] = /^([a-z-]+)\.[0-9a-f]+\/([a-z])[0-9a-z]+$/.exec(id) ?? [];
  const locale = localeFromPath(path)?.code;
  const kind = (Object.keys(kindLetters) as RecordKind[]).find((k) => kindLetters[k] === letter);
  return locale && kind ? { locale, kind } : undefined;
}

/**
 * Meta of an entry record (a module or a sign): ids only, since Pagefind indexes meta values as words
 * (a label in meta would make every record match it).
 */
export type EntryMeta = { module: string; lang: LocaleCode; sign?: string };

/** Meta of a page-section record: its heading and its page's title, as shown with the result. */
export type SectionMeta = { title: string; page: string };

/**
 * The text of an entry record as passages. `label` (the module's name in the record's language) and
 * `head` (a module's scope, a sign's English text) are shown with the result; `note` (a sign's label in
 * Adobe's localized console) beside them; `body` holds what is searched and excerpted.
 */
export type EntryText = { label: string; head: string; note: string; body: string[] };

/** A Pagefind custom record (the shape of `index.addCustomRecord`). */
export type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  /** `kind` always; `lang` on every record written, so the browser can tell the reader's records before opening any. */
  filters: { kind: [RecordKind]; lang?: [LocaleCode] };
};

/** Separates the passages of an entry record's content. */
export const passageSeparator = ' / ';

/** Writes an entry's passages as record content (a separator inside a passage is closed up). */
export function encodeEntryText(text: EntryText): string {
  return [text.label, text.head, text.note, ...text.body]
    .map((p) => p.replaceAll(passageSeparator, '/'))
    .join(passageSeparator);
}

/**
 * Reads an entry's passages back from record content (`encodeEntryText`'s inverse), as a reader reads
 * them: the spaces put between CJK words for the index removed.
 */
export function decodeEntryText(content: string): EntryText {
  // Pagefind collapses and trims white space: an empty passage's two separators may arrive as ` / / `,
  // and an empty first passage as a leading `/ `.
  const passages = content.split(/(?:^|\s)\/(?=\s|$)/).map((p) => joinCjkWords(p.trim()));
  const [label = '', head = '', note = '', ...body] = passages;
  return { label, head, note, body: body.filter(Boolean) };
}

/** Reads an entry record's meta; undefined for a page section. */
export function entryMeta(meta: Record<string, string>): EntryMeta | undefined {
  const { module, lang, sign } = meta;
  if (!module || !lang) return undefined;
  return { module, lang: lang as LocaleCode, ...(sign ? { sign } : {}) };
}

/** The key results are grouped by: a module's entry, or one sign of a module. */
export function entryKey(meta: EntryMeta): string {
  return meta.sign ? `${meta.module}--${meta.sign}` : meta.module;
}

/**
 * The URL of a second record of an entry (a sign's meaning): the entry's URL with a query that tells the
 * two apart, since Pagefind keeps one record per URL. `readerUrl` drops it.
 */
export function secondRecordUrl(entryUrl: string): string {
  return entryUrl.replace(/(#|$)/, `${secondRecordMark}$1`);
}
const secondRecordMark = '?meaning';

/** Returns true for the URL of an entry's second record (its words are searched, never shown as an excerpt). */
export function isSecondRecord(recordUrl: string): boolean {
  return recordUrl.includes(secondRecordMark);
}

/**
 * Returns the URL a result links to for a reader of `locale`: the record's own URL with its locale
 * segment swapped (an entry matched in Japanese on the Swedish site links to the Swedish entry).
 */
export function readerUrl(recordUrl: string, locale: { path: string }): string {
  const [, first = '', ...rest] = recordUrl.replace(secondRecordMark, '').split('/');
  return localeFromPath(first) ? ['', locale.path, ...rest].join('/') : recordUrl;
}
