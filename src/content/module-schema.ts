/**
 * Schema of one entry of the module collection: the id, the localized fields of `localized.ts`, former ids
 * and the runbook facts. Every check is a rule of `rules/index.ts`, run in `superRefine` so each message
 * names the file, the entry, the field and the locale (zod's own messages cannot).
 */
import { z } from 'astro/zod';
import { factsSchema } from './facts-schema.ts';
import { localizedValues } from './localized.ts';
import type { References } from './references.ts';
import { contentRules } from './rules/index.ts';
import { addIssues, moduleProblems } from './rules/run.ts';

/**
 * Schema of one entry of `content/modules.yaml`. `refs` returns the module ids and page anchors the
 * entry may point to; without it (unit tests of other fields) those references are not checked.
 */
export function moduleSchema(file: string, refs?: () => References) {
  return (
    z
      .object({
        /** The literal `nlserver` module name (`inMail`), never translated; the entry's anchor. */
        id: z.string(),
        /** Former ids that must keep resolving (a renamed module keeps its old links working). */
        aliases: z.unknown().optional(),
        /** Runbook facts (class, config, log, ports, commands, related pages, map relations). */
        facts: z.unknown().optional(),
      })
      // Everything else is read raw and checked by the rules, for messages that name field and locale.
      .catchall(z.unknown())
      .superRefine((m, ctx) => addIssues(ctx, moduleProblems(m, refs?.(), contentRules), { file, entry: m.id }))
      // Zod runs the transform only when superRefine found nothing, so the typed parses succeed here.
      .transform((m) => ({
        id: m.id,
        ...localizedValues.parse(m),
        aliases: (m.aliases ?? []) as string[],
        facts: factsSchema.parse(m.facts),
      }))
  );
}
/** A module entry as the schema returns it: typed, every locale present. */
export type ModuleEntry = z.output<ReturnType<typeof moduleSchema>>;

/** Every id an entry answers to, lowercase: its id and its former ids (fragments and short links). */
export function entryAnchors(m: Pick<ModuleEntry, 'id' | 'aliases'>): string[] {
  return [...new Set([m.id, ...m.aliases].flatMap((a) => [a, a.toLowerCase()]))];
}
