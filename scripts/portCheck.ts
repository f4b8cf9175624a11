/**
 * Before `npm start` opens anything: is each port it needs free on loopback? A port still held
 * (most often by an earlier `npm start` that did not end, or a crashed one's orphaned child)
 * is a `PortInUseError` naming the port, what it was for and how to choose another, instead
 * of a stack trace from deep inside the server after the database was opened.
 */
import net from 'node:net';

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    /** What the port is for, in Chinese and English: `应用界面 the app`. */
    readonly purpose: string,
    /** How to choose another: `--port N`. */
    readonly option: string,
  ) {
    super(`port ${port} (${purpose}) is already in use`);
    this.name = 'PortInUseError';
  }
}

export interface PortNeed {
  port: number;
  purpose: string;
  option: string;
}

function probe(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    );
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Throws PortInUseError for the first port (0 = any: skipped) that is taken on `host`. */
export async function assertPortsFree(needs: readonly PortNeed[], host = '127.0.0.1'): Promise<void> {
  for (const need of needs) {
    if (need.port === 0) continue;
    if (!(await probe(need.port, host))) throw new PortInUseError(need.port, need.purpose, need.option);
  }
}
