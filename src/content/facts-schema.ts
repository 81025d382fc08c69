/**
 * The runbook facts of a module (class, config, log, ports, commands, related pages, map relations):
 * language-neutral data from the facts sheet, and the cross-field rules zod cannot express.
 */
import { z } from 'astro/zod';
import { contentError, quote } from './errors.ts';
import type { Ctx } from './localized.ts';
import type { References } from './references.ts';

/**
 * How a module runs (Adobe `operating-principle.md`); each has a label `facts.<camelCase>` in the UI
 * strings. Adobe calls the third kind utility modules: run occasionally, inside an instance.
 */
export const moduleClasses = ['multi-instance', 'mono-instance', 'utility'] as const;
export type ModuleClass = (typeof moduleClasses)[number];

/** The configuration file each class reads; utility modules run inside an instance and have none of their own. */
export const configFileOfClass: Record<ModuleClass, string | undefined> = {
  'multi-instance': 'config-default.xml',
  'mono-instance': 'config-<instance>.xml',
  utility: undefined,
};

/** The log folder of each class: multi-instance modules log under `default`, the others under their instance. */
export const logDirOfClass: Record<ModuleClass, string> = {
  'multi-instance': '<install dir>/var/default/log/',
  'mono-instance': '<install dir>/var/<instance>/log/',
  utility: '<install dir>/var/<instance>/log/',
};

/**
 * Where a fact comes from: `listed` when an Adobe page states it for this module, `rule` when it
 * follows a general rule (the `<module>.log` naming) that no page confirms for this module.
 */
export const factSources = ['listed', 'rule'] as const;
export type FactSource = (typeof factSources)[number];
/** Absent means listed. */
const sourceSchema = z.enum(factSources).optional();

/** Log files Adobe's log-file list names (`log-files.md`); any other module's log path is a rule. */
export const listedLogFiles = ['web', 'webmdl', 'watchdog', 'trackinglogd', 'mta', 'mtachild', 'wfserver', 'runwf', 'inMail', 'logins'];

/**
 * A file fact: the path alone when Adobe lists it (`log: <path>`), or `{ path, source: rule }` when
 * the path follows a general rule. Read as `{ path, source }` either way.
 */
const fileFactSchema = z
  .union([
    z.string(),
    z.strictObject({
      /** The path, placeholders in angle brackets. */
      path: z.string(),
      /** Where the path comes from. */
      source: z.enum(factSources),
    }),
  ])
  .transform((v): { path: string; source: FactSource } => (typeof v === 'string' ? { path: v, source: 'listed' } : v));

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
  /** Where the port comes from (listed unless written). */
  source: sourceSchema,
});

/**
 * Runbook facts of a module: language-neutral data from the facts sheet, shown under localized
 * labels. Cross-entry rules (pages, module ids, class consistency) are checked in `checkFacts`.
 */
export const factsSchema = z.strictObject({
  /** multi-instance (one process for all instances), mono-instance (one per instance) or utility (run occasionally inside an instance). */
  class: z.enum(moduleClasses),
  /** The configuration file of the module's class; must match the class (none for utility modules). */
  config: fileFactSchema.optional(),
  /** The module's log file: `<install dir>/var/<default or instance>/log/<id>.log`; `source: rule` unless Adobe lists it. */
  log: fileFactSchema.optional(),
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
        /** Where the command comes from (listed unless written). */
        source: sourceSchema,
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

/** The fix to suggest for a structural problem, by the last field name of its path. */
const factsFixes: Record<string, string> = {
  facts: 'write "facts:" with at least "class:"',
  class: `use one of ${moduleClasses.join(', ')}`,
  config: 'write the file name as text',
  log: 'write the full log path as text, or { path: <full path>, source: rule }',
  path: 'write the full path as text',
  source: `use one of ${factSources.join(', ')}`,
  number: 'write the port as a whole number between 1 and 65535',
  protocol: 'use tcp or udp',
  kind: `use one of the kinds listed in src/content/facts-schema.ts`,
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
export function checkFacts(ctx: Ctx, file: string, id: string, input: unknown, refs: References | undefined): void {
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
      const fix = issue.code === 'unrecognized_keys' ? `remove or rename them; the fields are ${Object.keys(factsSchema.shape).join(', ')}` : (factsFixes[String(leaf)] ?? 'see the schema in src/content/facts-schema.ts');
      fail(field, problem, fix, issue.path);
    }
    return;
  }
  const facts = parsed.data;

  const config = configFileOfClass[facts.class];
  if (facts.config?.path !== config) {
    fail(
      'facts.config',
      `${quote(facts.config?.path)} does not match the class ${quote(facts.class)}`,
      config ? `write "config: ${config}" (every ${facts.class} module reads it)` : 'remove "config": utility modules run inside an instance and read its configuration',
      ['config'],
    );
  }
  const log = `${logDirOfClass[facts.class]}${id}.log`;
  if (facts.log !== undefined && facts.log.path !== log) {
    fail('facts.log', `${quote(facts.log.path)} is not where a ${facts.class} module logs`, `write "log: ${log}"`, ['log']);
  } else if (facts.log?.source === 'listed' && !listedLogFiles.includes(id)) {
    // The general rule gives the name, but Adobe's list does not confirm it: the reader must be told.
    fail('facts.log', `${quote(facts.log.path)} is not in Adobe's log-file list (${listedLogFiles.map((f) => `${f}.log`).join(', ')}); its name follows the general <module>.log rule`, `write "log: { path: ${log}, source: rule }", or remove the log`, ['log']);
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
    if (facts.class === 'utility' && (c.kind === 'restart' || c.kind === 'start')) {
      fail(field, `a utility module has no ${c.kind} command (got ${quote(c.command)})`, 'remove it: the operator who scheduled the run relaunches it', ['commands', i, 'kind']);
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

