/**
 * Generated module collections for the scale bench and the split-table test: the real modules
 * first, then seeded clones (ids like `mta00123`, words drawn from the real strings of the same
 * locale, runbook facts with the id substituted, no map relations). Never written to the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { localeCodes, type LocaleCode } from '../src/locales.ts';

/** A module entry as written in the collection file. */
export type Module = {
  id: string;
  label?: Record<string, string>;
  scope: Record<string, string>;
  troubleshooting: Record<string, string>;
  symptoms: Record<string, string[]>;
  facts?: Record<string, unknown>;
};

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
    .flatMap((m) => [m.scope[locale], m.troubleshooting[locale], ...(m.symptoms[locale] ?? [])])
    .join(' ');
  const plain = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`。、，．（）()「」:：;；,.!?]/g, ' ');
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
    out.push({
      id,
      label: Object.fromEntries(localeCodes.map((l) => [l, phrase(l, 1, 3)])),
      scope: Object.fromEntries(localeCodes.map((l) => [l, `${base.scope[l]} ${phrase(l, 4, 10)}`])),
      troubleshooting: base.troubleshooting,
      symptoms: Object.fromEntries(
        localeCodes.map((l) => [l, [...new Set(Array.from({ length: 4 }, () => phrase(l, 2, 5)))].slice(0, 4)]),
      ),
      ...(facts ? { facts } : {}),
    });
  }
  return out;
}

/** Writes a generated collection of `count` modules to `file` (YAML). */
export function writeCollection(file: string, count: number): void {
  // Shared objects must be written out in full: the loader refuses YAML with many aliases.
  writeFileSync(file, stringify(collection(count), { aliasDuplicateObjects: false }));
}
