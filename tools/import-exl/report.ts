/** The importer's printed report: one block per upstream file, one line per finding in the one format. */
import { formatFinding } from '../../src/content/finding.ts';
import type { NameMatch } from '../qa/module-names.ts';
import type { ImportResult } from './types.ts';

/** Returns the printed report of an import, one block per file. */
export function formatReport(result: ImportResult, write: boolean): string[] {
  const lines: string[] = [];
  for (const r of result.reports) {
    const byHow = (how: NameMatch['how']) => r.rows.filter((x) => x.match.how === how);
    const odd = r.rows.filter((x) => x.match.how !== 'exact').map((x) => `"${x.name}" → ${x.match.id}`);
    lines.push(
      `${r.file} (${r.locale}; source ${r.sourceCommit.slice(0, 7)}; ${r.workflow ?? 'no workflow-type'}; ` +
        `${r.wordCount ?? '?'} words; ${r.exlId ? `exl-id ${r.exlId}` : 'no exl-id'})`,
      `  rows: ${r.rows.length} mapped — ${byHow('exact').length} by exact ` +
        `name${odd.length ? `, ${odd.length} despite their names: ${odd.join(', ')}` : ''}`,
      `  differences from the collection: ${r.differences.length === 0 ? 'none' : r.differences.length}; ` +
        `${r.kept} strings have the same facts (our wording kept)`,
      ...r.differences.map((d) => `    ${formatFinding(d)}`),
      `  defects in the source: ${r.defects.length}`,
      ...r.defects.map((d) => `    ${formatFinding(d)}`),
      `  wording changed upstream since the snapshot: ${r.wording.length === 0 ? 'none' : r.wording.length}`,
      ...r.wording.map((d) => `    ${formatFinding(d)}`),
    );
  }
  const names = [...new Set(result.updates.map((u) => u.file))];
  const files = names.length > 1 ? [`${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`] : names;
  if (result.updates.length === 0) lines.push('Nothing to write: the collection already holds these translations.');
  else if (write)
    lines.push(`Wrote ${result.updates.length} change(s) to ${files.join(' and ')}. Review them with git diff.`);
  else lines.push(`--write would make ${result.updates.length} change(s) to ${files.join(' and ')}.`);
  return lines;
}
