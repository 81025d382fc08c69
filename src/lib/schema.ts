/**
 * Schemas of the content collections. Localized fields are records that must hold every locale;
 * the checks run in `superRefine` so that each message can name the file, the entry, the field
 * and the locale, quote the bad value and say how to fix it (zod's own messages cannot).
 */
import { z } from 'astro/zod';
import { localeCodes, type LocaleCode } from '../locales.ts';
import { InlineSyntaxError, parseInline } from './inline.ts';

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
  const s = typeof value === 'string' ? JSON.stringify(value) : `${JSON.stringify(value)} (${Array.isArray(value) ? 'a list' : typeof value})`;
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

type Ctx = z.core.$RefinementCtx;
type Kind = 'inline' | 'plain';

/** Reports a problem with one string; returns false when the string is unusable. */
function checkString(ctx: Ctx, place: Place, value: unknown, kind: Kind, path: (string | number)[]): boolean {
  const fail = (problem: string, fix: string) => {
    ctx.addIssue({ code: 'custom', message: contentError(place, problem, fix), path });
    return false;
  };
  if (typeof value !== 'string' || value.trim() === '') {
    return fail(
      value === undefined ? 'the text is missing' : `the text is empty or not text (got ${quote(value)})`,
      `write the ${place.locale} text for "${place.field}" of ${place.entry}`,
    );
  }
  if (/[\u200B-\u200D\u2060\uFEFF]/.test(value)) {
    return fail(`the text ${quote(value)} contains a zero-width character`, 'delete the invisible character');
  }
  if (/\uFFFD|√[ØÆ]|Ã.|â€/.test(value)) {
    return fail(`the text ${quote(value)} contains mojibake`, 'retype the damaged characters (for example "beïnvloed")');
  }
  if (kind === 'plain' && /[`<>[\]]/.test(value)) {
    return fail(`the text ${quote(value)} contains markup`, 'write plain words only: no backticks, brackets or HTML');
  }
  if (kind === 'inline') {
    try {
      parseInline(value);
    } catch (error) {
      if (!(error instanceof InlineSyntaxError)) throw error;
      return fail(error.message, 'correct the markup as described');
    }
  }
  return true;
}

/**
 * Checks a localized value: an object with exactly the five locale keys, each holding a string
 * (or a list of at least `minItems` strings). Unknown keys are usually a misspelled locale.
 */
function checkLocalized(
  ctx: Ctx,
  place: Omit<Place, 'locale'>,
  value: unknown,
  options: { kind: Kind; list?: { minItems: number } },
): void {
  const path = [place.field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: contentError(place, `expected one entry per locale, got ${quote(value)}`, `write "${place.field}:" followed by the keys ${localeCodes.join(', ')}`),
    });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(localeCodes as string[]).includes(key)) {
      const near = localeCodes.find((c) => c.toLowerCase() === key.toLowerCase());
      ctx.addIssue({
        code: 'custom',
        path: [...path, key],
        message: contentError(
          { ...place, locale: key },
          `"${key}" is not a published locale`,
          near ? `rename the key to "${near}"` : `use one of ${localeCodes.join(', ')} or remove the entry`,
        ),
      });
    }
  }
  for (const locale of localeCodes) {
    const at = { ...place, locale };
    const item = record[locale];
    if (!options.list) {
      checkString(ctx, at, item, options.kind, [...path, locale]);
      continue;
    }
    const { minItems } = options.list;
    if (!Array.isArray(item) || item.length < minItems) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, locale],
        message: contentError(at, `expected a list of at least ${minItems} phrases, got ${quote(item)}`, `add ${minItems} or more "${locale}" phrases under "${place.field}" of ${place.entry}`),
      });
      continue;
    }
    item.forEach((phrase, i) => checkString(ctx, at, phrase, options.kind, [...path, locale, i]));
    const seen = new Set<string>();
    for (const phrase of item) {
      const key = String(phrase).trim().toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [...path, locale], message: contentError(at, `the phrase ${quote(phrase)} is listed twice`, 'remove the duplicate') });
      }
      seen.add(key);
    }
  }
}

const localizedInput = z.unknown();

/** A module id: the literal `nlserver` module name, also its HTML id and URL fragment. */
export const moduleIdPattern = /^[A-Za-z][A-Za-z0-9]*$/;

/** How a module runs (Adobe `operating-principle.md`); each has a label `facts.<camelCase>` in the UI strings. */
export const moduleClasses = ['multi-instance', 'mono-instance', 'job'] as const;
export type ModuleClass = (typeof moduleClasses)[number];

/** The configuration file each class reads; jobs run inside an instance and have none of their own. */
export const configFileOfClass: Record<ModuleClass, string | undefined> = {
  'multi-instance': 'config-default.xml',
  'mono-instance': 'config-<instance>.xml',
  job: undefined,
};

/** The log folder of each class: multi-instance modules log under `default`, the others under their instance. */
export const logDirOfClass: Record<ModuleClass, string> = {
  'multi-instance': '<install dir>/var/default/log/',
  'mono-instance': '<install dir>/var/<instance>/log/',
  job: '<install dir>/var/<instance>/log/',
};

/** What a runbook command does; each kind is labelled by the UI string `facts.<kind>`. */
export const commandKinds = ['check', 'connections', 'missing', 'start', 'restart', 'stopAll', 'moreLogs', 'normalLogs', 'reload'] as const;
export type CommandKind = (typeof commandKinds)[number];

/** Relations drawn on the module map; each is labelled by the UI string `map.<kind>`. */
export const relationKinds = ['startsMonitors', 'logsTo', 'reportsTo', 'writesLogsFor', 'serves'] as const;
export type RelationKind = (typeof relationKinds)[number];

/** The `to` of a relation that reaches every other module (watchdog starts them all). */
export const everyModule = '*';

/** A port and its transport protocol, as the open-ports and outbound-flows tables list it. */
const portSchema = z.strictObject({
  /** Port number (`6666`). */
  number: z.number().int().min(1).max(65535),
  /** Transport protocol. */
  protocol: z.enum(['tcp', 'udp']),
});

/**
 * Runbook facts of a module: language-neutral data from the facts sheet, shown under localized
 * labels. Cross-entry rules (pages, module ids, class consistency) are checked in `checkFacts`.
 */
export const factsSchema = z.strictObject({
  /** multi-instance (one process for all instances), mono-instance (one per instance) or job (run inside an instance). */
  class: z.enum(moduleClasses),
  /** The configuration file of the module's class; must match the class (none for jobs). */
  config: z.string().optional(),
  /** Full path of the module's log file: `<install dir>/var/<default or instance>/log/<id>.log`. */
  log: z.string().optional(),
  /** Ports the module listens on (general-architecture#list-of-open-ports). */
  ports: z.array(portSchema).default([]),
  /** Ports the module connects to (general-architecture#outbound-flows). */
  outbound: z.array(portSchema).default([]),
  /** Commands to copy and run, in the order a reader needs them; one per kind. */
  commands: z
    .array(
      z.strictObject({
        /** What the command does; picks the localized label. */
        kind: z.enum(commandKinds),
        /** The literal command line, placeholders in angle brackets (`nlserver restart mta@<instance>`). */
        command: z.string(),
      }),
    )
    .default([]),
  /** Pages (and sections) with more about the module. */
  related: z
    .array(
      z.strictObject({
        /** Page id (`log-precision`). */
        page: z.string(),
        /** Optional section anchor on that page (`web-example`); must exist in every locale. */
        anchor: z.string().optional(),
      }),
    )
    .default([]),
  /** Relations to other modules that the module map draws; the module is their source. */
  relations: z
    .array(
      z.strictObject({
        /** What flows along the relation; picks the localized edge label. */
        kind: z.enum(relationKinds),
        /** Target module id, or "*" for every other module; absent for `serves` (outside clients). */
        to: z.string().optional(),
      }),
    )
    .default([]),
});
export type ModuleFacts = z.output<typeof factsSchema>;

/** What a module entry may refer to: the module ids, and every page id with the anchors all its locales define. */
export type References = { modules: ReadonlySet<string>; pages: ReadonlyMap<string, ReadonlySet<string>> };

/** The fix to suggest for a structural problem, by the last field name of its path. */
const factsFixes: Record<string, string> = {
  facts: 'write "facts:" with at least "class:"',
  class: `use one of ${moduleClasses.join(', ')}`,
  config: 'write the file name as text',
  log: 'write the full log path as text',
  number: 'write the port as a whole number between 1 and 65535',
  protocol: 'use tcp or udp',
  kind: `use one of the kinds listed in src/lib/schema.ts`,
  command: 'write the command line as text',
  page: 'write a page id such as log-precision',
  anchor: 'write the section id without "#"',
  to: 'write a module id, or "*" for every other module',
};

/** Reads a value at a path (for quoting the bad value of a zod issue). */
function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
}

/**
 * Checks `facts` of one module: its structure (zod, re-worded with file, entry and field), then the
 * rules zod cannot express: the class decides config and log location, commands name their module,
 * pages and module ids exist.
 */
function checkFacts(ctx: Ctx, file: string, id: string, input: unknown, refs: References | undefined): void {
  const entry = `module "${id}"`;
  const fail = (field: string, problem: string, fix: string, path: PropertyKey[]) =>
    ctx.addIssue({ code: 'custom', path: ['facts', ...path] as (string | number)[], message: contentError({ file, entry, field }, problem, fix) });
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = ['facts', ...issue.path].join('.');
      const leaf = [...issue.path].reverse().find((k) => typeof k === 'string') ?? 'facts';
      const bad = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : quote(valueAt(input, issue.path));
      const problem = issue.code === 'unrecognized_keys' ? `unknown field(s) ${bad}` : `${bad} is not valid (${issue.message})`;
      const fix = issue.code === 'unrecognized_keys' ? `remove or rename them; the fields are ${Object.keys(factsSchema.shape).join(', ')}` : (factsFixes[String(leaf)] ?? 'see the schema in src/lib/schema.ts');
      fail(field, problem, fix, issue.path);
    }
    return;
  }
  const facts = parsed.data;

  const config = configFileOfClass[facts.class];
  if (facts.config !== config) {
    fail(
      'facts.config',
      `${quote(facts.config)} does not match the class ${quote(facts.class)}`,
      config ? `write "config: ${config}" (every ${facts.class} module reads it)` : 'remove "config": jobs run inside an instance and read its configuration',
      ['config'],
    );
  }
  const log = `${logDirOfClass[facts.class]}${id}.log`;
  if (facts.log !== undefined && facts.log !== log) {
    fail('facts.log', `${quote(facts.log)} is not where a ${facts.class} module logs`, `write "log: ${log}"`, ['log']);
  }

  for (const list of ['ports', 'outbound'] as const) {
    const seen = new Set<string>();
    facts[list].forEach((p, i) => {
      const key = `${p.number}/${p.protocol}`;
      if (seen.has(key)) fail(`facts.${list}`, `the port ${quote(key)} is listed twice`, 'remove the duplicate', [list, i]);
      seen.add(key);
    });
  }

  const kinds = new Set<string>();
  facts.commands.forEach((c, i) => {
    const field = `facts.commands[${i}]`;
    if (kinds.has(c.kind)) fail(field, `the kind ${quote(c.kind)} is listed twice`, 'keep one command per kind', ['commands', i, 'kind']);
    kinds.add(c.kind);
    if (c.command.trim() === '' || /[\n\r`]/.test(c.command) || c.command !== c.command.trim()) {
      fail(field, `the command ${quote(c.command)} is empty, spans several lines or holds backticks or outer spaces`, 'write one command line exactly as it is typed', ['commands', i, 'command']);
    } else if (!/(^|[;&|]\s*|\s)nlserver\s/.test(`${c.command} `)) {
      fail(field, `the command ${quote(c.command)} does not run nlserver`, 'write the nlserver command line from the facts sheet', ['commands', i, 'command']);
    }
    // A copied restart or start of another module would act on the wrong process.
    if ((c.kind === 'restart' || c.kind === 'start' || c.kind === 'moreLogs' || c.kind === 'normalLogs') && !new RegExp(`\\b${id}\\b`).test(c.command)) {
      fail(field, `the ${c.kind} command ${quote(c.command)} does not name the module ${quote(id)}`, `write the command for ${id}, such as "nlserver ${c.kind === 'start' ? 'start' : 'restart'} ${id}"`, ['commands', i, 'command']);
    }
    if (facts.class === 'job' && (c.kind === 'restart' || c.kind === 'start')) {
      fail(field, `a job has no ${c.kind} command (got ${quote(c.command)})`, 'remove it: the operator who scheduled the job relaunches it', ['commands', i, 'kind']);
    }
  });

  facts.related.forEach((r, i) => {
    const anchors = refs?.pages.get(r.page);
    const field = `facts.related[${i}]`;
    if (refs && !anchors) {
      fail(field, `the page ${quote(r.page)} does not exist`, `use one of ${[...refs.pages.keys()].join(', ')}`, ['related', i, 'page']);
    } else if (anchors && r.anchor !== undefined && !anchors.has(r.anchor)) {
      fail(field, `the page "${r.page}" has no anchor ${quote(`#${r.anchor}`)} in every locale`, `use one of ${[...anchors].map((a) => `#${a}`).join(', ')}`, ['related', i, 'anchor']);
    }
  });

  facts.relations.forEach((r, i) => {
    const field = `facts.relations[${i}]`;
    if (r.kind === 'serves') {
      if (r.to !== undefined) fail(field, `"serves" reaches outside clients, not ${quote(r.to)}`, 'remove "to"', ['relations', i, 'to']);
      return;
    }
    if (r.to === undefined) {
      fail(field, `the relation ${quote(r.kind)} has no target`, 'add "to:" with a module id', ['relations', i, 'to']);
    } else if (r.to === everyModule) {
      if (r.kind !== 'startsMonitors') fail(field, `only "startsMonitors" may reach every module (got ${quote(r.kind)})`, 'name the target module', ['relations', i, 'to']);
    } else if (r.to === id) {
      fail(field, `the module relates to itself (${quote(r.to)})`, 'name another module', ['relations', i, 'to']);
    } else if (refs && !refs.modules.has(r.to)) {
      const near = [...refs.modules].find((m) => m.toLowerCase() === r.to?.toLowerCase());
      fail(field, `${quote(r.to)} is not a module id`, near ? `write "${near}"` : `use one of ${[...refs.modules].join(', ')}`, ['relations', i, 'to']);
    }
  });
}

/**
 * Schema of one entry of `content/modules.yaml`. `refs` returns the module ids and page anchors the
 * entry may point to; without it (unit tests of other fields) those references are not checked.
 */
export function moduleSchema(file: string, refs?: () => References) {
  return z
    .object({
      /** The literal `nlserver` module name (`inMail`), never translated; the entry's anchor. */
      id: z.string(),
      /** Optional common name readers know (監視 for watchdog), shown beside the id. */
      label: localizedInput.optional(),
      /** What the module runs or serves (the "Execution scope" column). Inline markup allowed. */
      scope: localizedInput,
      /** What to check or do when the module is at fault. Inline markup allowed. */
      troubleshooting: localizedInput,
      /** Short phrases a reader would type when this module is at fault; two or more per locale. */
      symptoms: localizedInput,
      /** Former ids that must keep resolving (a renamed module keeps its old links working). */
      aliases: z.array(z.string()).default([]),
      /** Runbook facts (class, config, log, ports, commands, related pages, map relations); the same in every locale. */
      facts: z.unknown(),
    })
    .superRefine((m, ctx) => {
      const entry = `module "${m.id}"`;
      if (!moduleIdPattern.test(m.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['id'],
          message: contentError({ file, entry, field: 'id' }, `${quote(m.id)} is not a module name`, 'use the literal nlserver module name, letters and digits only, such as "inMail"'),
        });
      }
      if (m.label !== undefined) checkLocalized(ctx, { file, entry, field: 'label' }, m.label, { kind: 'plain' });
      checkLocalized(ctx, { file, entry, field: 'scope' }, m.scope, { kind: 'inline' });
      checkLocalized(ctx, { file, entry, field: 'troubleshooting' }, m.troubleshooting, { kind: 'inline' });
      checkLocalized(ctx, { file, entry, field: 'symptoms' }, m.symptoms, { kind: 'plain', list: { minItems: 2 } });
      checkFacts(ctx, file, m.id, m.facts, refs?.());
      for (const alias of m.aliases) {
        if (!moduleIdPattern.test(alias) || alias === m.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['aliases'],
            message: contentError({ file, entry, field: 'aliases' }, `${quote(alias)} is not a usable former id`, 'list only earlier module names, letters and digits, different from the id'),
          });
        }
      }
    })
    .transform((m) => ({
      id: m.id,
      label: m.label as Localized<string> | undefined,
      scope: m.scope as Localized<string>,
      troubleshooting: m.troubleshooting as Localized<string>,
      symptoms: m.symptoms as Localized<string[]>,
      aliases: m.aliases,
      // Zod runs the transform only when superRefine found nothing, so the facts parse here.
      facts: factsSchema.parse(m.facts),
    }));
}
export type ModuleEntry = z.output<ReturnType<typeof moduleSchema>>;

/** How a page's upstream translation was made (Experience League `workflow-type`). */
export const workflows = ['tm+mt', 'mt', 'ht'] as const;

/** Schema of `content/modules-page.yaml`: the module page's metadata in every locale. */
export function modulePageSchema(file: string) {
  return z
    .object({
      /** Page id: URL slug and H1 id. */
      id: z.literal('modules-and-frequent-issues'),
      /** Experience League page id (front matter `exl-id`), the same in every language. */
      exlId: z.string().regex(/^[0-9a-f-]{36}$/),
      /** Path of the English source in AdobeDocs/campaign-classic.en. */
      source: z.string(),
      /** English source revisions (`source-git-commit`) known to us, newest first. */
      revisions: z.array(z.string().regex(/^[0-9a-f]{40}$/)).min(1),
      /** Per-locale page text and upstream translation facts. */
      locales: localizedInput,
    })
    .superRefine((p, ctx) => {
      const entry = `page "${p.id}"`;
      const record = (p.locales ?? {}) as Record<string, Record<string, unknown> | undefined>;
      for (const locale of localeCodes) {
        const l = record[locale];
        const place = (field: string): Place => ({ file, entry, field, locale });
        if (typeof l !== 'object' || l === null) {
          ctx.addIssue({ code: 'custom', path: ['locales', locale], message: contentError(place('locales'), 'the locale is missing', `add "${locale}:" with title, description, intro, sourceCommit and workflow`) });
          continue;
        }
        for (const field of ['title', 'description'] as const) checkString(ctx, place(field), l[field], 'plain', ['locales', locale, field]);
        checkString(ctx, place('intro'), l['intro'], 'inline', ['locales', locale, 'intro']);
        if (typeof l['sourceCommit'] !== 'string' || !p.revisions.includes(l['sourceCommit'])) {
          ctx.addIssue({ code: 'custom', path: ['locales', locale, 'sourceCommit'], message: contentError(place('sourceCommit'), `${quote(l['sourceCommit'])} is not one of the listed revisions`, 'copy source-git-commit from the upstream front matter and list it under "revisions"') });
        }
        if (!(workflows as readonly unknown[]).includes(l['workflow'])) {
          ctx.addIssue({ code: 'custom', path: ['locales', locale, 'workflow'], message: contentError(place('workflow'), `${quote(l['workflow'])} is not a translation workflow`, `use one of ${workflows.join(', ')} (upstream workflow-type)`) });
        }
      }
    })
    .transform((p) => ({
      ...p,
      locales: p.locales as Localized<{
        title: string;
        description: string;
        intro: string;
        sourceCommit: string;
        workflow: (typeof workflows)[number];
      }>,
    }));
}
export type ModulePageEntry = z.output<ReturnType<typeof modulePageSchema>>;

/** Front matter of an MDX page in `content/pages/<locale>/<page>.mdx`. */
export const pageSchema = z.object({
  /** Stable page id: URL slug and H1 id, the same in every locale. */
  page: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Page title (H1 and `<title>`), in the page's language. */
  title: z.string().trim().min(1),
  /** One-sentence summary for search engines and the home page. */
  description: z.string().trim().min(1),
  /** Module ids the page concerns; each must exist in the module collection. */
  modules: z.array(z.string()).default([]),
  /** Path of the English source in AdobeDocs/campaign-classic.en the facts come from. */
  source: z.string(),
});
export type PageFrontmatter = z.output<typeof pageSchema>;
