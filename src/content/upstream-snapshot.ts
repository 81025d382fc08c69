/**
 * The upstream module table each locale's strings were made from, per row and normalised, and the
 * rows whose upstream wording changed since: the page's stale-translation notice names those rows.
 */
import { parse } from 'yaml';
import { localeCodes, type LocaleCode } from '../locales.ts';
import { fileFinding, FindingError, quote } from './finding.ts';

/** The name findings about the snapshot file give as their rule. */
const rule = 'upstream-snapshot';

/** The upstream columns kept per row (after the module name). */
export const snapshotFields = ['scope', 'troubleshooting'] as const;
export type SnapshotField = (typeof snapshotFields)[number];

/** One row's upstream text by column, normalised with `normaliseUpstream`. */
export type SnapshotRow = Partial<Record<SnapshotField, string>>;

/** One locale: the rows our strings were made from, and the newer upstream text of rows that changed. */
export type SnapshotLocale = {
  rows: Record<string, SnapshotRow>;
  changed: Record<string, SnapshotRow>;
};
export type UpstreamSnapshot = Partial<Record<LocaleCode, SnapshotLocale>>;

/**
 * Normalises upstream text for comparison: Unicode NFC, every run of white space (including
 * no-break spaces and line breaks) as one space, no outer spaces. Wording changes survive it;
 * re-wrapping and re-encoding of the same text do not.
 */
export function normaliseUpstream(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Reads one row map (`rows:` or `changed:`); throws a FindingError naming file, entry, field and locale. */
function readRows(file: string, locale: string, field: string, value: unknown): Record<string, SnapshotRow> {
  if (value === undefined || value === null) return {};
  const fail = (entry: string, message: string, fix: string) => {
    throw new FindingError([fileFinding(file, rule, message, fix, { entry, field, locale })]);
  };
  if (typeof value !== 'object' || Array.isArray(value)) {
    fail('-', `${quote(value)} is not a map of module ids`, `write "${field}:" with one "<module id>:" per row`);
  }
  const rows: Record<string, SnapshotRow> = {};
  for (const [id, row] of Object.entries(value as Record<string, unknown>)) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      fail(id, `${quote(row)} is not a row`, `write "scope:" and "troubleshooting:" under "${id}:"`);
    }
    const out: SnapshotRow = {};
    for (const [key, text] of Object.entries(row as Record<string, unknown>)) {
      if (!(snapshotFields as readonly string[]).includes(key)) {
        fail(id, `unknown column ${quote(key)}`, `use ${snapshotFields.join(' or ')}`);
      }
      if (typeof text !== 'string' || text.trim() === '') {
        fail(
          id,
          `the ${key} text is ${quote(text)}`,
          'copy the upstream cell text, or run npm run import:exl -- --write',
        );
      }
      out[key as SnapshotField] = text as string;
    }
    rows[id] = out;
  }
  return rows;
}

/**
 * Parses the snapshot file; a locale may be missing (nothing recorded yet), an unknown one may not. Throws a
 * FindingError for a file that cannot be used.
 */
export function parseSnapshot(text: string, file: string): UpstreamSnapshot {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const why = `not valid YAML (${(error as Error).message})`;
    throw new FindingError([fileFinding(file, rule, why, 'correct the indentation or quoting at that line')], {
      cause: error,
    });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const why = `expected a map of locales ("ja:" …), got ${quote(data)}`;
    throw new FindingError([fileFinding(file, rule, why, 'write one "<locale>:" per locale')]);
  }
  const snapshot: UpstreamSnapshot = {};
  for (const [locale, value] of Object.entries(data as Record<string, unknown>)) {
    const code = localeCodes.find((l) => l === locale);
    if (!code) {
      const why = `${quote(locale)} is not a published locale`;
      throw new FindingError([fileFinding(file, rule, why, `use one of ${localeCodes.join(', ')}`, { locale })]);
    }
    const record = (value ?? {}) as Record<string, unknown>;
    snapshot[code] = {
      rows: readRows(file, code, 'rows', record['rows']),
      changed: readRows(file, code, 'changed', record['changed']),
    };
  }
  return snapshot;
}

/**
 * Returns the module ids, in table order, whose upstream text in this locale changed since our
 * strings were made from it: the rows the stale-translation notice names.
 */
export function changedRows(snapshot: UpstreamSnapshot, locale: LocaleCode, moduleOrder: readonly string[]): string[] {
  const changed = snapshot[locale]?.changed ?? {};
  const made = snapshot[locale]?.rows ?? {};
  const differs = (id: string) =>
    snapshotFields.some((f) => changed[id]?.[f] !== undefined && changed[id]?.[f] !== made[id]?.[f]);
  return moduleOrder.filter(differs);
}
