import { localeCodes } from '../../../src/locales.ts';
import { loadModules } from '../../../src/content/modules-file.ts';
import { shippedModulesFile } from '../../../src/content/paths.ts';

/** Returns the same text in every locale (tests only care about structure). */
export const all = <T>(value: T) =>
  Object.fromEntries(localeCodes.map((l) => [l, value])) as Record<(typeof localeCodes)[number], T>;

/** Returns a valid module entry, with overrides. */
export function validModule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'syslogd',
    label: all('log server'),
    scope: all('Writes the logs.'),
    troubleshooting: all('Check port `6666`. See [open ports](general-architecture#list-of-open-ports).'),
    symptoms: all(['logs are missing', 'log file is empty']),
    facts: validFacts(),
    ...overrides,
  };
}

/** Returns valid runbook facts of the syslogd fixture, with overrides. */
export function validFacts(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    class: 'multi-instance',
    config: 'config-default.xml',
    log: { path: '<install dir>/var/default/log/syslogd.log', source: 'rule' },
    ports: [{ number: 6666, protocol: 'udp' }],
    commands: [
      { kind: 'check', command: 'nlserver pdump' },
      { kind: 'restart', command: 'nlserver restart syslogd' },
    ],
    related: [{ page: 'general-architecture', anchor: 'list-of-open-ports' }],
    ...overrides,
  };
}

/** The module ids of the shipped collection, in file order. */
export const shippedModuleIds = loadModules(shippedModulesFile).map((m) => m.id);
