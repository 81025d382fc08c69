/** Reading the linted YAML files: syntax errors as findings, and the line of any node. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Sink } from './findings.ts';

/** Returns the line of a YAML node. */
export function nodeLine(counter: LineCounter, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? counter.linePos(range[0]).line : 1;
}

/** Parses a YAML file, reporting syntax errors; returns undefined when unusable. */
export function parseYamlFile(
  report: Sink,
  file: string,
  text: string,
): { doc: Document; counter: LineCounter } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    report({
      file,
      line: e.linePos?.[0].line ?? 1,
      entry: '-',
      field: '-',
      locale: '-',
      problem: `not valid YAML: ${e.message.split('\n')[0]}`,
      fix: 'correct the indentation or quoting at that line',
    });
    return undefined;
  }
  return { doc, counter };
}

/** Returns a scalar value read from YAML as text (`id: 123` as "123"), or "" for anything else. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
