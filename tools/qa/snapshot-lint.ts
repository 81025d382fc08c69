/**
 * Lints against the upstream snapshot (content/upstream-snapshot.yaml): rows whose upstream wording
 * changed since our strings were made from it (the page names them), and module-table strings that
 * add a code token, number or link that no upstream locale has (a statement to check).
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { localeCodes } from '../../src/locales.ts';
import {
  changedRows,
  parseSnapshot,
  snapshotFields,
  type UpstreamSnapshot,
} from '../../src/content/upstream-snapshot.ts';
import type { Sink } from './findings.ts';
import { inlineInvariants, type Invariants } from './invariants.ts';
import { repairedInvariants } from './parity.ts';
import { nodeLine, scalarText } from './yaml-file.ts';

/** What each kind of fact is called in a finding. */
const kindName: Record<keyof Invariants, string> = { code: 'code token', links: 'link', numbers: 'number' };

/** Returns every code token, link and number that some upstream locale has in this row's column. */
function upstreamFacts(
  snapshot: UpstreamSnapshot,
  id: string,
  field: (typeof snapshotFields)[number],
): Invariants | undefined {
  const all: Invariants = { code: [], links: [], numbers: [] };
  let any = false;
  for (const locale of localeCodes) {
    for (const text of [snapshot[locale]?.rows[id]?.[field], snapshot[locale]?.changed[id]?.[field]]) {
      if (text === undefined) continue;
      any = true;
      try {
        const facts = inlineInvariants(text);
        for (const kind of ['code', 'links', 'numbers'] as const) all[kind].push(...facts[kind]);
      } catch {
        // A snapshot text that is not valid inline syntax contributes nothing.
      }
    }
  }
  return any ? all : undefined;
}

/** Lints the snapshot file and, against it, the module-table strings of content/modules.yaml. */
export function lintSnapshot(
  report: Sink,
  file: string,
  text: string,
  modulesFile: string,
  modulesText: string | undefined,
): void {
  let snapshot: UpstreamSnapshot;
  try {
    snapshot = parseSnapshot(text, file);
  } catch (error) {
    const message = (error as Error).message;
    const [problem, fix] = message.split('. Fix: ');
    report({
      file,
      line: 1,
      entry: '-',
      field: '-',
      locale: '-',
      problem: problem ?? message,
      fix: fix?.replace(/\.$/, '') ?? 'correct the file',
    });
    return;
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const modulesCounter = new LineCounter();
  const modulesDoc =
    modulesText === undefined ? undefined : parseDocument(modulesText, { lineCounter: modulesCounter });
  const entries =
    modulesDoc && isSeq(modulesDoc.contents) ? (modulesDoc.contents as { items: unknown[] }).items.filter(isMap) : [];
  const ids = entries.map((e) => scalarText(e.get('id')));

  for (const locale of localeCodes) {
    for (const id of changedRows(snapshot, locale, ids)) {
      for (const field of snapshotFields) {
        const now = snapshot[locale]?.changed[id]?.[field];
        if (now === undefined) continue;
        report({
          file,
          line: nodeLine(counter, doc.getIn([locale, 'changed', id, field], true)),
          entry: id,
          field,
          locale,
          severity: 'warning',
          problem:
            `Adobe's ${locale} wording of this row changed since our strings were made from it; the ` +
            `module page names the row in its notice`,
          fix:
            `review ${modulesFile} › ${id} › ${field} › ${locale} against the new text, then move it from ` +
            `"changed:" to "rows:"`,
        });
      }
    }
  }

  entries.forEach((entry, index) => {
    const id = ids[index]!;
    for (const field of snapshotFields) {
      const upstream = upstreamFacts(snapshot, id, field);
      if (!upstream) continue;
      for (const locale of localeCodes) {
        const node = entry.getIn([field, locale], true);
        const value = entry.getIn([field, locale]);
        if (typeof value !== 'string') continue;
        const line = nodeLine(modulesCounter, node);
        let ours;
        try {
          ours = repairedInvariants(value, locale, line, { module: id, field }, ids);
        } catch {
          continue; // Invalid markup is reported by the string checks.
        }
        for (const kind of ['code', 'links', 'numbers'] as const) {
          for (const fact of ours[kind]) {
            if (upstream[kind].includes(fact.value)) continue;
            report({
              file: modulesFile,
              line,
              entry: id,
              field,
              locale,
              severity: 'warning',
              problem: `adds the ${kindName[kind]} "${fact.value}", which no upstream locale has in this row`,
              fix:
                'check it against the facts sheet: remove it if no source supports it, or move the detail to ' +
                'the runbook facts or a page',
            });
          }
        }
      }
    }
  });
}
