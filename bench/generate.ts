/**
 * Generated module collections for the scale bench and the split-table test: the real modules
 * first, then seeded clones (ids like `mta00123`, words drawn from the real strings of the same
 * locale, runbook facts with the id substituted, no map relations). Never written to the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { localizedFields, type LocalizedField, type LocalizedFieldName } from '../src/content/localized.ts';
import { localeCodes, type LocaleCode } from '../src/locales.ts';

/** A module entry as written in the collection file. */
export type Module = { id: string; facts?: Record<string, unknown> } & {
  [K in LocalizedFieldName]?: Record<string, string | string[]>;
};

/** The localized fields of the registry (`src/content/localized.ts`): generated as declared there. */
const fields = Object.entries(localizedFields) as [LocalizedFieldName, LocalizedField][];

/** The text of a field of a module in a locale, a list joined. */
const textOf = (m: Module, name: LocalizedFieldName, l: LocaleCode) => [m[name]?.[l] ?? []].flat().join(' ');

const root = resolve(import.meta.dirname, '..');

/** Returns the shipped collection. */
export function realModules(): Module[] {
  return parse(readFileSync(join(root, 'content', 'modules.yaml'), 'utf8')) as Module[];
}

/** A small seeded generator (mulberry32): the same collection on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The words of a locale's real strings: space-separated words, or for Chinese and Japanese, runs of
 * two or three characters.
 */
function vocabulary(real: Module[], locale: LocaleCode): string[] {
  const text = real
    .flatMap((m) => fields.filter(([, f]) => f.kind !== 'plain').map(([name]) => textOf(m, name, locale)))
    .join(' ');
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`。、，．（）()「」『』:：;；,.!?”“"'’‘«»]/g, ' ');
  const words = /^(zh|ja)/.test(locale)
    ? plain.split(/\s+/).flatMap((run) => [...run.matchAll(/.{2,3}/gu)].map((m) => m[0]))
    : plain.split(/\s+/).filter((w) => w.length > 1);
  return [...new Set(words)];
}

/** Generates `count` modules: the real ones first, then seeded clones. */
export function collection(count: number, real: Module[] = realModules()): Module[] {
  const next = random(count);
  const vocab = Object.fromEntries(localeCodes.map((l) => [l, vocabulary(real, l)])) as Record<LocaleCode, string[]>;
  const join = (l: LocaleCode, words: string[]) => (/^(zh|ja)/.test(l) ? words.join('') : words.join(' '));
  const phrase = (l: LocaleCode, min: number, max: number) =>
    join(
      l,
      Array.from(
        { length: min + Math.floor(next() * (max - min + 1)) },
        () => vocab[l][Math.floor(next() * vocab[l].length)]!,
      ),
    );
  const out: Module[] = real.slice(0, count);
  for (let i = out.length; i < count; i++) {
    const base = real[i % real.length]!;
    const id = `${base.id}${String(i).padStart(5, '0')}`;
    const facts = base.facts
      ? (JSON.parse(
          JSON.stringify(base.facts).replace(new RegExp(`(?<![\\w-])${base.id}(?![\\w-])`, 'g'), id),
        ) as Record<string, unknown>)
      : undefined;
    if (facts) delete facts['relations'];
    // Each field as its kind says: a short name, the base's text and more words, or four phrases.
    const value = (name: LocalizedFieldName, f: LocalizedField, l: LocaleCode): string | string[] => {
      if (f.kind === 'list') return [...new Set(Array.from({ length: 4 }, () => phrase(l, 2, 5)))].slice(0, 4);
      return f.kind === 'plain' ? phrase(l, 1, 3) : `${textOf(base, name, l)} ${phrase(l, 4, 10)}`;
    };
    const localized = Object.fromEntries(
      fields.map(([name, f]) => [name, Object.fromEntries(localeCodes.map((l) => [l, value(name, f, l)]))]),
    );
    out.push({ id, ...localized, ...(facts ? { facts } : {}) });
  }
  return out;
}

/** Writes a generated collection of `count` modules to `file` (YAML). */
export function writeCollection(file: string, count: number): void {
  // Shared objects must be written out in full: the loader refuses YAML with many aliases.
  writeFileSync(file, stringify(collection(count), { aliasDuplicateObjects: false }));
}
