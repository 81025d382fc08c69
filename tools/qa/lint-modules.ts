/** Content lint of the module collection (content/modules.yaml): every localized field of every entry. */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { localizedFields, type LocalizedField, type LocalizedFieldName } from '../../src/content/localized.ts';
import { localeCodes } from '../../src/locales.ts';
import type { Sink } from './findings.ts';
import { checkParity, checkText, repairedInvariants, type LocaleFacts } from './parity.ts';
import { nodeLine, parseYamlFile, scalarText } from './yaml-nodes.ts';

/** Lints content/modules.yaml; returns the module ids. */
export function lintModules(report: Sink, file: string, text: string): string[] {
  const parsed = parseYamlFile(report, file, text);
  if (!parsed || !isSeq(parsed.doc.contents)) return [];
  const { doc, counter } = parsed;
  const entries = (doc.contents as { items: unknown[] }).items.filter(isMap);
  const ids = entries.map((e) => scalarText(e.get('id')));
  entries.forEach((entryNode, i) => {
    const id = ids[i]!;
    for (const field of Object.keys(localizedFields) as LocalizedFieldName[]) {
      const spec: LocalizedField = localizedFields[field];
      const node = entryNode.get(field, true) as YamlNode | undefined;
      if (node === undefined && spec.optional) continue;
      const parity: LocaleFacts = new Map();
      for (const locale of localeCodes) {
        const valueNode = isMap(node) ? (node.get(locale, true) as YamlNode | undefined) : undefined;
        const line = nodeLine(counter, valueNode ?? node ?? entryNode);
        const at = { file, line, entry: id, field, locale };
        const context = { module: id, field };
        if (spec.kind === 'list') {
          if (!isSeq(valueNode) || valueNode.items.length === 0) {
            report({
              ...at,
              problem: 'no symptoms',
              fix: `list two or more ${locale} phrases a reader would search for`,
            });
            continue;
          }
          for (const item of valueNode.items)
            checkText(
              report,
              { ...at, line: nodeLine(counter, item) },
              isScalar(item) ? item.value : item,
              locale,
              false,
              context,
            );
          continue;
        }
        const value = isScalar(valueNode) ? valueNode.value : undefined;
        checkText(report, at, value, locale, spec.kind === 'inline', context, ids);
        if (field === 'label' || typeof value !== 'string') continue;
        try {
          parity.set(locale, { file, line, facts: repairedInvariants(value, locale, line, context, ids) });
        } catch {
          // Invalid markup is reported by checkText; the string takes no part in the comparison.
        }
      }
      checkParity(report, parity, id, field);
    }
  });
  return ids;
}
