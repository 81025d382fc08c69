/**
 * `npm test`: every check in stages, cheapest first, each printing its time; stops at the first failing
 * stage and names it. `node tools/test-stages.ts unit dist` runs only the named stages, in this order.
 */
import { spawnSync } from 'node:child_process';

type Stage = { name: string; title: string; steps: string[] };

const stages: Stage[] = [
  { name: 'lint', title: 'lint and types', steps: ['npm run lint', 'npm run lint:content', 'npm run check'] },
  { name: 'unit', title: 'unit tests (Vitest)', steps: ['npm run test:unit'] },
  { name: 'build', title: 'build (local: links on localhost)', steps: ['npm run build:local'] },
  { name: 'dist', title: 'checks over the built site (Vitest over dist/)', steps: ['npm run test:dist'] },
  { name: 'e2e', title: 'end-to-end (Playwright)', steps: ['npm run test:e2e'] },
];

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !stages.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`Unknown stage(s) ${unknown.join(', ')}. Stages: ${stages.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

const start = performance.now();
const times: string[] = [];
for (const stage of stages.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  console.log(`\n▶ ${stage.title}`);
  const began = performance.now();
  for (const step of stage.steps) {
    const stepBegan = performance.now();
    const { status } = spawnSync(step, { shell: true, stdio: 'inherit' });
    console.log(`  ${step}: ${seconds(stepBegan)}`);
    if (status !== 0) {
      console.error(`\n✘ Stage "${stage.title}" failed at \`${step}\` (exit ${status}) after ${seconds(began)}.`);
      process.exit(1);
    }
  }
  times.push(`  ${stage.title}: ${seconds(began)}`);
  console.log(`✔ ${stage.title}: ${seconds(began)}`);
}
console.log(`\nAll stages passed in ${seconds(start)}:\n${times.join('\n')}`);
