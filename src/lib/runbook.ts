/**
 * Helpers for showing a module's runbook facts: the labels and link targets that the facts
 * (language-neutral data) are shown with. Kept here so the component stays free of decisions.
 */
import type { ModuleClass } from '../content/facts-schema.ts';

/** The UI string that names each module class. */
export const classLabelKey = {
  'multi-instance': 'facts.multiInstance',
  'mono-instance': 'facts.monoInstance',
  utility: 'facts.utility',
} as const satisfies Record<ModuleClass, string>;

/** Sections of the general-architecture page that the facts link to; checked to exist at build time. */
export const architectureSections = {
  page: 'general-architecture',
  classes: 'module-classes',
  openPorts: 'list-of-open-ports',
  outbound: 'outbound-flows',
} as const;

/** Returns a port as the ports tables write it (`6666/udp`). */
export function portLabel(port: { number: number; protocol: string }): string {
  return `${port.number}/${port.protocol}`;
}

/** Heading texts already found, by MDX source and anchor: every table row asks for the same few. */
const headings = new Map<string, Map<string, string | undefined>>();

/**
 * Returns the text of the heading with this id in MDX source (`<h2 id="verbose">…</h2>`), inline
 * markup removed, or undefined when the page has no such heading.
 */
export function headingText(body: string, anchor: string): string | undefined {
  let known = headings.get(body);
  if (!known) headings.set(body, (known = new Map<string, string | undefined>()));
  if (known.has(anchor)) return known.get(anchor);
  const escaped = anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`<h([1-6])\\b[^>]*\\bid="${escaped}"[^>]*>([\\s\\S]*?)</h\\1>`).exec(body);
  const text = match?.[2]
    ?.replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .trim();
  known.set(anchor, text);
  return text;
}
