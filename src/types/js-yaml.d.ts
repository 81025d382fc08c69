/** The part of js-yaml 4 (no bundled types) that `src/content/modules-file.ts` uses. */
declare module 'js-yaml' {
  /** A tag schema; CORE_SCHEMA is YAML 1.2's core schema, as the `yaml` package parses by default. */
  export type Schema = { readonly brand: unique symbol };
  export const CORE_SCHEMA: Schema;
  /** Parses one YAML document; throws a YAMLException on a syntax error. */
  export function load(source: string, options?: { schema?: Schema; filename?: string }): unknown;
}
