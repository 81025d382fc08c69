/**
 * The one format of content errors: place (file › entry › field › locale), problem quoting the bad
 * value, and the fix. Every schema, loader, lint and importer message goes through here.
 */
import type { LocaleCode } from '../locales.ts';

/** A value with one entry per locale. */
export type Localized<T> = Record<LocaleCode, T>;

/** Where a value sits, for error messages. */
export type Place = { file: string; entry: string; field: string; locale?: string };

/** Formats a content error the same way everywhere: place, problem, fix. */
export function contentError(place: Place, problem: string, fix: string): string {
  const where = [place.file, place.entry, `field "${place.field}"`, place.locale && `locale "${place.locale}"`]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${problem}. Fix: ${fix}.`;
}

/** Quotes a value for a message, shortened and with its type when it is not a string. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s =
    typeof value === 'string'
      ? JSON.stringify(value)
      : `${JSON.stringify(value)} ` + `(${Array.isArray(value) ? 'a list' : typeof value})`;
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
