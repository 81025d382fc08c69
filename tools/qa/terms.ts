/**
 * The words the text rules of the tools read beyond the text: each locale's termbase
 * (`content/terms/<locale code>.yaml`, found by naming rule from src/locales.ts), and the module ids and
 * labels of the collection (the `export-slip` rule takes its words from the export and import labels).
 * Knowledge about a language lives in these data files, not in code keyed by locale codes.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fileFinding, type Finding } from '../../src/content/finding.ts';
import { termbaseFile } from '../../src/content/paths.ts';
import { localeCodes, type LocaleCode } from '../../src/locales.ts';
import { nodeLine } from './yaml-file.ts';

/**
 * A variant not to write in place of a term: where it matches, why it is wrong, the fix. `allowedIn` lists the
 * longer words the variant is part of where it is right (zh-TW 埠 inside the term 連接埠).
 */
export type ForbiddenVariant = {
  variant: string;
  followedBy: readonly string[];
  allowedIn: readonly string[];
  reason: string;
  fix: string;
};
/** One concept of a termbase: the one term to use, and the variants not to. */
export type Concept = { concept: string; term: string; forbidden: readonly ForbiddenVariant[] };
/** The termbase of one locale. */
export type Termbase = { file: string; concepts: readonly Concept[] };

/** What the text rules of the tools read: termbases by locale, and the collection's module ids and labels. */
export type Terms = {
  termbases: ReadonlyMap<LocaleCode, Termbase>;
  moduleIds: readonly string[];
  /** Each module's `label` by locale, by module id. */
  labels: ReadonlyMap<string, Partial<Record<LocaleCode, string>>>;
};

/** A file of a termbase as read: its findings and concepts. */
type Read = { concepts: Concept[]; findings: Finding[] };

/** Returns a string field of a YAML map, or undefined. */
const text = (node: unknown, key: string): string | undefined => {
  const v = isMap(node) ? node.get(key) : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};

/** Returns a list of words of a YAML map (`followedBy`, `allowedIn`), empty when absent. */
const words = (node: unknown, key: string): string[] => {
  const list = isMap(node) ? node.get(key, true) : undefined;
  return isSeq(list) ? list.items.map((i) => String(isScalar(i) ? i.value : '')) : [];
};

/** Reads one forbidden variant; returns undefined (and a finding) when a required field is missing. */
function readVariant(node: unknown, concept: string, at: (n: unknown) => Partial<Finding>): ForbiddenVariant | Finding {
  const [variant, reason, fix] = [text(node, 'variant'), text(node, 'reason'), text(node, 'fix')];
  const [followedBy, allowedIn] = [words(node, 'followedBy'), words(node, 'allowedIn')];
  const filled = [...followedBy, ...allowedIn].every((w) => w.trim() !== '');
  const holding = variant === undefined || allowedIn.every((w) => w.includes(variant));
  if (variant && reason && fix && filled && holding) return { variant, followedBy, allowedIn, reason, fix };
  const [message, hint] = holding
    ? ['a forbidden variant without "variant", "reason" or "fix" text', 'write all three']
    : [`an "allowedIn" word does not contain the variant "${variant}"`, 'list only longer words that contain it'];
  return { ...fileFinding('', 'termbase', message, hint), entry: concept, field: 'forbidden', ...at(node) };
}

/** Parses one termbase file; its findings name the file and the line. */
export function parseTermbase(file: string, source: string): Read {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const at = (n: unknown): Partial<Finding> => ({ file, line: nodeLine(counter, n) });
  const fail = (message: string, fix: string, n: unknown, more: Partial<Finding> = {}): Finding => ({
    ...fileFinding(file, 'termbase', message, fix, more),
    ...at(n),
  });
  if (doc.errors.length > 0)
    return {
      concepts: [],
      findings: [fail(`not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, 'correct it', doc.errors[0])],
    };
  if (doc.contents !== null && !isSeq(doc.contents))
    return {
      concepts: [],
      findings: [fail('expected a list of concepts', 'write "- concept: …" items', doc.contents)],
    };
  const read: Read = { concepts: [], findings: [] };
  for (const node of (doc.contents?.items ?? []) as YamlNode[]) {
    const [concept, term] = [text(node, 'concept'), text(node, 'term')];
    if (!concept || !term) {
      read.findings.push(
        fail('a concept without "concept" or "term" text', 'name the concept and the one term to use', node),
      );
      continue;
    }
    const list = isMap(node) ? node.get('forbidden', true) : undefined;
    if (list !== undefined && !isSeq(list))
      read.findings.push(fail('"forbidden" is not a list', 'write one "- variant: …" item per variant', list));
    const items = isSeq(list) ? list.items : [];
    const variants = items.map((v) => readVariant(v, concept, at));
    read.findings.push(...variants.filter((v): v is Finding => 'rule' in v));
    read.concepts.push({ concept, term, forbidden: variants.filter((v): v is ForbiddenVariant => !('rule' in v)) });
  }
  return read;
}

/**
 * Reads the termbase of every published locale through `read` (a path relative to the project root, undefined
 * when the file does not exist) and takes module ids and labels from the collection's entries. A missing or
 * broken termbase is an error finding naming its file: the checks of that language would silently be off.
 */
export function readTerms(
  read: (path: string) => string | undefined,
  modules: readonly Record<string, unknown>[],
): { terms: Terms; findings: Finding[] } {
  const termbases = new Map<LocaleCode, Termbase>();
  const findings: Finding[] = [];
  for (const locale of localeCodes) {
    const file = termbaseFile(locale);
    const source = read(file);
    if (source === undefined) {
      const fix =
        `create ${file}: the concepts of ${locale} with their terms and forbidden variants, as in ` +
        termbaseFile(localeCodes[0]);
      findings.push(fileFinding(file, 'termbase', `the termbase of ${locale} is missing`, fix, { locale, line: 1 }));
      continue;
    }
    const { concepts, findings: problems } = parseTermbase(file, source);
    findings.push(...problems.map((f) => ({ ...f, locale })));
    termbases.set(locale, { file, concepts });
  }
  const ids = modules.map((m) => m['id']).filter((id): id is string => typeof id === 'string');
  const labels = new Map(
    modules.flatMap((m) =>
      typeof m['id'] === 'string' && typeof m['label'] === 'object' && m['label'] !== null
        ? [[m['id'], m['label'] as Partial<Record<LocaleCode, string>>] as const]
        : [],
    ),
  );
  return { terms: { termbases, moduleIds: ids, labels }, findings };
}
