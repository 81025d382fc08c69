// Three Vitest projects: `unit` (pure functions and tools, no build needed), `dist` (checks that read the
// built site and need no browser) and `engines` (the reading gates in Firefox and WebKit); `npm test` runs
// the last two after the build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // Threads sharing one module graph: the unit tests hold no global state between files, and loading the
        // same modules once per file cost a third of the run on two cores. Two workers (Vitest's default on two
        // cores is one): many tests wait on a spawned CLI or build; measured 31.5 s instead of 52.8 s.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads', isolate: false, maxWorkers: 2 },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          globalSetup: ['tests/dist/global-setup.ts'],
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        // The reading gates in the system Firefox and WebKit: one file per engine, the two run side by side
        // (each engine is a process of its own); `npm run test:engines` (tests/engines/run.ts) starts them.
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/dist/global-setup.ts'],
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
