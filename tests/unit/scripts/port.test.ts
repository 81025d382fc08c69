import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { assertPortFree } from '../../../scripts/port.ts';

describe('assertPortFree()', () => {
  test('rejects a port in use with the port and another one to choose', async () => {
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as { port: number }).port;
    try {
      await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} is in use`);
    } finally {
      busy.close();
    }
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
