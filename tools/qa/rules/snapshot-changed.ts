/**
 * Rule `snapshot-changed`: a row whose upstream wording changed since our strings were made from it
 * (recorded under `changed:` in content/upstream-snapshot.yaml by `import:exl --write`) waits for a
 * translator's review. A warning: the module page already names the row in its notice.
 */
import { changedRows, snapshotFields } from '../../../src/content/upstream-snapshot.ts';
import { localeCodes } from '../../../src/locales.ts';
import { nodeLine } from '../yaml-file.ts';
import type { LintContentRule } from './rule.ts';

/** Warns about each changed field of each row the notice names, on the line of the new text. */
export const snapshotChanged: LintContentRule = {
  name: 'snapshot-changed',
  target: 'content',
  check({ snapshot, modules }) {
    if (!snapshot) return [];
    const ids = modules?.entries.map((e) => e.id) ?? [];
    return localeCodes.flatMap((locale) =>
      changedRows(snapshot.data, locale, ids).flatMap((id) =>
        snapshotFields
          .filter((field) => snapshot.data[locale]?.changed[id]?.[field] !== undefined)
          .map((field) => ({
            file: snapshot.file,
            line: nodeLine(snapshot.counter, snapshot.doc.getIn([locale, 'changed', id, field], true)),
            entry: id,
            field,
            locale,
            severity: 'warning' as const,
            message:
              `Adobe's ${locale} wording of this row changed since our strings were made from it; the module ` +
              `page names the row in its notice`,
            fix:
              `review ${modules?.file ?? 'content/modules.yaml'} › ${id} › ${field} › ${locale} against the new ` +
              `text, then move it from "changed:" to "rows:"`,
          })),
      ),
    );
  },
};
