/**
 * Compares the upstream table of one locale with the snapshot our strings were made from
 * (content/upstream-snapshot.yaml) and plans its updates: a first import records the table, a later
 * one records rows whose wording changed under `changed:`, which the page's notice then names.
 */
import type { LocaleCode } from '../../src/locales.ts';
import { snapshotFields, type SnapshotRow, type UpstreamSnapshot } from '../../src/content/upstream-snapshot.ts';
import type { Finding, MakeFinding, Update } from './types.ts';

/** One upstream row, normalised: its module id, line, and text per column. */
export type UpstreamRow = { id: string; line: number; text: SnapshotRow };

/** Shortens a text for a one-line report. */
const short = (s: string | undefined) =>
  s === undefined ? 'nothing' : JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}…` : s);

/**
 * Returns the wording findings of one locale and the snapshot updates `--write` would make. Rows
 * equal to the snapshot need nothing; rows already recorded as changed are reported again (the
 * translator has not reviewed them yet) but not rewritten. The snapshot holds upstream text as converted
 * and repaired when it was recorded; `repair` applies today's repairs to it, so a term added to a termbase
 * (zh-TW 日誌 → 記錄) is not taken for a wording change upstream.
 */
export function compareSnapshot(
  locale: LocaleCode,
  rows: readonly UpstreamRow[],
  snapshot: UpstreamSnapshot,
  snapshotFile: string,
  finding: MakeFinding,
  repair: (text: string) => string = (text) => text,
): { wording: Finding[]; planned: Update[] } {
  const wording: Finding[] = [];
  const planned: Update[] = [];
  const mine = snapshot[locale];
  const update = (part: 'rows' | 'changed', id: string, field: string, from: string | undefined, to: string) =>
    planned.push({ file: snapshotFile, path: [locale, part, id, field], locale, module: id, field, from, to });
  if (!mine) {
    wording.push(
      finding(
        rows[0]?.line ?? 1,
        '-',
        'snapshot',
        'snapshot-wording',
        `${snapshotFile} holds no ${locale} snapshot, so wording changes cannot be detected for this locale`,
        `run with --write to record this table as the text our ${locale} strings were made from`,
        'warning',
      ),
    );
    for (const row of rows)
      for (const f of snapshotFields) if (row.text[f]) update('rows', row.id, f, undefined, row.text[f]);
    return { wording, planned };
  }
  for (const row of rows) {
    for (const field of snapshotFields) {
      const now = row.text[field];
      const made = mine.rows[row.id]?.[field];
      if (now === undefined || now === made || (made !== undefined && now === repair(made))) continue;
      if (made === undefined) {
        wording.push(
          finding(
            row.line,
            row.id,
            field,
            'snapshot-wording',
            `the ${locale} snapshot has no ${field} text for this row`,
            'run with --write to record it',
            'warning',
          ),
        );
        update('rows', row.id, field, undefined, now);
        continue;
      }
      const recorded = mine.changed[row.id]?.[field] === now;
      wording.push(
        finding(
          row.line,
          row.id,
          field,
          'snapshot-wording',
          `the upstream wording changed since our strings were made from it: was ${short(made)}, now ` +
            `${short(now)}${recorded ? ' (already recorded under "changed:")' : ''}`,
          recorded
            ? `review our ${locale} ${field} of ${row.id}, then move the new text from "changed:" to "rows:" in ` +
                `${snapshotFile}`
            : `run with --write to record it under "changed:" (the page then names the row), review our ` +
                `${locale} ${field} of ${row.id}, then move the text to "rows:"`,
          'warning',
        ),
      );
      if (!recorded) update('changed', row.id, field, mine.changed[row.id]?.[field], now);
    }
  }
  return { wording, planned };
}
