import { collection } from './bench/generate.ts';
import { moduleSchema } from './src/content/module-schema.ts';
const mods = collection(11000);
const schema = moduleSchema('m.yaml');
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  let bad = 0;
  for (const m of mods) if (!schema.safeParse(m).success) bad++;
  console.log(`${mods.length} modules: ${(performance.now() - t).toFixed(0)} ms, ${bad} rejected`);
}
