/**
 * Schema of one entry of the module collection: the id, the localized fields of `localized.ts`,
 * former ids and the runbook facts. Checks run in `superRefine` so each message can name the file,
 * the entry, the field and the locale (zod's own messages cannot).
 */
import { z } from 'astro/zod';
import { contentError, quote } from './errors.ts';
import { checkFacts } from './facts-rules.ts';
import { factsSchema } from './facts-schema.ts';
import { checkLocalized, localizedFields, localizedValues, type LocalizedFieldName } from './localized.ts';
import type { References } from './references.ts';

/** A module id: the literal `nlserver` module name, also its HTML id and URL fragment. */
const moduleIdPattern = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Schema of one entry of `content/modules.yaml`. `refs` returns the module ids and page anchors the
 * entry may point to; without it (unit tests of other fields) those references are not checked.
 */
export function moduleSchema(file: string, refs?: () => References) {
  const names = Object.keys(localizedFields) as LocalizedFieldName[];
  return (
    z
      .object({
        /** The literal `nlserver` module name (`inMail`), never translated; the entry's anchor. */
        id: z.string(),
        /** Former ids that must keep resolving (a renamed module keeps its old links working). */
        aliases: z.array(z.string()).default([]),
        /** Runbook facts (class, config, log, ports, commands, related pages, map relations). */
        facts: z.unknown(),
      })
      // The localized fields are read raw and checked in superRefine, for messages that name the locale.
      .catchall(z.unknown())
      .superRefine((m, ctx) => {
        const entry = `module "${m.id}"`;
        if (!moduleIdPattern.test(m.id)) {
          const problem = `${quote(m.id)} is not a module name`;
          const fix = 'use the literal nlserver module name, letters and digits only, such as "inMail"';
          ctx.addIssue({
            code: 'custom',
            path: ['id'],
            message: contentError({ file, entry, field: 'id' }, problem, fix),
          });
        }
        const known = new Set<string>(['id', 'aliases', 'facts', ...names]);
        for (const key of Object.keys(m).filter((k) => !known.has(k))) {
          const problem = `unknown field ${quote(key)}`;
          const fix = `remove or rename it; the fields are ${[...known].join(', ')}`;
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: contentError({ file, entry, field: key }, problem, fix),
          });
        }
        for (const field of names) {
          if (m[field] === undefined && 'optional' in localizedFields[field]) continue;
          checkLocalized(ctx, { file, entry, field }, m[field], localizedFields[field]);
        }
        checkFacts(ctx, file, m.id, m.facts, refs?.());
        for (const alias of m.aliases) {
          if (!moduleIdPattern.test(alias) || alias === m.id) {
            const problem = `${quote(alias)} is not a usable former id`;
            const fix = 'list only earlier module names, letters and digits, different from the id';
            ctx.addIssue({
              code: 'custom',
              path: ['aliases'],
              message: contentError({ file, entry, field: 'aliases' }, problem, fix),
            });
          }
        }
      })
      // Zod runs the transform only when superRefine found nothing, so the typed parses succeed here.
      .transform((m) => ({
        id: m.id,
        ...localizedValues.parse(m),
        aliases: m.aliases,
        facts: factsSchema.parse(m.facts),
      }))
  );
}
export type ModuleEntry = z.output<ReturnType<typeof moduleSchema>>;

/** Every id an entry answers to, lowercase: its id and its former ids (fragments and short links). */
export function entryAnchors(m: Pick<ModuleEntry, 'id' | 'aliases'>): string[] {
  return [...new Set([m.id, ...m.aliases].flatMap((a) => [a, a.toLowerCase()]))];
}
