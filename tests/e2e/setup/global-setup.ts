/** Playwright's global setup: starts what several workers' tests wait for, before they start. */
import { startSplitBuild } from './split-table.ts';

export default function globalSetup(): () => void {
  return startSplitBuild();
}
