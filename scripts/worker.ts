/**
 * Runs a build step's share of work in a worker thread: the step's own module, started again with `data`, posts
 * one result when done. The worker's error (a page that cannot be read, Pagefind's message) rejects as it was
 * thrown; a worker that stops without a result rejects naming the module.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export function inWorker<T>(module: string, data: unknown): Promise<T> {
  return new Promise<T>((done, fail) => {
    const worker = new Worker(new URL(module), { workerData: data });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) =>
      fail(new Error(`a worker of ${basename(fileURLToPath(module))} stopped with exit code ${code}`)),
    );
  });
}
