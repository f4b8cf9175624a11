/**
 * `npm start` as a user runs it, for e2e: scripts/start.ts in its browser path (`--browser`,
 * as where Electron is absent) in a child process of its own process group, on the given
 * ports and central-API data folder, serving the renderer Playwright's web server already
 * built (`--no-build`). `started` resolves on the script's own words — the URL it prints —
 * or rejects with everything it printed when it exits first. `crash()` is `kill -9` of the
 * whole group (no clean-up runs); `stop()` is Ctrl+C's SIGTERM and waits for the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface StartOptions {
  port: number;
  apiPort: number;
  dataDir: string;
}

export interface StartedApp {
  url: string;
  output(): string;
  crash(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartRun {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

const tsx = path.resolve('node_modules/.bin/tsx');

/** Runs the start script; its output is kept (stdout and stderr together). */
export function runStart({ port, apiPort, dataDir }: StartOptions): StartRun {
  const child = spawn(
    tsx,
    [
      'scripts/start.ts',
      '--browser',
      '--no-build',
      '--port',
      String(port),
      '--api-port',
      String(apiPort),
      '--data-dir',
      dataDir,
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The start under test keeps its centre in --data-dir (PGlite), even where CI sets
      // DATABASE_URL for the server suites: the folder's lock is part of what is tested.
      env: { ...process.env, GRIDROOM_OFFLINE: '', DATABASE_URL: '' },
    },
  );
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Starts the app and resolves once the script prints the URL to open. */
export async function startApp(options: StartOptions): Promise<StartedApp> {
  const run = runStart(options);
  const url = `http://127.0.0.1:${options.port}/`;
  await new Promise<void>((resolve, reject) => {
    const onData = (): void => {
      if (run.output().includes(url)) resolve();
    };
    run.child.stdout?.on('data', onData);
    void run.exited.then((code) =>
      reject(new Error(`npm start ended (${code}) before serving:\n${run.output()}`)),
    );
  });
  const pid = run.child.pid;
  const group = (signal: NodeJS.Signals): void => {
    if (pid !== undefined && run.child.exitCode === null && run.child.signalCode === null)
      process.kill(-pid, signal);
  };
  return {
    url,
    output: run.output,
    crash: async () => {
      group('SIGKILL');
      await run.exited;
    },
    stop: async () => {
      group('SIGTERM');
      await run.exited;
    },
  };
}
