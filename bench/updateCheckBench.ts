/**
 * `update.check.p95` (issue 17): 200 enrolled workstations ask the central API for the
 * channel's latest.yml at the same moment, as electron-updater does on a check — over real HTTP
 * on loopback, each with its own device credential (authenticated per request), PGlite. Value:
 * p95 of the request times (send → whole body read) over ROUNDS rounds of 200; baseline, same
 * run, interleaved: the same 200 concurrent requests to /api/v1/health (no credential, one
 * `SELECT 1`). The API runs in a child process (updateCheckServer.ts) so the note can state its
 * own extra RSS and heap while answering the update rounds (peak − idle).
 * Run alone with `npx tsx bench/updateCheckBench.ts`.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable, type BenchResult } from './results';
import type { ChildMessage, ParentMessage } from './updateCheckServer';
import { percentile } from './percentile';

const ROUNDS = 5;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** One round: every request sent at once; each one's time to its whole body. */
async function round(
  urls: string[],
  headers: (i: number) => Record<string, string>,
  expectBytes: number | null,
) {
  const times = await Promise.all(
    urls.map(async (url, i) => {
      const started = performance.now();
      const res = await fetch(url, { headers: headers(i) });
      const body = await res.arrayBuffer();
      const ms = performance.now() - started;
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
      if (expectBytes !== null && body.byteLength !== expectBytes)
        throw new Error(`${url}: ${body.byteLength} bytes, expected ${expectBytes}`);
      return ms;
    }),
  );
  return times;
}

export async function runUpdateCheckBench(): Promise<BenchResult[]> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'updateCheckServer.ts');
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      child.once('message', (m) => resolve(m as ChildMessage));
      child.once('exit', (code) => reject(new Error(`the bench API exited (${code})`)));
    });
  const tell = (m: ParentMessage) => child.send(m);
  try {
    const ready = await next();
    if (ready.type !== 'ready') throw new Error('the bench API did not start');
    const devices = ready.credentials.length;
    const base = ready.url.replace(/\/$/, '');
    const ymlUrls = ready.credentials.map((_, i) => `${base}/api/v1/updates/stable/latest.yml?noCache=${i}`);
    const healthUrls = ready.credentials.map(() => `${base}/api/v1/health`);
    const auth = (i: number) => ({ authorization: `Bearer ${ready.credentials[i] ?? ''}` });

    // warm-up: connections, JIT, PGlite's first queries
    await round(healthUrls, () => ({}), null);
    await round(ymlUrls, auth, ready.ymlBytes);

    const update: number[] = [];
    const health: number[] = [];
    tell({ type: 'sample-start' });
    const sampled = next();
    for (let r = 0; r < ROUNDS; r++) {
      health.push(...(await round(healthUrls, () => ({}), null)));
      update.push(...(await round(ymlUrls, auth, ready.ymlBytes)));
    }
    tell({ type: 'sample-stop' });
    const memory = await sampled;
    if (memory.type !== 'memory') throw new Error('no memory figures from the bench API');
    const p95 = percentile(update, 0.95);
    const p95Health = percentile(health, 0.95);
    return [
      {
        name: 'update.check.p95',
        value: Math.round(p95 * 10) / 10,
        unit: 'ms',
        baseline: Math.round(p95Health * 10) / 10,
        ratio: p95 / p95Health,
        target: 'report: p95 of 200 simultaneous checks and the API’s extra memory',
        note:
          `${devices} devices × ${ROUNDS} rounds, each round all at once over HTTP on loopback, PGlite; ` +
          `GET latest.yml (${ready.ymlBytes} B, signed) with a per-device credential; p50 ${percentile(update, 0.5).toFixed(1)} ms, ` +
          `max ${Math.max(...update).toFixed(1)} ms; baseline: the same requests to /api/v1/health (p50 ${percentile(health, 0.5).toFixed(1)} ms); ` +
          `API process extra while answering: +${mb(memory.peak.rss - memory.idle.rss)} MB RSS, +${mb(memory.peak.heapUsed - memory.idle.heapUsed)} MB heap ` +
          `(idle ${mb(memory.idle.rss)} MB RSS, ${mb(memory.idle.heapUsed)} MB heap)`,
      },
    ];
  } finally {
    tell({ type: 'close' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runUpdateCheckBench().then(printTable, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
