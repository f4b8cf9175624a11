/**
 * The central API of the `update.check.p95` bench (updateCheckBench.ts), in its own process so
 * its memory is measured alone: PGlite in memory, a small station, 200 enrolled devices, and a
 * channel published with the release CLI (the test-only demo key) in a temporary updates folder.
 * Tells the parent its URL and the devices' credentials over IPC; on `sample-start` it samples
 * its own RSS and heap every 5 ms until `sample-stop`, then replies with idle and peak figures.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_VERSION, API_VERSION_HEADER, type EnrolReply } from '#common/sync/protocol';
import { publishRelease } from '#scripts/release/publish';
import { buildApp } from '#server/app';
import { openDatabase } from '#server/db/openDatabase';
import { seedStation } from '#server/seed/seedStation';
import { smallDataset } from '#test/unit/server/fixtures';

export const DEVICES = 200;

export type ChildMessage =
  | { type: 'ready'; url: string; credentials: string[]; ymlBytes: number }
  | { type: 'memory'; idle: NodeJS.MemoryUsage; peak: { rss: number; heapUsed: number } };
export type ParentMessage = { type: 'sample-start' } | { type: 'sample-stop' } | { type: 'close' };

const send = (m: ChildMessage) => process.send?.(m);

async function fakeRelease(dir: string): Promise<void> {
  const { createHash } = await import('node:crypto');
  const bytes = randomBytes(64 * 1024);
  const name = 'Gridroom-Setup-0.2.0.exe';
  await writeFile(path.join(dir, name), bytes);
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  await writeFile(
    path.join(dir, 'latest.yml'),
    `version: 0.2.0\nfiles:\n  - url: ${name}\n    sha512: ${sha512}\n    size: ${bytes.length}\npath: ${name}\nsha512: ${sha512}\nreleaseDate: '2026-12-01T08:00:00.000Z'\n`,
  );
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'gridroom-update-bench-'));
  const build = path.join(root, 'build');
  const updates = path.join(root, 'updates');
  await (await import('node:fs/promises')).mkdir(build);
  await fakeRelease(build);
  await publishRelease({
    dir: build,
    channel: 'stable',
    keyFile: path.resolve('test/fixtures/update/publisher-private.pem'),
    updatesDir: updates,
    stagingPercentage: 20,
    pinnedPublicKey: null,
  });
  const db = await openDatabase({});
  const code = `BENCH-${randomBytes(4).toString('hex').toUpperCase()}`;
  await seedStation(db, await smallDataset('更新基准派出所'), code, Date.now());
  const app = await buildApp({
    db,
    updatesDir: updates,
    enrolRateLimit: { max: 10_000, timeWindowMs: 60_000 },
  });
  const credentials: string[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const reply = await app.inject({
      method: 'POST',
      url: '/api/v1/enrol',
      headers: { [API_VERSION_HEADER]: String(API_VERSION), 'content-type': 'application/json' },
      payload: { enrolmentCode: code, workstation: `ws-${i}` },
    });
    credentials.push(reply.json<EnrolReply>().credential);
  }
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const ymlBytes = (await (await import('node:fs/promises')).stat(path.join(updates, 'stable', 'latest.yml')))
    .size;

  let sampler: NodeJS.Timeout | null = null;
  let idle = process.memoryUsage();
  let peak = { rss: 0, heapUsed: 0 };
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'sample-start') {
      (globalThis as { gc?: () => void }).gc?.();
      idle = process.memoryUsage();
      peak = { rss: idle.rss, heapUsed: idle.heapUsed };
      sampler = setInterval(() => {
        const now = process.memoryUsage();
        peak = { rss: Math.max(peak.rss, now.rss), heapUsed: Math.max(peak.heapUsed, now.heapUsed) };
      }, 5);
    } else if (m.type === 'sample-stop') {
      if (sampler) clearInterval(sampler);
      send({ type: 'memory', idle, peak });
    } else if (m.type === 'close') {
      void app
        .close()
        .then(() => db.close())
        .then(() => rm(root, { recursive: true, force: true }))
        .then(() => process.exit(0));
    }
  });
  send({ type: 'ready', url, credentials, ymlBytes });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
