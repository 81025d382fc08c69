import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readReferences } from '../../../src/content/read-references.ts';
import { parseModulesYaml } from '../../../src/content/modules-file.ts';
import { moduleSchema } from '../../../src/content/module-schema.ts';
import { factsSchema } from '../../../src/content/facts-schema.ts';
import { type References } from '../../../src/content/references.ts';
import { validFacts, validModule } from './fixtures.ts';

const file = 'content/modules.yaml';
const refs: References = {
  modules: new Set(['syslogd', 'stat', 'mta', 'inMail']),
  pages: new Map([
    ['general-architecture', new Set(['general-architecture', 'list-of-open-ports', 'port-configuration'])],
    ['log-precision', new Set(['log-precision', 'verbose'])],
  ]),
};
const schema = moduleSchema(file, () => refs);

/** Returns the messages of a module whose facts are `facts` (empty when it is valid). */
function messages(facts: unknown, id = 'syslogd'): string[] {
  const result = schema.safeParse(validModule({ id, facts }));
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('moduleSchema() facts', () => {
  test('accepts valid facts and fills the lists it leaves out', () => {
    const parsed = schema.parse(validModule());
    expect(parsed.facts.class).toBe('multi-instance');
    expect(parsed.facts.commands[1]).toEqual({ kind: 'restart', command: 'nlserver restart syslogd', system: 'any' });
    expect(parsed.facts.outbound).toEqual([]);
    expect(parsed.facts.relations).toEqual([]);
  });

  test('requires facts, naming the module and the fix', () => {
    expect(messages(undefined)).toEqual([
      'content/modules.yaml  syslogd  facts  -  error: nothing is not valid (Invalid input: expected object, received undefined) — write "facts:" with at least "class:"',
    ]);
  });

  test('quotes an unknown class and lists the classes', () => {
    expect(messages(validFacts({ class: 'multi' }))[0]).toBe(
      'content/modules.yaml  syslogd  facts.class  -  error: "multi" is not valid (Invalid option: expected one of "multi-instance"|"mono-instance"|"utility") — use one of multi-instance, mono-instance, utility',
    );
  });

  test('names a misspelled field and lists the fields', () => {
    expect(messages(validFacts({ logs: 'x' }))[0]).toMatch(
      / {2}facts {2}- {2}error: unknown field\(s\) logs — remove or rename them; the fields are class, config, log, ports/,
    );
  });

  test('rejects a port out of range, naming its place in the list', () => {
    expect(messages(validFacts({ ports: [{ number: 66666, protocol: 'udp' }] }))[0]).toMatch(
      / {2}facts\.ports\.0\.number {2}- {2}error: 66666 \(number\) is not valid .* — write the port as a whole number between 1 and 65535$/,
    );
  });

  test('rejects a configuration file that does not match the class', () => {
    expect(messages(validFacts({ config: 'config-<instance>.xml' }))).toEqual([
      'content/modules.yaml  syslogd  facts.config  -  error: "config-<instance>.xml" does not match the class "multi-instance" — write "config: config-default.xml" (every multi-instance module reads it)',
    ]);
    expect(messages({ class: 'utility', config: 'config-default.xml' }, 'stat')[0]).toMatch(
      / — remove "config": utility modules run inside an instance/,
    );
  });

  test('rejects a log path that is not where the class logs', () => {
    expect(messages(validFacts({ log: '<install dir>/var/<instance>/log/syslogd.log' }))[0]).toBe(
      'content/modules.yaml  syslogd  facts.log  -  error: "<install dir>/var/<instance>/log/syslogd.log" is not where a multi-instance module logs — write "log: <install dir>/var/default/log/syslogd.log"',
    );
  });

  test("rejects a log path marked as listed when Adobe's log-file list does not name it", () => {
    const log = { path: '<install dir>/var/default/log/syslogd.log', source: 'listed' };
    expect(messages(validFacts({ log }))).toEqual([
      'content/modules.yaml  syslogd  facts.log  -  error: "<install dir>/var/default/log/syslogd.log" is not in Adobe\'s log-file list (web.log, webmdl.log, watchdog.log, trackinglogd.log, mta.log, mtachild.log, wfserver.log, runwf.log, inMail.log, logins.log); its name follows the general <module>.log rule — write "log: { path: <install dir>/var/default/log/syslogd.log, source: rule }", or remove the log',
    ]);
  });

  test('reads a plain log path that Adobe does not list as following the rule (generated modules build)', () => {
    const facts = factsSchema.parse({ class: 'multi-instance', log: '<install dir>/var/default/log/mtax123.log' });
    expect(facts.log).toEqual({ path: '<install dir>/var/default/log/mtax123.log', source: 'rule' });
  });

  test('reads a plain log path as listed and the object form with its source', () => {
    const listed = factsSchema.parse({ class: 'multi-instance', log: '<install dir>/var/default/log/web.log' });
    expect(listed.log).toEqual({ path: '<install dir>/var/default/log/web.log', source: 'listed' });
    expect(
      messages(validFacts({ log: { path: '<install dir>/var/default/log/syslogd.log', source: 'guess' } }))[0],
    ).toMatch(
      / {2}facts\.log {2}- {2}error: .*"source":"guess".* is not valid .* — write the full log path as text, or \{ path: <full path>, source: rule \}$/,
    );
  });

  test('rejects an unknown command kind and a kind listed twice', () => {
    expect(messages(validFacts({ commands: [{ kind: 'kill', command: 'nlserver stop syslogd' }] }))[0]).toMatch(
      / {2}facts\.commands\.0\.kind {2}- {2}error: "kill" is not valid/,
    );
    const twice = [
      { kind: 'check', command: 'nlserver pdump' },
      { kind: 'check', command: 'nlserver pdump -who' },
    ];
    expect(messages(validFacts({ commands: twice }))).toEqual([
      'content/modules.yaml  syslogd  facts.commands[1]  -  error: the kind "check" is listed twice — keep one command per kind (and system)',
    ]);
  });

  test('rejects a restart command for a utility module, which its operator relaunches', () => {
    expect(
      messages({ class: 'utility', commands: [{ kind: 'restart', command: 'nlserver restart mta' }] }, 'mta')[0],
    ).toMatch(
      /a utility module has no restart command .* — remove it: the operator who scheduled the run relaunches it$/,
    );
  });

  test('rejects a port listed twice', () => {
    expect(
      messages(
        validFacts({
          ports: [
            { number: 6666, protocol: 'udp' },
            { number: 6666, protocol: 'udp' },
          ],
        }),
      )[0],
    ).toMatch(/ {2}facts\.ports {2}- {2}error: the port "6666\/udp" is listed twice/);
  });

  test('rejects an unknown page and lists the pages', () => {
    expect(messages(validFacts({ related: [{ page: 'log-precisions' }] }))).toEqual([
      'content/modules.yaml  syslogd  facts.related[0]  -  error: the page "log-precisions" does not exist — use one of general-architecture, log-precision',
    ]);
  });

  test('rejects an anchor that not every locale of the page has', () => {
    expect(messages(validFacts({ related: [{ page: 'log-precision', anchor: 'web-example' }] }))[0]).toBe(
      'content/modules.yaml  syslogd  facts.related[0]  -  error: the page "log-precision" has no anchor "#web-example" in every locale — use one of #log-precision, #verbose',
    );
  });

  test('rejects a relation to an unknown module and suggests the right case', () => {
    expect(messages(validFacts({ relations: [{ kind: 'reportsTo', to: 'Stat' }] }))).toEqual([
      'content/modules.yaml  syslogd  facts.relations[0]  -  error: "Stat" is not a module id — write "stat"',
    ]);
    expect(messages(validFacts({ relations: [{ kind: 'logsTo', to: 'sylogd' }] }))[0]).toMatch(
      /"sylogd" is not a module id — use one of syslogd, stat, mta, inMail$/,
    );
  });

  test('allows "*" only for the module that starts every other one', () => {
    expect(messages(validFacts({ relations: [{ kind: 'startsMonitors', to: '*' }] }))).toEqual([]);
    expect(messages(validFacts({ relations: [{ kind: 'logsTo', to: '*' }] }))[0]).toMatch(
      /only "startsMonitors" may reach every module \(got "logsTo"\)/,
    );
  });

  test('requires a target except for serves, and rejects a relation to itself', () => {
    expect(messages(validFacts({ relations: [{ kind: 'reportsTo' }] }))[0]).toMatch(
      /the relation "reportsTo" has no target — add "to:"/,
    );
    expect(messages(validFacts({ relations: [{ kind: 'serves', to: 'mta' }] }))[0]).toMatch(
      /"serves" reaches outside clients, not "mta" — remove "to"$/,
    );
    expect(messages(validFacts({ relations: [{ kind: 'logsTo', to: 'syslogd' }] }))[0]).toMatch(
      /the module relates to itself/,
    );
  });

  test('skips page and module references when no references are given', () => {
    const result = moduleSchema(file).safeParse(
      validModule({
        facts: validFacts({ related: [{ page: 'nowhere' }], relations: [{ kind: 'reportsTo', to: 'nobody' }] }),
      }),
    );
    expect(result.success).toBe(true);
  });
});

describe('readReferences()', () => {
  test('returns the module ids and the anchors every locale of a page defines', () => {
    const real = readReferences('content/modules.yaml', 'content/pages');
    expect(real.modules.has('trackinglogd')).toBe(true);
    expect(real.pages.get('general-architecture')).toContain('list-of-open-ports');
    expect(real.pages.get('modules-and-frequent-issues')).toContain('inMail');
  });

  test('accepts the facts of every module in content/modules.yaml', () => {
    const real = readReferences('content/modules.yaml', 'content/pages');
    const strict = moduleSchema(file, () => real);
    const entries = parseModulesYaml(readFileSync(file, 'utf8'), file);
    const problems = entries.flatMap((e) => {
      const r = strict.safeParse(e);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    });
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(11);
  });
});
