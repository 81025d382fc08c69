/** Stops the checks over the built site with one line when there is no build to check. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, missingBuild } from '../support/built-site.ts';

export default function setup(): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.error(missingBuild);
  process.exit(1);
}
