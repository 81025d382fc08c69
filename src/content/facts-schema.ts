/**
 * The runbook facts of a module (class, config, log, ports, commands, related pages, map relations):
 * language-neutral data from the facts sheet. Their checks are the `facts-*` rules in `rules/`.
 */
import { z } from 'astro/zod';
import { commandSystems } from './systems.ts';

/**
 * How a module runs (Adobe's operating principle); each has a label `facts.<camelCase>` in the UI
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
export const listedLogFiles = [
  'web',
  'webmdl',
  'watchdog',
  'trackinglogd',
  'mta',
  'mtachild',
  'wfserver',
  'runwf',
  'inMail',
  'logins',
];

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

/**
 * A log file: a plain path is taken as listed when Adobe's log-file list names its file, and as following the
 * `<module>.log` rule otherwise (generated or new modules); `{ path, source }` says so explicitly.
 */
const logFactSchema = z
  .union([z.string(), z.strictObject({ path: z.string(), source: z.enum(factSources) })])
  .transform((v): { path: string; source: FactSource } => {
    if (typeof v !== 'string') return v;
    const name =
      v
        .split('/')
        .pop()
        ?.replace(/\.log$/, '') ?? '';
    return { path: v, source: (listedLogFiles as readonly string[]).includes(name) ? 'listed' : 'rule' };
  });

/** What a runbook command does; each kind is labelled by the UI string `facts.<kind>`. */
export const commandKinds = [
  'check',
  'connections',
  'missing',
  'start',
  'restart',
  'stopAll',
  'moreLogs',
  'normalLogs',
  'reload',
] as const;

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
 * labels. Cross-field rules (class, ports, commands) and references are rules in `rules/`.
 */
export const factsSchema = z.strictObject({
  /**
   * multi-instance (one process for all instances), mono-instance (one per instance) or utility (run
   * occasionally inside an instance).
   */
  class: z.enum(moduleClasses),
  /** The configuration file of the module's class; must match the class (none for utility modules). */
  config: fileFactSchema.optional(),
  /**
   * The module's log file: `<install dir>/var/<default or instance>/log/<id>.log`; `source: rule` unless
   * Adobe lists it.
   */
  log: logFactSchema.optional(),
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
        /**
         * The literal command, placeholders in angle brackets (`nlserver restart mta@<instance>`): one line, or
         * several run in turn (Windows' cmd.exe does not chain commands with `;`).
         */
        command: z.string(),
        /**
         * The system the command is written for: `any` (the default), or `linux` and `windows` when the command
         * differs between them; then the kind has one command for each.
         */
        system: z.enum(commandSystems).default('any'),
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

/** Parsed facts by the object they were read from: every facts rule needs them, parsed once. */
const parsed = new WeakMap<object, ModuleFacts | undefined>();

/** Returns the typed facts of an entry's `facts` value, or undefined when `facts-shape` reports them. */
export function readFacts(input: unknown): ModuleFacts | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  if (!parsed.has(input)) {
    const result = factsSchema.safeParse(input);
    parsed.set(input, result.success ? result.data : undefined);
  }
  return parsed.get(input);
}
