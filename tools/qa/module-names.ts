/**
 * Recognizes a module in the name cell of an upstream table row. Module names are `nlserver`
 * command names and must never be translated, but Adobe's machine translations translate them
 * (匯出, ウォッチ, 감시, webb, waakhond), change their case (MTA, Web) or misspell them (sylogd,
 * trackinglogs). The importer must still find the right module, and report the name as a defect.
 */

/**
 * Names that upstream translations gave to module ids, by module id.
 * Our own `label` strings in content/modules.yaml are added at run time, so a translation that a
 * maintainer has already recorded as a label is recognized too.
 */
const knownModuleTranslations: Readonly<Record<string, readonly string[]>> = {
  export: ['匯出', '导出', 'エクスポート', '내보내기', 'exportera', 'exporteren'],
  import: ['匯入', '导入', 'インポート', '가져오기', 'importera', 'importeren'],
  tracking: ['追蹤', '跟蹤', 'トラッキング', '추적', '트래킹', 'spårning', 'bijhouden', 'volgen'],
  watchdog: ['監視', 'ウォッチ', 'ウォッチドッグ', '감시', 'övervakningsenhet', 'övervakning', 'waakhond'],
  web: ['ウェブ', '웹', 'webb'],
};

/** How a name cell was matched to a module id. */
export type NameMatch =
  /** The cell holds the id exactly. */
  | { id: string; how: 'exact' }
  /** The cell holds the id in another letter case (`MTA`). */
  | { id: string; how: 'case' }
  /** The cell holds a known translation of the id (`waakhond`). */
  | { id: string; how: 'translation' }
  /** The cell is a few edits away from the id (`sylogd`). */
  | { id: string; how: 'misspelling'; distance: number }
  /** Nothing in the cell names a module; the row's position decided. */
  | { id: string; how: 'position' };

/** Returns the edit distance between two strings (insertions, deletions, substitutions, swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  // The first row and column count the edits from an empty string.
  for (let i = 0; i < rows; i++) d[i]![0] = i;
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * How many edits still count as a misspelling of an id. Short ids get one edit at most, since
 * `stop` is two edits from `stat` and `wdbc` two from `web`.
 */
function misspellingBudget(id: string): number {
  if (id.length >= 9) return 2;
  return id.length >= 6 ? 1 : 0;
}

/** Normalizes a name for comparison: NFKC (full-width letters), trimmed, lowercase. */
function norm(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/**
 * Returns the module id a misspelled name most likely stands for, or undefined. Used by the
 * importer for name cells and by the linter for code tokens (`sylogd`, `trackinglogs`).
 */
export function misspelledModuleId(name: string, ids: readonly string[]): { id: string; distance: number } | undefined {
  const n = norm(name);
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(n, id.toLowerCase());
    if (distance === 0 || distance > misspellingBudget(id)) continue;
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best;
}

/**
 * Matches the name cells of an upstream table to module ids. `ids` are the collection's ids in
 * table order; when the row count equals the id count, a row's position is a strong signal: it
 * decides when the cell names nothing, and breaks ties between candidates. An exact, case or
 * translation match wins over the position, so that reordered rows still map correctly.
 * `extraNames` adds names per id (our labels). Returns one match per row, in row order.
 */
export function matchModuleNames(
  names: readonly string[],
  ids: readonly string[],
  extraNames: Readonly<Record<string, readonly string[]>> = {},
): NameMatch[] {
  const byPosition = names.length === ids.length;
  const translations = new Map<string, string[]>();
  const addName = (name: string, id: string) => {
    const key = norm(name);
    if (key === '' || key === id.toLowerCase()) return;
    const list = translations.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    translations.set(key, list);
  };
  for (const [id, list] of Object.entries(knownModuleTranslations)) for (const name of list) addName(name, id);
  for (const [id, list] of Object.entries(extraNames)) for (const name of list) addName(name, id);

  return names.map((raw, i): NameMatch => {
    const name = raw.trim();
    const expected = byPosition ? ids[i] : undefined;
    const exact = ids.find((id) => id === name);
    if (exact) return { id: exact, how: 'exact' };
    const folded = ids.find((id) => id.toLowerCase() === norm(name));
    if (folded) return { id: folded, how: 'case' };
    const translated = translations.get(norm(name))?.filter((id) => ids.includes(id)) ?? [];
    if (translated.length > 0) {
      const id = expected && translated.includes(expected) ? expected : translated[0]!;
      return { id, how: 'translation' };
    }
    const misspelled = misspelledModuleId(name, ids);
    // A name one edit from the id at this position is that id even if another id is as close.
    if (
      expected &&
      editDistance(norm(name), expected.toLowerCase()) <= Math.max(1, misspellingBudget(expected)) &&
      norm(name) !== expected.toLowerCase()
    ) {
      return { id: expected, how: 'misspelling', distance: editDistance(norm(name), expected.toLowerCase()) };
    }
    if (misspelled) return { id: misspelled.id, how: 'misspelling', distance: misspelled.distance };
    if (expected) return { id: expected, how: 'position' };
    return { id: '', how: 'position' };
  });
}
