/**
 * The operating systems a command is written for. Most nlserver commands are the same on Linux and Windows;
 * where Adobe gives a form for each (the web module's trace command: `LD_PRELOAD` on Linux only), the runbook
 * facts and the pages show both, each labelled, so a reader on Windows is never handed a Linux line.
 */

/** What a command runs on: `any` unless it holds a construct of one system. Labelled by `system.<name>`. */
export const commandSystems = ['any', 'linux', 'windows'] as const;
export type CommandSystem = (typeof commandSystems)[number];

/** Constructs that run on one system only, each with what it is (for the finding). */
const onlyOn: { system: Exclude<CommandSystem, 'any'>; pattern: RegExp; what: string }[] = [
  { system: 'linux', pattern: /(^|[\s;])LD_PRELOAD=/, what: 'LD_PRELOAD (a Linux loader variable)' },
  { system: 'linux', pattern: /\/etc\/init\.d\//, what: '/etc/init.d (Linux services)' },
  { system: 'linux', pattern: /\bsystemctl\b/, what: 'systemctl (Linux services)' },
  { system: 'windows', pattern: /\bnet (start|stop)\b/, what: 'net start/stop (Windows services)' },
  { system: 'windows', pattern: /\b[A-Za-z]:\\/, what: 'a drive letter path (Windows)' },
];

/**
 * Returns the system a command line can only run on, with the construct that says so, or undefined when it
 * runs on any (`nlserver pdump`).
 */
export function systemOnly(command: string): { system: Exclude<CommandSystem, 'any'>; what: string } | undefined {
  const hit = onlyOn.find((o) => o.pattern.test(command));
  return hit && { system: hit.system, what: hit.what };
}
