/**
 * `npm run test:engines`: the reading gates in the system Firefox and WebKit (Vitest project `engines`). An
 * engine this machine lacks is skipped with one line naming the packages that bring it; with neither, Vitest
 * is not started at all.
 */
import { spawnSync } from 'node:child_process';
import { missingPackages } from './engines.ts';
import type { EngineName } from './tab.ts';

const engines: EngineName[] = ['firefox', 'webkit'];
const missing = engines.map((engine) => ({ engine, packages: missingPackages(engine) }));
const absent = missing.filter((m) => m.packages.length > 0);
if (absent.length > 0) {
  const packages = absent.flatMap((m) => m.packages).join(' ');
  console.log(
    `Reading gates skipped in ${absent.map((m) => (m.engine === 'firefox' ? 'Firefox' : 'WebKit')).join(' and ')}: ` +
      `install ${packages} to run them (Debian: apt-get install ${packages}).`,
  );
}
if (absent.length === engines.length) process.exit(0);
const { status } = spawnSync('vitest', ['run', '--project', 'engines', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: true,
});
process.exit(status ?? 1);
