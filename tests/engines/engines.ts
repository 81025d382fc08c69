/**
 * Which system engines this machine has, and how to open one. Firefox and WebKitGTK come from the system's
 * packages (Debian: `firefox-esr`, `webkit2gtk-driver`, `xvfb`; `.ci/run` installs them): Playwright's own
 * builds cannot be downloaded here, and Playwright cannot drive the stock engines.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { openFirefox } from './firefox.ts';
import type { EngineName, Tab } from './tab.ts';
import { openWebKit } from './webkit.ts';

/** The first of `names` found on the PATH (or given as an absolute path), else undefined. */
function which(...names: string[]): string | undefined {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    if (name.startsWith('/')) {
      if (existsSync(name)) return name;
      continue;
    }
    const found = dirs.map((d) => join(d, name)).find((p) => existsSync(p));
    if (found) return found;
  }
  return undefined;
}

/** The programs each engine needs, by package; `FIREFOX_PATH` picks another Firefox. */
const needs = {
  firefox: () => ({ firefox: which(process.env['FIREFOX_PATH'] || 'firefox-esr', 'firefox') }),
  webkit: () => ({ WebKitWebDriver: which('WebKitWebDriver'), Xvfb: which('Xvfb') }),
} satisfies Record<EngineName, () => Record<string, string | undefined>>;

/** The packages that bring each program, named in the line printed when one is missing. */
const packages: Record<string, string> = { firefox: 'firefox-esr', WebKitWebDriver: 'webkit2gtk-driver', Xvfb: 'xvfb' };

/** The programs an engine lacks on this machine, as the packages to install (empty when it can run). */
export function missingPackages(engine: EngineName): string[] {
  return Object.entries(needs[engine]())
    .filter(([, path]) => !path)
    .map(([program]) => packages[program]!);
}

/** Starts an engine with one tab on the site served at `origin`. */
export function openEngine(engine: EngineName, origin: string): Promise<Tab> {
  if (engine === 'firefox') return openFirefox(needs.firefox().firefox!, origin);
  const { WebKitWebDriver, Xvfb } = needs.webkit();
  return openWebKit(WebKitWebDriver!, Xvfb!, origin);
}
