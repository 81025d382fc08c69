/** Checks that a TCP port is free before a server is started on it, to fail with one clear line. */
import { createServer } from 'node:net';

/** Resolves when nothing listens on `port`; rejects with the fix (another port via PORT) otherwise. */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return Promise.reject(new Error(`Port "${port}" is not a port number: set PORT to a number from 1 to 65535.`));
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is in use (another server is running there): stop it, or choose another port, e.g. ` +
                `PORT=${port + 1}.`
            : `Port ${port} cannot be opened (${error.code ?? error.message}): choose another port, e.g. ` +
                `PORT=${port + 1}.`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => ok()));
  });
}
