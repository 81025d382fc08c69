/**
 * Hand-typed fragments (`#MTA`, `#wfsever`, `#mta--start-pendng`): which entry a fragment names, in any letter
 * case, by a former id or with one typo (two from eight letters) when one entry alone is that close; otherwise
 * the closest few, for a "did you mean" notice. Pure: `<entry-forward>` gives it the names of the page's entries.
 */
import { allowedEdits, editDistance } from './edit-distance.ts';

/** What a fragment names: one entry (its id), or none or several, with the closest few entries' ids. */
export type FragmentMatch = { kind: 'entry'; id: string } | { kind: 'unknown'; candidates: string[] };

/** How many entries a "did you mean" notice offers at most. */
export const maxCandidates = 3;

/** Shorter fragments are never read as a typo: too many ids are one edit away from two letters. */
const minTypoLength = 3;

/** How far an entry may be from the fragment to be offered (not landed on): about half its letters. */
const suggestEdits = (key: string) => Math.max(2, Math.floor(key.length / 2));

/** How close an entry is to the typed key: its closest name in edits, and whether a name holds the key (or it one). */
function closeness(key: string, names: readonly string[], max: number): { edits: number; holds: boolean } {
  const edits = Math.min(...names.map((n) => editDistance(key, n, max)));
  const holds = key.length >= 2 && names.some((n) => n.length >= 2 && (n.includes(key) || key.includes(n)));
  return { edits, holds };
}

/**
 * Returns the entry a fragment names. `names` maps every name an entry answers to (its id, its lowercase
 * copy, former ids) to the entry's id. Letter case never matters; a typo lands only on the one closest entry.
 */
export function matchFragment(fragment: string, names: ReadonlyMap<string, string>): FragmentMatch {
  const key = fragment.trim().toLowerCase();
  const byEntry = new Map<string, string[]>();
  for (const [name, id] of names) byEntry.set(id, [...(byEntry.get(id) ?? []), name.toLowerCase()]);
  for (const [id, entryNames] of byEntry) if (entryNames.includes(key)) return { kind: 'entry', id };
  const allowed = allowedEdits(key);
  const limit = Math.max(suggestEdits(key), allowed);
  const scored = [...byEntry].map(([id, entryNames]) => ({ id, ...closeness(key, entryNames, limit) }));
  const byEdits = scored.filter((s) => s.edits <= allowed).sort((a, b) => a.edits - b.edits);
  const [best, second] = byEdits;
  if (key.length >= minTypoLength && best && (!second || second.edits > best.edits))
    return { kind: 'entry', id: best.id };
  // Offered, closest first: a name holding the key counts as one edit away (`#mail` → inMail).
  const score = (s: (typeof scored)[number]) => (s.holds ? Math.min(1, s.edits) : s.edits);
  const candidates = scored
    .filter((s) => score(s) <= limit)
    .sort((a, b) => score(a) - score(b) || a.edits - b.edits || (a.id < b.id ? -1 : 1))
    .slice(0, maxCandidates)
    .map((s) => s.id);
  return { kind: 'unknown', candidates };
}

/**
 * The anchor a reader would make of a text they see (`Start pending` → `start-pending`): a sign also answers to
 * its module and the text as seen (`#mta--start-pending` for the "Start pending" state, `mta--delivery-start-pending`).
 */
export function textAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits a sign's anchor (`mta--start-pending`) into its module and sign parts; undefined for other fragments. */
export function signParts(fragment: string): { module: string; sign: string } | undefined {
  const match = /^([A-Za-z][A-Za-z0-9]*)--(.+)$/.exec(fragment.trim());
  return match ? { module: match[1]!, sign: match[2]! } : undefined;
}
