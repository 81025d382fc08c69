// Two Vitest projects: `unit` (pure functions and tools, no build needed) and `dist` (checks that read the
// built site and need no browser); `npm test` runs the second after the build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // Threads sharing one module graph: the unit tests hold no global state between files, and loading the
        // same modules once per file cost a third of the run on two cores.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads', isolate: false },
      },
      {
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], globalSetup: ['tests/dist/global-setup.ts'] },
      },
    ],
  },
});
