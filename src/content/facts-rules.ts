/** The rules of a module's runbook facts that zod cannot express: class, paths, commands and references. */
import { contentError, quote } from './errors.ts';
import {
  configFileOfClass,
  everyModule,
  factSources,
  factsSchema,
  listedLogFiles,
  logDirOfClass,
  moduleClasses,
} from './facts-schema.ts';
import type { Ctx } from './localized.ts';
import type { References } from './references.ts';

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
  return path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

/**
 * Checks `facts` of one module: its structure (zod, re-worded with file, entry and field), then the
 * rules zod cannot express: the class decides config and log location, commands name their module,
 * pages and module ids exist.
 */
export function checkFacts(ctx: Ctx, file: string, id: string, input: unknown, refs: References | undefined): void {
  const entry = `module "${id}"`;
  const fail = (field: string, problem: string, fix: string, path: PropertyKey[]) =>
    ctx.addIssue({
      code: 'custom',
      path: ['facts', ...path] as (string | number)[],
      message: contentError({ file, entry, field }, problem, fix),
    });
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = ['facts', ...issue.path].join('.');
      const leaf = [...issue.path].reverse().find((k) => typeof k === 'string') ?? 'facts';
      const bad = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : quote(valueAt(input, issue.path));
      const problem =
        issue.code === 'unrecognized_keys' ? `unknown field(s) ${bad}` : `${bad} is not valid (${issue.message})`;
      const fix =
        issue.code === 'unrecognized_keys'
          ? `remove or rename them; the fields are ` + `${Object.keys(factsSchema.shape).join(', ')}`
          : (factsFixes[String(leaf)] ?? 'see the schema in src/content/facts-schema.ts');
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
      config
        ? `write "config: ${config}" (every ${facts.class} module reads it)`
        : 'remove "config": utility modules run inside an instance and read its configuration',
      ['config'],
    );
  }
  const log = `${logDirOfClass[facts.class]}${id}.log`;
  if (facts.log !== undefined && facts.log.path !== log) {
    fail('facts.log', `${quote(facts.log.path)} is not where a ${facts.class} module logs`, `write "log: ${log}"`, [
      'log',
    ]);
  } else if (facts.log?.source === 'listed' && !listedLogFiles.includes(id)) {
    // The general rule gives the name, but Adobe's list does not confirm it: the reader must be told.
    fail(
      'facts.log',
      `${quote(facts.log.path)} is not in Adobe's log-file list ` +
        `(${listedLogFiles.map((f) => `${f}.log`).join(', ')}); its name follows the general <module>.log rule`,
      `write "log: { path: ${log}, source: rule }", or remove the log`,
      ['log'],
    );
  }

  for (const list of ['ports', 'outbound'] as const) {
    const seen = new Set<string>();
    facts[list].forEach((p, i) => {
      const key = `${p.number}/${p.protocol}`;
      if (seen.has(key))
        fail(`facts.${list}`, `the port ${quote(key)} is listed twice`, 'remove the duplicate', [list, i]);
      seen.add(key);
    });
  }

  const kinds = new Set<string>();
  facts.commands.forEach((c, i) => {
    const field = `facts.commands[${i}]`;
    if (kinds.has(c.kind))
      fail(field, `the kind ${quote(c.kind)} is listed twice`, 'keep one command per kind', ['commands', i, 'kind']);
    kinds.add(c.kind);
    if (c.command.trim() === '' || /[\n\r`]/.test(c.command) || c.command !== c.command.trim()) {
      fail(
        field,
        `the command ${quote(c.command)} is empty, spans several lines or holds backticks ` + `or outer spaces`,
        'write one command line exactly as it is typed',
        ['commands', i, 'command'],
      );
    } else if (!/(^|[;&|]\s*|\s)nlserver\s/.test(`${c.command} `)) {
      fail(
        field,
        `the command ${quote(c.command)} does not run nlserver`,
        'write the nlserver command line from the facts sheet',
        ['commands', i, 'command'],
      );
    }
    // A copied restart or start of another module would act on the wrong process.
    if (
      (c.kind === 'restart' || c.kind === 'start' || c.kind === 'moreLogs' || c.kind === 'normalLogs') &&
      !new RegExp(`\\b${id}\\b`).test(c.command)
    ) {
      fail(
        field,
        `the ${c.kind} command ${quote(c.command)} does not name the ` + `module ${quote(id)}`,
        `write the command for ${id}, such as "nlserver ` + `${c.kind === 'start' ? 'start' : 'restart'} ${id}"`,
        ['commands', i, 'command'],
      );
    }
    if (facts.class === 'utility' && (c.kind === 'restart' || c.kind === 'start')) {
      fail(
        field,
        `a utility module has no ${c.kind} command (got ${quote(c.command)})`,
        'remove it: the operator who scheduled the run relaunches it',
        ['commands', i, 'kind'],
      );
    }
  });

  facts.related.forEach((r, i) => {
    const anchors = refs?.pages.get(r.page);
    const field = `facts.related[${i}]`;
    if (refs && !anchors) {
      fail(field, `the page ${quote(r.page)} does not exist`, `use one of ${[...refs.pages.keys()].join(', ')}`, [
        'related',
        i,
        'page',
      ]);
    } else if (anchors && r.anchor !== undefined && !anchors.has(r.anchor)) {
      fail(
        field,
        `the page "${r.page}" has no anchor ${quote(`#${r.anchor}`)} ` + `in every locale`,
        `use one of ${[...anchors].map((a) => `#${a}`).join(', ')}`,
        ['related', i, 'anchor'],
      );
    }
  });

  facts.relations.forEach((r, i) => {
    const field = `facts.relations[${i}]`;
    if (r.kind === 'serves') {
      if (r.to !== undefined)
        fail(field, `"serves" reaches outside clients, not ${quote(r.to)}`, 'remove "to"', ['relations', i, 'to']);
      return;
    }
    if (r.to === undefined) {
      fail(field, `the relation ${quote(r.kind)} has no target`, 'add "to:" with a module id', ['relations', i, 'to']);
    } else if (r.to === everyModule) {
      if (r.kind !== 'startsMonitors')
        fail(
          field,
          `only "startsMonitors" may reach every module (got ` + `${quote(r.kind)})`,
          'name the target module',
          ['relations', i, 'to'],
        );
    } else if (r.to === id) {
      fail(field, `the module relates to itself (${quote(r.to)})`, 'name another module', ['relations', i, 'to']);
    } else if (refs && !refs.modules.has(r.to)) {
      const near = [...refs.modules].find((m) => m.toLowerCase() === r.to?.toLowerCase());
      fail(
        field,
        `${quote(r.to)} is not a module id`,
        near ? `write "${near}"` : `use one of ${[...refs.modules].join(', ')}`,
        ['relations', i, 'to'],
      );
    }
  });
}
