/** Reading the linted files: YAML syntax errors as findings, and the line of a YAML node or path, or of a text. */
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import { fileFinding, type Finding } from '../../src/content/finding.ts';

/** Returns the line of a YAML node, or 1. */
export function nodeLine(counter: LineCounter, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? counter.linePos(range[0]).line : 1;
}

/**
 * Returns the line of the node at `path` under `root`, or of its nearest ancestor that exists: a missing
 * locale is reported on its field, a missing field on its entry.
 */
export function lineAtPath(counter: LineCounter, root: unknown, path: readonly (string | number)[]): number {
  for (let k = path.length; k > 0; k--) {
    const node = isCollection(root) ? root.getIn(path.slice(0, k), true) : undefined;
    if ((node as { range?: unknown } | undefined)?.range) return nodeLine(counter, node);
  }
  return nodeLine(counter, root);
}

/**
 * Parses a YAML file, reporting syntax errors; returns undefined when unusable. `failsafe` reads every
 * scalar as written (a commit hash of digits stays text).
 */
export function parseYamlFile(
  report: (f: Finding) => void,
  file: string,
  text: string,
  failsafe = false,
): { doc: Document; counter: LineCounter } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, ...(failsafe ? { schema: 'failsafe' } : {}) });
  const error = doc.errors[0];
  if (error) {
    const why = `not valid YAML: ${error.message.split('\n')[0]}`;
    const fix = 'correct the indentation or quoting at that line';
    report(fileFinding(file, 'yaml', why, fix, { line: error.linePos?.[0].line ?? 1 }));
    return undefined;
  }
  return { doc, counter };
}

/** Returns a scalar value read from YAML as text (`id: 123` as "123"), or "" for anything else. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Returns the first line of `needle` in `text` at or after line `from`, or `from`. */
export function lineOfText(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return from;
}
