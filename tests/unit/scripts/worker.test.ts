// scripts/worker.ts: a build step's share of work in a worker thread, its result or its error as thrown.
import { expect, test } from 'vitest';
import { inWorker } from '../../../scripts/worker.ts';

const step = new URL('./fixtures/worker-step.ts', import.meta.url).href;

test('resolves with what the worker posts', async () => {
  await expect(inWorker<number>(step, { n: 21 })).resolves.toBe(42);
});

test('rejects with the error the worker threw, message and all', async () => {
  await expect(inWorker(step, { n: 1, fail: 'Pagefind writing the index of ja: disk full' })).rejects.toThrow(
    'Pagefind writing the index of ja: disk full',
  );
});
