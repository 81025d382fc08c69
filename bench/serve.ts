/** Helpers for benchmarks: serving a built folder and summarising timings. */
import { assertPortFree } from '../scripts/port.ts';
import { startServer } from '../scripts/serve.ts';

/** Serves `dir` on `port` in this process. */
export async function serve(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  try {
    await assertPortFree(port, '::');
  } catch (error) {
    console.error(`${(error as Error).message} (benchmarks read BENCH_PORT)`);
    process.exit(1);
  }
  const server = await startServer(dir, port);
  return { url: `http://localhost:${port}`, stop: () => server.close() };
}

/** Returns the median and the 95th percentile of a list of numbers. */
export function percentiles(values: number[]): { median: number; p95: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}
